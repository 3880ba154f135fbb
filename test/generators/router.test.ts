import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '../fixtures/contracts/out/basic/openapi/router.ts';
import { routes } from '../fixtures/contracts/out/basic/openapi/routes.ts';
import { basePath, createApiClient, createResources } from '../fixtures/contracts/out/basic/openapi/sdk.ts';
import { createStubHandlers } from '../fixtures/contracts/out/basic/openapi/stub.ts';
import { notFoundHandler } from '../fixtures/contracts/out/basic/runtime/http.ts';

type Auth = { keyId: string };

const seen: unknown[] = [];
const errors: unknown[] = [];
const handlers: Handlers<Auth> = {
  getMarket: ({ path }) =>
    path.market === 'BTC-USD'
      ? { status: 200, body: { symbol: 'BTC-USD', tickSize: '0.01', status: 'open' } }
      : { problem: { status: 404, code: 'MARKET_NOT_FOUND', detail: `no market ${path.market}` } },
  listOrders: (input) => {
    seen.push(input);
    return { status: 200, body: { data: [], nextCursor: null } };
  },
  placeOrder: ({ body, header }, ctx) => {
    seen.push({ body, header, auth: ctx.auth, raw: ctx.rawBody.toString('utf8') });
    if (body.quantity === '999') {
      // Off contract on purpose: response validation must catch it.
      return { status: 201, body: { orderId: 1 } as never };
    }
    return {
      status: 201,
      headers: { 'Idempotent-Replayed': 'true' },
      body: {
        orderId: '1',
        market: body.market,
        side: body.side,
        status: 'new',
        quantity: body.quantity,
        filledQuantity: '0.0000',
        createdAt: '2026-11-21T12:00:00.123456Z',
      },
    };
  },
};

let base = '';
let stubBase = '';
const servers: { close(): void }[] = [];

function listen(app: express.Express): Promise<string> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
    servers.push(server);
  });
}

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.requestId = 'req-1';
    next();
  });
  app.use(
    createRouter(handlers, {
      validateResponses: true,
      onError: (error) => errors.push(error),
      authenticate: (req) =>
        req.headers['x-api-key'] === 'good'
          ? { auth: { keyId: 'good' } }
          : { problem: { status: 401, code: 'MISSING_CREDENTIALS' } },
    }),
  );
  app.use(notFoundHandler());
  base = await listen(app);
  const stub = express();
  stub.use(createRouter(createStubHandlers()));
  stubBase = await listen(stub);
});

