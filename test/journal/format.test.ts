import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkSegmentHeader,
  decodeSnapshot,
  encodeSegmentHeader,
  encodeSnapshot,
  parseSegmentFileName,
  parseSnapshotFileName,
  RECORD_HEADER_BYTES,
  readU64,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
  snapshotFileName,
  writeRecord,
  writeU64,
} from '../../server/journal/format.ts';

describe('journal format', () => {
  it('names segments and snapshots by zero-padded sequence numbers that sort as text', () => {
    expect(segmentFileName(1)).toBe('segment-00000000000000000001.log');
    expect(snapshotFileName(42)).toBe('snapshot-00000000000000000042');
    expect(parseSegmentFileName(segmentFileName(9_007_199_254_740_991))).toBe(9_007_199_254_740_991);
    expect(parseSnapshotFileName(snapshotFileName(42))).toBe(42);
    expect(parseSegmentFileName('segment-1.log')).toBeUndefined();
    expect(parseSnapshotFileName(`${snapshotFileName(42)}.tmp`)).toBeUndefined();
    expect([segmentFileName(10), segmentFileName(9)].sort()).toEqual([
      segmentFileName(9),
      segmentFileName(10),
    ]);
  });

  it('round-trips u64 sequence numbers above 2^32', () => {
    const buf = Buffer.alloc(8);
    for (const v of [0, 1, 0xffff_ffff, 0x1_0000_0000, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER]) {
      writeU64(buf, v, 0);
      expect(readU64(buf, 0)).toBe(v);
    }
  });

  it('frames a record as length, CRC-32 of seq+payload, seq, payload', () => {
    const payload = Buffer.from('hello');
    const buf = Buffer.alloc(64);
    const end = writeRecord(buf, 3, 7, payload);
    expect(end).toBe(3 + RECORD_HEADER_BYTES + 5);
    expect(buf.readUInt32LE(3)).toBe(5);
    expect(readU64(buf, 11)).toBe(7);
    expect(buf.subarray(19, 24).toString()).toBe('hello');
    expect(buf.readUInt32LE(7)).toBe(crc32(buf.subarray(11, 24)));
  });

  it('validates segment headers', () => {
    const header = encodeSegmentHeader(5);
    expect(header.length).toBe(SEGMENT_HEADER_BYTES);
    expect(checkSegmentHeader(header, 5)).toBeUndefined();
    expect(checkSegmentHeader(header, 6)).toMatch(/file name says 6/);
    expect(checkSegmentHeader(header.subarray(0, 10), 5)).toMatch(/incomplete/);
    const flipped = Buffer.from(header);
    flipped[13] = (flipped[13] as number) ^ 1;
    expect(checkSegmentHeader(flipped, 5)).toMatch(/CRC/);
    const magic = Buffer.from(header);
    magic[0] = 0x58;
    expect(checkSegmentHeader(magic, 5)).toMatch(/magic/);
  });

  it('round-trips snapshots and rejects any damaged byte', () => {
    const data = Buffer.from(JSON.stringify({ a: 1, b: [1, 2, 3] }));
    const file = encodeSnapshot(9, data);
    expect(decodeSnapshot(file, 9)).toEqual(data);
    expect(decodeSnapshot(file, 10)).toMatch(/file name says 10/);
    expect(decodeSnapshot(file.subarray(0, file.length - 1), 9)).toMatch(/length/);
    for (const i of [0, 9, 13, 21, 25, file.length - 1]) {
      const bad = Buffer.from(file);
      bad[i] = (bad[i] as number) ^ 0x40;
      expect(typeof decodeSnapshot(bad, 9)).toBe('string');
    }
  });
});
