// bench:fix — the FIX gateway's NewOrderSingle -> ExecutionReport(New) round trip over TCP, at a
// paced 1,000 and 10,000 messages/s, with durable acknowledgements (the venue fdatasyncs each
// group commit before the report is sent); the same with fsync off, to separate the gateway's
// own cost from the disk; encode/decode cost per message; and, for the engine decision (ADR
// 0001), the round trip of a jspurefix acceptor that answers each order at once. Each gateway run
// starts with 1 s of unmeasured orders (JIT warm-up) and prints the server's CPU per order.
//
// Usage: npm run bench:fix   (BENCH_SECONDS=3 per run by default; BENCH_ONLY=codec|durable|nosync|jspurefix
//        runs one section; BENCH_SKIP_JSPF=1 skips jspurefix; BENCH_ONLY=trace prints the 1,000/s
//        durable round trip cut into stages)

import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IJsFixConfig, MsgView } from 'jspurefix';
import { BEGIN_STRING } from '../generated/fix/dictionary.ts';
import { Authenticator } from '../server/auth/authenticate.ts';
import type { KeyStore } from '../server/auth/key-store.ts';
import { fixLogonPrehash, signHmac } from '../server/auth/signature.ts';
import { demoSetupCommands } from '../server/core/index.ts';
import { encodeFrame, Framer, parseFields } from '../server/fix/codec.ts';
import { startFixGateway } from '../server/fix/gateway.ts';
import { formatUtcTimestamp } from '../server/fix/time.ts';
import { validateMessage } from '../server/fix/validate.ts';
import { hookedJournalFs, nodeJournalFs } from '../server/journal/index.ts';
import { Venue } from '../server/venue.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';
const now = () => formatUtcTimestamp(Date.now() * 1000);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}
const us = (ns: number) => `${(ns / 1000).toFixed(0)} µs`;

/** One paced client run (handed to the client's process as JSON). */
interface ClientRun {
  port: number;
  keyId: string;
  rate: number;
  logon: boolean;
  seconds: number;
  trace?: boolean;
}

/** A paced client: sends NewOrderSingle at `rate`/s for `seconds` and times each report. */
async function roundTrips({ port, keyId, rate, logon, seconds, trace = false }: ClientRun): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const framer = new Framer();
  const sentAt = new Map<string, bigint>();
  const lat: number[] = [];
  const sentRecv: Array<[string, number, number]> = [];
  let seq = 1;
  let onMsg: (fields: Map<number, string>) => void = () => {};
  socket.on('data', (chunk) => {
    framer.push(chunk);
    for (let r = framer.next(); r; r = framer.next()) {
      if (r.kind !== 'frame') continue;
      const p = parseFields(r.bytes);
      if (p.ok) onMsg(new Map(p.fields.map((f) => [f.tag, f.value])));
    }
  });
  const frame = (msgType: string, body: Array<[number, string | number]>, sendingTime = now()) =>
    encodeFrame(BEGIN_STRING, [
      [35, msgType],
      [49, keyId],
      [56, 'OPENVENUE'],
      [34, seq++],
      [52, sendingTime],
      ...body,
    ]);
  if (logon) {
    const st = now();
    const sig = signHmac(
      SECRET,
      fixLogonPrehash({ sendingTime: st, msgSeqNum: seq, senderCompId: keyId, targetCompId: 'OPENVENUE' }),
    );
    const loggedOn = new Promise<void>((resolve) => {
      onMsg = (m) => m.get(35) === 'A' && resolve();
    });
    socket.write(
      frame(
        'A',
        [
          [98, 0],
          [108, 30],
          [95, sig.length],
          [96, sig],
          [141, 'Y'],
          [553, keyId],
        ],
        st,
      ),
    );
    await loggedOn;
  } else {
    // jspurefix acceptor: a plain Logon.
    const loggedOn = new Promise<void>((resolve) => {
      onMsg = (m) => m.get(35) === 'A' && resolve();
    });
    socket.write(
      frame('A', [
        [98, 0],
        [108, 30],
        [141, 'Y'],
      ]),
    );
    await loggedOn;
  }
  const total = Math.round(rate * seconds);
  let done!: () => void;
  const finished = new Promise<void>((r) => {
    done = r;
  });
  onMsg = (m) => {
    if (m.get(35) !== '8') return;
    const id = m.get(11) ?? '';
    const t0 = sentAt.get(id);
    if (t0 === undefined) return;
    sentAt.delete(id);
    const t1 = process.hrtime.bigint();
    lat.push(Number(t1 - t0));
    if (trace) sentRecv.push([id, Number(t0), Number(t1)]);
    if (lat.length === total) done();
  };
  const start = process.hrtime.bigint();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      const due = Math.min(total, Math.floor((Number(process.hrtime.bigint() - start) / 1e9) * rate) + 1);
      const batch: Buffer[] = [];
      for (; sent < due; sent++) {
        const id = `b${rate}-${sent}`;
        batch.push(
          frame('D', [
            [11, id],
            [55, 'BTC-USD'],
            [54, '1'],
            [60, now()],
            [38, '0.0001'],
            [40, '2'],
            [44, '10000.00'],
          ]),
        );
        sentAt.set(id, process.hrtime.bigint());
      }
      if (batch.length) socket.write(batch.length === 1 ? (batch[0] as Buffer) : Buffer.concat(batch));
      if (sent < total) setTimeout(pump, 1);
      else resolve();
    };
    pump();
  });
  const timeout = setTimeout(done, 30_000);
  await finished;
  clearTimeout(timeout);
  socket.destroy();
  lat.sort((a, b) => a - b);
  const lost = total - lat.length;
  const times = trace ? `\n${JSON.stringify(sentRecv)}` : '';
  return `n=${lat.length}${lost ? ` (${lost} unanswered)` : ''}  p50 ${us(pct(lat, 50))}  p99 ${us(pct(lat, 99))}  max ${us(lat[lat.length - 1] ?? 0)}${times}`;
}

