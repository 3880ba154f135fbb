/** A venue in a temp dir, the FIX gateway on port 0, and a raw FIX client for session tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { BEGIN_STRING } from '../../generated/fix/dictionary.ts';
import { Authenticator } from '../../server/auth/authenticate.ts';
import type { KeyStore } from '../../server/auth/key-store.ts';
import { fixLogonPrehash, signHmac } from '../../server/auth/signature.ts';
import { demoSetupCommands } from '../../server/core/index.ts';
import { encodeFrame, type Field, Framer, parseFields } from '../../server/fix/codec.ts';
import { type FixGateway, type FixGatewayOptions, startFixGateway } from '../../server/fix/gateway.ts';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { Venue } from '../../server/venue.ts';

export const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';

export interface Harness {
  dir: string;
  venue: Venue;
  gateway: FixGateway;
  authenticator: Authenticator;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function addAccount(
  venue: Venue,
  accountId: string,
  keyId: string,
  scopes: Array<'read' | 'trade'> = ['read', 'trade'],
) {
  await venue.submit({ type: 'createAccount', accountId });
  await venue.submit({ type: 'deposit', accountId, asset: 'USD', amount: '1000000' });
  await venue.submit({ type: 'deposit', accountId, asset: 'BTC', amount: '100' });
  const r = await venue.submit({
    type: 'createApiKey',
    keyId,
    accountId,
    keyType: 'hmac',
    scopes,
    secret: SECRET,
  });
  if (!r.ok) throw new Error(`createApiKey failed: ${JSON.stringify(r)}`);
}

export async function startHarness(options: Partial<FixGatewayOptions> = {}): Promise<Harness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ov-fix-'));
  const open = async () => {
    const venue = await Venue.open({ dataDir: dir, expireEveryMs: 0, sync: false });
    // The authenticator reads keys through the venue's key store, which only changes via submit.
    const authenticator = new Authenticator({ keyStore: venue.keys as KeyStore });
    const gateway = await startFixGateway({
      venue,
      authenticator,
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      ...options,
    });
    return { venue, authenticator, gateway };
  };
  const first = await open();
  for (const c of demoSetupCommands(first.venue.now())) await first.venue.submit(c);
  await addAccount(first.venue, 'acc-a', 'key-a');
  await addAccount(first.venue, 'acc-b', 'key-b');
  const h: Harness = {
    dir,
    ...first,
    async restart() {
      await h.gateway.close();
      await h.venue.close();
      Object.assign(h, await open());
    },
    async close() {
      await h.gateway.close();
      await h.venue.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return h;
}

export type Msg = Map<number, string> & { fields: Field[] };

/** A FIX client written against the wire format only, for session-level tests. */
export class RawClient {
  readonly socket: net.Socket;
  private readonly framer = new Framer();
  private readonly inbox: Msg[] = [];
  private waiters: Array<() => void> = [];
  closed = false;
  seq = 1;

  constructor(
    port: number,
    readonly keyId = 'key-a',
    tlsOptions?: tls.ConnectionOptions,
  ) {
    this.socket = tlsOptions
      ? tls.connect({ port, host: '127.0.0.1', ...tlsOptions })
      : net.connect(port, '127.0.0.1');
    this.socket.on('data', (chunk) => {
      this.framer.push(chunk);
      for (let r = this.framer.next(); r; r = this.framer.next()) {
        if (r.kind !== 'frame') continue;
        const p = parseFields(r.bytes);
        if (!p.ok) continue;
        const m = new Map(p.fields.map((f) => [f.tag, f.value])) as Msg;
        m.fields = p.fields;
        this.inbox.push(m);
      }
      this.wake();
    });
    this.socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    this.socket.on('error', () => {});
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static async connect(
    port: number,
    keyId = 'key-a',
    tlsOptions?: tls.ConnectionOptions,
  ): Promise<RawClient> {
    const c = new RawClient(port, keyId, tlsOptions);
    await new Promise<void>((resolve, reject) => {
      c.socket.once(tlsOptions ? 'secureConnect' : 'connect', resolve);
      c.socket.once('error', reject);
    });
    return c;
  }

  frame(
    msgType: string,
    body: Array<[number, string | number]>,
    header: {
      seq?: number;
      sendingTime?: string;
      extra?: Array<[number, string | number]>;
      sender?: string;
      target?: string;
      begin?: string;
    } = {},
  ): Buffer {
    const seq = header.seq ?? this.seq++;
    return encodeFrame(header.begin ?? BEGIN_STRING, [
      [35, msgType],
      [49, header.sender ?? this.keyId],
      [56, header.target ?? 'OPENVENUE'],
      [34, seq],
      [52, header.sendingTime ?? formatUtcTimestamp(Date.now() * 1000)],
      ...(header.extra ?? []),
      ...body,
    ]);
  }

  send(
    msgType: string,
    body: Array<[number, string | number]> = [],
    header: Parameters<RawClient['frame']>[2] = {},
  ): void {
    this.socket.write(this.frame(msgType, body, header));
  }

  write(bytes: Buffer | string): void {
    this.socket.write(bytes);
  }

  logonFrame(
    opts: {
      seq?: number;
      reset?: boolean;
      secret?: string;
      heartBtInt?: number;
      cod?: boolean;
      sendingTime?: string;
    } = {},
  ): Buffer {
    const seq = opts.seq ?? this.seq;
    this.seq = seq + 1;
    const sendingTime = opts.sendingTime ?? formatUtcTimestamp(Date.now() * 1000);
    const sig = signHmac(
      opts.secret ?? SECRET,
      fixLogonPrehash({ sendingTime, msgSeqNum: seq, senderCompId: this.keyId, targetCompId: 'OPENVENUE' }),
    );
    const body: Array<[number, string | number]> = [
      [98, 0],
      [108, opts.heartBtInt ?? 30],
      [95, sig.length],
      [96, sig],
    ];
    if (opts.reset) body.push([141, 'Y']);
    body.push([553, this.keyId]);
    if (opts.cod) body.push([8013, 'Y']);
    return this.frame('A', body, { seq, sendingTime });
  }

  async logon(opts: Parameters<RawClient['logonFrame']>[0] = {}): Promise<Msg> {
    this.write(this.logonFrame(opts));
    return this.next((m) => m.get(35) === 'A' || m.get(35) === '5');
  }

  /** The next received message matching `pred` (earlier non-matching ones are dropped). */
  async next(pred: (m: Msg) => boolean = () => true, timeoutMs = 5000): Promise<Msg> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.inbox.findIndex(pred);
      if (i >= 0) {
        const [m] = this.inbox.splice(0, i + 1).slice(-1);
        return m as Msg;
      }
      if (this.closed) throw new Error('connection closed while waiting');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a message');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Resolves once the venue closed the connection. */
  async waitClosed(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('connection still open');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Messages received and not yet consumed. */
  pending(): Msg[] {
    return [...this.inbox];
  }

  close(): void {
    this.socket.destroy();
  }
}

export const type = (t: string) => (m: Msg) => m.get(35) === t;
