// The snapshot worker, with real files and a real worker thread: its snapshots equal a replay to
// their position, survive as recovery's starting point, let the journal prune, end a graceful
// close, and a worker that dies costs nothing but the snapshots it would have written.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseSegmentFileName,
  parseSnapshotFileName,
  SNAPSHOT_HEADER_BYTES,
  snapshotFileName,
} from '../../server/journal/format.ts';
import { readJournal } from '../../server/journal/index.ts';
import { DurableMachine } from '../../server/venue/durable-machine.ts';
import { SnapshotCadence } from '../../server/venue/snapshot-cadence.ts';
import { recordingLogger, tempDirs, until } from '../journal/helpers.ts';
import { replayed, WorkerBank, type WorkerBankCommand } from './worker-bank.ts';

const dir = tempDirs('ov-snapworker-');

const credit = (i: number): WorkerBankCommand => ({ type: 'credit', account: `a${i % 13}`, amount: i });

function snapshotSeqs(d: string): number[] {
  return readdirSync(d)
    .map(parseSnapshotFileName)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
}

function snapshotAt(d: string, seq: number): unknown {
  return JSON.parse(
    readFileSync(join(d, snapshotFileName(seq)))
      .subarray(SNAPSHOT_HEADER_BYTES)
      .toString('utf8'),
  );
}

/** Every command in the journal, in order (segments kept: pruneSegments off). */
async function journaled(d: string): Promise<WorkerBankCommand[]> {
  const cmds: WorkerBankCommand[] = [];
  await readJournal(d, (_seq, payload) => cmds.push(JSON.parse(payload.toString('utf8'))));
  return cmds;
}

async function submitAll(m: DurableMachine<WorkerBank>, cmds: readonly WorkerBankCommand[]): Promise<void> {
  await Promise.all(cmds.map((c) => m.submit(c)));
}

