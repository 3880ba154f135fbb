/**
 * A real venue in a temp dir, a plain `http.createServer()` with the WebSocket gateway on
 * 127.0.0.1:0, and plain `ws` clients written from the AsyncAPI document (not the SDK). Every
 * message a client receives is checked against the contract's message schemas (the generated
 * validators): a reply against its operation's reply messages, with an error `code` from the
 * operation's `x-error-codes`; a stream message against the message its `channel`/`type` names.
 * Mismatches go to `failures`, which each test file asserts empty after every test.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { eventMatchers, operations } from '../../generated/asyncapi/messages.ts';
import * as v from '../../generated/asyncapi/validators.js';
import type { CompiledValidator } from '../../generated/runtime/validation.ts';
import { Authenticator } from '../../server/auth/authenticate.ts';
import type { KeyStore } from '../../server/auth/key-store.ts';
import {
  DEFAULT_IP_POLICY,
  DEFAULT_KEY_POLICY,
  RateLimiter,
  type RateLimitPolicy,
} from '../../server/auth/rate-limit.ts';
import { demoSetupCommands } from '../../server/core/index.ts';
import { DeadMansSwitch } from '../../server/dead-mans-switch.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { Metrics } from '../../server/observability/metrics.ts';
import { Venue } from '../../server/venue.ts';
import { attachWsGateway, type WsGateway, type WsOptions } from '../../server/ws/index.ts';

export const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';

/** Root `x-error-codes`: frames no operation answers. */
const ROOT_CODES = ['MALFORMED_JSON', 'VALIDATION_FAILED'];

const REPLY_VALIDATORS: Record<string, CompiledValidator> = {
  login: v.serverLoginReply,
  subscribe: v.serverSubscribeReply,
  unsubscribe: v.serverUnsubscribeReply,
  ping: v.serverPong,
  placeOrder: v.serverPlaceOrderReply,
  cancelOrder: v.serverCancelOrderReply,
  amendOrder: v.serverAmendOrderReply,
  cancelAllOrders: v.serverCancelAllOrdersReply,
  setCancelAllAfter: v.serverSetCancelAllAfterReply,
};

const EVENT_VALIDATORS: Record<keyof typeof eventMatchers, CompiledValidator> = {
  bookSnapshot: v.serverBookSnapshot,
  bookUpdate: v.serverBookUpdate,
  trades: v.serverTrades,
  ticker: v.serverTicker,
  ordersSnapshot: v.serverOrdersSnapshot,
  ordersUpdate: v.serverOrdersUpdate,
  executions: v.serverExecutions,
  balancesSnapshot: v.serverBalancesSnapshot,
  balancesUpdate: v.serverBalancesUpdate,
};

// biome-ignore lint/suspicious/noExplicitAny: test messages are read field by field.
export type Message = any;

/** What every client of a harness saw, across tests: contract failures and what was exercised. */
export interface Observed {
  readonly failures: string[];
  /** Operations answered with a success reply, and server message names received. */
  readonly exercised: Set<string>;
}

export interface HarnessOptions {
  ws?: WsOptions;
  ipPolicy?: RateLimitPolicy;
  keyPolicy?: RateLimitPolicy;
  orderPolicy?: RateLimitPolicy;
}

export interface Harness extends Observed {
  readonly dir: string;
  readonly venue: Venue;
  readonly gateway: WsGateway;
  readonly server: http.Server;
  readonly url: string;
  readonly metrics: Metrics;
  readonly deadMansSwitch: DeadMansSwitch;
  /** A funded account with an HMAC key (the published test secret) of the given scopes. */
  account(
    scopes?: Array<'read' | 'trade'>,
    allowedIps?: string[],
  ): Promise<{ accountId: string; keyId: string }>;
  connect(): Promise<Client>;
  /** Connects and logs in with the key; answers the client and the login reply. */
  login(keyId: string, extra?: Record<string, unknown>): Promise<Client>;
  close(): Promise<void>;
}

