import {
  appendFileSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RECORD_HEADER_BYTES,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
  snapshotFileName,
} from '../../server/journal/format.ts';
import { Journal, JournalCorruptionError, readJournal } from '../../server/journal/index.ts';
import { countingFs, recordingLogger, tempDirs, text } from './helpers.ts';

const dir = tempDirs();

/** Payloads of fixed size so record offsets are easy to compute. */
const payload = (i: number) => text(`record-${String(i).padStart(6, '0')}`);
const RECORD = RECORD_HEADER_BYTES + payload(0).length;
const offsetOf = (seq: number, firstSeq = 1) => SEGMENT_HEADER_BYTES + (seq - firstSeq) * RECORD;

/** Appends `n` records in batches of `batch` (rotation happens between batches). */
async function writeRecords(d: string, n: number, opts: { segmentBytes?: number; batch?: number } = {}) {
  const journal = await Journal.open({ dir: d, ...opts }, { replay() {} });
  for (let i = 1; i <= n; i++) {
    journal.append(payload(i));
    if (i % (opts.batch ?? n) === 0) await journal.waitDurable();
  }
  await journal.close();
}

async function reopen(d: string, logger = recordingLogger()) {
  const seen: number[] = [];
  let restored: { seq: number; data: string } | undefined;
  const journal = await Journal.open(
    { dir: d, logger },
    {
      restore: (seq, data) => {
        restored = { seq, data: data.toString() };
      },
      replay: (seq, p) => {
        expect(p).toEqual(payload(seq));
        seen.push(seq);
      },
    },
  );
  return { journal, seen, restored, logger };
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const seg1 = (d: string) => join(d, segmentFileName(1));

function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = (bytes[offset] as number) ^ 0x10;
  writeFileSync(path, bytes);
}

describe('recovery', () => {
  it('replays every record in order and continues the numbering', async () => {
    const d = dir();
    await writeRecords(d, 100);
    const { journal, seen } = await reopen(d);
    expect(seen).toEqual(range(1, 100));
    expect(journal.append(payload(101))).toBe(101);
    await journal.close();
  });

  it('truncates a torn final record at every possible cut point', async () => {
    const d = dir();
    await writeRecords(d, 5);
    const full = readFileSync(seg1(d));
    for (let cut = 1; cut < RECORD; cut++) {
      writeFileSync(seg1(d), full.subarray(0, full.length - cut));
      const { journal, seen, logger } = await reopen(d);
      expect(seen).toEqual(range(1, 4));
      expect(logger.messages.join()).toMatch(/torn/);
      expect(statSync(seg1(d)).size).toBe(offsetOf(5));
      await journal.close();
    }
  });

  it('truncates a complete final record whose CRC fails, and a zero-filled tail', async () => {
    const d = dir();
    await writeRecords(d, 5);
    flipByte(seg1(d), offsetOf(5) + RECORD - 1);
    const first = await reopen(d);
    expect(first.seen).toEqual(range(1, 4));
    expect(first.logger.messages.join()).toMatch(/CRC mismatch/);
    expect(first.journal.append(payload(5))).toBe(5);
    await first.journal.close();

    appendFileSync(seg1(d), Buffer.alloc(4096));
    const second = await reopen(d);
    expect(second.seen).toEqual(range(1, 5));
    expect(statSync(seg1(d)).size).toBe(offsetOf(6));
    await second.journal.close();
  });

  it('refuses to start on a flipped byte in the middle of a segment, naming file and offset', async () => {
    const d = dir();
    await writeRecords(d, 10);
    const before = readFileSync(seg1(d));
    flipByte(seg1(d), offsetOf(4) + RECORD_HEADER_BYTES + 3);
    const err = await reopen(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalCorruptionError);
    const corruption = err as JournalCorruptionError;
    expect(corruption.file).toBe(segmentFileName(1));
    expect(corruption.offset).toBe(offsetOf(4));
    expect(corruption.message).toContain(`${segmentFileName(1)} at byte offset ${offsetOf(4)}`);
    expect(corruption.message).toMatch(/CRC mismatch/);
    // Nothing was "repaired": the damaged file is left for an operator to inspect.
    expect(readFileSync(seg1(d)).length).toBe(before.length);
  });

  it('treats a damaged length field in the middle as corruption, not a torn tail', async () => {
    const d = dir();
    await writeRecords(d, 10);
    flipByte(seg1(d), offsetOf(7) + 3); // length becomes huge: looks like "extends past the end"
    await expect(reopen(d)).rejects.toThrow(
      new RegExp(`${segmentFileName(1)} at byte offset ${offsetOf(7)}.*valid record, sequence 8`),
    );
  });

  it('treats damage at the end of an older segment as corruption', async () => {
    const d = dir();
    await writeRecords(d, 200, { segmentBytes: 1024, batch: 10 });
    const names = readdirSync(d)
      .filter((n) => n.startsWith('segment-'))
      .sort();
    expect(names.length).toBeGreaterThan(2);
    const older = join(d, names[0] as string);
    truncateSync(older, statSync(older).size - 3);
    await expect(reopen(d)).rejects.toThrow(new RegExp(`${names[0]} at byte offset`));
  });

  it('detects a missing segment between two others', async () => {
    const d = dir();
    await writeRecords(d, 200, { segmentBytes: 1024, batch: 10 });
    const names = readdirSync(d)
      .filter((n) => n.startsWith('segment-'))
      .sort();
    unlinkSync(join(d, names[1] as string));
    await expect(reopen(d)).rejects.toThrow(/previous one ends at/);
  });

  it('recreates a newest segment whose header never reached the disk', async () => {
    const d = dir();
    await writeRecords(d, 3);
    writeFileSync(join(d, segmentFileName(4)), Buffer.alloc(10));
    const { journal, seen, logger } = await reopen(d);
    expect(seen).toEqual([1, 2, 3]);
    expect(logger.messages.join()).toMatch(/incomplete segment header/);
    expect(journal.append(payload(4))).toBe(4);
    await journal.close();
    expect((await reopen(d)).seen).toEqual([1, 2, 3, 4]);
  });
});

