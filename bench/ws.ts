/**
 * bench:ws — the WebSocket gateway of the real venue (a child process, as `npm start` runs it:
 * fsync on, replies only once durable; rate limits raised through OPENVENUE_RATE_LIMIT_*).
 *
 * 1. Order entry: many logged-in connections, each keeping a window of placeOrder requests in
 *    flight, paced below the contract's per-connection flood guard (100 messages/s, closes 4002),
 *    so the gateway, not one socket, is what is loaded. Limit orders on BTC-USD from two accounts,
 *    some resting, some crossing, and (the default `--mix bounded`) cancels of resting ones that
 *    keep the book near 2,000 orders (see MIX below). Figures: order-entry requests/s, reply round
 *    trip p50/p99, overall and per request kind.
 * 2. Market-data fan-out: 1,000 connections subscribed to the BTC-USD book; a few logged-in
 *    driver connections place and cancel resting orders, each one book update, with a bounded
 *    number of updates not yet delivered to every subscriber (so the figure is what the gateway
 *    sustains, not a growing backlog). Figures: book messages delivered per second across all
 *    subscribers, updates/s, and the spread between the first and the last subscriber receiving
 *    one update.
 *
 * Options: --seconds N (measured, each part, default 10), --warmup N (s, default 2),
 * --connections N (order entry, default 320), --rate N (messages/s per connection, default 75),
 * --window N (in flight per connection, default 8), --offered N[,N...] (requests/s in total, spread
 * over the connections; several values give the throughput/latency curve, e.g.
 * 10000,15000,20000,25000; default connections x rate; connections grow so that none exceeds 90/s), --subscribers N (default 1000), --drivers N
 * (default 8), --threads N (subscriber client threads, default 2), --backlog N (updates not yet fully delivered, default 32), --only entry|fanout, --mix bounded|resting (order entry),
 * --log-level L, --profile DIR (server --cpu-prof into DIR), --keep (keep the server's log and data), --server-node-args "FLAGS" (extra
 * node flags for the server process, e.g. a larger young generation).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { type BenchKey, createFundedKey } from './lib/backoffice.ts';
import {
  fmtInt,
  fmtMs,
  latencySummary,
  machineLine,
  numberArg,
  ownCpuSeconds,
  processCpuSeconds,
  stringArg,
} from './lib/stats.ts';
import { startVenue, type VenueProcess } from './lib/venue-process.ts';
import { type Reply, WsSession } from './lib/ws-session.ts';

const SECONDS = numberArg('seconds', 10);
const WARMUP_MS = numberArg('warmup', 2) * 1000;
const CONNECTIONS = numberArg('connections', 320);
const RATE = numberArg('rate', 75);
const WINDOW = numberArg('window', 8);
const SUBSCRIBERS = numberArg('subscribers', 1000);
const DRIVERS = numberArg('drivers', 8);
const BACKLOG = numberArg('backlog', 32);
const ONLY = stringArg('only', '');
const LOG_LEVEL = stringArg('log-level', 'info');
const PROFILE = stringArg('profile', '');
/** Keep the server's data directory and log (e.g. with --server-node-args --trace-gc). */
const KEEP = process.argv.includes('--keep');
/** Extra flags for the server's node, space-separated (e.g. "--max-semi-space-size=32"). */
const SERVER_NODE_ARGS = stringArg('server-node-args', '').split(' ').filter(Boolean);
const THREADS = numberArg('threads', 2);
const TICK_MS = 2;
/** Offered order-entry loads in requests/s: one run each, on the same sessions (a curve if several). */
const OFFERED = stringArg('offered', String(CONNECTIONS * RATE))
  .split(',')
  .map(Number)
  .filter((n) => Number.isFinite(n) && n > 0);

/** A measured window: [from, to) in performance.now() time, and the CPU it cost each side. */
class Window {
  readonly from = performance.now() + WARMUP_MS;
  readonly to = this.from + SECONDS * 1000;
  #clientCpu = Number.NaN;
  #serverCpu = Number.NaN;
  clientCores = Number.NaN;
  serverCores = Number.NaN;

  #serverMainCpu = Number.NaN;
  /** The server's main thread alone (JavaScript, the event loop and its syscalls). */
  serverMainCores = Number.NaN;

