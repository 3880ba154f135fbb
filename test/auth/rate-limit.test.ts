import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IP_POLICY,
  DEFAULT_KEY_POLICY,
  formatRateLimit,
  formatRateLimitPolicy,
  RateLimiter,
  rateLimitHeaders,
} from '../../server/auth/rate-limit.ts';

const T0 = 1_767_225_600_000;

describe('RateLimiter', () => {
  it('ships 1,200 weight per minute per key and 600 per minute per IP', () => {
    expect(DEFAULT_KEY_POLICY).toMatchObject({ quota: 1200, windowSeconds: 60 });
    expect(DEFAULT_IP_POLICY).toMatchObject({ quota: 600, windowSeconds: 60 });
  });

  it('charges weights and reports what is left', () => {
    const limiter = new RateLimiter(DEFAULT_KEY_POLICY);
    const first = limiter.check('ak_1', 1, T0);
    expect(first).toMatchObject({ allowed: true, remaining: 1199, resetSeconds: 1 });
    expect(first.retryAfterSeconds).toBeUndefined();
    const second = limiter.check('ak_1', 49, T0);
    // 50 units at 50 ms each: 2.5 s until the bucket is full again.
    expect(second).toMatchObject({ allowed: true, remaining: 1150, resetSeconds: 3 });
    expect(rateLimitHeaders(second)).toEqual({
      'RateLimit-Policy': '"key";q=1200;w=60',
      RateLimit: '"key";r=1150;t=3',
    });
  });

  it('refuses when exceeded, with Retry-After, then recovers as time advances', () => {
    const limiter = new RateLimiter(DEFAULT_KEY_POLICY);
    for (let i = 0; i < 120; i++) expect(limiter.check('ak_1', 10, T0).allowed).toBe(true);
    const refused = limiter.check('ak_1', 1, T0);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1, resetSeconds: 1 });
    expect(rateLimitHeaders(refused)).toEqual({
      'RateLimit-Policy': '"key";q=1200;w=60',
      RateLimit: '"key";r=0;t=1',
      'Retry-After': '1',
    });
    // A refused request is not charged: after 49 ms still nothing, at 50 ms one unit is back.
    expect(limiter.check('ak_1', 1, T0 + 49).allowed).toBe(false);
    expect(limiter.check('ak_1', 1, T0 + 50)).toMatchObject({ allowed: true, remaining: 0 });
    // A weight-10 call needs 500 ms of refill: Retry-After rounds up to whole seconds.
    expect(limiter.check('ak_1', 10, T0 + 50)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    // After a full window the whole quota is available again.
    expect(limiter.check('ak_1', 1200, T0 + 50 + 60_000)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('gives a Retry-After long enough for the refused weight', () => {
    const limiter = new RateLimiter({ name: 'ip', quota: 600, windowSeconds: 60 });
    expect(limiter.check('1.2.3.4', 600, T0).allowed).toBe(true);
    const refused = limiter.check('1.2.3.4', 25, T0);
    // 25 units at 100 ms: 2.5 s, so 3.
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 3, resetSeconds: 3 });
    expect(limiter.check('1.2.3.4', 25, T0 + 2499).allowed).toBe(false);
    expect(limiter.check('1.2.3.4', 25, T0 + 2500).allowed).toBe(true);
  });

  it('limits bursts separately from the sustained rate', () => {
    const limiter = new RateLimiter({ name: 'burst', quota: 600, windowSeconds: 60, burst: 10 });
    for (let i = 0; i < 10; i++) expect(limiter.check('p', 1, T0).allowed).toBe(true);
    expect(limiter.check('p', 1, T0)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.check('p', 1, T0 + 100).allowed).toBe(true);
    // Waiting longer than needed never stores more than the burst.
    expect(limiter.check('p', 1, T0 + 3_600_000)).toMatchObject({ allowed: true, remaining: 9 });
    expect(formatRateLimitPolicy(limiter.policy)).toBe('"burst";q=600;w=60');
  });

  it('refuses a weight larger than the burst with a full window to wait', () => {
    const limiter = new RateLimiter({ name: 'small', quota: 5, windowSeconds: 10 });
    expect(limiter.check('p', 6, T0)).toMatchObject({ allowed: false, retryAfterSeconds: 10, remaining: 5 });
  });

  it('keeps partitions independent', () => {
    const limiter = new RateLimiter({ name: 'key', quota: 2, windowSeconds: 1 });
    expect(limiter.check('a', 2, T0).allowed).toBe(true);
    expect(limiter.check('a', 1, T0).allowed).toBe(false);
    expect(limiter.check('b', 2, T0).allowed).toBe(true);
  });

  it('peeks without charging', () => {
    const limiter = new RateLimiter({ name: 'key', quota: 10, windowSeconds: 10 });
    limiter.check('a', 4, T0);
    expect(limiter.peek('a', T0)).toMatchObject({ remaining: 6, resetSeconds: 4 });
    expect(limiter.peek('a', T0)).toMatchObject({ remaining: 6 });
    expect(limiter.peek('fresh', T0)).toMatchObject({ remaining: 10, resetSeconds: 0 });
  });

  it('never sends a Retry-After shorter than the effective window', () => {
    const limiter = new RateLimiter({ name: 'key', quota: 7, windowSeconds: 3, burst: 4 });
    let now = T0;
    for (let i = 0; i < 200; i++) {
      now += (i * 37) % 450;
      const d = limiter.check('p', 1 + (i % 3), now);
      if (!d.allowed) expect(d.retryAfterSeconds).toBeGreaterThanOrEqual(d.resetSeconds);
    }
  });

  it('rejects invalid policies and weights', () => {
    expect(() => new RateLimiter({ name: 'x', quota: 0, windowSeconds: 60 })).toThrow(/quota/);
    expect(() => new RateLimiter({ name: 'x', quota: 10, windowSeconds: 1.5 })).toThrow(/windowSeconds/);
    expect(() => new RateLimiter({ name: 'x', quota: 10, windowSeconds: 60, burst: 0 })).toThrow(/burst/);
    expect(() => new RateLimiter({ name: 'naïve', quota: 10, windowSeconds: 60 })).toThrow(/ASCII/);
    expect(() => new RateLimiter(DEFAULT_KEY_POLICY, { maxBuckets: 0 })).toThrow(/maxBuckets/);
    expect(() => new RateLimiter(DEFAULT_KEY_POLICY).check('p', 0, T0)).toThrow(/weight/);
    expect(() => new RateLimiter(DEFAULT_KEY_POLICY).check('p', 1.5, T0)).toThrow(/weight/);
  });
});

