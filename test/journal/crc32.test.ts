import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Range } from '../../server/journal/crc32.ts';
import { writeStringRecord } from '../../server/journal/format.ts';

describe('crc32Range', () => {
  it('equals zlib.crc32 over any range, below and above the native threshold', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const start = bytes.length === 0 ? 0 : a % (bytes.length + 1);
        const end = start + (bytes.length === 0 ? 0 : b % (bytes.length - start + 1));
        expect(crc32Range(bytes, start, end)).toBe(crc32(bytes.subarray(start, end)));
      }),
    );
  });

  it('frames string records with the CRC recovery checks (seq and payload)', () => {
    const buf = Buffer.alloc(1024);
    const payload = '{"type":"placeOrder","price":"50000.10","note":"é€"}';
    const end = writeStringRecord(buf, 5, 2 ** 33 + 9, payload);
    const len = buf.readUInt32LE(5);
    expect(len).toBe(Buffer.byteLength(payload));
    expect(end).toBe(5 + 16 + len);
    expect(buf.readUInt32LE(13) + buf.readUInt32LE(17) * 2 ** 32).toBe(2 ** 33 + 9);
    expect(buf.readUInt32LE(9)).toBe(crc32(buf.subarray(13, end)));
    expect(buf.subarray(21, end).toString('utf8')).toBe(payload);
  });
});