describe('snapshots', () => {
  it('recovers from the newest snapshot plus replay of later records', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    for (let i = 1; i <= 50; i++) journal.append(payload(i));
    await journal.writeSnapshot(30, text('state@30'));
    for (let i = 51; i <= 60; i++) journal.append(payload(i));
    await journal.close();
    const { seen, restored, journal: j2 } = await reopen(d);
    expect(restored).toEqual({ seq: 30, data: 'state@30' });
    expect(seen).toEqual(range(31, 60));
    await j2.close();
  });

  it('publishes a snapshot only after the records it covers are durable, atomically', async () => {
    const d = dir();
    const { fs, gate, counts } = countingFs();
    const journal = await Journal.open({ dir: d, fs }, { replay() {} });
    gate.hold = true;
    journal.append(payload(1));
    const snapshot = journal.writeSnapshot(1, text('state@1'));
    for (let i = 0; i < 20 && gate.blocked === 0; i++) await new Promise((r) => setImmediate(r));
    expect(readdirSync(d).some((n) => n.startsWith('snapshot-'))).toBe(false);
    gate.hold = false;
    gate.release();
    await snapshot;
    expect(readdirSync(d)).toContain(snapshotFileName(1));
    expect(counts.renames).toBe(1);
    await journal.close();
  });

  it('ignores and removes a leftover temporary snapshot file', async () => {
    const d = dir();
    await writeRecords(d, 10);
    writeFileSync(join(d, `${snapshotFileName(9)}.tmp`), 'half-written garbage');
    const { seen, restored, journal, logger } = await reopen(d);
    expect(restored).toBeUndefined();
    expect(seen).toEqual(range(1, 10));
    expect(logger.messages.join()).toMatch(/leftover temporary/);
    expect(readdirSync(d).some((n) => n.endsWith('.tmp'))).toBe(false);
    await journal.close();
  });

  it('falls back to the previous snapshot when the newest is damaged', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    for (let i = 1; i <= 40; i++) journal.append(payload(i));
    await journal.writeSnapshot(10, text('state@10'));
    await journal.writeSnapshot(20, text('state@20'));
    await journal.close();
    flipByte(join(d, snapshotFileName(20)), 30);
    const { seen, restored, logger, journal: j2 } = await reopen(d);
    expect(restored).toEqual({ seq: 10, data: 'state@10' });
    expect(seen).toEqual(range(11, 40));
    expect(logger.messages.join()).toMatch(/damaged snapshot/);
    expect(readdirSync(d)).toContain(`${snapshotFileName(20)}.damaged`);
    // Retention counts only good snapshots: one more keeps snapshot 10 as the fallback.
    for (let i = 41; i <= 50; i++) j2.append(payload(i));
    await j2.writeSnapshot(50, text('state@50'));
    await j2.close();
    const snaps = readdirSync(d).filter((n) => /^snapshot-\d+$/.test(n));
    expect(snaps.sort()).toEqual([snapshotFileName(10), snapshotFileName(50)]);
  });

  it('prunes old snapshots and the segments they cover, keeping enough for the previous one', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d, segmentBytes: 1024 }, { replay() {} });
    for (let round = 1; round <= 6; round++) {
      for (let i = 1; i <= 50; i++) journal.append(payload((round - 1) * 50 + i));
      await journal.writeSnapshot(round * 50, text(`state@${round * 50}`));
    }
    await journal.close();
    const snaps = readdirSync(d).filter((n) => n.startsWith('snapshot-'));
    expect(snaps.sort()).toEqual([snapshotFileName(250), snapshotFileName(300)]);
    const read: number[] = [];
    const { firstSeq, lastSeq } = await readJournal(d, (seq) => read.push(seq));
    expect(firstSeq).toBeGreaterThan(1);
    expect(firstSeq).toBeLessThanOrEqual(251);
    expect(lastSeq).toBe(300);
    expect(read).toEqual(range(firstSeq, 300));
    // Even with the newest snapshot destroyed, the previous one plus the kept segments suffice.
    flipByte(join(d, snapshotFileName(300)), 30);
    const { seen, restored, journal: j2 } = await reopen(d);
    expect(restored?.seq).toBe(250);
    expect(seen).toEqual(range(251, 300));
    await j2.close();
  });

  it('keeps every segment when pruning is off', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d, segmentBytes: 1024, pruneSegments: false }, { replay() {} });
    for (let i = 1; i <= 200; i++) journal.append(payload(i));
    await journal.writeSnapshot(100, text('a'));
    await journal.writeSnapshot(200, text('b'));
    await journal.writeSnapshot(200, text('b'));
    await journal.close();
    const { firstSeq, lastSeq } = await readJournal(d, () => {});
    expect([firstSeq, lastSeq]).toEqual([1, 200]);
  });
});