/** A funded account with a trading key for one client. */
async function addAccount(venue: Venue, keyId: string): Promise<void> {
  await venue.submit({ type: 'createAccount', accountId: keyId });
  await venue.submit({ type: 'deposit', accountId: keyId, asset: 'USD', amount: '10000000' });
  const key = { keyId, accountId: keyId, keyType: 'hmac', scopes: ['trade'], secret: SECRET } as const;
  await venue.submit({ type: 'createApiKey', ...key, scopes: [...key.scopes] });
}

async function gatewayRun(sync: boolean, rates: number[]): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ov-bench-fix-'));
  const venue = await Venue.open({ dataDir: dir, expireEveryMs: 0, sync });
  for (const c of demoSetupCommands(venue.now())) await venue.submit(c);
  const authenticator = new Authenticator({ keyStore: venue.keys as KeyStore });
  const gateway = await startFixGateway({ venue, authenticator, port: 0, host: '127.0.0.1', dataDir: dir });
  // Unmeasured: the first orders run through V8's interpreter and baseline tiers; the figures
  // are for the steady state a venue runs in.
  await addAccount(venue, 'bench-warmup');
  await inChild({ port: gateway.port, keyId: 'bench-warmup', rate: 2000, logon: true, seconds: 1 });
  for (const rate of rates) {
    const keyId = `bench-${rate}`;
    await addAccount(venue, keyId);
    const cpu = process.cpuUsage();
    const line = await inChild({ port: gateway.port, keyId, rate, logon: true, seconds: SECONDS });
    // The server's CPU (gateway, venue and journal threads; the client runs in its own process)
    // per order: the figure to compare between changes on a shared machine.
    const used = process.cpuUsage(cpu);
    const perMsg = (used.user + used.system) / Math.round(rate * SECONDS);
    console.log(`  ${String(rate).padStart(6)} msg/s  ${line}  server CPU ${perMsg.toFixed(1)} µs/msg`);
  }
  await gateway.close();
  await venue.close();
  await rm(dir, { recursive: true, force: true });
}

