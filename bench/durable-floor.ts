/**
 * bench:floor — the hardware floor under every durable acknowledgement on this machine: the
 * round trip of a 120-byte message over loopback TCP between two Node processes, where the server
 * writes the message into a preallocated file and fdatasyncs it before echoing it back. No
 * venue, no parsing, no validation: nothing a real gateway could skip. Paced like bench:fix
 * (1,000 and 10,000 messages/s) and at bench:ws's 20,000/s, with the same round trip without the disk next to it, so a
 * gateway's own share (bench:fix, bench:ws) can be read against what the disk and the loopback
 * cost on their own.
 *
 * Usage: npm run bench:floor   (BENCH_SECONDS=3 per run, BENCH_RATES=1000,10000,20000 by default)
 */
import { fork } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Messages/s, one run each (bench:fix's 1,000 and 10,000, bench:ws's 20,000 order-entry target). */
const RATES = (process.env.BENCH_RATES ?? '1000,10000,20000').split(',').map(Number);
const MESSAGE = 120;

function server(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ov-floor-'));
  const fd = openSync(join(dir, 'log'), 'w+');
  // Preallocated and synced, as the journal's segments are: a data-only fdatasync.
  const size = 256 << 20;
  const zeros = Buffer.alloc(1 << 20);
  for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, zeros.length, at);
  fdatasyncSync(fd);
  let offset = 0;
  const srv = net.createServer({ noDelay: true }, (socket) => {
    let sync = true;
    socket.on('data', (chunk: Buffer) => {
      if (chunk[0] === 0x4e)
        sync = false; // "N": the no-disk runs
      else if (chunk[0] === 0x44) sync = true; // "D": the durable runs
      if (sync) {
        writeSync(fd, chunk, 0, chunk.length, offset);
        offset = (offset + chunk.length) % size;
        fdatasyncSync(fd);
      }
      socket.write(chunk);
    });
  });
  srv.listen(0, '127.0.0.1', () => process.send?.((srv.address() as net.AddressInfo).port));
  process.on('disconnect', () => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function run(port: number, rate: number, durable: boolean): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise((resolve) => socket.once('connect', resolve));
  const msg = Buffer.alloc(MESSAGE, durable ? 0x44 : 0x4e);
  const sent: bigint[] = [];
  const rtts: number[] = [];
  let received = 0;
  let pending = 0;
  socket.on('data', (chunk: Buffer) => {
    pending += chunk.length;
    while (pending >= MESSAGE) {
      pending -= MESSAGE;
      const t0 = sent[received++];
      if (t0 !== undefined) rtts.push(Number(process.hrtime.bigint() - t0));
    }
  });
  const total = rate * SECONDS;
  const start = process.hrtime.bigint();
  for (let i = 0; i < total; i++) {
    const due = start + BigInt(Math.round((i * 1e9) / rate));
    for (;;) {
      const now = process.hrtime.bigint();
      if (now >= due) break;
      const wait = Number(due - now) / 1e6;
      await new Promise((resolve) => (wait > 1 ? setTimeout(resolve, wait - 1) : setImmediate(resolve)));
    }
    sent.push(process.hrtime.bigint());
    socket.write(msg);
  }
  const deadline = Date.now() + 5000;
  while (received < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  socket.destroy();
  const warm = rtts.slice(Math.floor(rtts.length / 10)).sort((a, b) => a - b);
  const pct = (p: number) =>
    `${((warm[Math.min(warm.length - 1, Math.floor(warm.length * p))] ?? 0) / 1000).toFixed(0)} µs`;
  return `${durable ? 'write + fdatasync' : 'no disk          '}  ${String(rate).padStart(6)}/s  p50 ${pct(0.5)}  p99 ${pct(0.99)}  (${warm.length} round trips)`;
}

async function main(): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ['--server'], { execArgv: process.execArgv });
  const port = await new Promise<number>((resolve) => child.once('message', (p) => resolve(p as number)));
  console.log(`bench:floor  ${SECONDS} s per run, ${MESSAGE}-byte messages, loopback TCP, preallocated file`);
  for (const rate of RATES) {
    console.log(await run(port, rate, false));
    console.log(await run(port, rate, true));
  }
  child.disconnect();
}

if (process.argv.includes('--server')) server();
else await main();
