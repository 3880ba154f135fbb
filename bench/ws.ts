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
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchKey, createFundedKey } from './lib/backoffice.ts';
import { fmtInt, fmtMs, latencySummary, machineLine, numberArg, stringArg } from './lib/stats.ts';
import { serverNodeArgs, startVenue, type VenueProcess } from './lib/venue-process.ts';
import { countCodes, openSessions, Window, wsUrl } from './lib/ws-common.ts';
import { fanOut } from './lib/ws-fanout.ts';
import type { Reply, WsSession } from './lib/ws-session.ts';

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
const THREADS = numberArg('threads', 2);
const TICK_MS = 2;
/** Offered order-entry loads in requests/s: one run each, on the same sessions (a curve if several). */
const OFFERED = stringArg('offered', String(CONNECTIONS * RATE))
  .split(',')
  .map(Number)
  .filter((n) => Number.isFinite(n) && n > 0);

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
  const window = new Window(venue.pid, WARMUP_MS, SECONDS);

  // Sessions alternate between the two keys; the first account buys, the second sells, so every
  // cross is a trade between them rather than a self-trade prevention cancel. The order is written
  // as JSON text directly (the fields need no escaping), as a tuned client would.
  const place = (flow: Flow, startedAt: number) => {
    const { buy } = flow;
    const ioc = MIX === 'bounded' && next() < IOC_SHARE;
    const offset = ioc ? (buy ? 40 : -40) : Math.floor(next() * 41) - (buy ? 30 : 10);
    const quantity = 10 + Math.floor(next() * 90);
    flow.session.requestText(
      'placeOrder',
      `"order":{"market":"BTC-USD","side":"${buy ? 'buy' : 'sell'}","type":"limit","price":"${50_000 + offset}.00","quantity":"0.00${quantity}","timeInForce":"${ioc ? 'IOC' : 'GTC'}","clientOrderId":"${runId}-${seq++}"}`,
      (reply: Reply, ms: number, now: number) => {
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
  const cancel = (flow: Flow, orderId: string, startedAt: number) => {
    flow.session.requestText(
      'cancelOrder',
      `"orderId":"${orderId}"`,
      (reply: Reply, ms: number, now: number) => {
        if (window.inside(startedAt, now)) {
          all.push(ms);
          cancels.add(reply, ms);
        }
        pump(flow, now);
      },
    );
  };
  // `now` stands for the clock within one pump: the ticker pumps every session each tick, and a
  // clock read per session and request was a needless share of the client's CPU on the same cores.
  const pump = (flow: Flow, now: number) => {
    while (now < window.to && flow.session.inFlight < WINDOW && flow.session.mayPace(now)) {
      if (flow.open.length > RESTING_CAP) cancel(flow, flow.open.shift() as string, now);
      else place(flow, now);
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
  const sessions = await openSessions(wsUrl(venue), keys, connections, RATE);
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

async function main(): Promise<void> {
  console.log('bench:ws — WebSocket order entry and market-data fan-out against the real venue');
  console.log(machineLine());
  console.log(
    `warm-up ${WARMUP_MS / 1000} s, measured ${SECONDS} s per part; server log level ${LOG_LEVEL}\n`,
  );
  const venue = await startVenue({ logLevel: LOG_LEVEL, nodeArgs: serverNodeArgs(), keep: KEEP });
  try {
    const keys = [
      await createFundedKey(venue.url, venue.operatorToken, 'bench-ws-a'),
      await createFundedKey(venue.url, venue.operatorToken, 'bench-ws-b'),
    ];
    if (ONLY !== 'fanout') await orderEntryCurve(venue, keys);
    if (ONLY !== 'entry') {
      await fanOut(venue, keys, {
        seconds: SECONDS,
        warmupMs: WARMUP_MS,
        subscribers: SUBSCRIBERS,
        drivers: DRIVERS,
        threads: THREADS,
        backlog: BACKLOG,
        rate: RATE,
        tickMs: TICK_MS,
      });
    }
  } finally {
    await venue.stop();
  }
  if (PROFILE) console.log(`server CPU profile written to ${path.resolve(PROFILE)}`);
  if (KEEP) console.log(`server log kept: ${venue.logFile}`);
  console.log(machineLine());
}

await main();