function codecCost(): void {
  // `tag=value|...` as a FIX engine logs it; split into the encoder's [tag, value] pairs.
  const fields = (text: string) =>
    text.split('|').map((f) => [Number(f.split('=')[0]), f.slice(f.indexOf('=') + 1)] as [number, string]);
  const nos = encodeFrame(
    BEGIN_STRING,
    fields(
      `35=D|49=key-a|56=OPENVENUE|34=12345|52=${now()}|11=order-123456|55=BTC-USD|54=1|60=${now()}|` +
        '38=0.0100|40=2|44=50000.10|59=1',
    ),
  );
  const er = fields(
    '35=8|49=OPENVENUE|56=key-a|34=12345|52=20261121-12:00:00.123|37=42|11=order-123456|17=42-7-0|' +
      '150=0|39=0|55=BTC-USD|54=1|40=2|44=50000.10|38=0.0100|59=1|151=0.0100|14=0.0000|6=0|' +
      '60=20261121-12:00:00.123',
  );
  const N = 200_000;
  for (let i = 0; i < 20_000; i++) encodeFrame(BEGIN_STRING, er);
  let t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) encodeFrame(BEGIN_STRING, er);
  const enc = Number(process.hrtime.bigint() - t) / N;
  const stream = Buffer.concat(Array.from({ length: 1000 }, () => nos));
  const decodeAll = () => {
    const f = new Framer();
    f.push(stream);
    for (let r = f.next(); r; r = f.next()) {
      if (r.kind !== 'frame') throw new Error('garbled');
      const p = parseFields(r.bytes);
      if (!p.ok || !validateMessage(p.fields).ok) throw new Error('invalid');
    }
  };
  for (let i = 0; i < 20; i++) decodeAll();
  t = process.hrtime.bigint();
  for (let i = 0; i < N / 1000; i++) decodeAll();
  const dec = Number(process.hrtime.bigint() - t) / N;
  console.log(`  encode ExecutionReport (20 fields, ${er.length} tags): ${(enc / 1000).toFixed(2)} µs/msg`);
  console.log(
    `  decode NewOrderSingle (frame + checksum + parse + dictionary validation): ${(dec / 1000).toFixed(2)} µs/msg`,
  );
}

async function jspurefixAcceptor(rates: number[]): Promise<void> {
  const { AsciiSession, EmptyLogFactory, SessionLauncher } = await import('jspurefix');
  class Echo extends AsciiSession {
    private n = 0;
    constructor(config: IJsFixConfig) {
      super(config);
    }
    protected onApplicationMsg(msgType: string, view: MsgView): void {
      if (msgType !== 'D') return;
      const id = ++this.n;
      this.send('8', {
        OrderID: String(id),
        ClOrdID: view.getString(11),
        ExecID: `e${id}`,
        ExecType: '0',
        OrdStatus: '0',
        Symbol: 'BTC-USD',
        Side: '1',
        OrdType: '2',
        Price: 10000,
        OrderQty: 0.0001,
        LeavesQty: 0.0001,
        CumQty: 0,
        AvgPx: 0,
        TransactTime: new Date(),
      });
    }
    protected onReady(): void {}
    protected onStopped(): void {}
    protected onLogon(): boolean {
      return true;
    }
    protected onDecoded(): void {}
    protected onEncoded(): void {}
  }
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  class Launcher extends SessionLauncher {
    constructor() {
      super(
        {
          application: {
            type: 'acceptor',
            name: 'bench',
            tcp: { host: '127.0.0.1', port },
            protocol: 'ascii',
            dictionary: path.resolve('spec/fix/FIX44.xml'),
          },
          EncryptMethod: 0,
          ResetSeqNumFlag: true,
          HeartBtInt: 30,
          SenderCompId: 'OPENVENUE',
          TargetCompID: '*',
          BeginString: 'FIX.4.4',
        } as never,
        null,
        new EmptyLogFactory(),
      );
    }
    protected override makeFactory() {
      return { makeSession: (c: IJsFixConfig) => new Echo(c) } as never;
    }
  }
  const l = new Launcher();
  const run = l.run();
  await new Promise((r) => setTimeout(r, 1000));
  for (const rate of rates) {
    const line = await inChild({ port, keyId: `jspf-${rate}`, rate, logon: false, seconds: SECONDS });
    console.log(`  ${String(rate).padStart(6)} msg/s  ${line}`);
  }
  l.stop();
  await run.catch(() => undefined);
}

/**
 * The round trip at 1,000/s cut into stages, for finding where the time goes: the client's send
 * and receive times (process.hrtime is one monotonic clock for both processes) around the
 * venue's submit and apply, the journal's write and fdatasync, and the durable callback, all
 * seen through the venue's public surface (a wrapped submit, a journal file system, a listener).
 */