describe('memory', () => {
  it('evicts idle buckets as traffic continues', () => {
    const limiter = new RateLimiter({ name: 'ip', quota: 10, windowSeconds: 1 });
    for (let i = 0; i < 100; i++) limiter.check(`ip-${i}`, 1, T0);
    expect(limiter.size).toBe(100);
    // A second later every bucket is full again (idle); each new check sweeps a few of them.
    for (let i = 0; i < 30; i++) limiter.check('busy', 1, T0 + 1000 + i);
    expect(limiter.size).toBeLessThan(100 - 30 * 3);
    for (let i = 0; i < 30; i++) limiter.check('busy', 1, T0 + 2000 + i * 100);
    expect(limiter.size).toBe(1);
  });

  it('does not evict a bucket that is still spent', () => {
    const limiter = new RateLimiter({ name: 'key', quota: 10, windowSeconds: 10 });
    limiter.check('spent', 10, T0);
    for (let i = 0; i < 20; i++) limiter.check(`other-${i}`, 1, T0 + 5000);
    expect(limiter.check('spent', 6, T0 + 5000).allowed).toBe(false);
    expect(limiter.check('spent', 5, T0 + 5000).allowed).toBe(true);
  });

  it('holds at most maxBuckets, dropping the least recently used', () => {
    const limiter = new RateLimiter({ name: 'ip', quota: 10, windowSeconds: 60 }, { maxBuckets: 3 });
    for (const p of ['a', 'b', 'c']) limiter.check(p, 10, T0);
    limiter.check('a', 1, T0); // refused, but a refusal does not count as use
    limiter.check('d', 1, T0);
    expect(limiter.size).toBe(3);
    // 'a' was least recently charged, so it was dropped and starts afresh.
    expect(limiter.peek('a', T0).remaining).toBe(10);
    expect(limiter.peek('b', T0).remaining).toBe(0);
  });
  it('keeps recency to the second: a bucket charged again a second later is not the one dropped', () => {
    const limiter = new RateLimiter({ name: 'ip', quota: 10, windowSeconds: 60 }, { maxBuckets: 3 });
    for (const p of ['a', 'b', 'c']) limiter.check(p, 5, T0);
    limiter.check('a', 1, T0 + 1000);
    limiter.check('d', 1, T0 + 1000);
    expect(limiter.size).toBe(3);
    // 'b' is now the least recently charged; 'a' keeps what it spent.
    expect(limiter.peek('b', T0 + 1000).remaining).toBe(10);
    expect(limiter.peek('a', T0 + 1000).remaining).toBe(4);
  });
});

describe('header formatting (draft-ietf-httpapi-ratelimit-headers)', () => {
  it('formats several policies and decisions as structured-field lists', () => {
    const key = new RateLimiter(DEFAULT_KEY_POLICY).check('k', 50, T0);
    const ip = new RateLimiter(DEFAULT_IP_POLICY).check('1.2.3.4', 1, T0);
    expect(formatRateLimitPolicy(DEFAULT_KEY_POLICY, DEFAULT_IP_POLICY)).toBe(
      '"key";q=1200;w=60, "ip";q=600;w=60',
    );
    expect(formatRateLimit(key, ip)).toBe('"key";r=1150;t=3, "ip";r=599;t=1');
  });

  it('escapes quotes and backslashes in policy names', () => {
    expect(formatRateLimitPolicy({ name: 'a"b\\c', quota: 1, windowSeconds: 1 })).toBe(
      '"a\\"b\\\\c";q=1;w=1',
    );
  });
});

describe('agrees with a token bucket model', () => {
  it('under random weighted traffic', () => {
    const step = fc.record({ advance: fc.nat(400), weight: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 5, 10),
        fc.integer({ min: 1, max: 12 }),
        fc.array(step, { maxLength: 150 }),
        (quota, burst, steps) => {
          // One second per window keeps the refill interval a whole number of ms, so the model is exact.
          const intervalMs = 1000 / quota;
          const limiter = new RateLimiter({ name: 'm', quota, windowSeconds: 1, burst });
          let level = burst * intervalMs; // tokens, in ms of refill
          let now = T0;
          let last = now;
          for (const { advance, weight } of steps) {
            now += advance;
            level = Math.min(burst * intervalMs, level + (now - last));
            last = now;
            const allowed = weight <= burst && level >= weight * intervalMs;
            if (allowed) level -= weight * intervalMs;
            const d = limiter.check('p', weight, now);
            expect(d.allowed).toBe(allowed);
            expect(d.remaining).toBe(Math.floor(level / intervalMs));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
