// The book checksum both REST and WebSocket publish: CRC-32 (IEEE) of the UTF-8 string of the top
// 10 bids then top 10 asks (best first) as `price:quantity` joined by `,`. Pure TS (no node:zlib)
// so the core stays free of platform modules.

import type { BookLevelView } from './views.ts';

// Slicing-by-8 tables: TABLE[k * 256 + n] is the CRC of byte n followed by k zero bytes, so the
// loop below folds eight bytes per step. The journal frames its records with this too.
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

/** CRC-32 (IEEE, the same as `zlib.crc32`) of `bytes[start, end)`, as an unsigned 32-bit integer. */
export function crc32Bytes(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = TABLE;
  let c = -1;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const a =
      c ^
      ((bytes[i] as number) |
        ((bytes[i + 1] as number) << 8) |
        ((bytes[i + 2] as number) << 16) |
        ((bytes[i + 3] as number) << 24));
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (bytes[i + 4] as number)] as number) ^
      (t[512 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < end; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** CRC-32 (IEEE) of a string's UTF-8 bytes, as an unsigned 32-bit integer. */
export function crc32(text: string): number {
  return crc32Bytes(new TextEncoder().encode(text));
}

export function bookChecksumText(bids: readonly BookLevelView[], asks: readonly BookLevelView[]): string {
  const parts: string[] = [];
  for (const level of bids.slice(0, 10)) parts.push(`${level.price}:${level.quantity}`);
  for (const level of asks.slice(0, 10)) parts.push(`${level.price}:${level.quantity}`);
  return parts.join(',');
}

export function bookChecksum(bids: readonly BookLevelView[], asks: readonly BookLevelView[]): number {
  return crc32(bookChecksumText(bids, asks));
}
