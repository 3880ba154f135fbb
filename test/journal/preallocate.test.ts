import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  PREALLOCATED_VERSION,
  RECORD_HEADER_BYTES,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
} from '../../server/journal/format.ts';
import { Journal, JournalCorruptionError, nodeJournalFs, readJournal } from '../../server/journal/index.ts';
import { recordingLogger, tempDirs, text, until } from './helpers.ts';

const dir = tempDirs();
const payload = (i: number) => text(`record-${String(i).padStart(6, '0')}`);
const RECORD = RECORD_HEADER_BYTES + payload(0).length;
const offsetOf = (seq: number) => SEGMENT_HEADER_BYTES + (seq - 1) * RECORD;
const seg1 = (d: string) => join(d, segmentFileName(1));
const versionOf = (path: string) => readFileSync(path).readUInt32LE(8);

async function writeRecords(d: string, n: number) {
  const journal = await Journal.open({ dir: d }, { replay() {} });
  for (let i = 1; i <= n; i++) journal.append(payload(i));
  await journal.close();
}

/** Rewrites segment 1 as a preallocated one: version 2 header, `zeros` zero bytes after the records. */
function asPreallocated(d: string, zeros: number): void {
  const bytes = Buffer.concat([readFileSync(seg1(d)), Buffer.alloc(zeros)]);
  bytes.writeUInt32LE(PREALLOCATED_VERSION, 8);
  bytes.writeUInt32LE(crc32(bytes.subarray(0, 20)), 20);
  writeFileSync(seg1(d), bytes);
}

