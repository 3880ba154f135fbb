/**
 * `new OpenVenue({ baseUrl, apiKey })`: the resources over the generated openapi-fetch client,
 * sharing one transport (signing, retries, timeouts, rate-limit state, clock offset).
 */
import { type ApiClient, createApiClient, createResources } from '../../generated/openapi/sdk.ts';
import { Caller } from './call.ts';
import { OrdersResource } from './orders.ts';
import type { RateLimitState } from './rate-limit.ts';
import {
  AccountResource,
  BalancesResource,
  ExecutionsResource,
  MarketsResource,
  PositionsResource,
  TimeResource,
} from './resources.ts';
import { type Credentials, createSigner, type Signer } from './signing.ts';
import { type FetchLike, Transport } from './transport.ts';
import { OpenVenueSocket } from './ws/socket.ts';
import type { SocketOptions } from './ws/types.ts';

export interface ClientOptions {
  /** The venue's origin, e.g. `http://localhost:8080` (the demo venue). */
  readonly baseUrl: string;
  /** HMAC `{ id, secret }` or Ed25519 `{ id, privateKey }`; omit for market data only. */
  readonly apiKey?: Credentials;
  /** Retries of a call that is safe to repeat (default 2). */
  readonly maxRetries?: number;
  /** Per-attempt timeout in ms (default 10,000). */
  readonly timeoutMs?: number;
  /** A 429 asking to wait longer than this (ms) is thrown instead of waited out (default 60,000). */
  readonly maxRetryAfterMs?: number;
  /** The fetch to use (default `globalThis.fetch`): tests, proxies, instrumentation. */
  readonly fetch?: FetchLike;
  /** Local clock in ms (default `Date.now`). */
  readonly now?: () => number;
  /** Jitter source (default `Math.random`). */
  readonly random?: () => number;
}

export class OpenVenue {
  readonly markets: MarketsResource;
  readonly orders: OrdersResource;
  readonly balances: BalancesResource;
  readonly positions: PositionsResource;
  readonly executions: ExecutionsResource;
  readonly account: AccountResource;
  readonly time: TimeResource;
  /** The typed openapi-fetch client itself, for anything the resources do not cover. */
  readonly api: ApiClient;
  readonly #transport: Transport;
  readonly #signer: Signer | undefined;
  readonly #baseUrl: string;
  readonly #now: () => number;

  constructor(options: ClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#now = options.now ?? Date.now;
    this.#signer = options.apiKey ? createSigner(options.apiKey) : undefined;
    const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    this.#transport = new Transport({
      fetch,
      signer: this.#signer,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 10_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      now: this.#now,
      random: options.random ?? Math.random,
    });
    this.api = createApiClient({ baseUrl: this.#baseUrl, fetch });
    const raw = createResources(this.api);
    const caller = new Caller(this.#transport);
    this.markets = new MarketsResource(raw.marketData, caller);
    this.orders = new OrdersResource(raw.orders, caller);
    this.balances = new BalancesResource(raw.account, caller);
    this.positions = new PositionsResource(raw.account, caller);
    this.executions = new ExecutionsResource(raw.account, caller);
    this.account = new AccountResource(raw.account, caller);
    this.time = new TimeResource(raw.system, caller);
  }

  /**
   * The latest rate-limit state reported by the venue: the bucket with the least weight left
   * among those the last responses named (`key`, `ip`, `orders`); undefined before any call.
   */
  get rateLimit(): RateLimitState | undefined {
    let lowest: RateLimitState | undefined;
    for (const state of this.#transport.rateLimits.values()) {
      if (!lowest || state.remaining < lowest.remaining) lowest = state;
    }
    return lowest;
  }

  /** Every bucket's latest state, by policy name. */
  get rateLimits(): ReadonlyMap<string, RateLimitState> {
    return this.#transport.rateLimits;
  }

  /** Venue clock minus local clock in ms, as corrected after `TIMESTAMP_OUT_OF_WINDOW` or `syncTime()`. */
  get clockOffsetMs(): number {
    return this.#transport.clockOffsetMs;
  }

  /** Measures the clock offset now with `GET /v1/time` (half the round trip as the delay). */
  async syncTime(): Promise<number> {
    const sent = this.#now();
    const { serverTime } = await this.time.get();
    const received = this.#now();
    this.#transport.clockOffsetMs = serverTime - (sent + received) / 2;
    return this.#transport.clockOffsetMs;
  }

  /** A WebSocket session at `<baseUrl>/v1/ws`, logged in with this client's key if it has one. */
  ws(options: SocketOptions = {}): OpenVenueSocket {
    return new OpenVenueSocket({
      url: `${this.#baseUrl.replace(/^http/, 'ws')}/v1/ws`,
      signer: this.#signer,
      serverNow: () => this.#transport.serverNow(),
      correctClock: (serverTime) => this.#transport.correctClock(serverTime),
      ...options,
    });
  }
}
