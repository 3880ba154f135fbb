/**
 * The REST client with an injected `fetch` (no server): signing of real requests, retries and
 * `Retry-After`, timeouts and aborts, the clock correction, typed errors, rate-limit state and
 * idempotent placement.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  ApiError,
  BadRequestError,
  ConflictError,
  InsufficientFundsError,
  InternalServerError,
  NotFoundError,
  OpenVenue,
  RateLimitError,
  ServiceUnavailableError,
} from '../../sdk/src/index.ts';

const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';
const T0 = 1767225600000;

interface Seen {
  method: string;
  target: string;
  headers: Headers;
  body: string;
}

type Reply = Response | Error | ((request: Request) => Promise<Response>);

/** A fetch that records every request and answers from a script, one reply per call. */
function scripted(...replies: Reply[]) {
  const seen: Seen[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      target: url.pathname + url.search,
      headers: request.headers,
      body: request.method === 'GET' ? '' : await request.clone().text(),
    });
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`unexpected request ${request.method} ${url.pathname}`);
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(request);
    return reply;
  };
  return { fetch, seen };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return json(status, {
    type: `https://docs.openvenue.dev/errors#${code}`,
    title: code,
    status,
    code,
    detail: `${code} happened`,
    requestId: 'req-1',
    ...extra,
  });
}

const order = {
  orderId: '1042',
  clientOrderId: 'my-order-1',
  market: 'BTC-USD',
  side: 'buy',
  type: 'limit',
  price: '50000.00',
  quantity: '0.0100',
  quoteQuantity: null,
  timeInForce: 'GTC',
  expireAt: null,
  postOnly: false,
  selfTradePrevention: 'cancelTaker',
  status: 'new',
  filledQuantity: '0.0000',
  filledQuoteQuantity: '0.00',
  averagePrice: null,
  cancelReason: null,
  rejectReason: null,
  createdAt: '2026-01-01T00:00:00.000000Z',
  updatedAt: '2026-01-01T00:00:00.000000Z',
} as const;

function client(
  fetch: (r: Request) => Promise<Response>,
  extra: Partial<ConstructorParameters<typeof OpenVenue>[0]> = {},
) {
  return new OpenVenue({
    baseUrl: 'https://venue.test/',
    apiKey: { id: 'key-1', secret: SECRET },
    fetch,
    now: () => T0,
    random: () => 0,
    ...extra,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

/** Only the timers are faked: WebCrypto and body streams still need real turns of the event loop. */
function fakeTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** Runs a call to completion, firing each back-off and timeout timer once the call waits on it. */
async function drive<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!done && vi.getTimerCount() > 0) vi.advanceTimersToNextTimer();
  }
  return promise;
}

describe('signing real requests', () => {
  it('the placement of the published vector carries its signature', async () => {
    const { fetch, seen } = scripted(json(201, order));
    const placed = await client(fetch).orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '50000.00',
      quantity: '0.0100',
      timeInForce: 'GTC',
      clientOrderId: 'my-order-1',
    });
    expect(placed).toEqual(order);
    const [request] = seen;
    expect(request?.target).toBe('/v1/orders');
    expect(request?.headers.get('X-API-Key')).toBe('key-1');
    expect(request?.headers.get('X-API-Timestamp')).toBe(String(T0));
    expect(request?.headers.get('X-API-Signature')).toBe('Lcnv/bFdSKm9YHrzot2Oy6bQt5+dmOfY12mscN79odw=');
  });

  it('a listing signs the query exactly as sent', async () => {
    const { fetch, seen } = scripted(json(200, { data: [order], nextCursor: null }));
    const page = await client(fetch).orders.list({ market: 'BTC-USD', limit: 50 }).firstPage();
    expect(page.data).toHaveLength(1);
    expect(seen[0]?.target).toBe('/v1/orders?market=BTC-USD&limit=50');
    expect(seen[0]?.headers.get('X-API-Signature')).toBe('0W/6SkOVy+ON+wp0ir6hSk7M3h7St9TrXj/krVduHcs=');
  });

  it('public market data is not signed', async () => {
    const { fetch, seen } = scripted(json(200, { serverTime: T0, timestamp: '2026-01-01T00:00:00.000000Z' }));
    expect((await client(fetch).time.get()).serverTime).toBe(T0);
    expect(seen[0]?.headers.get('X-API-Signature')).toBeNull();
  });

  it('sends the caller request id', async () => {
    const { fetch, seen } = scripted(json(200, { data: [] }));
    await client(fetch).balances.list({ requestId: 'mine-1' }).toArray();
    expect(seen[0]?.headers.get('X-Request-Id')).toBe('mine-1');
  });
});

