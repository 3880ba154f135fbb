/**
 * Request bodies: read once as raw bytes (signatures cover exactly these), refused past the size
 * limit, and checked before any handler sees them: not nested deeper than a sane limit and free
 * of the keys that reach an object's prototype (`__proto__`, `constructor`, `prototype`), so no
 * later spread or assignment in a handler or the core can be turned against us.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Issue } from '../../generated/runtime/validation.ts';
import { sendProblem } from './problems.ts';

/** Deepest object/array nesting accepted; the contracts need 4. */
export const MAX_JSON_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Per-request reading state; one small object instead of a closure per listener. */
interface Reading {
  readonly limit: number;
  readonly res: Response;
  readonly next: NextFunction;
  first: Buffer | undefined;
  more: Buffer[] | undefined;
  size: number;
  done: boolean;
}

const READING = Symbol('rawBody.reading');
type ReadingRequest = Request & { [READING]?: Reading };

function tooLarge(req: Request, res: Response, limit: number): void {
  // Stop reading and close: the rest of an oversized body is not worth receiving.
  res.setHeader('Connection', 'close');
  sendProblem(res, {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    detail: `The request body exceeds ${limit} bytes.`,
  });
  req.unpipe();
  req.resume();
}

function onData(this: ReadingRequest, chunk: Buffer): void {
  const r = this[READING] as Reading;
  if (r.done) return;
  r.size += chunk.length;
  if (r.size > r.limit) {
    r.done = true;
    tooLarge(this, r.res, r.limit);
    return;
  }
  if (r.first === undefined) r.first = chunk;
  else if (r.more === undefined) r.more = [r.first, chunk];
  else r.more.push(chunk);
}

function onEnd(this: ReadingRequest): void {
  const r = this[READING] as Reading;
  if (r.done) return;
  r.done = true;
  // The parser hands each body chunk over in its own buffer, so a one-chunk body needs no copy.
  this.body = r.more ? Buffer.concat(r.more, r.size) : (r.first ?? Buffer.alloc(0));
  r.next();
}

function onError(this: ReadingRequest, error: Error): void {
  const r = this[READING] as Reading;
  if (r.done) return;
  r.done = true;
  r.next(error);
}

/**
 * Reads the body into `req.body` as a Buffer (the generated router then uses it as is), or answers
 * 413 PAYLOAD_TOO_LARGE. A declared Content-Length over the limit is refused before reading.
 */
export function rawBody(limit: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      next();
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      tooLarge(req, res, limit);
      return;
    }
    (req as ReadingRequest)[READING] = {
      limit,
      res,
      next,
      first: undefined,
      more: undefined,
      size: 0,
      done: false,
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  };
}

/** Nesting depth of a JSON text, counting only brackets outside strings. O(n), no recursion. */
export function jsonDepth(bytes: Uint8Array): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return max;
}

// A fatal decoder keeps no state between whole-buffer decode() calls, so one serves every request.
// A byte order mark is kept, so JSON.parse refuses it as it always has (RFC 8259 forbids sending one).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type JsonCheck =
  | { ok: true; value: unknown }
  | { ok: false; code: 'MALFORMED_JSON' | 'VALIDATION_FAILED'; detail: string; errors?: Issue[] };

/** Parses a JSON body defensively: depth first (cheap), then syntax, then forbidden keys. */
export function parseJsonSafely(bytes: Uint8Array): JsonCheck {
  const depth = jsonDepth(bytes);
  if (depth > MAX_JSON_DEPTH) {
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      detail: `The body is nested ${depth} levels deep; at most ${MAX_JSON_DEPTH} are accepted.`,
      errors: [{ path: '', message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(bytes));
  } catch (error) {
    const reason = error instanceof TypeError ? 'The body is not valid UTF-8.' : (error as Error).message;
    return { ok: false, code: 'MALFORMED_JSON', detail: `The body is not valid JSON: ${reason}` };
  }
  const forbidden: Issue[] = [];
  findForbiddenKeys(value, [], forbidden);
  if (forbidden.length > 0) {
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      detail: 'The body uses property names that are never accepted.',
      errors: forbidden,
    };
  }
  return { ok: true, value };
}

function pointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

// JSON.parse makes `__proto__` an own property (no pollution yet); this finds it, and the other
// forbidden names, before anything copies the object. Depth is already bounded, so recursion is
// safe. Pointers are built only for a hit: a clean body (nearly every one) allocates nothing here.
function findForbiddenKeys(value: unknown, parent: readonly (string | number)[], out: Issue[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') findForbiddenKeys(item, [...parent, i], out);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN_KEYS.has(key))
        out.push({ path: toPointer(parent, key), message: `property name "${key}" is not allowed` });
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') findForbiddenKeys(child, [...parent, key], out);
    }
  }
}

function toPointer(parent: readonly (string | number)[], key: string): string {
  let at = '';
  for (const part of parent) at += `/${typeof part === 'number' ? part : pointer(part)}`;
  return `${at}/${pointer(key)}`;
}
