import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { BenchKey } from './backoffice.ts';
import { fmtInt, fmtMs, latencySummary } from './stats.ts';
import type { VenueProcess } from './venue-process.ts';
import { countCodes, openSessions, Window, wsUrl } from './ws-common.ts';
import type { Reply } from './ws-session.ts';

/** bench:ws's fan-out options (see bench/ws.ts). */
export interface FanOutOptions {
  seconds: number;
  warmupMs: number;
  subscribers: number;
  drivers: number;
  threads: number;
  backlog: number;
  /** Messages/s each driver connection may send (under the flood guard). */
  rate: number;
  tickMs: number;
}

/**
 * Market-data fan-out: subscribers on worker threads, a few driver connections placing and
 * cancelling resting orders (one book update each), at most `backlog` updates not yet delivered to
 * every subscriber; prints messages/s delivered, updates/s and the first-to-last spread.
 */
export async function fanOut(venue: VenueProcess, keys: BenchKey[], o: FanOutOptions): Promise<void> {
  const { seconds: SECONDS, warmupMs, subscribers: SUBSCRIBERS, drivers: DRIVERS } = o;
  const { threads: THREADS, backlog: BACKLOG } = o;
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
      return import(${JSON.stringify(new URL('./fanout-worker.ts', import.meta.url).href)});
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
  const drivers = await openSessions(url, keys, DRIVERS, o.rate);
  window = new Window(venue.pid, warmupMs, SECONDS);
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
  }, o.tickMs);
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
