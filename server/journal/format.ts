/**
 * On-disk format of the journal (see README.md in this folder).
 *
 * Segment file `segment-<firstSeq, 20 digits>.log`:
 *   header (24 bytes): magic "OVJOURNL" | version u32 | firstSeq u64 | crc32 u32 (of the 20 bytes before)
 *   records: length u32 | crc32 u32 | seq u64 | payload (length bytes)
 *            crc32 covers seq and payload, so a record that is intact but in the wrong place
 *            (stale bytes, a copied block) is still caught by the sequence check.
 * Snapshot file `snapshot-<seq, 20 digits>`:
 *   header (28 bytes): magic "OVSNAPSH" | version u32 | seq u64 | length u32 | crc32 u32
 *            (crc32 covers seq, length and the payload)
 * All integers little-endian; u64 values are sequence numbers below 2^53.
 */
import { crc32 } from 'node:zlib';

export const FORMAT_VERSION = 1;
export const SEGMENT_MAGIC = Buffer.from('OVJOURNL', 'latin1');
export const SNAPSHOT_MAGIC = Buffer.from('OVSNAPSH', 'latin1');
export const SEGMENT_HEADER_BYTES = 24;
export const RECORD_HEADER_BYTES = 16;
export const SNAPSHOT_HEADER_BYTES = 28;
/** Larger lengths are treated as damaged framing rather than attempted allocations. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

const SEQ_DIGITS = 20;
const SEGMENT_RE = /^segment-(\d{20})\.log$/;
const SNAPSHOT_RE = /^snapshot-(\d{20})$/;
export const TEMP_SUFFIX = '.tmp';

export function segmentFileName(firstSeq: number): string {
  return `segment-${String(firstSeq).padStart(SEQ_DIGITS, '0')}.log`;
}

export function snapshotFileName(seq: number): string {
  return `snapshot-${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** The first sequence number a segment file name carries, or undefined for any other name. */
export function parseSegmentFileName(name: string): number | undefined {
  const m = SEGMENT_RE.exec(name);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export function parseSnapshotFileName(name: string): number | undefined {
  const m = SNAPSHOT_RE.exec(name);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export function writeU64(buf: Buffer, value: number, offset: number): void {
  buf.writeUInt32LE(value % 0x1_0000_0000, offset);
  buf.writeUInt32LE(Math.floor(value / 0x1_0000_0000), offset + 4);
}

export function readU64(buf: Buffer, offset: number): number {
  return buf.readUInt32LE(offset) + buf.readUInt32LE(offset + 4) * 0x1_0000_0000;
}

export function encodeSegmentHeader(firstSeq: number): Buffer {
  const buf = Buffer.alloc(SEGMENT_HEADER_BYTES);
  SEGMENT_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(FORMAT_VERSION, 8);
  writeU64(buf, firstSeq, 12);
  buf.writeUInt32LE(crc32(buf.subarray(0, 20)), 20);
  return buf;
}

/** Returns a reason string when the header is not a valid segment header for `firstSeq`. */
export function checkSegmentHeader(buf: Buffer, firstSeq: number): string | undefined {
  if (buf.length < SEGMENT_HEADER_BYTES) return 'incomplete segment header';
  if (!buf.subarray(0, 8).equals(SEGMENT_MAGIC)) return 'bad segment magic';
  if (crc32(buf.subarray(0, 20)) !== buf.readUInt32LE(20)) return 'segment header CRC mismatch';
  const version = buf.readUInt32LE(8);
  if (version !== FORMAT_VERSION) return `unsupported segment version ${version}`;
  const headerSeq = readU64(buf, 12);
  if (headerSeq !== firstSeq) {
    return `segment header says first sequence ${headerSeq}, file name says ${firstSeq}`;
  }
  return undefined;
}

/**
 * Frames one record into `dst` at `offset` (the caller guarantees room) and returns the offset
 * after it. Framing in place avoids an intermediate buffer per record on the hot path.
 */
export function writeRecord(dst: Buffer, offset: number, seq: number, payload: Uint8Array): number {
  const len = payload.length;
  dst.writeUInt32LE(len, offset);
  writeU64(dst, seq, offset + 8);
  dst.set(payload, offset + RECORD_HEADER_BYTES);
  const end = offset + RECORD_HEADER_BYTES + len;
  dst.writeUInt32LE(crc32(dst.subarray(offset + 8, end)), offset + 4);
  return end;
}

/** `writeRecord` for a string payload, UTF-8 encoded in place (room for 3 bytes per unit). */
export function writeStringRecord(dst: Buffer, offset: number, seq: number, payload: string): number {
  const len = dst.write(payload, offset + RECORD_HEADER_BYTES, 'utf8');
  dst.writeUInt32LE(len, offset);
  writeU64(dst, seq, offset + 8);
  const end = offset + RECORD_HEADER_BYTES + len;
  dst.writeUInt32LE(crc32(dst.subarray(offset + 8, end)), offset + 4);
  return end;
}

export function encodeSnapshot(seq: number, data: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(SNAPSHOT_HEADER_BYTES + data.length);
  SNAPSHOT_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(FORMAT_VERSION, 8);
  writeU64(buf, seq, 12);
  buf.writeUInt32LE(data.length, 20);
  buf.set(data, SNAPSHOT_HEADER_BYTES);
  let crc = crc32(buf.subarray(12, 24));
  crc = crc32(data, crc);
  buf.writeUInt32LE(crc, 24);
  return buf;
}

/** Decodes a snapshot file, or returns a reason string when it is damaged or not for `seq`. */
export function decodeSnapshot(buf: Buffer, seq: number): Buffer | string {
  if (buf.length < SNAPSHOT_HEADER_BYTES) return 'incomplete snapshot header';
  if (!buf.subarray(0, 8).equals(SNAPSHOT_MAGIC)) return 'bad snapshot magic';
  const version = buf.readUInt32LE(8);
  if (version !== FORMAT_VERSION) return `unsupported snapshot version ${version}`;
  const headerSeq = readU64(buf, 12);
  if (headerSeq !== seq) return `snapshot header says sequence ${headerSeq}, file name says ${seq}`;
  const len = buf.readUInt32LE(20);
  if (buf.length !== SNAPSHOT_HEADER_BYTES + len) {
    return `snapshot length ${buf.length - SNAPSHOT_HEADER_BYTES}, header says ${len}`;
  }
  const data = buf.subarray(SNAPSHOT_HEADER_BYTES);
  let crc = crc32(buf.subarray(12, 24));
  crc = crc32(data, crc);
  if (crc !== buf.readUInt32LE(24)) return 'snapshot CRC mismatch';
  return data;
}