async function reopen(d: string) {
  const logger = recordingLogger();
  const seen: number[] = [];
  const journal = await Journal.open(
    { dir: d, logger },
    {
      replay: (seq, p) => {
        expect(p).toEqual(payload(seq));
        seen.push(seq);
      },
    },
  );
  return { journal, seen, logger };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('preallocated segments', () => {
  it('rotates into segments prepared ahead of time, zero-filled, and recovers them exactly', async () => {
    const d = dir();
    const segmentBytes = 4096;
    const spare = join(d, 'segment-spare.tmp');
    const journal = await Journal.open({ dir: d, segmentBytes }, { replay() {} });
    let seq = 0;
    const batch = async (n: number) => {
      for (let i = 0; i < n; i++) journal.append(payload(++seq));
      await journal.waitDurable();
    };
    for (let round = 0; round < 3; round++) {
      // Past half the segment: the spare is prepared in the background; let it finish, then fill.
      while ((seq * RECORD) % segmentBytes < segmentBytes / 2 + RECORD * 5) await batch(5);
      const full = segmentBytes + (segmentBytes >> 4);
      expect(await until(() => existsSync(spare) && statSync(spare).size === full)).toBe(true);
      // Its final fdatasync: not observable from outside, hence the margin (and the check below).
      await new Promise((r) => setTimeout(r, 200));
      const before = readdirSync(d).filter((n) => n.startsWith('segment-0')).length;
      while (readdirSync(d).filter((n) => n.startsWith('segment-0')).length === before) await batch(5);
    }
    await batch(3);
    await journal.close();
    expect(existsSync(spare)).toBe(false);
    const segments = readdirSync(d)
      .filter((n) => n.startsWith('segment-0'))
      .sort();
    expect(segments.length).toBe(4);
    expect(versionOf(join(d, segments[0] as string))).toBe(1);
    const preallocated = segments.filter((name) => versionOf(join(d, name)) === PREALLOCATED_VERSION);
    // A spare whose sync is still running at rotation is skipped (plain segment): on a very slow
    // disk one may be, never most.
    expect(preallocated.length).toBeGreaterThanOrEqual(2);
    for (const name of preallocated) {
      expect(statSync(join(d, name)).size).toBe(segmentBytes + (segmentBytes >> 4));
    }
    const { journal: again, seen, logger } = await reopen(d);
    expect(seen).toEqual(range(seq));
    expect(logger.messages).toEqual([]);
    expect(again.append(payload(seq + 1))).toBe(seq + 1);
    await again.close();
    const read: number[] = [];
    const result = await readJournal(d, (s) => read.push(s));
    expect(read).toEqual(range(seq + 1));
    expect(result.torn).toBeUndefined();
  });

  it('takes the zeros after the last record as the end, keeps them, and appends there', async () => {
    const d = dir();
    await writeRecords(d, 5);
    asPreallocated(d, 8192);
    const size = statSync(seg1(d)).size;
    const first = await reopen(d);
    expect(first.seen).toEqual(range(5));
    expect(first.logger.messages).toEqual([]);
    expect(statSync(seg1(d)).size).toBe(size);
    expect(first.journal.append(payload(6))).toBe(6);
    await first.journal.close();
    const second = await reopen(d);
    expect(second.seen).toEqual(range(6));
    expect(statSync(seg1(d)).size).toBe(size);
    await second.journal.close();
  });

  it('truncates a torn final record followed by zeros at every cut point', async () => {
    const d = dir();
    await writeRecords(d, 5);
    asPreallocated(d, 4096);
    const full = readFileSync(seg1(d));
    for (let cut = 1; cut < RECORD; cut++) {
      // The last record lost its final `cut` bytes to zeros, as if that page never reached the disk.
      const damaged = Buffer.from(full);
      damaged.fill(0, offsetOf(6) - cut, offsetOf(6));
      writeFileSync(seg1(d), damaged);
      const { journal, seen, logger } = await reopen(d);
      expect(seen).toEqual(range(4));
      expect(logger.messages.join()).toMatch(/torn/);
      expect(statSync(seg1(d)).size).toBe(offsetOf(5));
      await journal.close();
    }
  });

  it('refuses a corrupt record followed by valid ones, naming file and offset', async () => {
    const d = dir();
    await writeRecords(d, 10);
    asPreallocated(d, 4096);
    const bytes = readFileSync(seg1(d));
    const at = offsetOf(4) + RECORD_HEADER_BYTES + 2;
    bytes[at] = (bytes[at] as number) ^ 1;
    writeFileSync(seg1(d), bytes);
    const err = await reopen(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalCorruptionError);
    expect((err as JournalCorruptionError).file).toBe(segmentFileName(1));
    expect((err as JournalCorruptionError).offset).toBe(offsetOf(4));
    expect(statSync(seg1(d)).size).toBe(bytes.length);
  });

  it('refuses zeroed records in the middle: zeros end the log only when nothing follows', async () => {
    const d = dir();
    await writeRecords(d, 10);
    asPreallocated(d, 4096);
    const bytes = readFileSync(seg1(d));
    bytes.fill(0, offsetOf(3), offsetOf(5));
    writeFileSync(seg1(d), bytes);
    await expect(reopen(d)).rejects.toThrow(
      new RegExp(`${segmentFileName(1)} at byte offset ${offsetOf(3)}.*valid record, sequence 5`),
    );
  });

  it('catches an older preallocated segment cut short by zeros through the next one', async () => {
    const d = dir();
    await writeRecords(d, 10);
    asPreallocated(d, 4096);
    const bytes = readFileSync(seg1(d));
    bytes.fill(0, offsetOf(9), offsetOf(11));
    writeFileSync(seg1(d), bytes);
    // Segment 11 follows: records 9 and 10 are missing, not the end of the log.
    const next = Buffer.from(readFileSync(seg1(d)).subarray(0, SEGMENT_HEADER_BYTES));
    next.writeUInt32LE(11, 12);
    next.writeUInt32LE(crc32(next.subarray(0, 20)), 20);
    writeFileSync(join(d, segmentFileName(11)), next);
    await expect(reopen(d)).rejects.toThrow(/segment starts at sequence 11 but the previous one ends at 8/);
  });

  it('creates segments the plain way when a spare cannot be prepared, losing nothing', async () => {
    const d = dir();
    let attempts = 0;
    const fs = {
      ...nodeJournalFs,
      async create(path: string) {
        if (path.endsWith('segment-spare.tmp')) {
          attempts++;
          throw new Error('ENOSPC: injected');
        }
        return nodeJournalFs.create(path);
      },
    };
    const journal = await Journal.open({ dir: d, fs, segmentBytes: 1024 }, { replay() {} });
    for (let i = 1; i <= 200; i++) {
      journal.append(payload(i));
      if (i % 5 === 0) await journal.waitDurable();
    }
    await journal.close();
    const segments = readdirSync(d).filter((n) => n.startsWith('segment-0'));
    expect(segments.length).toBeGreaterThan(3);
    for (const name of segments) expect(versionOf(join(d, name))).toBe(1);
    // At most one attempt per segment, not one per batch.
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThanOrEqual(segments.length);
    const again = await reopen(d);
    expect(again.seen).toEqual(range(200));
    await again.journal.close();
  });

  it('leaves an appended segment for a spare once it holds 1 MiB, long before it is half full', async () => {
    const d = dir();
    const segmentBytes = 8 << 20;
    const big = Buffer.alloc(16 << 10, 0x61);
    const names = () =>
      readdirSync(d)
        .filter((n) => n.startsWith('segment-0'))
        .sort();
    const journal = await Journal.open({ dir: d, segmentBytes }, { replay() {} });
    let seq = 0;
    // 1 MiB and a little more in the first (appended) segment: the spare starts filling.
    while (seq * big.length < (1 << 20) + 2 * big.length) {
      journal.append(big);
      seq++;
    }
    await journal.waitDurable();
    expect(await until(() => existsSync(join(d, 'segment-spare.tmp')))).toBe(true);
    // Small batches until the journal moves on; it must do so well before half of segmentBytes.
    while (names().length === 1 && seq * big.length < segmentBytes / 2) {
      journal.append(big);
      seq++;
      await journal.waitDurable();
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(names().length).toBe(2);
    expect(seq * big.length).toBeLessThan(segmentBytes / 2);
    const [first, second] = names() as [string, string];
    expect(versionOf(join(d, first))).toBe(1);
    expect(versionOf(join(d, second))).toBe(PREALLOCATED_VERSION);
    const moved = seq;
    await journal.close();

    // Reopened on the preallocated tail: no early move, it stays there past 1 MiB more.
    const again = await Journal.open({ dir: d, segmentBytes }, { replay() {} });
    for (let i = 0; i < 80; i++) {
      again.append(big);
      seq++;
      if (i % 8 === 7) await again.waitDurable();
    }
    await again.close();
    expect(names()).toEqual([first, second]);
    const read: number[] = [];
    await readJournal(d, (s) => read.push(s));
    expect(read).toEqual(range(seq));
    expect(moved).toBeGreaterThan(64);
  });
});
