/** CRC-32 (IEEE 802.3, the zlib/PNG polynomial) of a string's UTF-8 bytes, unsigned. */
let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

const encoder = new TextEncoder();

export function crc32(text: string): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (const byte of encoder.encode(text)) crc = (t[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
