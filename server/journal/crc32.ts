/**
 * CRC-32 (IEEE, the same as `zlib.crc32`) over a range of a buffer. Venue records are a few hundred
 * bytes: for those a slicing-by-8 table loop in JS beats the native call, whose fixed cost (a
 * `subarray` view plus argument checks) dominates. Longer ranges go to zlib.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';

const NATIVE_FROM = 512;

const TABLE = new Int32Array(256 * 8);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}
for (let n = 0; n < 256; n++) {
  let c = TABLE[n] as number;
  for (let k = 1; k < 8; k++) {
    c = (TABLE[c & 0xff] as number) ^ (c >>> 8);
    TABLE[k * 256 + n] = c;
  }
}

/** CRC-32 of `buf[start, end)`, as an unsigned 32-bit integer. */
export function crc32Range(buf: Uint8Array, start: number, end: number): number {
  if (end - start >= NATIVE_FROM) return zlibCrc32(buf.subarray(start, end));
  const t = TABLE;
  let c = -1;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const a =
      c ^
      ((buf[i] as number) |
        ((buf[i + 1] as number) << 8) |
        ((buf[i + 2] as number) << 16) |
        ((buf[i + 3] as number) << 24));
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (buf[i + 4] as number)] as number) ^
      (t[512 + (buf[i + 5] as number)] as number) ^
      (t[256 + (buf[i + 6] as number)] as number) ^
      (t[buf[i + 7] as number] as number);
  }
  for (; i < end; i++) c = (t[(c ^ (buf[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
