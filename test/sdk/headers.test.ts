/** The response headers the client reads: `Retry-After` (both forms) and the IETF rate-limit fields. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorClasses, errorFromProblem, parseRetryAfter } from '../../sdk/src/errors.ts';
import { parseRateLimits } from '../../sdk/src/rate-limit.ts';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it.each([
    ['12', 12],
    [' 0 ', 0],
    ['Sat, 21 Nov 2026 12:00:30 GMT', 30],
    ['Sat, 21 Nov 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j is %j seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe('RateLimit headers', () => {
  it('reads each bucket with its policy', () => {
    const headers = new Headers({
      'RateLimit-Policy': '"key";q=1200;w=60, "orders";q=50;w=1',
      RateLimit: '"key";r=1187;t=42, "orders";r=0;t=1',
    });
    expect(parseRateLimits(headers, 5)).toEqual([
      { policy: 'key', limit: 1200, windowSeconds: 60, remaining: 1187, resetSeconds: 42, observedAt: 5 },
      { policy: 'orders', limit: 50, windowSeconds: 1, remaining: 0, resetSeconds: 1, observedAt: 5 },
    ]);
  });

  it('keeps a bucket without a policy and skips malformed items', () => {
    const headers = new Headers({ RateLimit: '"ip";r=599;t=60, "broken";r=x' });
    expect(parseRateLimits(headers, 0)).toEqual([
      {
        policy: 'ip',
        limit: undefined,
        windowSeconds: undefined,
        remaining: 599,
        resetSeconds: 60,
        observedAt: 0,
      },
    ]);
    expect(parseRateLimits(new Headers(), 0)).toEqual([]);
  });
});

describe('error catalogue', () => {
  it('every code builds an error of its class carrying the code', () => {
    for (const [code, Class] of Object.entries(errorClasses)) {
      const error = errorFromProblem(400, { code: code as keyof typeof errorClasses, status: 400 });
      expect(error).toBeInstanceOf(Class);
      expect(error.code).toBe(code);
    }
    // The same codes as the contract's catalogue, read from the bundled document.
    const bundled = parse(
      readFileSync(new URL('../../generated/docs/openapi.yaml', import.meta.url), 'utf8'),
    );
    expect(Object.keys(errorClasses).sort()).toEqual([...bundled.components.schemas.ErrorCode.enum].sort());
  });
});
