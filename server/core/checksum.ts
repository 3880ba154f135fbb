// The book checksum both REST and WebSocket publish: CRC-32 (IEEE) of the UTF-8 string of the top
// 10 bids then top 10 asks (best first) as `price:quantity` joined by `,`. Pure TS (no node:zlib)
// so the core stays free of platform modules.

import type { BookLevelView } from './views.ts';

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (IEEE) of a string's UTF-8 bytes, as an unsigned 32-bit integer. */
export function crc32(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) {
    crc = (TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
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