describe('snapshot worker', () => {
  it('writes snapshots equal to a replay to their position, and recovery starts from them', async () => {
    const d = dir();
    const m = await DurableMachine.open({
      dir: d,
      type: WorkerBank.type,
      snapshotEvery: 100,
      snapshotGrowth: 0,
      snapshotIntervalMs: 0,
      pruneSegments: false,
    });
    for (let i = 1; i <= 1000; i += 50) {
      await submitAll(
        m,
        Array.from({ length: 50 }, (_, k) => credit(i + k)),
      );
    }
    expect(await until(() => snapshotSeqs(d).length >= 2)).toBe(true);
    const all = await journaled(d);
    for (const seq of snapshotSeqs(d)) expect(snapshotAt(d, seq)).toEqual(replayed(all.slice(0, seq)));
    const expected = m.state.snapshot();
    // Abandoned, not closed: like a crash. The next start restores the worker's newest snapshot.
    const again = await DurableMachine.open({ dir: d, type: WorkerBank.type, snapshotWorker: false });
    expect(again.state.snapshot()).toEqual(expected);
    expect(again.lastSeq).toBe(1000);
    await again.close();
  });

  it('answers snapshot() once the worker has written one at or after the current position', async () => {
    const d = dir();
    const m = await DurableMachine.open({
      dir: d,
      type: WorkerBank.type,
      snapshotEvery: 0,
      snapshotIntervalMs: 0,
    });
    await submitAll(
      m,
      Array.from({ length: 30 }, (_, i) => credit(i + 1)),
    );
    const pending = m.submit(credit(31));
    await m.snapshot();
    await pending;
    const newest = snapshotSeqs(d).at(-1) as number;
    expect(newest).toBeGreaterThanOrEqual(31);
    expect(snapshotAt(d, newest)).toEqual(replayed(Array.from({ length: newest }, (_, i) => credit(i + 1))));
    // Already covered: answered without writing another.
    await m.snapshot();
    expect(snapshotSeqs(d).at(-1)).toBe(newest);
    await m.close();
  });

  it('ends a graceful close with a snapshot at the last command, and prunes what it covers', async () => {
    const d = dir();
    const m = await DurableMachine.open({
      dir: d,
      type: WorkerBank.type,
      snapshotEvery: 200,
      snapshotGrowth: 0,
      snapshotIntervalMs: 0,
      segmentBytes: 4096,
    });
    const cmds = Array.from({ length: 2003 }, (_, i) => credit(i + 1));
    for (let i = 0; i < cmds.length; i += 100) await submitAll(m, cmds.slice(i, i + 100));
    await m.close();
    const snaps = snapshotSeqs(d);
    // Two kept (the journal's default), the newest at the very end.
    expect(snaps.length).toBe(2);
    expect(snaps.at(-1)).toBe(2003);
    expect(snapshotAt(d, 2003)).toEqual(replayed(cmds));
    // Every segment left is still needed by the older kept snapshot: none ends before it.
    const segments = readdirSync(d)
      .map(parseSegmentFileName)
      .filter((s): s is number => s !== undefined)
      .sort((a, b) => a - b);
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.length).toBeLessThan(20);
    expect(segments[1] ?? Number.POSITIVE_INFINITY).toBeGreaterThan((snaps[0] as number) + 1);
    const again = await DurableMachine.open({ dir: d, type: WorkerBank.type, snapshotWorker: false });
    expect(again.state.snapshot()).toEqual(replayed(cmds));
    await again.close();
  });

  it('restarts a worker that dies; order entry never notices and later snapshots are exact', async () => {
    const d = dir();
    const logger = recordingLogger();
    const marker = join(d, 'kill-worker');
    writeFileSync(marker, '');
    const m = await DurableMachine.open({
      dir: d,
      type: WorkerBank.type,
      snapshotEvery: 20,
      snapshotGrowth: 0,
      snapshotIntervalMs: 0,
      pruneSegments: false,
      logger,
    });
    let next = 1;
    const more = async (n: number) => {
      const cmds = Array.from({ length: n }, () => credit(next++));
      const results = await Promise.all(cmds.map((c) => m.submit(c)));
      expect(results.every((r) => typeof r === 'number' && r > 0)).toBe(true);
    };
    await more(30);
    expect(await m.submit({ type: 'fail', marker })).toBe(0);
    const failSeq = m.lastSeq;
    await more(30);
    expect(await until(() => logger.messages.some((s) => s.includes('snapshot worker failed')))).toBe(true);
    expect(logger.messages.join('\n')).toMatch(/worker killed by the test/);
    // Commands keep being acknowledged while no worker runs; the next one starts from disk.
    for (let i = 0; i < 100 && !snapshotSeqs(d).some((s) => s > failSeq + 30); i++) {
      await more(5);
      await new Promise((r) => setTimeout(r, 50));
    }
    const after = snapshotSeqs(d).filter((s) => s > failSeq + 30);
    expect(after.length).toBeGreaterThan(0);
    const all = await journaled(d);
    for (const seq of snapshotSeqs(d)) expect(snapshotAt(d, seq)).toEqual(replayed(all.slice(0, seq)));
    await m.close();
    expect(snapshotSeqs(d).at(-1)).toBe(m.lastSeq);
  });
});

describe('snapshot cadence', () => {
  it('waits for the command floor and for journal bytes of at least growth x the last snapshot', () => {
    const c = new SnapshotCadence({ every: 10, growth: 2 }, 1000);
    expect(c.count(9, 5000)).toBe(false); // under the floor
    expect(c.count(1, 1999)).toBe(false); // floor reached, 1,999 < 2 x 1,000 bytes
    expect(c.count(1, 2000)).toBe(true);
    c.captured(2000);
    c.written(50_000);
    expect(c.count(1000, 101_999)).toBe(false);
    expect(c.count(1, 102_000)).toBe(true);
    // Count only, and never.
    expect(new SnapshotCadence({ every: 3, growth: 0 }, 1e9).count(3, 0)).toBe(true);
    expect(new SnapshotCadence({ every: 0, growth: 0 }, 0).count(1e6, 1e9)).toBe(false);
  });

  it('counts what start-up replayed after the restored snapshot', () => {
    const c = new SnapshotCadence({ every: 10, growth: 1 }, 100, { commands: 8, bytes: 90 });
    expect(c.count(1, 0)).toBe(false);
    expect(c.count(1, 10)).toBe(true);
  });
});