describe('idempotent placement', () => {
  it('generates a clientOrderId and resends it identically, freshly signed, after a lost answer', async () => {
    let now = T0;
    const { fetch, seen } = scripted(
      new TypeError('socket hang up'),
      json(200, order, { 'Idempotent-Replayed': 'true' }),
    );
    fakeTimers();
    const placing = client(fetch, { now: () => now++ }).orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '50000.00',
      quantity: '0.0100',
    });
    expect(await drive(placing)).toEqual(order);
    expect(seen).toHaveLength(2);
    const first = JSON.parse(seen[0]?.body ?? '{}');
    expect(first.clientOrderId).toMatch(/^[A-Za-z0-9_-]{1,36}$/);
    expect(seen[1]?.body).toBe(seen[0]?.body);
    expect(seen[1]?.headers.get('X-API-Signature')).not.toBe(seen[0]?.headers.get('X-API-Signature'));
  });

  it('after every attempt failed, resolves the outcome by clientOrderId', async () => {
    const lost = () => new TypeError('connection reset');
    const { fetch, seen } = scripted(lost(), lost(), lost(), json(200, { ...order, clientOrderId: 'c-1' }));
    fakeTimers();
    const placing = client(fetch).orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '50000.00',
      quantity: '0.0100',
      clientOrderId: 'c-1',
    });
    expect((await drive(placing)).orderId).toBe('1042');
    expect(seen.map((s) => `${s.method} ${s.target}`)).toEqual([
      'POST /v1/orders',
      'POST /v1/orders',
      'POST /v1/orders',
      'GET /v1/orders/by-client-id/c-1',
    ]);
  });

  it('when the lookup finds nothing, throws the connection error with the clientOrderId', async () => {
    const { fetch } = scripted(new TypeError('down'), problem(404, 'ORDER_NOT_FOUND'));
    const placing = client(fetch, { maxRetries: 0 }).orders.place({
      market: 'BTC-USD',
      side: 'sell',
      type: 'market',
      quantity: '0.0100',
      clientOrderId: 'c-2',
    });
    const error = await placing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).clientOrderId).toBe('c-2');
  });

  it('a trading rejection is thrown as is, never looked up', async () => {
    const { fetch, seen } = scripted(problem(400, 'INSUFFICIENT_FUNDS'));
    const error = await client(fetch)
      .orders.place({ market: 'BTC-USD', side: 'buy', type: 'limit', price: '1.00', quantity: '1.0000' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientFundsError);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(seen).toHaveLength(1);
  });

  it('a batch gives every order its own clientOrderId', async () => {
    const { fetch, seen } = scripted(json(201, { data: [order, order] }));
    const results = await client(fetch).orders.placeBatch([
      { market: 'BTC-USD', side: 'buy', type: 'limit', price: '1.00', quantity: '1.0000' },
      {
        market: 'BTC-USD',
        side: 'buy',
        type: 'limit',
        price: '2.00',
        quantity: '1.0000',
        clientOrderId: 'mine',
      },
    ]);
    expect(results).toHaveLength(2);
    const ids = JSON.parse(seen[0]?.body ?? '{}').orders.map(
      (o: { clientOrderId: string }) => o.clientOrderId,
    );
    expect(ids[0]).toMatch(/^ov-[0-9a-f]{32}$/);
    expect(ids[1]).toBe('mine');
  });
});

