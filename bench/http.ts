/**
 * bench:http — signed, durable REST order placement against the real venue, next to a bare
 * `node:http` hello-world measured by the same client in the same run.
 *
 * Both servers run as child processes on 127.0.0.1 (the venue exactly as `npm start` runs it:
 * fsync on, acknowledgements only once durable, authentication on, per-request JSON logs to a
 * file; only the rate limits are raised, through OPENVENUE_RATE_LIMIT_*). This process is the
 * load generator: keep-alive connections in a closed loop, every request `POST /v1/orders` with
 * its own clientOrderId, timestamp and HMAC signature, limit orders on BTC-USD around a fixed mid
 * from two accounts, one buying and one selling, so that some rest and some cross (trades).
 *
 * Options: --seconds N (measured, default 10), --warmup N (s, default 2), --connections N
 * (default 64), --log-level L (server's, default info), --profile DIR (server --cpu-prof into DIR),
 * --skip-hello (only the venue: for iterating on the server; the issue's figure needs the baseline).
 * --server-node-args "FLAGS" adds node flags to the server's (after npm start's, so they override them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { prng } from '../server/prng.ts';
import { createFundedKey } from './lib/backoffice.ts';
import { type LoadOptions, type LoadResult, runLoad } from './lib/http-load.ts';
import {
  fmtInt,
  fmtMs,
  hasFlag,
  latencySummary,
  machineLine,
  numberArg,
  processCpuSeconds,
  stringArg,
} from './lib/stats.ts';
import { repoRoot, serverNodeArgs, startVenue } from './lib/venue-process.ts';

const SECONDS = numberArg('seconds', 10);
const WARMUP_MS = numberArg('warmup', 2) * 1000;
const CONNECTIONS = numberArg('connections', 64);
const LOG_LEVEL = stringArg('log-level', 'info');
const PROFILE = stringArg('profile', '');
const SKIP_HELLO = hasFlag('skip-hello');

interface Signer {
  keyId: string;
  secret: string;
}

/**
 * Signed `POST /v1/orders` requests. Buys are priced 30 below to 10 above the mid, sells 10 below
 * to 30 above, so roughly a quarter cross the other side and the rest build the book.
 */
function orderRequests(host: string, signers: readonly Signer[], runId: string): LoadOptions['request'] {
  const random = prng(42);
  return (conn, seq) => {
    const signer = signers[conn % signers.length] as Signer;
    // One account buys, the other sells: every cross is a trade between them, never a
    // self-trade prevention cancel.
    const buy = conn % 2 === 0;
    const offset = Math.floor(random() * 41) - (buy ? 30 : 10);
    const body = JSON.stringify({
      market: 'BTC-USD',
      side: buy ? 'buy' : 'sell',
      type: 'limit',
      price: `${50_000 + offset}.00`,
      quantity: `0.00${10 + Math.floor(random() * 90)}`,
      timeInForce: 'GTC',
      clientOrderId: `${runId}-${conn}-${seq}`,
    });
    const timestamp = String(Date.now());
    const signature = createHmac('sha256', signer.secret)
      .update(`${timestamp}\nPOST\n/v1/orders\n${body}`)
      .digest('base64');
    return (
      `POST /v1/orders HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-API-Key: ${signer.keyId}\r\n` +
      `X-API-Timestamp: ${timestamp}\r\nX-API-Signature: ${signature}\r\n\r\n${body}`
    );
  };
}

async function startHello(): Promise<{ port: number; pid: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'bench/lib/hello-server.ts')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  return { port: Number(chunk.toString().trim()), pid: child.pid as number, child };
}

