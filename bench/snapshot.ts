// bench:snapshot — what a venue snapshot costs the main thread (the one every gateway waits on),
// as history grows, with snapshots in the worker thread (the default) and on the main thread
// (`snapshotWorker: false`, the previous design, for comparison).
//
// A real DurableMachine<VenueState> in a fresh directory is fed a seeded stream (limit orders with a
// clientOrderId each, as the gateways' clients send them, ~30% of them crossing; cancels keeping
// the book near 2,000 orders; market orders) until its history holds 100k, 300k and 1M orders;
// snapshots only on request. The journal runs without fdatasync (this measures snapshots, not the
// disk). At each mark, with commands still arriving paced at BENCH_RATE/s, it prints:
//   idle µs/cmd   main-thread CPU per command over 2 s with no snapshot being written (with the
//                 worker, this includes posting every durable batch to it); idle longest ms the
//                 longest event-loop block in those 2 s
//   snap µs/cmd   main-thread CPU per command from the snapshot request until it is on disk
//   longest ms    the longest main-thread event-loop block in that period (monitorEventLoopDelay);
//                 GC ms the longest garbage-collector pause on the main thread in it (a 1M-order
//                 heap has full collections of ~100 ms whoever writes the snapshot)
//   snapshot ms   request to file in place; MB its size
// Main-thread CPU is its own task's (/proc/self/task/<pid>/stat, 10 ms ticks), never the worker's.
// Timing is wall clock on a shared machine: run it under `flock /tmp/ov-bench.lock`.
//
// Usage: npm run bench:snapshot   (BENCH_MARKS=100000,300000,1000000, BENCH_RATE=10000,
// BENCH_MODES=worker,main, BENCH_SEED=7)

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { type Command, demoSetupCommands, formatScaled } from '../server/core/index.ts';
import { snapshotFileName } from '../server/journal/format.ts';
import { prng } from '../server/prng.ts';
import { DurableMachine } from '../server/venue/durable-machine.ts';
import type { VenueResult } from '../server/venue/venue-state.ts';
import { VenueState } from '../server/venue/venue-state.ts';
import { LiveOrders } from './lib/live-orders.ts';

const MARKS = (process.env.BENCH_MARKS ?? '100000,300000,1000000').split(',').map(Number);
const MODES = (process.env.BENCH_MODES ?? 'worker,main').split(',');
const RATE = Number(process.env.BENCH_RATE ?? 10_000);
const SEED = Number(process.env.BENCH_SEED ?? 7);
const ACCOUNTS = 200;
const TARGET_BOOK = 2000;
const MID = 5_000_000;
const T0 = 1_767_225_600_000_000;

/** The seeded order flow of one run (a fresh generator per mode, so both see the same stream). */
function orderFlow() {
  const rnd = prng(SEED);
  const live = new LiveOrders();
  let ts = T0 + 1;
  let orders = 0;
  const next = (): Command => {
    const u = rnd();
    const accountId = `acct${Math.floor(rnd() * ACCOUNTS)}`;
    const buy = rnd() < 0.5;
    // Above the target, half the commands cancel a resting order: about as many as the adds rest.
    if (u < 0.5 && live.size > TARGET_BOOK) {
      const id = live.pick(rnd()) as string;
      return { type: 'cancelOrder', ts: ts++, accountId: live.owner(id) as string, orderId: id };
    }
    const clientOrderId = `c${orders++}`;
    if (u < 0.9) {
      const crossing = rnd() < 0.3;
      const off = Math.floor(rnd() * (crossing ? 10 : 300));
      // Resting orders sit on their own side of MID; a crossing one reaches into the other side.
      const ticks = buy === crossing ? MID + 1 + off : MID - 1 - off;
      return {
        type: 'placeOrder',
        ts: ts++,
        accountId,
        market: 'BTC-USD',
        side: buy ? 'buy' : 'sell',
        orderType: 'limit',
        price: formatScaled(ticks, 2),
        quantity: formatScaled(1 + Math.floor(rnd() * 100), 4),
        clientOrderId,
      };
    }
    return {
      type: 'placeOrder',
      ts: ts++,
      accountId,
      market: 'BTC-USD',
      side: buy ? 'buy' : 'sell',
      orderType: 'market',
      quantity: formatScaled(1 + Math.floor(rnd() * 60), 4),
      clientOrderId,
    };
  };
  return { next, live, orders: () => orders };
}

