// Generated from generators/runtime/route-table.ts by generators/pipeline.ts — do not edit.
/**
 * Method and path to operation in one lookup, answering exactly what Express 5's router answers
 * for the same routes registered in the same order (`router[method](expressPath)` per operation,
 * then `router.all(expressPath)` answering 405 for each distinct path, in sorted order):
 *
 * - paths match case-insensitively, with one optional trailing slash, on the raw (still
 *   percent-encoded) path; a parameter is one non-empty segment, decoded once matched, and a
 *   segment that is not valid percent-encoding is an error with status 400, as Express makes it;
 * - the first registered operation whose method and path match wins; HEAD is served by the first
 *   GET (or HEAD) operation of the path;
 * - a path that exists only with other methods answers 405 with those methods in `Allow`.
 *
 * Paths without parameters (most of them, and the order entry path) are one Map lookup; the
 * others are tried in registration order, segment by segment, without regular expressions.
 */
import type { Operation } from './http.ts';

/** What a request resolves to; `undefined` from `find` means no route of this table. */
export type RouteMatch =
  | { readonly kind: 'operation'; readonly operation: Operation; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allow: string }
  | { readonly kind: 'error'; readonly error: Error };

/** A path template: lower-cased literal segments, and parameter names where a segment is one. */
interface Template {
  readonly literals: readonly (string | null)[];
  readonly names: readonly string[];
}

interface Candidate {
  readonly template: Template;
  readonly operation: Operation;
}

const PARAM = /^:([A-Za-z0-9_]+)$/;
const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function compile(expressPath: string): Template {
  const literals: (string | null)[] = [];
  const names: string[] = [];
  for (const segment of expressPath.split('/')) {
    const param = PARAM.exec(segment);
    if (param) names.push(param[1] as string);
    literals.push(param ? null : segment.toLowerCase());
  }
  return { literals, names };
}

/** The raw parameter values of `segments` (a path split on `/`) under `template`, or undefined. */
function matchSegments(template: Template, segments: readonly string[]): string[] | undefined {
  const { literals } = template;
  if (literals.length !== segments.length) return undefined;
  const values: string[] = [];
  for (let i = 0; i < literals.length; i++) {
    const literal = literals[i];
    const segment = segments[i] as string;
    if (literal === null) {
      if (segment.length === 0) return undefined;
      values.push(segment);
    } else if (literal !== segment && literal !== segment.toLowerCase()) {
      return undefined;
    }
  }
  return values;
}

/** Express decodes parameters with decodeURIComponent and turns a failure into a 400 error. */
function decode(template: Template, values: readonly string[]): Record<string, string> | Error {
  if (values.length === 0) return NO_PARAMS;
  const params: Record<string, string> = {};
  for (let i = 0; i < values.length; i++) {
    const raw = values[i] as string;
    try {
      params[template.names[i] as string] = decodeURIComponent(raw);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      return Object.assign(new URIError(`Failed to decode param '${raw}'`), { status: 400, statusCode: 400 });
    }
  }
  return params;
}

/** The path Express matches: one trailing slash is optional. */
function trimmed(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export class RouteTable {
  // Method, then lower-cased path, for operations without parameters that no earlier operation
  // with parameters shadows.
  readonly #exact = new Map<string, Map<string, Operation>>();
  // Per method (HEAD includes GET), every other operation in registration order.
  readonly #templated = new Map<string, Candidate[]>();
  // Distinct path templates in the order of Express's 405 handlers, with their Allow value.
  readonly #allowed: { readonly template: Template; readonly allow: string }[] = [];

  constructor(operations: readonly Operation[]) {
    const byMethod = new Map<string, Candidate[]>();
    const methodsOf = new Map<string, string[]>();
    for (const operation of operations) {
      const { method, expressPath } = operation.binding.route;
      const upper = method.toUpperCase();
      const candidate = { template: compile(expressPath), operation };
      for (const served of upper === 'GET' ? ['GET', 'HEAD'] : [upper]) {
        const list = byMethod.get(served) ?? [];
        list.push(candidate);
        byMethod.set(served, list);
      }
      methodsOf.set(expressPath, [...(methodsOf.get(expressPath) ?? []), upper]);
    }
    for (const [method, candidates] of byMethod) {
      const templated: Candidate[] = [];
      const exact = new Map<string, Operation>();
      for (const [i, c] of candidates.entries()) {
        const literal = c.template.names.length === 0;
        if (!literal) {
          templated.push(c);
          continue;
        }
        // An earlier operation with parameters that matches this literal path would win in Express.
        const segments = c.template.literals as string[];
        const shadowed = candidates
          .slice(0, i)
          .some((e) => e.template.names.length > 0 && matchSegments(e.template, segments) !== undefined);
        const key = segments.join('/');
        if (shadowed) templated.push(c);
        else if (!exact.has(key)) exact.set(key, c.operation);
      }
      this.#exact.set(method, exact);
      this.#templated.set(method, templated);
    }
    for (const [expressPath, allowed] of [...methodsOf.entries()].sort()) {
      this.#allowed.push({ template: compile(expressPath), allow: [...allowed].sort().join(', ') });
    }
  }

  /** The operation for `method` and `path` (the path without its query), 405, or a decoding error. */
  find(method: string, path: string): RouteMatch | undefined {
    const p = trimmed(path);
    const exact = this.#exact.get(method)?.get(p.toLowerCase());
    if (exact !== undefined) return { kind: 'operation', operation: exact, params: NO_PARAMS };
    const segments = p.split('/');
    for (const { template, operation } of this.#templated.get(method) ?? []) {
      const values = matchSegments(template, segments);
      if (values === undefined) continue;
      const params = decode(template, values);
      return params instanceof Error
        ? { kind: 'error', error: params }
        : { kind: 'operation', operation, params };
    }
    for (const { template, allow } of this.#allowed) {
      const values = matchSegments(template, segments);
      if (values === undefined) continue;
      const params = decode(template, values);
      return params instanceof Error ? { kind: 'error', error: params } : { kind: 'method', allow };
    }
    return undefined;
  }
}