function report(name: string, result: LoadResult, serverCpuSeconds: number): number {
  const rate = result.completed / result.seconds;
  const { p50, p99, max } = latencySummary(result.latenciesMs);
  const statuses = [...result.statuses].map(([s, n]) => `${s}x${fmtInt(n)}`).join(' ');
  console.log(`${name}`);
  console.log(`  throughput     ${fmtInt(rate)} req/s (${fmtInt(result.completed)} in ${result.seconds} s)`);
  console.log(`  latency        p50 ${fmtMs(p50)}  p99 ${fmtMs(p99)}  max ${fmtMs(max)}`);
  console.log(
    `  statuses       ${statuses}${result.failures ? `  FAILURES ${fmtInt(result.failures)}` : ''}`,
  );
  for (const sample of result.failureSamples) console.log(`    e.g. ${sample.slice(0, 300)}`);
  console.log(
    `  CPU            server ${(serverCpuSeconds / result.seconds).toFixed(2)} cores, ` +
      `${fmtInt((serverCpuSeconds * 1e6) / Math.max(1, result.completed))} µs/req; ` +
      `client ${(result.clientCpuSeconds / result.seconds).toFixed(2)} cores, ` +
      `${fmtInt((result.clientCpuSeconds * 1e6) / Math.max(1, result.completed))} µs/req`,
  );
  return rate;
}

async function measure(
  port: number,
  pid: number,
  options: Omit<LoadOptions, 'host' | 'port' | 'warmupMs' | 'seconds' | 'connections'>,
) {
  // Server CPU over the whole run, scaled to the measured window's share of it.
  const cpu0 = processCpuSeconds(pid);
  const started = performance.now();
  const result = await runLoad({
    host: '127.0.0.1',
    port,
    connections: CONNECTIONS,
    warmupMs: WARMUP_MS,
    seconds: SECONDS,
    ...options,
  });
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = ((processCpuSeconds(pid) - cpu0) * SECONDS) / elapsed;
  return { result, serverCpu };
}

async function main(): Promise<void> {
  console.log('bench:http — signed durable POST /v1/orders vs bare node:http hello-world');
  console.log(machineLine());
  console.log(
    `client: ${CONNECTIONS} keep-alive connections, closed loop, 1 request in flight each; ` +
      `warm-up ${WARMUP_MS / 1000} s, measured ${SECONDS} s\n`,
  );

  let helloRate = Number.NaN;
  if (!SKIP_HELLO) {
    const hello = await startHello();
    const host = `127.0.0.1:${hello.port}`;
    const helloSigners = [{ keyId: 'unused', secret: 'unused' }];
    let baseline: Awaited<ReturnType<typeof measure>>;
    try {
      baseline = await measure(hello.port, hello.pid, {
        request: orderRequests(host, helloSigners, `h${Date.now()}`),
        check: (status) => (status === 200 ? undefined : `status ${status}`),
      });
    } finally {
      hello.child.kill('SIGTERM');
    }
    helloRate = report(
      'node:http hello-world (same signed POST requests, body ignored)',
      baseline.result,
      baseline.serverCpu,
    );
  }

  const venue = await startVenue({
    logLevel: LOG_LEVEL,
    nodeArgs: serverNodeArgs(),
  });
  try {
    const signers = [
      await createFundedKey(venue.url, venue.operatorToken, 'bench-http-a'),
      await createFundedKey(venue.url, venue.operatorToken, 'bench-http-b'),
    ];
    const venueHost = `127.0.0.1:${venue.port}`;
    const orders = await measure(venue.port, venue.pid, {
      request: orderRequests(venueHost, signers, `o${Date.now()}`),
      check: (status, body) => {
        if (status !== 201) return `status ${status}: ${body.toString('utf8')}`;
        const order = JSON.parse(body.toString('utf8')) as { status?: string };
        return order.status === 'rejected' ? `rejected: ${body.toString('utf8')}` : undefined;
      },
    });
    console.log('');
    const venueRate = report(
      `OpenVenue POST /v1/orders (HMAC-signed, durable ack, log level ${LOG_LEVEL})`,
      orders.result,
      orders.serverCpu,
    );
    console.log('');
    if (!SKIP_HELLO)
      console.log(
        `signed orders/s vs hello-world req/s: ${(venueRate / helloRate).toFixed(3)} (${((100 * venueRate) / helloRate).toFixed(1)}%)`,
      );
    console.log(`target: >= 5,000 signed orders/s — ${venueRate >= 5000 ? 'met' : 'NOT met'} on this run`);
  } finally {
    await venue.stop();
  }
  if (PROFILE) console.log(`server CPU profile written to ${path.resolve(PROFILE)}`);
}

await main();