/** CPU ms of this process's main thread alone. */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Window {
  commands: number;
  cpuMs: number;
  longestMs: number;
  gcMs: number;
}

/**
 * Submits the flow paced at RATE/s until `stop` settles (then until every command is durable),
 * measuring the main thread meanwhile.
 */
async function paced(
  m: DurableMachine<VenueState>,
  flow: ReturnType<typeof orderFlow>,
  stop: Promise<unknown>,
): Promise<Window> {
  let stopped = false;
  void stop.finally(() => {
    stopped = true;
  });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs = Math.max(gcMs, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const cpu0 = mainThreadCpuMs();
  const t0 = performance.now();
  let sent = 0;
  let last: Promise<unknown> = Promise.resolve();
  while (!stopped) {
    await new Promise((r) => setTimeout(r, 2));
    const due = Math.floor(((performance.now() - t0) * RATE) / 1000) - sent;
    for (let i = 0; i < due; i++) last = submit(m, flow);
    sent += due;
  }
  await last;
  const cpuMs = mainThreadCpuMs() - cpu0;
  delay.disable();
  gc.disconnect();
  return { commands: sent, cpuMs, longestMs: delay.max / 1e6, gcMs };
}

function submit(m: DurableMachine<VenueState>, flow: ReturnType<typeof orderFlow>): Promise<void> {
  return new Promise((resolve) =>
    m.submitWithCallback(flow.next(), (err, r) => {
      if (err !== undefined) throw err;
      const events = (r as VenueResult & { events?: Parameters<LiveOrders['track']>[0] }).events;
      if (events !== undefined) flow.live.track(events);
      resolve();
    }),
  );
}

async function run(mode: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ov-bench-snapshot-'));
  const m = await DurableMachine.open({
    dir,
    type: VenueState.type,
    snapshotWorker: mode === 'worker',
    snapshotEvery: 0,
    snapshotIntervalMs: 0,
    sync: false,
  });
  const flow = orderFlow();
  const setup: Command[] = [...demoSetupCommands(T0)];
  for (let i = 0; i < ACCOUNTS; i++) {
    const accountId = `acct${i}`;
    setup.push({ type: 'createAccount', ts: T0, accountId, makerFeeBps: 10, takerFeeBps: 20 });
    setup.push({ type: 'deposit', ts: T0, accountId, asset: 'USD', amount: '100000000' });
    setup.push({ type: 'deposit', ts: T0, accountId, asset: 'BTC', amount: '100000' });
  }
  await Promise.all(setup.map((c) => m.submit(c)));
  for (const mark of MARKS) {
    while (flow.orders() < mark) {
      const batch: Promise<void>[] = [];
      for (let i = 0; i < 2000 && flow.orders() < mark; i++) batch.push(submit(m, flow));
      await Promise.all(batch);
    }
    const idle = await paced(m, flow, new Promise((r) => setTimeout(r, 2000)));
    const t0 = performance.now();
    let seq = 0;
    const snap = await paced(
      m,
      flow,
      (async () => {
        seq = m.lastSeq;
        await m.snapshot();
      })(),
    );
    const ms = performance.now() - t0;
    const bytes = statSync(join(dir, snapshotFileName(seq))).size;
    console.log(
      [
        mode.padEnd(6),
        mark.toLocaleString('en-US').padStart(9),
        ((idle.cpuMs * 1000) / idle.commands).toFixed(1).padStart(12),
        idle.longestMs.toFixed(1).padStart(9),
        ((snap.cpuMs * 1000) / snap.commands).toFixed(1).padStart(12),
        snap.longestMs.toFixed(1).padStart(10),
        snap.gcMs.toFixed(1).padStart(5),
        ms.toFixed(0).padStart(11),
        (bytes / 1e6).toFixed(1).padStart(7),
      ].join(' | '),
    );
  }
  await m.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `bench:snapshot  seed ${SEED}, ${ACCOUNTS} accounts, book ~${TARGET_BOOK} orders, ${RATE.toLocaleString('en-US')} commands/s while measuring, node ${process.version}`,
);
console.log(
  'mode   | orders in history | idle µs/cmd | idle longest ms | snap µs/cmd | longest ms | GC ms | snapshot ms | MB',
);
for (const mode of MODES) await run(mode);
