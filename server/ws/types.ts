/**
 * What the WebSocket gateway needs from the rest of the server, and what it gives back. Every
 * dependency is the narrowest structural slice the gateway uses, so the composition root passes
 * its real objects (Venue, Authenticator, the shared rate-limit buckets, Metrics, the pino logger)
 * and tests can pass the same real objects without building a whole server.
 */
import type { Authenticator } from '../auth/authenticate.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import type { DeadMansSwitch } from '../dead-mans-switch.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Venue } from '../venue.ts';

/** The venue calls the gateway makes: commands in, durable events out, live queries. */
export type WsVenue = Pick<Venue, 'submit' | 'submitWithCallback' | 'subscribe' | 'engine' | 'now' | 'key'>;

/** One GCRA bucket family (per key, per IP, ...). */
export type WsBucket = Pick<RateLimiter, 'check'>;

/**
 * The buckets shared with REST, so a client cannot double its budget by splitting its traffic:
 * `ip` before login, `key` after it; `orders` (optional) is the per-key order-entry throttle REST
 * also charges for placeOrder and amendOrder.
 */
export interface WsRateLimits {
  readonly ip: WsBucket;
  readonly key: WsBucket;
  readonly orders?: WsBucket;
}

export type WsMetrics = Pick<
  Metrics,
  'wsConnectionOpened' | 'wsConnectionClosed' | 'recordWsMessage' | 'rateLimited' | 'authFailures'
>;

/** The pino methods the gateway logs with (object first, message second). */
export interface WsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** Timings and limits; the defaults are the contract's values, tests shorten the timers. */
export interface WsOptions {
  /** The one endpoint (default `/v1/ws`). */
  readonly path?: string;
  /** Protocol ping interval; a peer that has not answered by the next ping is terminated (15 s). */
  readonly pingIntervalMs?: number;
  /** Close 4001 when neither a login nor a subscription succeeded this long after opening (30 s). */
  readonly loginTimeoutMs?: number;
  /** Close 4000 when more than this many bytes wait to be written (4 MiB). */
  readonly maxBufferedBytes?: number;
  /** Close 4002 beyond this many client messages within one second (100). */
  readonly maxMessagesPerSecond?: number;
  /** Largest inbound message (64 KiB); larger closes 1009. */
  readonly maxPayload?: number;
  /** Shortest interval between two ticker messages of one market (1 s). */
  readonly tickerIntervalMs?: number;
  /** Wall clock in ms (login timestamp window, rate-limit buckets); default Date.now. */
  readonly nowMs?: () => number;
}

export interface WsDeps {
  readonly venue: WsVenue;
  readonly authenticator: Pick<Authenticator, 'authenticateWsLogin'>;
  readonly rateLimiter: WsRateLimits;
  /**
   * The shared dead man's switch, armed by the `setCancelAllAfter` operation (since contract
   * 1.1.0) exactly as REST arms it; its cancellations reach WebSocket clients on the `orders`
   * stream with `cancelReason` `cancelAllAfter` like any other venue event. Without it the
   * operation answers SERVICE_UNAVAILABLE.
   */
  readonly deadMansSwitch?: Pick<DeadMansSwitch, 'arm' | 'status'>;
  readonly logger: WsLogger;
  readonly metrics: WsMetrics;
  readonly options?: WsOptions;
}

export interface WsGateway {
  /**
   * Cancels the orders of cancel-on-disconnect sessions, closes every socket with 1001
   * GOING_AWAY, stops the timers and detaches from the HTTP server and the venue.
   */
  close(): Promise<void>;
  /** Open WebSocket connections right now. */
  readonly connectionCount: number;
}
