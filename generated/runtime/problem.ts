// Generated from generators/runtime/problem.ts by generators/pipeline.ts — do not edit.
import type { Issue } from './validation.ts';

/** RFC 9457 problem details as OpenVenue sends them. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly requestId?: string;
  readonly errors?: readonly Issue[];
  readonly [extension: string]: unknown;
}

/** What a handler or hook says to answer with a problem; the runtime fills in type, title and requestId. */
export interface ProblemInit<Code extends string = string> {
  readonly status: number;
  readonly code: Code;
  readonly detail?: string;
  readonly errors?: readonly Issue[];
  /** Extension members, e.g. `serverTime` for TIMESTAMP_OUT_OF_WINDOW. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The default problem `type`: a stable URI per code, anchored in the docs' error table. */
export function defaultProblemType(code: string): string {
  return `https://docs.openvenue.dev/errors#${code}`;
}

/** `VALIDATION_FAILED` to `Validation failed`. */
export function titleOf(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function problemBody(
  init: ProblemInit,
  requestId: string | undefined,
  typeOf: (code: string) => string = defaultProblemType,
): ProblemBody {
  return {
    ...init.extensions,
    type: typeOf(init.code),
    title: titleOf(init.code),
    status: init.status,
    code: init.code,
    ...(init.detail !== undefined ? { detail: init.detail } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(init.errors !== undefined ? { errors: init.errors } : {}),
  };
}
