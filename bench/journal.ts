/**
 * bench:journal — durable throughput and acknowledgement latency with fsync on.
 *
 * 1. The raw journal: many concurrent writers each appending a 160-byte record and waiting for
 *    its durable callback before appending the next (a closed loop, IN_FLIGHT at a time).
 * 2. The venue: the same closed loop placing orders (limit orders around a mid, about a third
 *    crossing) through `Venue.submit`, each acknowledged only when durable; then the same through
 *    `Venue.submitWithCallback` (no promise per order).
 * 3. Paced: orders arriving one at a time at a fixed rate (1,000/s and 10,000/s), submit→durable
 *    latency of each: the floor under every gateway's acknowledgement latency. Measured in a
 *    preallocated segment, and at 1,000/s also in a plain (appended) one for comparison.
 * 4. Snapshot stall (--mode snapshot only): the longest event-loop block while a venue holding
 *    --history N orders (default 200,000) takes a snapshot, and the synchronous capture time.
 * 5. fsync probe (--mode fsync only; --rate N, --segment-mb N, --snapshot-every N): every batch fdatasync of a
 *    fresh venue at a paced rate timed, its histogram, and each slow one with what else the
 *    journal had in flight (journal-fsync.ts).
 * Figures: durable ops/s, ack latency p50/p99/p99.9/max, batches and fsyncs per second, mean
 * batch size, CPU µs per op. Options: --seconds N (default 5), --in-flight N (default 1000),
 * --mode all|raw|venue|venue-cb|paced|snapshot|fsync (default all = raw, venue, venue-cb and paced, each
 * in a fresh child process: a section must not inherit the heap and JIT state another left behind,
 * which moved the venue figures by up to a third).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoSetupCommands } from '../server/core/index.ts';
import { Journal } from '../server/journal/index.ts';
import { prng } from '../server/prng.ts';
import { Venue, type VenueCommandInput, type VenueOptions } from '../server/venue.ts';
import { benchFsync } from './journal-fsync.ts';
import { submitPaced } from './lib/paced.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const SECONDS = arg('seconds', 5);
const IN_FLIGHT = arg('in-flight', 1000);
const HISTORY = arg('history', 200_000);
const MODE = process.argv.includes('--mode') ? process.argv[process.argv.indexOf('--mode') + 1] : 'all';
const WARMUP_MS = 1000;

interface LoopResult {
  ops: number;
  seconds: number;
  latenciesMs: Float64Array;
  /** Share of the measured window the main thread was busy (1 = CPU bound, low = waiting on fsync). */
  busy: number;
  /** Process CPU time (user + system, all threads) per counted op, µs: what a shared machine hides. */
  cpuUsPerOp: number;
}

/**
 * Keeps `inFlight` operations outstanding; each completion starts the next. Only operations that
 * start after the warm-up and finish within the measured window are counted.
 */
