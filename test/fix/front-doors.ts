/**
 * The real server (`createServer`: REST, WebSocket and the FIX acceptor over one durable venue)
 * on port 0 with a temporary data directory and the simulator off, and clients that use only its
 * front doors: the back office over HTTP with the operator token, REST signed as the docs say
 * (plain fetch, HMAC over `timestamp \n METHOD \n target \n body`), and a plain `ws` client.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { defaultConfig, type ServerConfig } from '../../server/config.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';
import { createLogger } from '../../server/observability/logger.ts';

export interface Trader {
  accountId: string;
  keyId: string;
  secret: string;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are read field by field.
export type Json = any;

export interface Answer {
  status: number;
  body: Json;
}

export class FrontDoors {
  private constructor(
    public handle: ServerHandle,
    readonly dataDir: string,
    private readonly config: ServerConfig,
  ) {}

  static async start(): Promise<FrontDoors> {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ov-fix-server-'));
    const config: ServerConfig = {
      ...defaultConfig(),
      port: 0,
      fixPort: 0,
      host: '127.0.0.1',
      dataDir,
      simulator: false,
      logLevel: 'silent',
    };
    const handle = await createServer(config, { logger: createLogger({ level: 'silent' }) });
    return new FrontDoors(handle, dataDir, config);
  }

  get fixPort(): number {
    if (this.handle.fixPort === null) throw new Error('FIX is off');
    return this.handle.fixPort;
  }

  /** Stops the server and starts it again over the same data directory (new ports). */
  async restart(): Promise<void> {
    await this.handle.close();
    this.handle = await createServer(this.config, { logger: createLogger({ level: 'silent' }) });
  }

  async close(): Promise<void> {
    await this.handle.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  async admin(method: string, target: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.handle.url}${target}`, {
      method,
      headers: {
        authorization: `Bearer ${this.handle.operatorToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  }

  /** A signed REST call: the prehash is built from the exact bytes sent. */
  async rest(who: Trader, method: string, target: string, body?: unknown): Promise<Answer> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const timestamp = String(Date.now());
    const signature = createHmac('sha256', who.secret)
      .update(`${timestamp}\n${method}\n${target}\n${text}`)
      .digest('base64');
    const response = await fetch(`${this.handle.url}${target}`, {
      method,
      headers: {
        'x-api-key': who.keyId,
        'x-api-timestamp': timestamp,
        'x-api-signature': signature,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: text }),
    });
    return { status: response.status, body: await response.json() };
  }

  /** A funded account with a read+trade HMAC key, made through the back office. */
  async trader(name: string): Promise<Trader> {
    const account = await this.admin('POST', '/admin/v1/accounts', { name });
    if (account.status !== 201) throw new Error(`createAccount: ${JSON.stringify(account.body)}`);
    const accountId: string = account.body.accountId;
    for (const [asset, amount] of [
      ['USD', '1000000'],
      ['BTC', '100'],
    ]) {
      const deposit = await this.admin('POST', `/admin/v1/accounts/${accountId}/deposits`, { asset, amount });
      if (deposit.status !== 201) throw new Error(`createDeposit: ${JSON.stringify(deposit.body)}`);
    }
    return this.key(accountId);
  }

  /** Another key (another FIX session) on an existing account. */
  async key(accountId: string): Promise<Trader> {
    const key = await this.admin('POST', `/admin/v1/accounts/${accountId}/api-keys`, {
      type: 'hmac',
      scopes: ['read', 'trade'],
    });
    if (key.status !== 201) throw new Error(`createApiKey: ${JSON.stringify(key.body)}`);
    return { accountId, keyId: key.body.keyId, secret: key.body.secret };
  }

  /** A logged-in WebSocket client subscribed to `channels`. */
  async ws(who: Trader, channels: string[]): Promise<WsClient> {
    const client = await WsClient.connect(`${this.handle.url.replace('http', 'ws')}/v1/ws`);
    const timestamp = Date.now();
    const signature = createHmac('sha256', who.secret).update(`${timestamp}\nGET\n/v1/ws\n`).digest('base64');
    const login = await client.request('login', { key: who.keyId, timestamp, signature });
    if (!login.result) throw new Error(`login: ${JSON.stringify(login)}`);
    for (const channel of channels) {
      const sub = await client.request('subscribe', { channel });
      if (!sub.result) throw new Error(`subscribe: ${JSON.stringify(sub)}`);
    }
    return client;
  }
}

export class WsClient {
  readonly received: Json[] = [];
  private waiters: Array<() => void> = [];
  private nextId = 1;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)));
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
  }

  static async connect(url: string): Promise<WsClient> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new WsClient(socket);
  }

  request(op: string, fields: Record<string, unknown>): Promise<Json> {
    const id = this.nextId++;
    const reply = this.next((m) => m.op === op && m.id === id);
    this.socket.send(JSON.stringify({ op, id, ...fields }));
    return reply;
  }

  /** The first message received (so far or later) that passes `test`. */
  async next(test: (m: Json) => boolean, timeoutMs = 5000): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching WebSocket message; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.close(1000);
  }
}
