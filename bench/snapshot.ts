// bench:snapshot — how long a venue snapshot blocks the event loop, as history grows.
//
// One Engine is fed a seeded stream (limit orders with a clientOrderId each, as the gateways' clients
// send them, ~30% of them crossing; cancels keeping the book near 2,000 orders; market orders) until
// its history holds 100k, 300k and 1M orders. At each mark it takes a snapshot exactly as the venue
// does (DurableMachine.snapshot: `snapshot()` synchronously, then `jsonInSlices` of the capture) and
// prints:
//   capture     the synchronous `Engine.snapshot()` call (what every gateway waits for); the
//               median and maximum of 10 captures alone are printed first at each mark
//   longest     the longest event-loop block of the whole snapshot (capture included): the largest
//               gap between consecutive turns of a setImmediate probe while the snapshot runs
//   of it JS    the same without the garbage collector's pauses inside each block (the serialiser's
//               own slices); `max GC pause` is the longest collector pause during the snapshot
//   serialise   wall time until the JSON text is complete (it runs in slices; the loop stays free)
//   cpu         CPU time of the whole snapshot (capture + serialisation)
// Timing is wall clock on a shared machine: run it under `flock /tmp/ov-bench.lock`.
//
// Usage: npm run bench:snapshot   (BENCH_MARKS=100000,300000,1000000 by default; BENCH_SEED=7)

import { PerformanceObserver } from 'node:perf_hooks';
import { JSON_PIECES } from '../server/core/history-store.ts';
import { type Command, demoSetupCommands, Engine, formatScaled } from '../server/core/index.ts';
import { prng } from '../server/prng.ts';
import { jsonInSlices } from '../server/venue/json-slices.ts';
import { LiveOrders } from './lib/live-orders.ts';

const MARKS = (process.env.BENCH_MARKS ?? '100000,300000,1000000').split(',').map(Number);
const SEED = Number(process.env.BENCH_SEED ?? 7);
const ACCOUNTS = 200;
const TARGET_BOOK = 2000;
const MID = 5_000_000;
const T0 = 1_767_225_600_000_000;

const engine = new Engine();
for (const c of demoSetupCommands(T0)) engine.apply(c);
for (let i = 0; i < ACCOUNTS; i++) {
  const accountId = `acct${i}`;
  engine.apply({ type: 'createAccount', ts: T0, accountId, makerFeeBps: 10, takerFeeBps: 20 });
  engine.apply({ type: 'deposit', ts: T0, accountId, asset: 'USD', amount: '100000000' });
  engine.apply({ type: 'deposit', ts: T0, accountId, asset: 'BTC', amount: '100000' });
}

const rnd = prng(SEED);
const live = new LiveOrders();
let ts = T0 + 1;
let orders = 0;

function step(): void {
  const u = rnd();
  const accountId = `acct${Math.floor(rnd() * ACCOUNTS)}`;
  const buy = rnd() < 0.5;
  let cmd: Command;
  // Above the target, half the commands cancel a resting order: about as many as the adds rest.
  if (u < 0.5 && live.size > TARGET_BOOK) {
    const id = live.pick(rnd()) as string;
    cmd = { type: 'cancelOrder', ts: ts++, accountId: live.owner(id) as string, orderId: id };
  } else if (u < 0.9) {
    const crossing = rnd() < 0.3;
    const off = Math.floor(rnd() * (crossing ? 10 : 300));
    // Resting orders sit on their own side of MID; a crossing one reaches into the other side.
    const ticks = buy === crossing ? MID + 1 + off : MID - 1 - off;
    cmd = {
      type: 'placeOrder',
      ts: ts++,
      accountId,
      market: 'BTC-USD',
      side: buy ? 'buy' : 'sell',
      orderType: 'limit',
      price: formatScaled(ticks, 2),
      quantity: formatScaled(1 + Math.floor(rnd() * 100), 4),
      clientOrderId: `c${orders}`,
    };
    orders++;
  } else {
    cmd = {
      type: 'placeOrder',
      ts: ts++,
      accountId,
      market: 'BTC-USD',
      side: buy ? 'buy' : 'sell',
      orderType: 'market',
      quantity: formatScaled(1 + Math.floor(rnd() * 60), 4),
      clientOrderId: `c${orders}`,
    };
    orders++;
  }
  live.track(engine.apply(cmd).events);
}

