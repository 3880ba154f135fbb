/** Framing and field parsing, including streams cut at arbitrary points (property-based). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame, type FrameResult, Framer, parseFields } from '../../server/fix/codec.ts';

const msg = (i: number) =>
  encodeFrame('FIX.4.4', [
    [35, '1'],
    [49, 'k'],
    [56, 'OPENVENUE'],
    [34, i],
    [52, '20261121-12:00:00.000'],
    [112, `t${i}`],
  ]);

function drain(f: Framer): FrameResult[] {
  const out: FrameResult[] = [];
  for (let r = f.next(); r; r = f.next()) out.push(r);
  return out;
}

describe('Framer', () => {
  it('reassembles any split of a stream of frames, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 40 }),
        (n, cuts) => {
          const stream = Buffer.concat(Array.from({ length: n }, (_, i) => msg(i + 1)));
          const f = new Framer();
          const got: string[] = [];
          let at = 0;
          for (const c of [...cuts, stream.length]) {
            f.push(stream.subarray(at, Math.min(stream.length, at + c)));
            at = Math.min(stream.length, at + c);
            for (const r of drain(f)) if (r.kind === 'frame') got.push(r.bytes.toString('latin1'));
            if (at >= stream.length) break;
          }
          expect(got).toEqual(Array.from({ length: n }, (_, i) => msg(i + 1).toString('latin1')));
        },
      ),
    );
  });

  it('reports garbage, bad checksums and wrong lengths as garbled and recovers the next frame', () => {
    const good = msg(7);
    const badSum = Buffer.from(good.toString('latin1').replace(/10=\d{3}/, '10=999'), 'latin1');
    const f = new Framer();
    f.push(
      Buffer.concat([Buffer.from('junk\x01'), badSum, Buffer.from('8=FIX.4.4\x019=3\x0135=0\x01'), good]),
    );
    const results = drain(f);
    expect(results.filter((r) => r.kind === 'garbled').length).toBeGreaterThanOrEqual(3);
    const frames = results.filter((r) => r.kind === 'frame');
    expect(frames).toHaveLength(1);
    expect((frames[0] as { bytes: Buffer }).bytes.equals(good)).toBe(true);
  });

  it('refuses a BodyLength above the limit at once instead of waiting for it', () => {
    const f = new Framer({ maxBodyLength: 1000 });
    f.push(Buffer.from('8=FIX.4.4\x019=5000\x0135=0\x01'));
    expect(f.next()).toMatchObject({ kind: 'garbled' });
    expect(f.buffered).toBeLessThan(10);
  });
});

describe('parseFields', () => {
  it('reads a DATA field by its announced length, SOH included', () => {
    const frame = encodeFrame('FIX.4.4', [
      [35, 'A'],
      [95, 5],
      [96, 'a\x01b=c'],
    ]);
    const p = parseFields(frame);
    expect(p.ok && p.fields.find((f) => f.tag === 96)?.value).toBe('a\x01b=c');
  });

  it('fails on a non-numeric tag', () => {
    const p = parseFields(Buffer.from('8=FIX.4.4\x01x=1\x01'));
    expect(p.ok).toBe(false);
  });
});
