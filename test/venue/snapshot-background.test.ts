// The venue's snapshot is taken by a worker thread following the journal, while commands keep
// coming: the file holds exactly the state after the commands before its position (byte for byte
// the format every existing data directory holds), and recovery (that snapshot + replay) equals a
// clean replay of every command.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyStore } from '../../server/auth/key-store.ts';
import { type Command, Engine } from '../../server/core/index.ts';
import {
  parseSnapshotFileName,
  SNAPSHOT_HEADER_BYTES,
  snapshotFileName,
} from '../../server/journal/format.ts';
import { DurableMachine } from '../../server/venue/durable-machine.ts';
import { VenueState } from '../../server/venue/venue-state.ts';
import { snapshotStream } from '../core/snapshot-stream.ts';
import { tempDirs } from '../journal/helpers.ts';

const dir = tempDirs('ov-snapshot-');

function engineAfter(cmds: readonly Command[]): Engine {
  const e = new Engine();
  for (const c of cmds) e.apply(structuredClone(c));
  return e;
}

describe('venue snapshots in the background', () => {
  it('hold the state at their journal position; later commands go to the journal only', {
    timeout: 120_000,
  }, async () => {
    const cmds = snapshotStream(21, 30_000);
    const cut = 20_000;
    const d = dir();
    const m = await DurableMachine.open({
      dir: d,
      type: VenueState.type,
      snapshotEvery: 0,
      snapshotIntervalMs: 0,
      sync: false,
    });
    await Promise.all(cmds.slice(0, cut).map((c) => m.submit(structuredClone(c))));
    const writing = m.snapshot();
    // Applied at once, while the capture is still being serialised in slices.
    const later = cmds.slice(cut).map((c) => m.submit(structuredClone(c)));
    await Promise.all([writing, ...later]);

    const file = readFileSync(join(d, snapshotFileName(cut))).subarray(SNAPSHOT_HEADER_BYTES);
    const expected = {
      version: 1,
      engine: engineAfter(cmds.slice(0, cut)).snapshot(),
      keys: new KeyStore().snapshot(),
    };
    expect(file.toString('utf8')).toBe(JSON.stringify(expected));
    await m.close();

    const again = await DurableMachine.open({
      dir: d,
      type: VenueState.type,
      snapshotIntervalMs: 0,
      sync: false,
    });
    expect(JSON.stringify(again.state.engine.snapshot())).toBe(JSON.stringify(engineAfter(cmds).snapshot()));
    await again.close();
  });

  it('writes the engine text pinned by the capture test (the unchanged file format)', {
    timeout: 120_000,
  }, async () => {
    // Without passing days, so nothing expires: the text the old code (734e477) wrote for it.
    const cmds = snapshotStream(2, 20_000, false);
    const d = dir();
    const m = await DurableMachine.open({
      dir: d,
      type: VenueState.type,
      snapshotEvery: 0,
      snapshotIntervalMs: 0,
      sync: false,
    });
    await Promise.all(cmds.map((c) => m.submit(structuredClone(c))));
    // The final snapshot of a graceful close, written by the worker.
    await m.close();
    const seqs = readdirSync(d)
      .map(parseSnapshotFileName)
      .filter((s) => s !== undefined);
    expect(seqs).toEqual([cmds.length]);
    const text = readFileSync(join(d, snapshotFileName(cmds.length)))
      .subarray(SNAPSHOT_HEADER_BYTES)
      .toString('utf8');
    const head = '{"version":1,"engine":';
    const tail = `,"keys":${JSON.stringify(new KeyStore().snapshot())}}`;
    expect(text.startsWith(head) && text.endsWith(tail)).toBe(true);
    // test/core/snapshot-capture.test.ts: sha256 of the engine's JSON for this stream.
    expect(createHash('sha256').update(text.slice(head.length, -tail.length)).digest('hex')).toBe(
      '9e8f84d0d50fc972b4549c6594b202b883acfa1b7f044c394dd0b1a2a1fec433',
    );
  });
});
