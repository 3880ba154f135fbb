/**
 * Validation of one segment's bytes: yields its records and tells a torn final write (which may
 * be truncated) apart from corruption (which must stop start-up).
 */
import { crc32Range } from './crc32.ts';
import { JournalCorruptionError } from './errors.ts';
import {
  checkSegmentHeader,
  MAX_RECORD_BYTES,
  PREALLOCATED_VERSION,
  RECORD_HEADER_BYTES,
  readU64,
  SEGMENT_HEADER_BYTES,
} from './format.ts';

export interface SegmentScan {
  /** Sequence number of the last valid record, or firstSeq - 1 when there is none. */
  lastSeq: number;
  /** Byte offset just after the last valid record (or after the header). */
  validEnd: number;
  /** Set when the segment ends in a torn write that recovery must cut off at `offset`. */
  torn?: { offset: number; reason: string };
}

export type RecordVisitor = (seq: number, payload: Buffer) => void;

/**
 * Scans a segment. `isLast` is true only for the newest segment: only there can a crash leave a
 * partial write, because a segment is fully synced before the next one is created.
 */
export function scanSegment(
  bytes: Buffer,
  file: string,
  firstSeq: number,
  isLast: boolean,
  visit?: RecordVisitor,
): SegmentScan {
  const headerProblem = checkSegmentHeader(bytes, firstSeq);
  if (headerProblem !== undefined) {
    // A crash between creating the newest segment and syncing its header leaves a short or
    // zero-filled file with no records in it: that is a torn write, anything else is damage.
    if (isLast && (bytes.length <= SEGMENT_HEADER_BYTES || isZero(bytes, 0, bytes.length))) {
      return { lastSeq: firstSeq - 1, validEnd: 0, torn: { offset: 0, reason: headerProblem } };
    }
    throw new JournalCorruptionError(file, 0, headerProblem);
  }

  const preallocated = bytes.readUInt32LE(8) === PREALLOCATED_VERSION;
  let offset = SEGMENT_HEADER_BYTES;
  let expected = firstSeq;
  while (offset < bytes.length) {
    const problem = checkRecord(bytes, offset, expected);
    if (problem !== undefined) {
      // Zeros up to the end of a preallocated file are space not yet written: the records end
      // here. No record is all zeros (its seq is at least 1), and a segment cut short this way
      // in the middle of the log still fails the next segment's contiguity check.
      if (preallocated && isZero(bytes, offset, bytes.length))
        return { lastSeq: expected - 1, validEnd: offset };
      if (!isLast) throw new JournalCorruptionError(file, offset, problem);
      const later = findValidRecord(bytes, offset + 1, expected);
      if (later !== undefined) {
        throw new JournalCorruptionError(
          file,
          offset,
          `${problem} (a valid record, sequence ${later.seq}, follows at offset ${later.offset})`,
        );
      }
      return { lastSeq: expected - 1, validEnd: offset, torn: { offset, reason: problem } };
    }
    const len = bytes.readUInt32LE(offset);
    const start = offset + RECORD_HEADER_BYTES;
    visit?.(expected, bytes.subarray(start, start + len));
    offset = start + len;
    expected++;
  }
  return { lastSeq: expected - 1, validEnd: offset };
}

/** Returns why the record at `offset` is not the valid record number `expected`, if it is not. */
function checkRecord(bytes: Buffer, offset: number, expected: number): string | undefined {
  const remaining = bytes.length - offset;
  if (remaining < RECORD_HEADER_BYTES) {
    return `incomplete record header (${remaining} of ${RECORD_HEADER_BYTES} bytes)`;
  }
  const len = bytes.readUInt32LE(offset);
  if (len > MAX_RECORD_BYTES) return `record length ${len} exceeds the ${MAX_RECORD_BYTES} limit`;
  if (RECORD_HEADER_BYTES + len > remaining) {
    return `record of ${len} bytes extends past the end of the file`;
  }
  const stored = bytes.readUInt32LE(offset + 4);
  const actual = crc32Range(bytes, offset + 8, offset + RECORD_HEADER_BYTES + len);
  if (stored !== actual) return 'record CRC mismatch';
  const seq = readU64(bytes, offset + 8);
  if (seq !== expected) return `record has sequence ${seq}, expected ${expected}`;
  return undefined;
}

/**
 * Looks for any intact record with a plausible sequence number after a bad one. Finding one means
 * the bad record is not the tail of the log but damage in the middle of it. The sequence range
 * filter keeps this linear: random bytes almost never pass it, so the CRC is rarely computed.
 */
function findValidRecord(
  bytes: Buffer,
  from: number,
  expected: number,
): { offset: number; seq: number } | undefined {
  // A valid record has a non-zero seq field, so none starts after the last non-zero byte - 8:
  // this keeps the search short in a mostly zero (preallocated) file.
  const end = Math.min(bytes.length - RECORD_HEADER_BYTES, lastNonZero(bytes, from) - 8);
  const maxSeq = expected + Math.ceil((bytes.length - from) / RECORD_HEADER_BYTES);
  for (let offset = from; offset <= end; offset++) {
    const seq = readU64(bytes, offset + 8);
    if (seq < expected || seq > maxSeq) continue;
    const len = bytes.readUInt32LE(offset);
    if (len > bytes.length - offset - RECORD_HEADER_BYTES) continue;
    if (
      crc32Range(bytes, offset + 8, offset + RECORD_HEADER_BYTES + len) === bytes.readUInt32LE(offset + 4)
    ) {
      return { offset, seq };
    }
  }
  return undefined;
}

const ZEROS = Buffer.alloc(64 * 1024);

/** True when `bytes[from, to)` is all zeros (compared natively, a block at a time). */
function isZero(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i += ZEROS.length) {
    const n = Math.min(ZEROS.length, to - i);
    if (bytes.compare(ZEROS, 0, n, i, i + n) !== 0) return false;
  }
  return true;
}

/** Offset of the last non-zero byte at or after `from`, or from - 1 when there is none. */
function lastNonZero(bytes: Buffer, from: number): number {
  let to = bytes.length;
  while (to > from) {
    const start = Math.max(from, to - ZEROS.length);
    if (!isZero(bytes, start, to)) {
      for (let i = to - 1; i >= start; i--) if (bytes[i] !== 0) return i;
    }
    to = start;
  }
  return from - 1;
}
