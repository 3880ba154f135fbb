import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../server/journal/format.ts';
import { Journal, JournalFailedError } from '../../server/journal/index.ts';
import { countingFs, recordingLogger, tempDirs, text, until } from './helpers.ts';

const noRecovery = { replay() {} };
const dir = tempDirs();

describe('group commit', () => {
  it('writes and syncs a burst of appends as one batch with one fdatasync', async () => {
    const { fs, counts } = countingFs();
    const journal = await Journal.open({ dir: dir(), fs }, noRecovery);
    const before = { ...counts };
    const durable: number[] = [];
    for (let i = 0; i < 1000; i++) journal.append(text(`r${i}`), (err, seq) => !err && durable.push(seq));
    expect(durable).toEqual([]);
    await journal.waitDurable();
    expect(counts.datasync - before.datasync).toBe(1);
    expect(counts.writes - before.writes).toBe(1);
    expect(durable).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(journal.stats).toMatchObject({ records: 1000, batches: 1, syncs: 1 });
    await journal.close();
  });

  it('fires callbacks only after the sync, and appends during a sync form the next batch', async () => {
    const { fs, counts, gate } = countingFs();
    const journal = await Journal.open({ dir: dir(), fs }, noRecovery);
    gate.hold = true;
    const syncsAtOpen = counts.datasync;
    const durable: number[] = [];
    const cb = (err: Error | undefined, seq: number) => {
      if (!err) durable.push(seq);
    };
    journal.append(text('a'), cb);
    expect(await until(() => gate.blocked === 1)).toBe(true);
    for (let i = 0; i < 10; i++) journal.append(text(`b${i}`), cb);
    expect(durable).toEqual([]);
    expect(journal.durableSeq).toBe(0);
    gate.release();
    expect(await until(() => durable.length === 1 && gate.blocked === 1)).toBe(true);
    expect(durable).toEqual([1]);
    journal.append(text('c'), cb);
    gate.release();
    expect(await until(() => durable.length === 11 && gate.blocked === 1)).toBe(true);
    expect(durable).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    gate.release();
    await journal.waitDurable();
    expect(durable.length).toBe(12);
    expect(counts.datasync - syncsAtOpen).toBe(3);
    expect(journal.stats.batches).toBe(3);
    await journal.close();
  });

  it('rotates segments by size and keeps numbering across them on recovery', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d, segmentBytes: 4096 }, noRecovery);
    for (let batch = 0; batch < 20; batch++) {
      for (let i = 0; i < 10; i++) journal.append(text(`${batch}:${i}:${'x'.repeat(40)}`));
      await journal.waitDurable();
    }
    await journal.close();
    const { readdirSync } = await import('node:fs');
    const segments = readdirSync(d).filter((n) => n.startsWith('segment-'));
    expect(segments.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    const reopened = await Journal.open(
      { dir: d, segmentBytes: 4096 },
      { replay: (seq, p) => seen.push(`${seq}=${p.toString().slice(0, 6)}`) },
    );
    expect(seen.length).toBe(200);
    expect(seen[0]).toBe('1=0:0:xx');
    expect(seen[199]).toBe('200=19:9:x');
    expect(reopened.append(text('next'))).toBe(201);
    await reopened.close();
  });

  it('fails every pending record and refuses new work after an fsync error', async () => {
    let fail = false;
    const { fs } = countingFs({ failSync: () => fail });
    const journal = await Journal.open({ dir: dir(), fs, logger: recordingLogger() }, noRecovery);
    fail = true;
    const results: (string | number)[] = [];
    for (let i = 0; i < 3; i++) {
      journal.append(text(`${i}`), (err, seq) => results.push(err ? `err${seq}` : seq));
    }
    await expect(journal.waitDurable()).rejects.toBeInstanceOf(JournalFailedError);
    expect(results).toEqual(['err1', 'err2', 'err3']);
    expect(() => journal.append(text('x'))).toThrow(JournalFailedError);
    // close() still reports the failure, and releases the segment's file all the same.
    await expect(journal.close()).rejects.toBeInstanceOf(JournalFailedError);
  });

  it('stores string payloads as UTF-8 and refuses records too large to recover', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    journal.appendString('plain');
    journal.appendString('multi-byte: é, 😀, 中');
    expect(() => journal.append(Buffer.alloc(MAX_RECORD_BYTES + 1))).toThrow(RangeError);
    expect(() => journal.appendString('€'.repeat(MAX_RECORD_BYTES / 3 + 1))).toThrow(RangeError);
    expect(journal.lastSeq).toBe(2);
    await journal.close();
    const seen: string[] = [];
    const again = await Journal.open({ dir: d }, { replay: (_s, p) => seen.push(p.toString('utf8')) });
    expect(seen).toEqual(['plain', 'multi-byte: é, 😀, 中']);
    await again.close();
  });

  it('flushes on close and rejects appends afterwards', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, noRecovery);
    journal.append(text('one'));
    journal.append(text('two'));
    await journal.close();
    expect(() => journal.append(text('three'))).toThrow(/closed/);
    const seen: string[] = [];
    const again = await Journal.open({ dir: d }, { replay: (_s, p) => seen.push(p.toString()) });
    expect(seen).toEqual(['one', 'two']);
    await again.close();
  });
});