describe('retries', () => {
  it('retries 503 with backoff, then answers', async () => {
    const { fetch, seen } = scripted(problem(503, 'SERVICE_UNAVAILABLE'), json(200, { data: [] }));
    fakeTimers();
    const listing = client(fetch).markets.list().toArray();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(1);
    // First retry waits 500 ms (random() = 0 pins the jitter).
    await vi.advanceTimersByTimeAsync(499);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await listing).toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    const { fetch, seen } = scripted(
      json(429, { code: 'RATE_LIMITED', status: 429, retryAfter: 3 }, { 'Retry-After': '3' }),
      json(200, { data: [] }),
    );
    fakeTimers();
    const listing = client(fetch).markets.list().toArray();
    await vi.advanceTimersByTimeAsync(2999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await listing).toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it('gives up after maxRetries with the typed error', async () => {
    const { fetch, seen } = scripted(
      json(429, { code: 'RATE_LIMITED', status: 429 }, { 'Retry-After': '1' }),
      json(429, { code: 'RATE_LIMITED', status: 429, requestId: 'r-9' }, { 'Retry-After': '7' }),
    );
    fakeTimers();
    const listing = client(fetch, { maxRetries: 1 })
      .balances.list()
      .toArray()
      .catch((e: unknown) => e);
    const error = await drive(listing);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(7);
    expect((error as RateLimitError).requestId).toBe('r-9');
    expect(seen).toHaveLength(2);
  });

  it('throws a 429 whose Retry-After exceeds maxRetryAfterMs at once', async () => {
    const { fetch, seen } = scripted(
      json(429, { code: 'RATE_LIMITED', status: 429 }, { 'Retry-After': '120' }),
    );
    const error = await client(fetch, { maxRetryAfterMs: 10_000 })
      .account.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(seen).toHaveLength(1);
  });

  it('never retries an amend', async () => {
    const { fetch, seen } = scripted(problem(503, 'SERVICE_UNAVAILABLE'));
    const error = await client(fetch)
      .orders.amend('1042', { price: '1.00' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);
  });

  it('retries a network error on a read', async () => {
    const { fetch, seen } = scripted(new TypeError('fetch failed'), json(200, order));
    fakeTimers();
    const getting = client(fetch).orders.get('1042');
    expect(await drive(getting)).toEqual(order);
    expect(seen).toHaveLength(2);
  });
});

describe('timeouts and aborts', () => {
  /** A fetch that answers only when aborted, like a stalled connection. */
  const stalled = (request: Request) =>
    new Promise<Response>((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });

  it('an attempt that exceeds timeoutMs is an APITimeoutError', async () => {
    const { fetch, seen } = scripted(stalled, stalled);
    fakeTimers();
    const getting = client(fetch, { timeoutMs: 1000, maxRetries: 1 })
      .orders.get('1042')
      .catch((e: unknown) => e);
    const error = await drive(getting);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(seen).toHaveLength(2);
  });

  it('the per-call timeout overrides the client one', async () => {
    const { fetch } = scripted(stalled);
    fakeTimers();
    const getting = client(fetch, { timeoutMs: 60_000 })
      .markets.get('BTC-USD', { timeoutMs: 50, maxRetries: 0 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(await getting).toBeInstanceOf(APITimeoutError);
  });

  it('the caller signal aborts the call and its retries', async () => {
    const { fetch, seen } = scripted(stalled);
    const controller = new AbortController();
    const getting = client(fetch)
      .orders.get('1042', { signal: controller.signal })
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect(await getting).toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(1);
  });
});

describe('clock correction', () => {
  it('corrects the offset once after TIMESTAMP_OUT_OF_WINDOW and signs again', async () => {
    const serverTime = T0 + 60_000;
    const { fetch, seen } = scripted(
      problem(401, 'TIMESTAMP_OUT_OF_WINDOW', { serverTime }),
      json(200, order),
    );
    const ov = client(fetch, { maxRetries: 0 });
    expect(await ov.orders.amend('1042', { quantity: '0.0200' })).toEqual(order);
    expect(seen.map((s) => s.headers.get('X-API-Timestamp'))).toEqual([String(T0), String(serverTime)]);
    expect(ov.clockOffsetMs).toBe(60_000);
  });

  it('does not loop when the venue keeps refusing the timestamp', async () => {
    const { fetch, seen } = scripted(
      problem(401, 'TIMESTAMP_OUT_OF_WINDOW', { serverTime: T0 + 60_000 }),
      problem(401, 'TIMESTAMP_OUT_OF_WINDOW', { serverTime: T0 + 120_000 }),
    );
    const error = await client(fetch)
      .account.get()
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('TIMESTAMP_OUT_OF_WINDOW');
    expect((error as ApiError).serverTime).toBe(T0 + 120_000);
    expect(seen).toHaveLength(2);
  });
});

describe('typed errors', () => {
  it.each([
    [problem(404, 'ORDER_NOT_FOUND'), NotFoundError, 'OrderNotFoundError'],
    [problem(409, 'DUPLICATE_CLIENT_ORDER_ID'), ConflictError, 'DuplicateClientOrderIdError'],
    [
      problem(400, 'VALIDATION_FAILED', { errors: [{ path: '/price', message: 'bad' }] }),
      BadRequestError,
      'ValidationError',
    ],
    [problem(403, 'INSUFFICIENT_SCOPE'), ApiError, 'PermissionDeniedError'],
    [json(418, { code: 'SOMETHING_NEW', status: 418 }), ApiError, 'ApiError'],
    [new Response('<html>bad gateway</html>', { status: 502 }), InternalServerError, 'InternalServerError'],
  ])('maps %#', async (response, Base, name) => {
    const { fetch } = scripted(response);
    const error = await client(fetch, { maxRetries: 0 })
      .orders.cancel('1042')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Base);
    expect((error as Error).name).toBe(name);
    expect((error as ApiError).status).toBe(response.status);
  });

  it('carries code, status, requestId and the schema errors', async () => {
    const { fetch } = scripted(
      problem(400, 'VALIDATION_FAILED', { errors: [{ path: '/price', message: 'bad' }] }),
    );
    const error = (await client(fetch)
      .orders.cancelByClientOrderId('x')
      .catch((e: unknown) => e)) as ApiError;
    expect([error.code, error.status, error.requestId]).toEqual(['VALIDATION_FAILED', 400, 'req-1']);
    expect(error.errors).toEqual([{ path: '/price', message: 'bad' }]);
  });
});

describe('rate-limit state', () => {
  it('exposes every bucket of the last responses, lowest first', async () => {
    const { fetch } = scripted(
      json(201, order, {
        'RateLimit-Policy': '"key";q=1200;w=60, "orders";q=50;w=1',
        RateLimit: '"key";r=1187;t=42, "orders";r=49;t=1',
      }),
    );
    const ov = client(fetch);
    expect(ov.rateLimit).toBeUndefined();
    await ov.orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '1.00',
      quantity: '1.0000',
    });
    expect(ov.rateLimit).toMatchObject({
      policy: 'orders',
      limit: 50,
      windowSeconds: 1,
      remaining: 49,
      resetSeconds: 1,
    });
    expect(ov.rateLimits.get('key')).toMatchObject({ limit: 1200, remaining: 1187, resetSeconds: 42 });
  });
});

describe('pagination', () => {
  it('walks every page by cursor, lazily', async () => {
    const fill = (id: string) => ({ executionId: id });
    const { fetch, seen } = scripted(
      json(200, { data: [fill('5'), fill('4')], nextCursor: 'c1' }),
      json(200, { data: [fill('3'), fill('2')], nextCursor: 'c2' }),
      json(200, { data: [fill('1')], nextCursor: null }),
    );
    const list = client(fetch).executions.list({ market: 'BTC-USD', limit: 2 });
    const ids: string[] = [];
    for await (const execution of list) {
      ids.push(execution.executionId);
      if (ids.length === 1) expect(seen).toHaveLength(1);
    }
    expect(ids).toEqual(['5', '4', '3', '2', '1']);
    expect(seen.map((s) => s.target)).toEqual([
      '/v1/executions?market=BTC-USD&limit=2',
      '/v1/executions?market=BTC-USD&limit=2&cursor=c1',
      '/v1/executions?market=BTC-USD&limit=2&cursor=c2',
    ]);
  });

  it('stops fetching when the loop breaks', async () => {
    const { fetch, seen } = scripted(
      json(200, { data: [{ tradeId: '9' }, { tradeId: '8' }], nextCursor: 'c1' }),
    );
    for await (const trade of client(fetch).markets.trades('BTC-USD')) {
      expect(trade.tradeId).toBe('9');
      break;
    }
    expect(seen).toHaveLength(1);
  });
});