async function closedLoop(inFlight: number, op: () => Promise<unknown>): Promise<LoopResult> {
  const latencies: number[] = [];
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP_MS;
  const measureTo = measureFrom + SECONDS * 1000;
  let ops = 0;
  let eluStart = performance.eventLoopUtilization();
  let cpuStart = process.cpuUsage();
  let busy = Number.NaN;
  let cpuUs = Number.NaN;
  const t1 = setTimeout(() => {
    eluStart = performance.eventLoopUtilization();
    cpuStart = process.cpuUsage();
  }, WARMUP_MS);
  const t2 = setTimeout(
    () => {
      busy = performance.eventLoopUtilization(eluStart).utilization;
      const cpu = process.cpuUsage(cpuStart);
      cpuUs = cpu.user + cpu.system;
    },
    WARMUP_MS + SECONDS * 1000,
  );
  const worker = async () => {
    for (;;) {
      const start = performance.now();
      if (start >= measureTo) return;
      await op();
      const end = performance.now();
      if (start >= measureFrom && end <= measureTo) {
        ops++;
        latencies.push(end - start);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  clearTimeout(t1);
  clearTimeout(t2);
  if (Number.isNaN(busy)) {
    // The last operations finished before the (late) end-of-window timer ran: read the counters now.
    busy = performance.eventLoopUtilization(eluStart).utilization;
    const cpu = process.cpuUsage(cpuStart);
    cpuUs = cpu.user + cpu.system;
  }
  const latenciesMs = Float64Array.from(latencies).sort();
  return { ops, seconds: SECONDS, latenciesMs, busy, cpuUsPerOp: cpuUs / Math.max(1, ops) };
}

function pct(sorted: Float64Array, p: number): string {
  if (sorted.length === 0) return 'n/a';
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return `${(sorted[Math.max(0, i)] as number).toFixed(2)} ms`;
}

function report(title: string, r: LoopResult, stats: { records: number; batches: number; syncs: number }) {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\n${title}`);
  console.log(
    `  durable ops/s         ${fmt(r.ops / r.seconds)}   (${fmt(r.ops)} in ${r.seconds} s, ${IN_FLIGHT} in flight)`,
  );
  console.log(
    `  ack latency           p50 ${pct(r.latenciesMs, 50)}   p99 ${pct(r.latenciesMs, 99)}   p99.9 ${pct(r.latenciesMs, 99.9)}   max ${pct(r.latenciesMs, 100)}`,
  );
  const total = (SECONDS * 1000 + WARMUP_MS) / 1000;
  console.log(
    `  batches/s ${fmt(stats.batches / total)}   fsyncs/s ${fmt(stats.syncs / total)}   mean batch ${(stats.records / Math.max(1, stats.batches)).toFixed(1)} records   (whole run incl. warm-up)`,
  );
  console.log(
    `  main thread busy      ${(r.busy * 100).toFixed(0)}% of the measured window; CPU ${r.cpuUsPerOp.toFixed(1)} µs/op (user+sys, all threads)`,
  );
}

async function benchRawJournal(dir: string): Promise<void> {
  const journal = await Journal.open({ dir, sync: true }, { replay() {} });
  const payload = Buffer.alloc(160, 0x61);
  const append = () => new Promise<void>((resolve) => journal.append(payload, () => resolve()));
  const result = await closedLoop(IN_FLIGHT, append);
  report('raw journal (160-byte records, fdatasync per batch)', result, journal.stats);
  await journal.close();
}

const ACCOUNTS = 200;

async function openVenue(dir: string, sync = true, more: Partial<VenueOptions> = {}): Promise<Venue> {
  const venue = await Venue.open({
    dataDir: dir,
    sync,
    expireEveryMs: 0,
    snapshotIntervalMs: 0,
    snapshotEvery: 0,
    ...more,
  });
  const ts = venue.now();
  for (const cmd of demoSetupCommands(ts)) await venue.submit(cmd);
  const setup: Promise<unknown>[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const accountId = `bench-${i}`;
    setup.push(venue.submit({ type: 'createAccount', accountId }));
    setup.push(venue.submit({ type: 'deposit', accountId, asset: 'USD', amount: '10000000' }));
    setup.push(venue.submit({ type: 'deposit', accountId, asset: 'BTC', amount: '1000' }));
  }
  const setupResults = await Promise.all(setup);
  const failed = setupResults.filter((r) => !(r as { ok: boolean }).ok);
  if (failed.length > 0) throw new Error(`bench setup failed: ${JSON.stringify(failed[0])}`);
  return venue;
}

/** A seeded stream of limit orders: prices over 200 ticks around 50,000, about a third crossing. */
function orderStream(prefix: string): () => VenueCommandInput {
  const rnd = prng(42);
  let n = 0;
  return () => {
    const side = rnd() < 0.5 ? 'buy' : 'sell';
    const offset = Math.floor(rnd() * 200) - 130;
    const cents = 5_000_000 + (side === 'buy' ? offset : -offset);
    return {
      type: 'placeOrder',
      accountId: `bench-${Math.floor(rnd() * ACCOUNTS)}`,
      market: 'BTC-USD',
      side,
      orderType: 'limit',
      price: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      quantity: `0.00${String(10 + Math.floor(rnd() * 90)).padStart(2, '0')}`,
      clientOrderId: `${prefix}${n++}`,
    };
  };
}

async function benchVenue(dir: string, api: 'promise' | 'callback'): Promise<void> {
  const venue = await openVenue(dir);
  const next = orderStream('b');
  let placed = 0;
  let rejected = 0;
  const count = (r: { ok: boolean } | undefined) => {
    placed++;
    if (r?.ok !== true) rejected++;
  };
  const place =
    api === 'promise'
      ? () => venue.submit(next()).then(count)
      : () =>
          new Promise<void>((resolve, reject) =>
            venue.submitWithCallback(next(), (err, r) => {
              if (err !== undefined) reject(err);
              else {
                count(r);
                resolve();
              }
            }),
          );
  const before = { ...venue.journalStats };
  const result = await closedLoop(IN_FLIGHT, place);
  const s = venue.journalStats;
  const how = api === 'promise' ? 'Venue.submit' : 'Venue.submitWithCallback';
  report(`venue: placeOrder through ${how} (engine + journal, fdatasync per batch)`, result, {
    records: s.records - before.records,
    batches: s.batches - before.batches,
    syncs: s.syncs - before.syncs,
  });
  const book = venue.engine.book('BTC-USD', 1000);
  console.log(
    `  orders placed ${placed.toLocaleString('en-US')}, rejected ${rejected}; book levels ${book?.bids.length} bids / ${book?.asks.length} asks`,
  );
  await venue.close();
}

/**
 * Orders arriving one at a time at `rate` per second (due times on a fixed schedule, each
 * submitted in its own timer turn, or together when the timer is late): submit→durable latency.
 */
async function benchPaced(dir: string, rate: number, preallocate: boolean): Promise<void> {
  // Small segments, so that the measured one is a preallocated segment (or, for comparison, a
  // plain one growing with every batch) rather than the venue's first.
  const venue = await openVenue(dir, true, { segmentBytes: 1 << 20, preallocate });
  const next = orderStream(`p${rate}-`);
  for (let i = 0; i < 200 && (preallocate ? newestSegmentVersion(dir) !== 2 : segmentCount(dir) < 2); i++) {
    await Promise.all(Array.from({ length: 500 }, () => venue.submit(next())));
    await new Promise((r) => setTimeout(r, 20));
  }
  const segment = `${newestSegmentVersion(dir) === 2 ? 'preallocated' : 'appended'} segment`;
  const before = { ...venue.journalStats };
  let cpuStart = process.cpuUsage();
  const { latencies, sent } = await submitPaced(
    (c: VenueCommandInput) => venue.submit(c),
    next,
    rate,
    WARMUP_MS,
    SECONDS,
    () => {
      cpuStart = process.cpuUsage();
    },
  );
  const cpu = process.cpuUsage(cpuStart);
  const sorted = Float64Array.from(latencies).sort();
  const us = (p: number) => `${(Number.parseFloat(pct(sorted, p)) * 1000).toFixed(0)} µs`;
  console.log(`\npaced: ${rate.toLocaleString('en-US')} orders/s, one at a time, submit→durable, ${segment}`);
  console.log(
    `  latency               p50 ${us(50)}   p99 ${us(99)}   p99.9 ${us(99.9)}   max ${us(100)}   (${sorted.length.toLocaleString('en-US')} orders)`,
  );
  console.log(
    `  mean batch ${((venue.journalStats.records - before.records) / Math.max(1, venue.journalStats.batches - before.batches)).toFixed(1)} records; CPU ${((cpu.user + cpu.system) / Math.max(1, sent)).toFixed(1)} µs/order (user+sys, incl. idle timers)`,
  );
  await venue.close();
}

function segmentNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /^segment-\d+\.log$/.test(n))
    .sort();
}

function segmentCount(dir: string): number {
  return segmentNames(dir).length;
}

/** The header version of the newest segment: 2 when it was preallocated. */
function newestSegmentVersion(dir: string): number {
  const newest = segmentNames(dir).at(-1);
  return newest === undefined ? 0 : readFileSync(join(dir, newest)).readUInt32LE(8);
}

/**
 * Builds a venue holding HISTORY orders (journal not synced while building: only the snapshot is
 * measured), then takes a snapshot while a 1 ms timer chain records the longest event-loop block.
 */
async function benchSnapshot(dir: string): Promise<void> {
  const venue = await openVenue(dir, false);
  const next = orderStream('s');
  for (let built = 0; built < HISTORY; ) {
    const wave: Promise<unknown>[] = [];
    for (let i = 0; i < 5000 && built < HISTORY; i++, built++) wave.push(venue.submit(next()));
    await Promise.all(wave);
  }
  let longest = 0;
  let last = performance.now();
  let watching = true;
  const watch = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setTimeout(watch, 1);
  };
  setTimeout(watch, 1);
  await new Promise((r) => setTimeout(r, 20));
  longest = 0;
  const t0 = performance.now();
  const writing = venue.snapshot();
  const capture = performance.now() - t0;
  // From here on: the blocks the rest of the snapshot (serialise, checksum, write) causes.
  longest = 0;
  last = performance.now();
  await writing;
  const total = performance.now() - t0;
  watching = false;
  const file = readdirSync(dir).find((n) => n.startsWith('snapshot-'));
  const bytes = file === undefined ? 0 : statSync(join(dir, file)).size;
  console.log(`\nsnapshot of a venue with ${HISTORY.toLocaleString('en-US')} orders of history`);
  console.log(
    `  event loop blocked ${capture.toFixed(1)} ms by the synchronous part (state capture), then at most ${longest.toFixed(1)} ms at a time; snapshot on disk after ${total.toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`,
  );
  await venue.close();
}

/** `--mode all`: each section in its own process, with this run's other options. */
function runSectionsInChildren(): void {
  const rest: string[] = [];
  for (let i = 2; i < process.argv.length; i++) {
    if (process.argv[i] === '--mode') i++;
    else rest.push(process.argv[i] as string);
  }
  for (const mode of ['raw', 'venue', 'venue-cb', 'paced']) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, ...rest, '--mode', mode],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}

if (MODE === 'all') {
  runSectionsInChildren();
  process.exit(0);
}

/** One section, in this process. */
async function runSection(mode: string, root: string): Promise<void> {
  switch (mode) {
    case 'raw':
      return benchRawJournal(join(root, 'raw'));
    case 'venue':
      return benchVenue(join(root, 'venue'), 'promise');
    case 'venue-cb':
      return benchVenue(join(root, 'venue-cb'), 'callback');
    case 'paced':
      await benchPaced(join(root, 'paced-1k'), 1000, true);
      await benchPaced(join(root, 'paced-1k-plain'), 1000, false);
      return benchPaced(join(root, 'paced-10k'), 10_000, true);
    case 'snapshot':
      return benchSnapshot(join(root, 'snapshot'));
    case 'fsync':
      return benchFsync(
        (more) => openVenue(join(root, 'fsync'), true, more),
        orderStream('f'),
        arg('rate', 10_000),
        SECONDS,
        arg('segment-mb', 64),
        arg('snapshot-every', 0),
      );
    default:
      throw new Error(`unknown --mode ${mode}: all, raw, venue, venue-cb, paced, snapshot or fsync`);
  }
}

const root = mkdtempSync(join(tmpdir(), 'ov-bench-journal-'));
try {
  console.log(
    `bench:journal  fsync on, ${IN_FLIGHT} in flight, ${SECONDS} s measured after ${WARMUP_MS} ms warm-up, dir ${root}`,
  );
  await runSection(MODE as string, root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
