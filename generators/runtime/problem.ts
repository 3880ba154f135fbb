import { randomUUID } from 'node:crypto';
import type { Issue } from './validation.ts';

/** RFC 9457 problem details as OpenVenue sends them. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly requestId: string;
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

/** The default problem `type`, as the Problem schema documents it: `https://openvenue.dev/errors/<CODE>`. */
export function defaultProblemType(code: string): string {
  return `https://openvenue.dev/errors/${code}`;
}

/** `VALIDATION_FAILED` to `Validation failed`. */
export function titleOf(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The full problem body. The schema requires `detail` and `requestId`: the title stands in for a
 * missing detail, and a request the server gave no id gets a fresh one so the body stays valid.
 */
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
    detail: init.detail ?? titleOf(init.code),
    requestId: requestId ?? randomUUID(),
    ...(init.errors !== undefined ? { errors: init.errors } : {}),
  };
}