let accounts = 0;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ov-ws-'));
  const venue = await Venue.open({ dataDir: dir, expireEveryMs: 0, sync: false, snapshotIntervalMs: 0 });
  for (const c of demoSetupCommands(venue.now())) await venue.submit(c);
  const authenticator = new Authenticator({ keyStore: venue.keys as KeyStore });
  const metrics = new Metrics();
  const deadMansSwitch = new DeadMansSwitch({ venue });
  const server = http.createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const gateway = attachWsGateway(server, {
    venue,
    authenticator,
    rateLimiter: {
      ip: new RateLimiter(options.ipPolicy ?? DEFAULT_IP_POLICY),
      key: new RateLimiter(options.keyPolicy ?? DEFAULT_KEY_POLICY),
      orders: new RateLimiter(options.orderPolicy ?? { name: 'orders', quota: 1000, windowSeconds: 1 }),
    },
    deadMansSwitch,
    logger: createLogger({ level: 'silent' }),
    metrics,
    ...(options.ws && { options: options.ws }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/ws`;
  const observed: Observed = { failures: [], exercised: new Set() };
  const clients = new Set<Client>();

  const harness: Harness = {
    ...observed,
    dir,
    venue,
    gateway,
    server,
    url,
    metrics,
    deadMansSwitch,
    async account(scopes = ['read', 'trade'], allowedIps) {
      accounts += 1;
      const accountId = `acc-${accounts}`;
      const keyId = `key-${accounts}`;
      await venue.submit({ type: 'createAccount', accountId });
      await venue.submit({ type: 'deposit', accountId, asset: 'USD', amount: '1000000' });
      await venue.submit({ type: 'deposit', accountId, asset: 'BTC', amount: '100' });
      await venue.submit({ type: 'deposit', accountId, asset: 'ETH', amount: '1000' });
      const r = await venue.submit({
        type: 'createApiKey',
        keyId,
        accountId,
        keyType: 'hmac',
        scopes,
        secret: SECRET,
        ...(allowedIps && { allowedIps }),
      });
      if (!r.ok) throw new Error(`createApiKey failed: ${JSON.stringify(r)}`);
      return { accountId, keyId };
    },
    async connect() {
      const client = await Client.open(url, observed);
      clients.add(client);
      return client;
    },
    async login(keyId, extra = {}) {
      const client = await harness.connect();
      const reply = await client.login(keyId, extra);
      if (!reply.result) throw new Error(`login failed: ${JSON.stringify(reply)}`);
      return client;
    },
    async close() {
      for (const client of clients) client.terminate();
      await gateway.close();
      deadMansSwitch.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await venue.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The login signature of the contract's guide: HMAC-SHA256 over `timestamp \n GET \n /v1/ws \n`. */
export function loginSignature(timestamp: number, secret = SECRET): string {
  return createHmac('sha256', secret).update(`${timestamp}\nGET\n/v1/ws\n`).digest('base64');
}

/** A plain `ws` client that records, validates and correlates what it receives. */
export class Client {
  readonly received: Message[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  #nextId = 1;
  /** The op sent with each request id: error replies of ops newer than ClientOp carry `op` null. */
  readonly #sentOps = new Map<unknown, string>();
  #waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void; from: number }> = [];

  private constructor(
    readonly socket: WebSocket,
    private readonly observed: Observed,
  ) {
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    socket.on('error', () => {});
    socket.on('message', (data) => this.#receive(String(data)));
  }

  static open(url: string, observed: Observed): Promise<Client> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Client(socket, observed)));
      socket.once('error', reject);
    });
  }

  #receive(text: string): void {
    const message = JSON.parse(text) as Message;
    this.#check(message);
    this.received.push(message);
    const index = this.received.length - 1;
    this.#waiters = this.#waiters.filter((w) => {
      if (index >= w.from && w.test(message)) {
        w.resolve(message);
        return false;
      }
      return true;
    });
  }

  #check(message: Message): void {
    const { failures, exercised } = this.observed;
    // Lazily: the fan-out test counts JSON.stringify calls, and a valid message needs no text.
    const text = { toString: () => JSON.stringify(message) };
    if ('op' in message) {
      const op = message.op as string | null;
      if ('error' in message) {
        if (!v.serverErrorReply(message)) failures.push(`errorReply off contract: ${text}`);
        const sent = this.#sentOps.get(message.id);
        // ClientOp lists the 1.0.0 operations, which are always echoed; later ones answer null.
        if (op === null && sent !== undefined && v.schemaClientOp(sent))
          failures.push(`errorReply to ${sent} without its op: ${text}`);
        const codesOf = op ?? (sent !== undefined && sent in operations ? sent : null);
        const allowed: readonly string[] =
          codesOf !== null && codesOf in operations
            ? operations[codesOf as keyof typeof operations].errorCodes
            : ROOT_CODES;
        if (!allowed.includes(message.error.code))
          failures.push(`${message.error.code} not in x-error-codes of ${op}: ${text}`);
        return;
      }
      const validate = op === null ? undefined : REPLY_VALIDATORS[op];
      if (!validate?.(message))
        failures.push(`reply to ${op} off contract: ${text} ${JSON.stringify(validate?.errors)}`);
      else exercised.add(op as string);
      return;
    }
    const name = (Object.keys(eventMatchers) as (keyof typeof eventMatchers)[]).find((n) =>
      Object.entries(eventMatchers[n]).every(([k, val]) => message[k] === val),
    );
    if (name === undefined) {
      failures.push(`unknown server message: ${text}`);
      return;
    }
    const validate = EVENT_VALIDATORS[name];
    if (!validate(message)) failures.push(`${name} off contract: ${text} ${JSON.stringify(validate.errors)}`);
    else exercised.add(name);
  }

  /** Sends a raw frame. */
  sendRaw(data: string | Buffer, binary = false): void {
    this.socket.send(data, { binary });
  }

  /** Sends a request with the next numeric id (unless one is given) and waits for its reply. */
  request(op: string, fields: Record<string, unknown> = {}, id: unknown = this.#nextId++): Promise<Message> {
    const reply = this.next((m) => 'op' in m && m.id === id);
    this.#sentOps.set(id, op);
    this.socket.send(JSON.stringify({ op, id, ...fields }));
    return reply;
  }

  login(keyId: string, extra: Record<string, unknown> = {}, timestamp = Date.now()): Promise<Message> {
    return this.request('login', { key: keyId, timestamp, signature: loginSignature(timestamp), ...extra });
  }

  /** The next message (from now on, or from index `from`) that passes `test`. */
  next(test: (m: Message) => boolean, timeoutMs = 5000, from = this.received.length): Promise<Message> {
    for (let i = from; i < this.received.length; i++)
      if (test(this.received[i])) return Promise.resolve(this.received[i]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching message within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.#waiters.push({
        test,
        from,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Messages of a stream channel received so far. */
  stream(channel: string): Message[] {
    return this.received.filter((m) => m.channel === channel);
  }

  close(): void {
    this.socket.close(1000);
  }

  terminate(): void {
    this.socket.terminate();
  }
}

/** Polls until `cond` holds (or fails after `timeoutMs`). */
export async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