interface Figures {
  captureMs: number;
  longestMs: number;
  longestJsMs: number;
  gcMaxMs: number;
  serialiseMs: number;
  cpuMs: number;
  bytes: number;
}

/** Median and maximum of `n` captures alone (each then dropped: started, and closed at once). */
function captures(n: number): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const capture = engine.snapshot() as unknown as { [JSON_PIECES](): Generator<string> };
    times.push(performance.now() - t0);
    const pieces = capture[JSON_PIECES]();
    pieces.next();
    pieces.return(undefined);
  }
  times.sort((a, b) => a - b);
  return { median: times[n >> 1] as number, max: times[n - 1] as number };
}

/**
 * One snapshot as the venue takes it, with a setImmediate probe measuring every loop block. A
 * block's JS part is the block minus the garbage-collector pauses inside it (PerformanceObserver
 * 'gc' entries): the collector also pauses the loop when no snapshot runs (the engine's heap of
 * records is what it scans), so both are printed.
 */
async function measure(): Promise<Figures> {
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const blocks: { start: number; end: number }[] = [];
  let last = performance.now();
  let probing = true;
  const probe = () => {
    const now = performance.now();
    if (now - last > 1) blocks.push({ start: last, end: now });
    last = now;
    if (probing) setImmediate(probe);
  };
  setImmediate(probe);
  await new Promise((resolve) => setImmediate(resolve));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const capture = engine.snapshot();
  const captureMs = performance.now() - t0;
  const chunks = await jsonInSlices({ version: 1, engine: capture });
  const serialiseMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  probing = false;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const during = gcs.filter((g) => g.end > t0);
  const inside = (b: { start: number; end: number }) =>
    during.reduce((n, g) => n + Math.max(0, Math.min(b.end, g.end) - Math.max(b.start, g.start)), 0);
  return {
    captureMs,
    longestMs: Math.max(captureMs, ...blocks.map((b) => b.end - b.start)),
    longestJsMs: Math.max(captureMs, ...blocks.map((b) => b.end - b.start - inside(b))),
    gcMaxMs: Math.max(0, ...during.map((g) => g.end - g.start)),
    serialiseMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: chunks.reduce((n, c) => n + c.length, 0),
  };
}

console.log(
  `bench:snapshot  seed ${SEED}, ${ACCOUNTS} accounts, book ~${TARGET_BOOK} orders, node ${process.version}`,
);
console.log(
  'orders in history | open orders | capture ms | longest block ms | of it JS ms | max GC pause ms | serialise ms | cpu ms | snapshot MB',
);
for (const mark of MARKS) {
  while (orders < mark) step();
  if (globalThis.gc !== undefined) globalThis.gc();
  // The first snapshot of a mark also pays for whatever was first written since the previous one;
  // the second shows a venue that snapshots again soon after (the 60 s timer with little traffic).
  const alone = captures(10);
  console.log(
    `${mark.toLocaleString('en-US')}: 10 captures alone, median ${alone.median.toFixed(2)} ms, max ${alone.max.toFixed(2)} ms`,
  );
  for (const label of ['', ' (again)']) {
    const f = await measure();
    const row = [
      `${mark.toLocaleString('en-US')}${label}`.padEnd(17),
      String(live.size).padStart(11),
      f.captureMs.toFixed(2).padStart(10),
      f.longestMs.toFixed(2).padStart(16),
      f.longestJsMs.toFixed(2).padStart(11),
      f.gcMaxMs.toFixed(2).padStart(15),
      f.serialiseMs.toFixed(0).padStart(12),
      f.cpuMs.toFixed(0).padStart(6),
      (f.bytes / 1e6).toFixed(1).padStart(11),
    ];
    console.log(row.join(' | '));
  }
}
