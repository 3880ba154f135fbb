/**
 * On-disk format of the journal (see README.md in this folder).
 *
 * Segment file `segment-<firstSeq, 20 digits>.log`:
 *   header (24 bytes): magic "OVJOURNL" | version u32 | firstSeq u64 | crc32 u32 (of the 20 bytes before)
 *   version 1: the file ends after its last record. Version 2 (same records): the file was
 *   preallocated with zeros, so zeros after the last record are its end, not a torn write.
 *   records: length u32 | crc32 u32 | seq u64 | payload (length bytes)
 *            crc32 covers seq and payload, so a record that is intact but in the wrong place
 *            (stale bytes, a copied block) is still caught by the sequence check.
 * Snapshot file `snapshot-<seq, 20 digits>`:
 *   header (28 bytes): magic "OVSNAPSH" | version u32 | seq u64 | length u32 | crc32 u32
 *            (crc32 covers seq, length and the payload)
 * All integers little-endian; u64 values are sequence numbers below 2^53.
 */
import { crc32 } from 'node:zlib';
import { crc32Range } from './crc32.ts';

export const FORMAT_VERSION = 1;
/** Segment header version of a preallocated (zero-filled ahead of the records) segment file. */
export const PREALLOCATED_VERSION = 2;
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

export function encodeSegmentHeader(firstSeq: number, version = FORMAT_VERSION): Buffer {
  const buf = Buffer.alloc(SEGMENT_HEADER_BYTES);
  SEGMENT_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(version, 8);
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
  if (version !== FORMAT_VERSION && version !== PREALLOCATED_VERSION) {
    return `unsupported segment version ${version}`;
  }
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
  dst.set(payload, offset + RECORD_HEADER_BYTES);
  return frameRecord(dst, offset, seq, payload.length);
}

/** `writeRecord` for a string payload, UTF-8 encoded in place (room for 3 bytes per unit). */
export function writeStringRecord(dst: Buffer, offset: number, seq: number, payload: string): number {
  return frameRecord(dst, offset, seq, dst.write(payload, offset + RECORD_HEADER_BYTES, 'utf8'));
}

/** Writes the header of the record whose `len` payload bytes are already at `offset + 16`. */
function frameRecord(dst: Buffer, offset: number, seq: number, len: number): number {
  // Plain byte stores: Buffer's checked writeUInt32LE costs more than the rest of the framing.
  dst[offset] = len;
  dst[offset + 1] = len >>> 8;
  dst[offset + 2] = len >>> 16;
  dst[offset + 3] = len >>> 24;
  const lo = seq % 0x1_0000_0000;
  const hi = Math.floor(seq / 0x1_0000_0000);
  dst[offset + 8] = lo;
  dst[offset + 9] = lo >>> 8;
  dst[offset + 10] = lo >>> 16;
  dst[offset + 11] = lo >>> 24;
  dst[offset + 12] = hi;
  dst[offset + 13] = hi >>> 8;
  dst[offset + 14] = hi >>> 16;
  dst[offset + 15] = hi >>> 24;
  const end = offset + RECORD_HEADER_BYTES + len;
  const crc = crc32Range(dst, offset + 8, end);
  dst[offset + 4] = crc;
  dst[offset + 5] = crc >>> 8;
  dst[offset + 6] = crc >>> 16;
  dst[offset + 7] = crc >>> 24;
  return end;
}

export function encodeSnapshot(seq: number, data: Uint8Array): Buffer {
  const crc = crc32(data, snapshotCrcStart(seq, data.length));
  return Buffer.concat([encodeSnapshotHeader(seq, data.length, crc), data]);
}

/**
 * The snapshot CRC over (seq, length), to be continued over the payload with `crc32(chunk, crc)`,
 * so a large payload can be checksummed chunk by chunk.
 */
export function snapshotCrcStart(seq: number, length: number): number {
  return crc32(encodeSnapshotHeader(seq, length, 0).subarray(12, 24));
}

/** The snapshot header for a payload of `length` bytes whose full CRC is `crc`. */
export function encodeSnapshotHeader(seq: number, length: number, crc: number): Buffer {
  const buf = Buffer.alloc(SNAPSHOT_HEADER_BYTES);
  SNAPSHOT_MAGIC.copy(buf, 0);
  buf.writeUInt32LE(FORMAT_VERSION, 8);
  writeU64(buf, seq, 12);
  buf.writeUInt32LE(length, 20);
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
