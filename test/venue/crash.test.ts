/**
 * Crash recovery, through the front door: a child process runs the Venue on a real data
 * directory, the parent streams commands to it and records the acknowledgements it prints, then
 * SIGKILLs it at a random moment. After every kill the parent checks that
 *  - the journal holds everything it held before, then a prefix of what was sent since (un-acked
 *    commands may be missing, nothing else may appear), containing every acknowledged command;
 *  - each acknowledged result is exactly what a clean replay of the log produces for it;
 *  - the recovered venue (newest snapshot + replay, as at start-up) equals a clean in-memory
 *    replay of exactly the recovered log: every balance, order, execution, position, book level,
 *    trade and key, and the full snapshot.
 * The next cycle's child then recovers the same directory and carries on.
 * OV_CRASH_CYCLES (default 50, split over two independent data directories run side by side)
 * and OV_CRASH_SEED (default random, printed) control the run.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../server/journal/index.ts';
import { prng } from '../../server/prng.ts';
import { DurableMachine } from '../../server/venue/durable-machine.ts';
import { VenueState } from '../../server/venue/venue-state.ts';
import type { VenueCommand } from '../../server/venue.ts';
import { tempDir } from '../journal/helpers.ts';
import { digest, Workload } from './crash-workload.ts';

const CYCLES = Number(process.env.OV_CRASH_CYCLES ?? 50);
const SEED = Number(process.env.OV_CRASH_SEED ?? randomInt(2 ** 31));
const LANES = 2;
const MAX_PER_CYCLE = 400;
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

const tmp = tempDir('ov-crash-');
afterAll(() => tmp.cleanup());

interface Child {
  proc: ChildProcessWithoutNullStreams;
  acks: Map<number, number>;
  errors: string[];
  ready: Promise<void>;
  closed: Promise<void>;
}

function startChild(dir: string, prune: boolean): Child {
  const args = ['--import', 'tsx', CHILD, dir, ...(prune ? ['prune'] : [])];
  const proc = spawn(process.execPath, args, { stdio: 'pipe' });
  // Writes racing the kill fail with EPIPE: expected, the parent only trusts printed acks.
  proc.stdin.on('error', () => {});
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const acks = new Map<number, number>();
  const errors: string[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const lines = createInterface({ input: proc.stdout });
  lines.on('line', (line) => {
    const [kind, i, crc] = line.split(' ');
    if (kind === 'ready') onReady();
    else if (kind === 'ack') acks.set(Number(i), Number(crc));
    else errors.push(line);
  });
  const closed = new Promise<void>((resolve, reject) => {
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
    });
  });
  // A child that dies during start-up must fail the test, not hang it.
  const readyOrDead = Promise.race([ready, closed.then(() => Promise.reject(new Error(stderr)))]);
  return { proc, acks, errors, ready: readyOrDead, closed };
}

function send(child: Child, i: number, cmd: VenueCommand): void {
  child.proc.stdin.write(`${JSON.stringify({ i, cmd })}\n`);
}

interface Totals {
  sent: number;
  acked: number;
  logged: number;
  pruned: number;
  lostUnacked: number;
  repaired: Map<string, number>;
}

/**
 * One data directory killed `cycles` times; lanes run side by side to use both cores. Odd lanes
 * prune covered segments as production does, even lanes keep them all.
 */
