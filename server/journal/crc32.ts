/**
 * CRC-32 (IEEE, the same as `zlib.crc32`) over a range of a buffer. Venue records are a few hundred
 * bytes: for those the core's slicing-by-8 loop in JS beats the native call, whose fixed cost (a
 * `subarray` view plus argument checks) dominates. Longer ranges go to zlib.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32Bytes } from '../core/checksum.ts';

const NATIVE_FROM = 512;

/** CRC-32 of `buf[start, end)`, as an unsigned 32-bit integer. */
export function crc32Range(buf: Uint8Array, start: number, end: number): number {
  return end - start >= NATIVE_FROM ? zlibCrc32(buf.subarray(start, end)) : crc32Bytes(buf, start, end);
}