  constructor(private readonly serverPid: number) {
    setTimeout(() => {
      this.#clientCpu = ownCpuSeconds();
      this.#serverCpu = processCpuSeconds(serverPid);
      this.#serverMainCpu = mainThreadCpuSeconds(serverPid);
    }, WARMUP_MS);
    setTimeout(
      () => {
        this.clientCores = (ownCpuSeconds() - this.#clientCpu) / SECONDS;
        this.serverCores = (processCpuSeconds(this.serverPid) - this.#serverCpu) / SECONDS;
        this.serverMainCores = (mainThreadCpuSeconds(this.serverPid) - this.#serverMainCpu) / SECONDS;
      },
      WARMUP_MS + SECONDS * 1000,
    );
  }

  inside(startedAt: number, now: number): boolean {
    return startedAt >= this.from && now < this.to;
  }

  get over(): boolean {
    return performance.now() >= this.to;
  }

  async finished(): Promise<void> {
    await new Promise((r) => setTimeout(r, this.to - performance.now() + 100));
  }
}

/** CPU seconds of a process's main thread (its task with the process id), from /proc. */
function mainThreadCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const wsUrl = (venue: VenueProcess) => `${venue.url.replace('http', 'ws')}/v1/ws`;

async function openSessions(url: string, keys: BenchKey[], count: number): Promise<WsSession[]> {
  const sessions: WsSession[] = [];
  // A few dozen handshakes at a time: a thousand at once only measures the accept queue.
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => {
      const key = keys[(i + j) % keys.length] as BenchKey;
      const session = new WsSession(url, RATE);
      return session.login(key.keyId, key.secret).then(() => session);
    });
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

function countCodes(map: Map<string, number>): string {
  return [...map].map(([code, n]) => `${code}x${fmtInt(n)}`).join(' ') || 'none';
}

interface EntryRun {
  offered: number;
  rate: number;
  p50: number;
  p99: number;
  serverUs: number;
  serverMainUs: number;
  clientUs: number;
  serverCores: number;
  clientCores: number;
}

/**
 * The order flow of one session. `bounded` (the default) is a venue's usual stream, shaped like
 * bench:engine's: a session that holds more than RESTING_CAP resting orders cancels its oldest one
 * (so the book stays near connections x RESTING_CAP, about 2,000 orders, instead of growing by
 * thousands a second, which no venue sees); otherwise it places a limit order, a tenth of them
 * IOC priced through the other side (they take liquidity and never rest), the rest GTC around the
 * mid (about 78% of those rest). About 57% of requests are then places and 43% cancels, a third
 * of which name an order filled meanwhile (ORDER_ALREADY_CLOSED, as clients often do; journaled
 * like any command). `resting` is the older shape: GTC limits only, never canceled, so the book
 * grows without bound for the whole run.
 */
const MIX = stringArg('mix', 'bounded');
if (MIX !== 'bounded' && MIX !== 'resting') throw new Error(`--mix must be bounded or resting, not ${MIX}`);
const RESTING_CAP = 6;
const IOC_SHARE = 0.1;

interface Flow {
  readonly session: WsSession;
  readonly buy: boolean;
  /** This session's orders that were resting when their reply arrived, oldest first. */
  readonly open: string[];
}

/** Latencies and outcomes of one request kind. */
class Tally {
  readonly latencies: number[] = [];
  readonly codes = new Map<string, number>();
  add(reply: Reply, ms: number): void {
    this.latencies.push(ms);
    const code = reply.error?.code ?? reply.result?.status ?? 'unknown';
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }
  get errors(): number {
    return [...this.codes].filter(([c]) => /^[A-Z_]+$/.test(c)).reduce((a, [, n]) => a + n, 0);
  }
}

/**
 * One measured order-entry run at `offered` requests/s in total, spread evenly over the sessions
 * (each stays under the flood guard), on sessions already logged in.
 */
async function orderEntry(venue: VenueProcess, flows: Flow[], offered: number): Promise<EntryRun> {
  const perConnection = offered / flows.length;
  for (const flow of flows) flow.session.pace(perConnection);
  const runId = `w${Date.now()}`;
  let seq = 0;
  let random = 42;
  const next = () => {
    random = (Math.imul(random, 1103515245) + 12345) >>> 0;
    return random / 2 ** 32;
  };
  const all: number[] = [];
  const places = new Tally();
  const cancels = new Tally();
  const window = new Window(venue.pid);

  // Sessions alternate between the two keys; the first account buys, the second sells, so every
  // cross is a trade between them rather than a self-trade prevention cancel. The order is written
  // as JSON text directly (the fields need no escaping), as a tuned client would.
  const place = (flow: Flow) => {
    const { buy } = flow;
    const ioc = MIX === 'bounded' && next() < IOC_SHARE;
    const offset = ioc ? (buy ? 40 : -40) : Math.floor(next() * 41) - (buy ? 30 : 10);
    const quantity = 10 + Math.floor(next() * 90);
    const startedAt = performance.now();
    flow.session.requestText(
      'placeOrder',
      `"order":{"market":"BTC-USD","side":"${buy ? 'buy' : 'sell'}","type":"limit","price":"${50_000 + offset}.00","quantity":"0.00${quantity}","timeInForce":"${ioc ? 'IOC' : 'GTC'}","clientOrderId":"${runId}-${seq++}"}`,
      (reply: Reply, ms: number) => {
        const now = performance.now();
        const status = reply.result?.status;
        if (MIX === 'bounded' && (status === 'new' || status === 'partiallyFilled')) {
          flow.open.push(reply.result?.orderId as string);
        }
        if (window.inside(startedAt, now)) {
          all.push(ms);
          places.add(reply, ms);
        }
        pump(flow, now);
      },
    );
  };
  const cancel = (flow: Flow, orderId: string) => {
    const startedAt = performance.now();
    flow.session.requestText('cancelOrder', `"orderId":"${orderId}"`, (reply: Reply, ms: number) => {
      const now = performance.now();
      if (window.inside(startedAt, now)) {
        all.push(ms);
        cancels.add(reply, ms);
      }
      pump(flow, now);
    });
  };
  const pump = (flow: Flow, now: number) => {
    while (!window.over && flow.session.inFlight < WINDOW && flow.session.mayPace(now)) {
      if (flow.open.length > RESTING_CAP) cancel(flow, flow.open.shift() as string);
      else place(flow);
    }
  };
  const ticker = setInterval(() => {
    const now = performance.now();
    for (const flow of flows) pump(flow, now);
  }, TICK_MS);
  await window.finished();
  clearInterval(ticker);
  // Let the replies still in flight arrive, so the next run starts from a quiet gateway.
  for (let i = 0; i < 200 && flows.some((f) => f.session.inFlight > 0); i++)
    await new Promise((r) => setTimeout(r, 10));
  const closed = flows.filter((f) => f.session.closeCode !== undefined).map((f) => f.session.closeCode);

  const { p50, p99, max } = latencySummary(all);
  const rate = all.length / SECONDS;
  const serverUs = (window.serverCores * 1e6) / rate;
  const clientUs = (window.clientCores * 1e6) / rate;
  const serverMainUs = (window.serverMainCores * 1e6) / rate;
  const kind = (name: string, t: Tally) => {
    const s = latencySummary(t.latencies);
    console.log(
      `  ${name.padEnd(14)} ${fmtInt(t.latencies.length / SECONDS)}/s, p50 ${fmtMs(s.p50)}  p99 ${fmtMs(s.p99)}; ${countCodes(t.codes)}`,
    );
  };
  console.log(
    `WebSocket order entry, ${MIX} mix (${flows.length} connections, ${perConnection.toFixed(1)} msg/s and <= ${WINDOW} in flight each)`,
  );
  console.log(
    `  offered        ${fmtInt(offered)} requests/s (paced under the flood guard of 100 msg/s per connection)`,
  );
  console.log(
    `  throughput     ${fmtInt(rate)} requests/s (${fmtInt(all.length)} replies in ${SECONDS} s, ${fmtInt(all.length - places.errors - cancels.errors)} accepted)`,
  );
  console.log(`  round trip     p50 ${fmtMs(p50)}  p99 ${fmtMs(p99)}  max ${fmtMs(max)}`);
  kind('placeOrder', places);
  if (cancels.latencies.length > 0) kind('cancelOrder', cancels);
  const resting = flows.reduce((n, f) => n + f.open.length, 0);
  console.log(
    `  resting        ${fmtInt(resting)} orders the sessions still hold as resting (some filled since)`,
  );
  console.log(`  closed early   ${closed.length ? closed.join(',') : 'none'}`);
  console.log(
    `  CPU            server ${window.serverCores.toFixed(2)} cores (${serverUs.toFixed(1)} µs/request; main thread ${window.serverMainCores.toFixed(2)} cores, ${serverMainUs.toFixed(1)} µs/request), client ${window.clientCores.toFixed(2)} cores (${clientUs.toFixed(1)} µs/request)`,
  );
  console.log(
    `  target >= 20,000 orders/s with p99 < 5 ms: ${rate >= 20_000 && p99 < 5 ? 'met' : 'NOT met'} on this run\n`,
  );
  return {
    offered,
    rate,
    p50,
    p99,
    serverUs,
    serverMainUs,
    clientUs,
    serverCores: window.serverCores,
    clientCores: window.clientCores,
  };
}

/** Every level of the curve on the same logged-in sessions, then the curve as a table. */
async function orderEntryCurve(venue: VenueProcess, keys: BenchKey[]): Promise<void> {
  const highest = Math.max(...OFFERED);
  // Enough connections that the highest level stays at or below 90 messages/s on each.
  const connections = Math.max(CONNECTIONS, Math.ceil(highest / 90));
  const sessions = await openSessions(wsUrl(venue), keys, connections);
  // Even sessions hold the first key (openSessions alternates): that account buys, the other sells.
  const flows = sessions.map((session, i) => ({ session, buy: i % 2 === 0, open: [] }));
  const runs: EntryRun[] = [];
  for (const offered of OFFERED) runs.push(await orderEntry(venue, flows, offered));
  for (const session of sessions) session.close();
  if (runs.length < 2) return;
  console.log(`Order entry curve, ${MIX} mix (${connections} connections, ${SECONDS} s each)`);
  console.log(
    '  offered/s  requests/s  p50 ms   p99 ms   server cores  µs/req    main µs/req     client cores  µs/req',
  );
  for (const r of runs) {
    const cells = [
      fmtInt(r.offered).padStart(9),
      fmtInt(r.rate).padStart(9),
      fmtMs(r.p50).replace(' ms', '').padStart(7),
      fmtMs(r.p99).replace(' ms', '').padStart(7),
      r.serverCores.toFixed(2).padStart(13),
      r.serverUs.toFixed(1).padStart(9),
      r.serverMainUs.toFixed(1).padStart(14),
      r.clientCores.toFixed(2).padStart(14),
      r.clientUs.toFixed(1).padStart(9),
    ];
    console.log(`  ${cells.join('  ')}`);
  }
  console.log('');
}

async function fanOut(venue: VenueProcess, keys: BenchKey[]): Promise<void> {
  const url = wsUrl(venue);
  /** Per update seq: how many subscriber threads have it everywhere, first and last arrival. */
  const pending = new Map<number, { threads: number; first: number; last: number }>();
  const spreads: number[] = [];
  let delivered = 0;
  let fullyDelivered = 0;
  let window: Window | undefined;
  const workers = Array.from({ length: THREADS }, (_, i) => {
    const share = Math.floor(SUBSCRIBERS / THREADS) + (i < SUBSCRIBERS % THREADS ? 1 : 0);
    // The worker is TypeScript: a one-line bootstrap registers tsx in the thread, then loads it.
    const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
      tsx.register();
      return import(${JSON.stringify(new URL('./lib/fanout-worker.ts', import.meta.url).href)});
    });`;
    return new Worker(bootstrap, { eval: true, workerData: { url, count: share, market: 'BTC-USD' } });
  });
  const results: Promise<{ messages: number; open: number }>[] = [];
  await Promise.all(
    workers.map((worker) => {
      let ready: () => void = () => {};
      let result: (r: { messages: number; open: number }) => void = () => {};
      results.push(new Promise((resolve) => (result = resolve)));
      worker.on(
        'message',
        (message: {
          type: string;
          updates?: [number, number, number][];
          messages?: number;
          open?: number;
        }) => {
          if (message.type === 'ready') ready();
          else if (message.type === 'result')
            result({ messages: message.messages ?? 0, open: message.open ?? 0 });
          else if (message.type === 'done') {
            for (const [seq, first, last] of message.updates ?? []) {
              const entry = pending.get(seq) ?? { threads: 0, first, last };
              entry.threads++;
              entry.first = Math.min(entry.first, first);
              entry.last = Math.max(entry.last, last);
              if (entry.threads < THREADS) {
                pending.set(seq, entry);
                continue;
              }
              pending.delete(seq);
              fullyDelivered++;
              const at = entry.last - performance.timeOrigin;
              if (window && at >= window.from && at < window.to) {
                delivered++;
                spreads.push(entry.last - entry.first);
              }
            }
          }
        },
      );
      return new Promise<void>((resolve, reject) => {
        ready = resolve;
        worker.once('error', reject);
      });
    }),
  );
  const drivers = await openSessions(url, keys, DRIVERS);
  window = new Window(venue.pid);
  const measured = window;
  for (const worker of workers) {
    worker.postMessage({
      type: 'window',
      from: performance.timeOrigin + measured.from,
      to: performance.timeOrigin + measured.to,
    });
  }

  let acked = 0;
  let inFlight = 0;
  const driverRtt: number[] = [];
  const errors = new Map<string, number>();
  const driverState = drivers.map((session, i) => ({
    session,
    open: undefined as string | undefined,
    level: i,
  }));
  const step = (d: (typeof driverState)[number], now: number) => {
    if (measured.over || d.session.inFlight > 0 || !d.session.mayPace(now)) return;
    if (inFlight + acked - fullyDelivered >= BACKLOG) return;
    inFlight++;
    const done = (reply: Reply, ms: number) => {
      inFlight--;
      if (measured.inside(performance.now() - ms, performance.now())) driverRtt.push(ms);
      if (reply.error) errors.set(reply.error.code ?? '?', (errors.get(reply.error.code ?? '?') ?? 0) + 1);
      else acked++;
      step(d, performance.now());
    };
    if (d.open === undefined) {
      // Resting bids well below any ask: each one changes one level of the book.
      d.level = (d.level + DRIVERS) % 500;
      d.session.request(
        'placeOrder',
        {
          order: {
            market: 'BTC-USD',
            side: 'buy',
            type: 'limit',
            price: `${49_000 + d.level}.00`,
            quantity: '0.0010',
            postOnly: true,
          },
        },
        (reply, ms) => {
          d.open = reply.result?.orderId;
          done(reply, ms);
        },
      );
    } else {
      d.session.request('cancelOrder', { orderId: d.open }, (reply, ms) => {
        d.open = undefined;
        done(reply, ms);
      });
    }
  };
  const ticker = setInterval(() => {
    const now = performance.now();
    for (const d of driverState) step(d, now);
  }, TICK_MS);
  await measured.finished();
  clearInterval(ticker);
  for (const worker of workers) worker.postMessage({ type: 'stop' });
  const counted = await Promise.all(results);
  for (const worker of workers) await worker.terminate();
  for (const d of drivers) d.close();
  const messages = counted.reduce((n, r) => n + r.messages, 0);
  const stillOpen = counted.reduce((n, r) => n + r.open, 0);

  const { p50, p99 } = latencySummary(spreads);
  console.log(
    `Market-data fan-out (${SUBSCRIBERS} subscribers to the BTC-USD book on ${THREADS} client threads, ${DRIVERS} driver connections)`,
  );
  console.log(`  delivered      ${fmtInt(messages / SECONDS)} book messages/s across all subscribers`);
  console.log(
    `  updates        ${fmtInt(delivered / SECONDS)} updates/s reached every subscriber (backlog <= ${BACKLOG})`,
  );
  console.log(`  spread         first to last subscriber per update: p50 ${fmtMs(p50)}  p99 ${fmtMs(p99)}`);
  const rtt = latencySummary(driverRtt);
  console.log(
    `  driver ops     round trip p50 ${fmtMs(rtt.p50)}  p99 ${fmtMs(rtt.p99)} (place/cancel, durable)`,
  );
  console.log(
    `  subscribers    ${stillOpen} of ${SUBSCRIBERS} still connected; driver errors ${countCodes(errors)}`,
  );
  console.log(
    `  CPU            server ${measured.serverCores.toFixed(2)} cores, client ${measured.clientCores.toFixed(2)} cores`,
  );
  console.log(
    `  target >= 100,000 messages/s: ${messages / SECONDS >= 100_000 ? 'met' : 'NOT met'} on this run\n`,
  );
}

async function main(): Promise<void> {
  console.log('bench:ws — WebSocket order entry and market-data fan-out against the real venue');
  console.log(machineLine());
  console.log(
    `warm-up ${WARMUP_MS / 1000} s, measured ${SECONDS} s per part; server log level ${LOG_LEVEL}\n`,
  );
  const nodeArgs = [
    ...SERVER_NODE_ARGS,
    ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE)}`] : []),
  ];
  if (SERVER_NODE_ARGS.length > 0) console.log(`server node flags: ${SERVER_NODE_ARGS.join(' ')}`);
  const venue = await startVenue({ logLevel: LOG_LEVEL, nodeArgs, keep: KEEP });
  try {
    const keys = [
      await createFundedKey(venue.url, venue.operatorToken, 'bench-ws-a'),
      await createFundedKey(venue.url, venue.operatorToken, 'bench-ws-b'),
    ];
    if (ONLY !== 'fanout') await orderEntryCurve(venue, keys);
    if (ONLY !== 'entry') await fanOut(venue, keys);
  } finally {
    await venue.stop();
  }
  if (PROFILE) console.log(`server CPU profile written to ${path.resolve(PROFILE)}`);
  if (KEEP) console.log(`server log kept: ${venue.logFile}`);
  console.log(machineLine());
}

await main();