async function runLane(lane: number, cycles: number, totals: Totals): Promise<void> {
  const prune = lane % 2 === 1;
  const dir = `${tmp.dir}/lane-${lane}`;
  const rnd = prng(SEED + lane);
  const workload = new Workload(rnd);
  const repairs = {
    warn(_fields: Record<string, unknown>, msg: string) {
      totals.repaired.set(msg, (totals.repaired.get(msg) ?? 0) + 1);
    },
  };
  let log: string[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const child = startChild(dir, prune);
    await child.ready;
    const sent: string[] = [];
    const submit = (cmd: VenueCommand) => {
      sent.push(JSON.stringify(cmd));
      send(child, sent.length - 1, cmd);
    };
    if (cycle === 0) {
      // The accounts and markets must exist before the random part is meaningful.
      for (const cmd of workload.setup()) submit(cmd);
      while (child.acks.size < sent.length) await sleep(2);
    }
    let streaming = true;
    const streamer = (async () => {
      while (streaming && sent.length < MAX_PER_CYCLE) {
        const chunk = 1 + Math.floor(rnd() * 20);
        for (let k = 0; k < chunk; k++) submit(workload.next());
        await sleep(Math.floor(rnd() * 3));
      }
    })();
    await sleep(Math.floor(rnd() * 60));
    child.proc.kill('SIGKILL');
    streaming = false;
    await streamer;
    await child.closed;
    const context = `lane ${lane}, cycle ${cycle}, seed ${SEED}`;
    expect(child.errors, context).toEqual([]);

    // With pruning the oldest segments are gone: what is on disk must still line up with the
    // log known so far, and the parent's copy supplies the pruned head for the clean replay. A
    // snapshot taken during this cycle can cover (and prune) commands sent in this cycle too; the
    // journal is a prefix of what was sent, so `sent` supplies those, and the start-up recovery
    // check below (snapshot + replay against the clean replay) proves the snapshot holds exactly them.
    const onDisk: string[] = [];
    const { firstSeq } = await readJournal(dir, (_seq, payload) => onDisk.push(payload.toString('utf8')));
    const head = Math.max(0, firstSeq - 1);
    if (!prune) expect(head, `${context}: nothing pruned`).toBe(0);
    expect(head, `${context}: no gap after the pruned head`).toBeLessThanOrEqual(log.length + sent.length);
    const prunedHead =
      head <= log.length ? log.slice(0, head) : [...log, ...sent.slice(0, head - log.length)];
    const recovered = [...prunedHead, ...onDisk];
    expect(recovered.slice(0, log.length), `${context}: earlier log intact`).toEqual(log);
    const added = recovered.slice(log.length);
    expect(added, `${context}: new records are a prefix of what was sent`).toEqual(
      sent.slice(0, added.length),
    );
    const maxAcked = Math.max(-1, ...child.acks.keys());
    expect(maxAcked, `${context}: every acknowledged command is in the log`).toBeLessThan(added.length);

    const replay = VenueState.type.create();
    const results = recovered.map((json) => replay.apply(JSON.parse(json) as VenueCommand));
    for (const [i, crc] of child.acks) {
      expect(crc32(JSON.stringify(results[log.length + i])), `${context}: ack ${i}`).toBe(crc);
    }
    // Start-up recovery (newest snapshot + replay, torn tail cut) against the clean replay.
    const machine = await DurableMachine.open({
      dir,
      logger: repairs,
      type: VenueState.type,
      pruneSegments: prune,
      snapshotIntervalMs: 0,
    });
    expect(machine.lastSeq).toBe(recovered.length);
    expect(digest(machine.state), `${context}: recovered state`).toBe(digest(replay));
    expect(JSON.stringify(machine.state.snapshot()), `${context}: snapshot`).toBe(
      JSON.stringify(replay.snapshot()),
    );
    await machine.close();

    totals.sent += sent.length;
    totals.acked += child.acks.size;
    totals.lostUnacked += sent.length - added.length;
    totals.pruned = Math.max(totals.pruned, head);
    log = recovered;
  }
  totals.logged += log.length;
}

describe(`venue crash recovery (kill -9, ${CYCLES} cycles in ${LANES} lanes, seed ${SEED})`, () => {
  it('recovers exactly the acknowledged prefix after every kill', { timeout: 600_000 }, async () => {
    console.log(`crash test: seed ${SEED} (set OV_CRASH_SEED to reproduce), dir ${tmp.dir}`);
    const totals: Totals = {
      sent: 0,
      acked: 0,
      logged: 0,
      pruned: 0,
      lostUnacked: 0,
      repaired: new Map(),
    };
    const perLane = Math.ceil(CYCLES / LANES);
    await Promise.all(
      Array.from({ length: LANES }, (_, lane) =>
        runLane(lane, Math.min(perLane, CYCLES - lane * perLane), totals),
      ),
    );
    console.log(
      `crash test: ${CYCLES} kills, ${totals.sent} commands sent, ${totals.acked} acknowledged, ` +
        `${totals.logged} in the final logs (up to ${totals.pruned} pruned from disk in the pruning lane), ` +
        `${totals.lostUnacked} un-acked lost at kills; ` +
        `repairs at recovery: ${JSON.stringify(Object.fromEntries(totals.repaired))}`,
    );
    expect(totals.acked).toBeGreaterThan(0);
  });
});