afterAll(() => {
  for (const server of servers) server.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/v1/orders`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-api-key': 'good', ...headers },
  });

describe('generated router (fixture contract, real HTTP)', () => {
  it('mounts every manifest route at the server base path', () => {
    expect(routes.map((r) => `${r.method.toUpperCase()} ${r.expressPath}`)).toEqual([
      'GET /v1/markets/:market',
      'GET /v1/orders',
      'POST /v1/orders',
    ]);
  });

  it('validates the path and answers the typed result', async () => {
    const ok = await fetch(`${base}/v1/markets/BTC-USD`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ symbol: 'BTC-USD', tickSize: '0.01', status: 'open' });
    const bad = await fetch(`${base}/v1/markets/btc`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await bad.json();
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-1' });
    expect(problem.errors).toEqual([
      { path: 'path.market', message: 'must match pattern "^[A-Z]+-[A-Z]+$"' },
    ]);
    expect(problem.detail).toBe('The request does not match the contract: one problem.');
  });

  it('turns a handler problem into an RFC 9457 body', async () => {
    const res = await fetch(`${base}/v1/markets/DOGE-USD`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      type: 'https://openvenue.dev/errors/MARKET_NOT_FOUND',
      title: 'Market not found',
      status: 404,
      code: 'MARKET_NOT_FOUND',
      detail: 'no market DOGE-USD',
      requestId: 'req-1',
    });
  });

  it('coerces query strings to the declared types and fills in defaults before validating', async () => {
    seen.length = 0;
    expect(
      (await fetch(`${base}/v1/orders?limit=50&status=all`, { headers: { 'x-api-key': 'good' } })).status,
    ).toBe(200);
    expect(seen).toEqual([{ query: { limit: 50, status: 'all' } }]);
    seen.length = 0;
    await fetch(`${base}/v1/orders`, { headers: { 'x-api-key': 'good' } });
    expect(seen).toEqual([{ query: { limit: 100, status: 'open' } }]);
    const res = await fetch(`${base}/v1/orders?limit=0&status=maybe`, { headers: { 'x-api-key': 'good' } });
    expect(res.status).toBe(400);
    const { errors: issues } = await res.json();
    expect(issues.map((e: { path: string }) => e.path).sort()).toEqual(['query.limit', 'query.status']);
  });

  it('authenticates only operations with security, with the raw body in hand', async () => {
    expect((await fetch(`${base}/v1/orders`)).status).toBe(401);
    seen.length = 0;
    const body = '{"market":"BTC-USD","side":"buy","type":"limit","quantity":"0.0100"}';
    const res = await post(body, { 'x-request-id': 'abc' });
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(seen).toEqual([
      {
        body: JSON.parse(body),
        header: { 'X-Request-Id': 'abc' },
        auth: { keyId: 'good' },
        raw: body,
      },
    ]);
  });

  it('reports every body problem with a JSON pointer', async () => {
    const res = await post('{"market":"BTC-USD","side":"hold","type":"limit","price":50000,"extra":1}');
    expect(res.status).toBe(400);
    const { code, errors: issues } = await res.json();
    expect(code).toBe('VALIDATION_FAILED');
    expect(issues.map((e: { path: string }) => e.path).sort()).toEqual([
      '/extra',
      '/price',
      '/quantity',
      '/side',
    ]);
    const header = await post('{"market":"BTC-USD","side":"buy","type":"limit","quantity":"1"}', {
      'x-request-id': 'x'.repeat(65),
    });
    expect((await header.json()).errors).toEqual([
      { path: 'header.X-Request-Id', message: 'must NOT have more than 64 characters' },
    ]);
  });

  it('answers MALFORMED_JSON, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, NOT_FOUND and METHOD_NOT_ALLOWED', async () => {
    expect((await (await post('{"market":')).json()).code).toBe('MALFORMED_JSON');
    const wrongType = await post('market=BTC-USD', { 'content-type': 'application/x-www-form-urlencoded' });
    expect([wrongType.status, (await wrongType.json()).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const big = await post(JSON.stringify({ market: 'x'.repeat(70_000) }));
    expect([big.status, (await big.json()).code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const unknown = await fetch(`${base}/v1/nowhere`);
    expect([unknown.status, (await unknown.json()).code]).toEqual([404, 'NOT_FOUND']);
    const res = await fetch(`${base}/v1/orders`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect((await res.json()).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('catches an off-contract handler result when response validation is on', async () => {
    errors.length = 0;
    const res = await post('{"market":"BTC-USD","side":"buy","type":"limit","quantity":"999"}');
    expect(res.status).toBe(500);
    expect((await res.json()).code).toBe('INTERNAL_ERROR');
    expect(String(errors[0])).toMatch(/placeOrder answered 201 off contract/);
  });

  it('serves the generated stub: every operation answers 501 with a problem', async () => {
    for (const [method, url] of [
      ['GET', '/v1/markets/BTC-USD'],
      ['GET', '/v1/orders'],
      ['POST', '/v1/orders'],
    ] as const) {
      const res = await fetch(`${stubBase}${url}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST'
          ? { body: '{"market":"BTC-USD","side":"buy","type":"market","quantity":"1"}' }
          : {}),
      });
      expect(res.status).toBe(501);
      expect((await res.json()).code).toBe('NOT_IMPLEMENTED');
    }
  });

  it('is reachable through the generated SDK surface (openapi-fetch), typed both ways', async () => {
    const venue = createResources(
      createApiClient({ baseUrl: `${base}${basePath}`, headers: { 'x-api-key': 'good' } }),
    );
    const market = await venue.marketData.getMarket({ params: { path: { market: 'BTC-USD' } } });
    expect(market.data?.tickSize).toBe('0.01');
    const missing = await venue.marketData.getMarket({ params: { path: { market: 'DOGE-USD' } } });
    expect([missing.response.status, missing.error?.code]).toEqual([404, 'MARKET_NOT_FOUND']);
    const placed = await venue.orders.placeOrder({
      body: { market: 'ETH-USD', side: 'sell', type: 'market', quantity: '0.100' },
    });
    expect(placed.data).toMatchObject({ orderId: '1', market: 'ETH-USD', side: 'sell' });
    const page = await venue.orders.listOrders({ params: { query: { limit: 5 } } });
    expect(page.data).toEqual({ data: [], nextCursor: null });
  });
});
