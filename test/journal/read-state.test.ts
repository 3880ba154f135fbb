// readStateAt: what the snapshot worker rebuilds its state from, read beside a live journal. It
// must equal start-up recovery up to the position asked for, and change nothing on disk.

import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSegmentFileName, segmentFileName, snapshotFileName } from '../../server/journal/format.ts';
import { Journal, JournalCorruptionError, readStateAt } from '../../server/journal/index.ts';
import { recordingLogger, tempDirs, text } from './helpers.ts';

const dir = tempDirs();

async function read(d: string, toSeq: number) {
  const replayed: number[] = [];
  let restored: { seq: number; data: string } | undefined;
  const logger = recordingLogger();
  const at = await readStateAt(
    d,
    toSeq,
    {
      restore: (seq, data) => {
        restored = { seq, data: data.toString('utf8') };
      },
      replay: (seq) => replayed.push(seq),
    },
    logger,
  );
  return { at, replayed, restored, logger };
}

describe('readStateAt', () => {
  it('restores the newest snapshot at or before the position and replays exactly up to it', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d, segmentBytes: 512 }, { replay() {} });
    for (let i = 1; i <= 60; i++) {
      journal.append(text(`record-${i}`));
      if (i % 10 === 0) await journal.waitDurable();
      if (i === 20 || i === 45) await journal.writeSnapshot(i, text(`state-${i}`));
    }
    // A record being written right now (torn) after the position asked for is not judged.
    const newest = readdirSync(d)
      .map(parseSegmentFileName)
      .filter((s) => s !== undefined)
      .sort((a, b) => a - b)
      .at(-1) as number;
    appendFileSync(join(d, segmentFileName(newest)), Buffer.from([1, 2, 3, 4, 5, 6, 7]));
    const r = await read(d, 50);
    expect(r.restored).toEqual({ seq: 45, data: 'state-45' });
    expect(r.replayed).toEqual([46, 47, 48, 49, 50]);
    expect(r.at.snapshotSeq).toBe(45);
    expect(r.at.snapshotBytes).toBe('state-45'.length);
    expect(r.at.replayedBytes).toBeGreaterThan(5 * 'record-46'.length);
    // Before the newest snapshot: the older one.
    const early = await read(d, 30);
    expect(early.restored?.seq).toBe(20);
    expect(early.replayed).toEqual(Array.from({ length: 10 }, (_, i) => 21 + i));
    await journal.close();
  });

  it('changes nothing on disk: damaged snapshots and temporary files stay where they are', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    for (let i = 1; i <= 10; i++) journal.append(text(`r${i}`));
    await journal.writeSnapshot(5, text('state-5'));
    await journal.writeSnapshot(8, text('state-8'));
    await journal.close();
    const snap = join(d, snapshotFileName(8));
    const bytes = readFileSync(snap);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    writeFileSync(snap, bytes);
    writeFileSync(join(d, 'snapshot-spare.tmp'), 'left by a writer still running');
    const before = readdirSync(d).sort();
    const r = await read(d, 10);
    expect(r.restored?.seq).toBe(5);
    expect(r.replayed).toEqual([6, 7, 8, 9, 10]);
    expect(r.logger.messages.join()).toMatch(/damaged snapshot/);
    expect(readdirSync(d).sort()).toEqual(before);
  });

  it('refuses a journal that ends before the position asked for', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    for (let i = 1; i <= 5; i++) journal.append(text(`r${i}`));
    await journal.close();
    expect(readdirSync(d)).toContain(segmentFileName(1));
    await expect(read(d, 9)).rejects.toThrow(JournalCorruptionError);
  });
});
