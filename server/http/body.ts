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
    const tooLarge = () => {
      // Stop reading and close: the rest of an oversized body is not worth receiving.
      res.setHeader('Connection', 'close');
      sendProblem(res, {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        detail: `The request body exceeds ${limit} bytes.`,
      });
      req.unpipe();
      req.resume();
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      req.body = Buffer.concat(chunks);
      next();
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      next(error);
    });
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
      errors: [{ path: '/body', message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof TypeError ? 'The body is not valid UTF-8.' : (error as Error).message;
    return { ok: false, code: 'MALFORMED_JSON', detail: `The body is not valid JSON: ${reason}` };
  }
  const forbidden: Issue[] = [];
  findForbiddenKeys(value, '/body', forbidden);
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
// forbidden names, before anything copies the object. Depth is already bounded, so recursion is safe.
function findForbiddenKeys(value: unknown, path: string, out: Issue[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findForbiddenKeys(value[i], `${path}/${i}`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const at = `${path}/${pointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) out.push({ path: at, message: `property name "${key}" is not allowed` });
      findForbiddenKeys((value as Record<string, unknown>)[key], at, out);
    }
  }
}
