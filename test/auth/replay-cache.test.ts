import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplayCache } from '../../server/auth/replay-cache.ts';

const T0 = 1_767_225_600_000;

describe('ReplayCache', () => {
  it('accepts a signature once and rejects it for as long as its timestamp is in the window', () => {
    const cache = new ReplayCache({ windowMs: 5000 });
    expect(cache.checkAndRecord('sig', T0, T0)).toBe('accepted');
    expect(cache.checkAndRecord('sig', T0, T0 + 1)).toBe('replayed');
    // timestamp + window is the last instant the timestamp check would still pass.
    expect(cache.checkAndRecord('sig', T0, T0 + 5000)).toBe('replayed');
    expect(cache.checkAndRecord('other', T0, T0)).toBe('accepted');
  });

  it('forgets an entry once its timestamp has left the window', () => {
    const cache = new ReplayCache({ windowMs: 5000 });
    cache.checkAndRecord('a', T0, T0);
    cache.checkAndRecord('b', T0 + 3000, T0 + 3000);
    expect(cache.size).toBe(2);
    cache.sweep(T0 + 5001);
    expect(cache.size).toBe(1);
    cache.sweep(T0 + 8001);
    expect(cache.size).toBe(0);
  });

  it('keeps a future-dated signature until its own timestamp leaves the window', () => {
    const cache = new ReplayCache({ windowMs: 5000 });
    expect(cache.checkAndRecord('f', T0 + 5000, T0)).toBe('accepted');
    expect(cache.checkAndRecord('f', T0 + 5000, T0 + 9999)).toBe('replayed');
    expect(cache.checkAndRecord('f', T0 + 5000, T0 + 10_000)).toBe('replayed');
    cache.sweep(T0 + 10_001);
    expect(cache.size).toBe(0);
  });

  it('refuses new signatures when full instead of forgetting recorded ones (fail closed)', () => {
    const cache = new ReplayCache({ windowMs: 5000, maxEntries: 3 });
    expect(cache.checkAndRecord('a', T0, T0)).toBe('accepted');
    expect(cache.checkAndRecord('b', T0, T0)).toBe('accepted');
    expect(cache.checkAndRecord('c', T0, T0)).toBe('accepted');
    expect(cache.checkAndRecord('d', T0, T0)).toBe('full');
    // Replays are still detected while full.
    expect(cache.checkAndRecord('a', T0, T0)).toBe('replayed');
    expect(cache.size).toBe(3);
    // Once entries expire there is room again.
    expect(cache.checkAndRecord('d', T0 + 5001, T0 + 5001)).toBe('accepted');
    expect(cache.size).toBe(1);
  });

  it('rejects nonsensical options', () => {
    expect(() => new ReplayCache({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => new ReplayCache({ windowMs: -1 })).toThrow(RangeError);
  });

  it('behaves like a naive list of (id, expiry) under random traffic', () => {
    const op = fc.record({
      id: fc.nat(20),
      advance: fc.nat(3000),
      skew: fc.integer({ min: -1000, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (ops, maxEntries) => {
        const windowMs = 1000;
        const cache = new ReplayCache({ windowMs, maxEntries });
        let model: { id: string; expiresAt: number }[] = [];
        let now = T0;
        for (const { id, advance, skew } of ops) {
          now += advance;
          const ts = now + skew;
          model = model.filter((e) => e.expiresAt >= now);
          const key = `k${id}`;
          let want: string;
          if (model.some((e) => e.id === key)) want = 'replayed';
          else if (model.length >= maxEntries) want = 'full';
          else {
            want = 'accepted';
            model.push({ id: key, expiresAt: ts + windowMs });
          }
          expect(cache.checkAndRecord(key, ts, now)).toBe(want);
          expect(cache.size).toBe(model.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