async function traceRun(): Promise<void> {
  const at = new Map<string, Record<string, number>>();
  const stamp = (id: string, stage: string) => {
    const t = at.get(id) ?? {};
    t[stage] = Number(process.hrtime.bigint());
    at.set(id, t);
  };
  let appended: string[] = [];
  let inFlight: string[] = [];
  const fs = hookedJournalFs(nodeJournalFs, () => ({
    async writeAll(write) {
      inFlight = appended;
      appended = [];
      for (const id of inFlight) stamp(id, 'writeStart');
      await write();
      for (const id of inFlight) stamp(id, 'written');
    },
    async datasync(sync) {
      await sync();
      for (const id of inFlight) stamp(id, 'synced');
    },
  }));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ov-bench-fix-'));
  const venue = await Venue.open({ dataDir: dir, expireEveryMs: 0, fs });
  for (const c of demoSetupCommands(venue.now())) await venue.submit(c);
  const submit = venue.submit.bind(venue);
  Object.assign(venue, {
    submit(c: { type: string; clientOrderId?: string }) {
      const id = c.type === 'placeOrder' ? c.clientOrderId : undefined;
      if (id) stamp(id, 'submit');
      const result = submit(c as Parameters<typeof submit>[0]);
      if (id) {
        stamp(id, 'applied');
        appended.push(id);
      }
      return result;
    },
  });
  venue.subscribe(({ command }) => {
    if (command.type === 'placeOrder' && command.clientOrderId) stamp(command.clientOrderId, 'durable');
  });
  const authenticator = new Authenticator({ keyStore: venue.keys as KeyStore });
  const gateway = await startFixGateway({ venue, authenticator, port: 0, host: '127.0.0.1', dataDir: dir });
  for (const keyId of ['bench-warmup', 'bench-1000']) await addAccount(venue, keyId);
  await inChild({ port: gateway.port, keyId: 'bench-warmup', rate: 2000, logon: true, seconds: 1 });
  const [line, json] = (
    await inChild({
      port: gateway.port,
      keyId: 'bench-1000',
      rate: 1000,
      logon: true,
      seconds: SECONDS,
      trace: true,
    })
  ).split('\n');
  console.log(`  1000 msg/s  ${line}`);
  const stages: Array<[string, string, string]> = [
    ['sent', 'submit', 'client send -> venue.submit (loopback in, FIX read/parse/validate, command)'],
    ['submit', 'applied', 'venue apply and journal append'],
    ['applied', 'writeStart', 'wait for the journal write (batching, thread pool hand-off)'],
    ['writeStart', 'written', 'journal write on the thread pool'],
    ['written', 'synced', 'fdatasync on the thread pool'],
    ['synced', 'durable', 'back on the event loop, durable listeners'],
    ['durable', 'recv', 'report built, stored, written; loopback out; client wakes'],
  ];
  const rows = (JSON.parse(json ?? '[]') as Array<[string, number, number]>).flatMap(([id, sent, recv]) => {
    const t = at.get(id);
    return t ? [{ ...t, sent, recv } as Record<string, number>] : [];
  });
  for (const [from, to, what] of stages) {
    const d = rows.flatMap((r) => (r[from] && r[to] ? [(r[to] as number) - (r[from] as number)] : []));
    d.sort((a, b) => a - b);
    console.log(`    ${us(pct(d, 50)).padStart(8)} p50 ${us(pct(d, 99)).padStart(9)} p99  ${what}`);
  }
  await gateway.close();
  await venue.close();
  await rm(dir, { recursive: true, force: true });
}

/** Runs the paced client in its own process, so its parsing never delays the server's loop. */
async function inChild(run: ClientRun): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CLIENT: JSON.stringify(run) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await new Promise((r) => child.once('exit', r));
  return out.trim();
}

if (process.env.BENCH_CLIENT) {
  console.log(await roundTrips(JSON.parse(process.env.BENCH_CLIENT) as ClientRun));
  process.exit(0);
}

console.log(
  `bench:fix — ${SECONDS} s per rate, NewOrderSingle -> ExecutionReport(New) over TCP on 127.0.0.1\n`,
);
const only = process.env.BENCH_ONLY;
if (!only || only === 'codec') {
  console.log('codec:');
  codecCost();
}
if (!only || only === 'durable') {
  console.log('\ngateway + venue, durable acks (journal fdatasync per group commit):');
  await gatewayRun(true, [1000, 10_000]);
}
if (!only || only === 'nosync') {
  console.log('\ngateway + venue, fsync off (the gateway and engine alone):');
  await gatewayRun(false, [1000, 10_000]);
}
if (only === 'trace') {
  console.log('\nthe round trip in stages, durable (medians of stages do not add up to the whole):');
  await traceRun();
}
if ((!only || only === 'jspurefix') && !process.env.BENCH_SKIP_JSPF) {
  console.log('\njspurefix 5.11 acceptor answering each order at once (no venue, no fsync), for ADR 0001:');
  await jspurefixAcceptor([1000, 10_000]);
}
process.exit(0);
