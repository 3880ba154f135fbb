/**
 * A real venue for the SDK's end-to-end tests: `createServer` (REST, WebSocket, journal) on
 * 127.0.0.1 in a temp dir, restartable on the same port and data, with accounts funded through
 * the back office over HTTP. The simulator, when asked for, is the server's own MarketSimulator
 * stepping faster than the demo's 400 ms so a test sees a thousand book updates in seconds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, type ServerConfig } from '../../server/config.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { MarketSimulator } from '../../server/simulator.ts';

export interface VenueOptions {
  /** Simulator step in ms; omitted: no simulator. */
  simulatorStepMs?: number;
  config?: Partial<ServerConfig>;
}

export class SdkTestVenue {
  #handle: ServerHandle;
  #simulator: MarketSimulator | null;

  private constructor(
    handle: ServerHandle,
    simulator: MarketSimulator | null,
    readonly dataDir: string,
    readonly options: VenueOptions,
  ) {
    this.#handle = handle;
    this.#simulator = simulator;
  }

  static async start(options: VenueOptions = {}): Promise<SdkTestVenue> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ov-sdk-'));
    const { handle, simulator } = await SdkTestVenue.#boot(dir, 0, options);
    return new SdkTestVenue(handle, simulator, dir, options);
  }

  static async #boot(dataDir: string, port: number, options: VenueOptions) {
    const config: ServerConfig = {
      ...defaultConfig(),
      port,
      host: '127.0.0.1',
      fixPort: null,
      simulator: false,
      dataDir,
      logLevel: 'silent',
      ...options.config,
    };
    const handle = await createServer(config, { logger: createLogger({ level: 'silent' }) });
    const simulator =
      options.simulatorStepMs === undefined
        ? null
        : await MarketSimulator.start({ venue: handle.venue, seed: 7, stepMs: options.simulatorStepMs });
    return { handle, simulator };
  }

  get url(): string {
    return this.#handle.url;
  }

  get port(): number {
    return this.#handle.port;
  }

  get handle(): ServerHandle {
    return this.#handle;
  }

  /** The demo account's HMAC key, written by the server to demo-credentials.json. */
  get demoKey(): { id: string; secret: string } {
    const c = this.#handle.credentials;
    if (!c) throw new Error('the venue started without the demo');
    return { id: c.keyId, secret: c.secret };
  }

  /** Stops the simulator so the books hold still (they can then be compared with REST). */
  async stopSimulator(): Promise<void> {
    await this.#simulator?.stop();
    this.#simulator = null;
  }

  async #stopServer(): Promise<void> {
    await this.#simulator?.stop();
    await this.#handle.close();
  }

  /** Graceful stop and start on the same port and data directory (WebSocket clients see 1001). */
  async restart(pauseMs = 300): Promise<void> {
    const port = this.port;
    await this.#stopServer();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const { handle, simulator } = await SdkTestVenue.#boot(this.dataDir, port, this.options);
    this.#handle = handle;
    this.#simulator = simulator;
  }

  async stop(): Promise<void> {
    await this.#stopServer();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  async #admin(method: string, target: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.url}${target}`, {
      method,
      headers: {
        authorization: `Bearer ${this.#handle.operatorToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  /** A new account funded through the back office, with an HMAC key of both scopes. */
  async account(
    funds: Record<string, string> = { USD: '1000000', BTC: '100', ETH: '1000' },
  ): Promise<{ accountId: string; key: { id: string; secret: string } }> {
    const { accountId } = (await this.#admin('POST', '/admin/v1/accounts', { name: 'sdk-e2e' })) as {
      accountId: string;
    };
    for (const [asset, amount] of Object.entries(funds)) {
      await this.#admin('POST', `/admin/v1/accounts/${accountId}/deposits`, { asset, amount });
    }
    const key = (await this.#admin('POST', `/admin/v1/accounts/${accountId}/api-keys`, {
      type: 'hmac',
      scopes: ['read', 'trade'],
    })) as { keyId: string; secret: string };
    return { accountId, key: { id: key.keyId, secret: key.secret } };
  }
}

/**
 * A TCP proxy in front of the venue that can lose one answer: when armed, it lets the request
 * through, waits for the venue's response to start, and then cuts the client's connection instead
 * of forwarding it. The venue has accepted (and journaled) the order; the client never hears so.
 */
export class LossyProxy {
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();
  #armed: ((head: string) => boolean) | undefined;
  /** Status lines of every response the venue sent through the proxy, forwarded or cut. */
  readonly responses: string[] = [];
  cuts = 0;

  private constructor(server: net.Server) {
    this.#server = server;
  }

  static async start(target: () => number): Promise<LossyProxy> {
    const server = net.createServer();
    const proxy = new LossyProxy(server);
    server.on('connection', (client) => {
      const upstream = net.connect(target(), '127.0.0.1');
      proxy.#sockets.add(client).add(upstream);
      client.pipe(upstream);
      upstream.on('data', (chunk: Buffer) => {
        const text = chunk.toString('latin1');
        if (text.startsWith('HTTP/1.1')) proxy.responses.push(text.slice(0, text.indexOf('\r\n\r\n')));
        if (proxy.#armed && text.startsWith('HTTP/1.1') && proxy.#armed(text)) {
          proxy.#armed = undefined;
          proxy.cuts += 1;
          client.destroy();
          upstream.destroy();
          return;
        }
        client.write(chunk);
      });
      upstream.on('end', () => client.end());
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as net.AddressInfo).port}`;
  }

  /** Cut the connection at the next response whose head matches. */
  loseNextResponse(match: (head: string) => boolean): void {
    this.#armed = match;
  }

  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
