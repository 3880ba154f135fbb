/**
 * Glue between the generated openapi-fetch resource functions and the transport: each call gets a
 * per-request `fetch` that carries its policy (signing, retry, timeout, signal), and its result
 * is unwrapped into the resource itself or a typed `ApiError`.
 */
import { errorFromProblem } from './errors.ts';
import type { CallPolicy, Transport } from './transport.ts';

/** Per-call options every method accepts as its last argument. */
export interface RequestOptions {
  /** Abort the call (including its retries and back-off waits). */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in ms (default: the client's `timeoutMs`). */
  readonly timeoutMs?: number;
  /** Retries for this call (default: the client's `maxRetries`). */
  readonly maxRetries?: number;
  /** Sent as `X-Request-Id`, echoed by the venue in its answer, problems and logs. */
  readonly requestId?: string;
}

/** What openapi-fetch accepts per request that the SDK sets. */
export interface CallInit {
  fetch: (input: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

type Outcome<T> = { data?: T; error?: unknown; response: Response };

export class Caller {
  constructor(private readonly transport: Transport) {}

  async call<T>(
    run: (init: CallInit) => Promise<Outcome<T>>,
    policy: Pick<CallPolicy, 'retry' | 'signed'>,
    options: RequestOptions = {},
  ): Promise<T> {
    const full: CallPolicy = {
      ...policy,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
    };
    const init: CallInit = { fetch: (request) => this.transport.send(request, full) };
    if (options.requestId !== undefined) init.headers = { 'X-Request-Id': options.requestId };
    const { data, error, response } = await run(init);
    if (!response.ok) throw errorFromProblem(response.status, error, response.headers);
    return data as T;
  }
}
