/**
 * The one place an HTTP exchange happens. openapi-fetch builds the typed `Request`; this signs it
 * afresh for every attempt (the venue accepts a signature once), applies the per-attempt timeout
 * and the caller's AbortSignal, retries what is safe to repeat, records the rate-limit headers and
 * corrects the clock offset once after `TIMESTAMP_OUT_OF_WINDOW`.
 */
import { APIConnectionError, APITimeoutError, APIUserAbortError, parseRetryAfter } from './errors.ts';
import { parseRateLimits, type RateLimitState } from './rate-limit.ts';
import { type Signer, signRequest } from './signing.ts';

export type FetchLike = (input: Request) => Promise<Response>;

export interface TransportOptions {
  readonly fetch: FetchLike;
  readonly signer: Signer | undefined;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  /** Longest `Retry-After` worth waiting for inside a call; beyond it the 429 is thrown. */
  readonly maxRetryAfterMs: number;
  /** Local clock in ms; tests pin it. */
  readonly now: () => number;
  readonly random: () => number;
}

/** What one call may do; the resources decide `retry` per operation. */
export interface CallPolicy {
  /** The request may be sent again without risk of a second effect. */
  readonly retry: boolean;
  /** Sign it (private endpoints). */
  readonly signed: boolean;
  readonly timeoutMs?: number | undefined;
  readonly maxRetries?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8000;

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError({ cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class Transport {
  readonly #options: TransportOptions;
  readonly #rateLimits = new Map<string, RateLimitState>();
  #offsetMs = 0;

  constructor(options: TransportOptions) {
    this.#options = options;
  }

  /** Server clock minus local clock, ms, as last corrected. */
  get clockOffsetMs(): number {
    return this.#offsetMs;
  }

  set clockOffsetMs(value: number) {
    this.#offsetMs = value;
  }

  /** Takes the offset from a server time the venue just reported (a TIMESTAMP_OUT_OF_WINDOW problem). */
  correctClock(serverTime: number): void {
    this.#offsetMs = serverTime - this.#options.now();
  }

  /** The venue's clock as this client estimates it, ms. */
  serverNow(): number {
    return Math.round(this.#options.now() + this.#offsetMs);
  }

  get rateLimits(): ReadonlyMap<string, RateLimitState> {
    return this.#rateLimits;
  }

  /** Exponential backoff with jitter (openai-node's schedule: 0.5 s doubling to 8 s, minus up to 25%). */
  backoffMs(retry: number): number {
    const delay = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retry, MAX_RETRY_DELAY_MS);
    return delay * (1 - this.#options.random() * 0.25);
  }

  async send(request: Request, policy: CallPolicy): Promise<Response> {
    const maxRetries = policy.maxRetries ?? this.#options.maxRetries;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const body = hasBody ? await request.text() : '';
    const url = new URL(request.url);
    const target = url.pathname + url.search;
    let retries = 0;
    let clockCorrected = false;
    for (;;) {
      const headers = new Headers(request.headers);
      if (policy.signed && this.#options.signer) {
        const auth = await signRequest(this.#options.signer, this.serverNow(), request.method, target, body);
        for (const [name, value] of Object.entries(auth)) headers.set(name, value);
      }
      const init: RequestInit = { method: request.method, headers };
      if (body !== '') init.body = body;
      let response: Response;
      try {
        response = await this.#attempt(new Request(url, init), policy);
      } catch (error) {
        if (error instanceof APIConnectionError && policy.retry && retries < maxRetries) {
          await sleep(this.backoffMs(retries), policy.signal);
          retries += 1;
          continue;
        }
        throw error;
      }
      for (const state of parseRateLimits(response.headers, this.#options.now())) {
        this.#rateLimits.set(state.policy, state);
      }
      if (response.status === 401 && policy.signed && !clockCorrected) {
        const serverTime = await this.#outOfWindowServerTime(response);
        if (serverTime !== undefined) {
          // A rejected timestamp means nothing was executed, so any request may be signed again.
          this.correctClock(serverTime);
          clockCorrected = true;
          continue;
        }
      }
      if ((response.status === 429 || response.status === 503) && policy.retry && retries < maxRetries) {
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), this.#options.now());
        const delay = retryAfter === undefined ? this.backoffMs(retries) : retryAfter * 1000;
        if (delay <= this.#options.maxRetryAfterMs) {
          await sleep(delay, policy.signal);
          retries += 1;
          continue;
        }
      }
      return response;
    }
  }

  /** One exchange, body included, under the timeout, so a stalled body is a timeout too. */
  async #attempt(request: Request, policy: CallPolicy): Promise<Response> {
    const timeoutMs = policy.timeoutMs ?? this.#options.timeoutMs;
    const controller = new AbortController();
    const user = policy.signal;
    if (user?.aborted) throw new APIUserAbortError({ cause: user.reason });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    user?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.#options.fetch(new Request(request, { signal: controller.signal }));
      const bytes = await response.arrayBuffer();
      const empty = bytes.byteLength === 0 || response.status === 204 || response.status === 304;
      return new Response(empty ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (user?.aborted) throw new APIUserAbortError({ cause: user.reason });
      if (timedOut) throw new APITimeoutError(timeoutMs);
      throw new APIConnectionError(error instanceof Error ? error.message : 'connection error', {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      user?.removeEventListener('abort', onAbort);
    }
  }

  async #outOfWindowServerTime(response: Response): Promise<number | undefined> {
    try {
      const problem = (await response.clone().json()) as { code?: unknown; serverTime?: unknown };
      return problem.code === 'TIMESTAMP_OUT_OF_WINDOW' && typeof problem.serverTime === 'number'
        ? problem.serverTime
        : undefined;
    } catch {
      return undefined;
    }
  }
}
