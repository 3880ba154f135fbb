import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonInSlices } from '../../server/venue/json-slices.ts';

const text = async (v: unknown, budgetMs?: number) =>
  Buffer.concat(await jsonInSlices(v, budgetMs === undefined ? {} : { budgetMs })).toString('utf8');

describe('jsonInSlices', () => {
  it('produces the JSON.stringify text of any JSON-like value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        expect(await text(v)).toBe(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps JSON.stringify rules for values JSON cannot hold, and for toJSON', async () => {
    const v = {
      u: undefined,
      f: () => 1,
      arr: [undefined, () => 1, Number.NaN, -0, Number.POSITIVE_INFINITY],
      at: new Date(0),
      map: new Map([[1, 2]]),
      own: { toJSON: () => 'custom' },
      nested: { deep: [{ a: [1, [2, [3]]] }], s: 'é"\\\n' },
    };
    expect(await text(v)).toBe(JSON.stringify(v));
  });

  it('serialises large arrays and objects in many chunks and slices, with the same text', async () => {
    const big = {
      flat: Array.from({ length: 300_000 }, (_, i) => i * 1.25),
      rows: Array.from({ length: 50_000 }, (_, i) => [i, `id${i}`, null, i % 2 === 0]),
      mixed: Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? { q: [i, { r: i }] } : i)),
      keyed: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, [i, [i]]])),
    };
    const chunks = await jsonInSlices(big, { budgetMs: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify(big));
  });

  it('yields to the event loop while serialising', async () => {
    let turns = 0;
    let counting = true;
    const tick = () => {
      turns++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await jsonInSlices(
      Array.from({ length: 200_000 }, (_, i) => [i, i]),
      { budgetMs: 0 },
    );
    counting = false;
    expect(turns).toBeGreaterThan(5);
  });
});
