/**
 * What an old client does, written only against a generated client: place (limit and market),
 * amend, cancel by orderId and by clientOrderId, cancel all, list orders and executions page by
 * page, balances, and a WebSocket session (subscribe to the book, log in, subscribe to orders,
 * place and cancel over the socket, receive the replies and the stream messages).
 *
 * This file imports the CURRENT generated client (`../../generated/`), so the repo's typecheck
 * covers it; the old-client suite copies it next to each release's generated client and rewrites
 * those imports, then type-checks and runs the copy. So it may import only the generated client,
 * npm packages and Node built-ins: nothing else in the repo.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { WebSocket } from 'ws';
import { createWsClient, type WsClient } from '../../generated/asyncapi/client.ts';
import type { ServerEvents } from '../../generated/asyncapi/messages.ts';
import { createApiClient, createResources } from '../../generated/openapi/sdk.ts';

export interface ScenarioKey {
  readonly id: string;
  readonly secret: string;
}

export interface ScenarioEnv {
  /** `http://host:port` of the venue. */
  readonly baseUrl: string;
  /** The trader whose orders the scenario follows, and a counterparty that provides liquidity. */
  readonly trader: ScenarioKey;
  readonly counterparty: ScenarioKey;
  /** Sees every REST response (the suite validates them against the release). */
  readonly observe: Middleware;
  /** Every WebSocket frame received, raw. */
  readonly onFrame: (frame: string) => void;
  /** A frame the generated client could not match to a request or event, or found off contract. */
  readonly onUnexpected: (message: unknown, reason: string) => void;
  /** Unique per run: the prefix of every clientOrderId. */
  readonly tag: string;
}

/** What the scenario saw, for the suite's own assertions. */
export interface ScenarioResult {
  readonly restCalls: number;
  readonly orderPages: number;
  readonly executionPages: number;
  readonly wsReplies: string[];
  readonly wsEvents: string[];
}

/** The signature the contract documents: HMAC-SHA256 over `timestamp \n METHOD \n target \n body`. */
function signer(key: ScenarioKey): Middleware {
  return {
    async onRequest({ request }) {
      const timestamp = String(Date.now());
      const url = new URL(request.url);
      const body = request.body === null ? '' : await request.clone().text();
      const prehash = `${timestamp}\n${request.method}\n${url.pathname}${url.search}\n${body}`;
      request.headers.set('X-API-Key', key.id);
      request.headers.set('X-API-Timestamp', timestamp);
      request.headers.set(
        'X-API-Signature',
        createHmac('sha256', key.secret).update(prehash).digest('base64'),
      );
      return request;
    },
  };
}

function restClient(env: ScenarioEnv, key: ScenarioKey) {
  const client = createApiClient({ baseUrl: env.baseUrl });
  client.use(signer(key), env.observe);
  return createResources(client);
}

/** Unwraps an openapi-fetch result, failing the scenario on an error answer. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  assert.equal(result.error, undefined, `${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function restScenario(env: ScenarioEnv) {
  const api = restClient(env, env.trader);
  const other = restClient(env, env.counterparty);
  let restCalls = 0;
  const call = <T>(what: string, result: Promise<{ data?: T; error?: unknown; response: Response }>) =>
    result.then((r) => {
      restCalls += 1;
      return ok(r, what);
    });

  const limit = {
    market: 'BTC-USD',
    side: 'buy',
    type: 'limit',
    price: '40000.00',
    quantity: '0.0100',
    timeInForce: 'GTC',
    clientOrderId: `${env.tag}-limit-1`,
  } as const;
  const placed = await call('place limit', api.orders.placeOrder({ body: limit }));
  assert.equal(placed.status, 'new');
  assert.equal(placed.clientOrderId, limit.clientOrderId);

  const amended = await call(
    'amend',
    api.orders.amendOrder({ params: { path: { orderId: placed.orderId } }, body: { price: '39999.00' } }),
  );
  assert.equal(amended.price, '39999.00');
  const canceled = await call(
    'cancel by orderId',
    api.orders.cancelOrder({ params: { path: { orderId: placed.orderId } } }),
  );
  assert.equal(canceled.status, 'canceled');

  const second = await call(
    'place limit 2',
    api.orders.placeOrder({ body: { ...limit, price: '39000.00', clientOrderId: `${env.tag}-limit-2` } }),
  );
  const byClientId = await call(
    'cancel by clientOrderId',
    api.orders.cancelOrderByClientOrderId({ params: { path: { clientOrderId: `${env.tag}-limit-2` } } }),
  );
  assert.equal(byClientId.orderId, second.orderId);
  assert.equal(byClientId.status, 'canceled');

  // Liquidity from the counterparty, taken by two market orders: two fills for the trader.
  await call(
    'counterparty ask',
    other.orders.placeOrder({
      body: { market: 'BTC-USD', side: 'sell', type: 'limit', price: '50000.00', quantity: '0.0100' },
    }),
  );
  for (const n of [1, 2]) {
    const market = await call(
      `market buy ${n}`,
      api.orders.placeOrder({
        body: {
          market: 'BTC-USD',
          side: 'buy',
          type: 'market',
          quantity: '0.0020',
          clientOrderId: `${env.tag}-market-${n}`,
        },
      }),
    );
    assert.equal(market.status, 'filled');
    // The average may carry more decimals than the tick; its value is what matters.
    assert.equal(Number(market.averagePrice), 50000);
  }

  const { clientOrderId: _, ...anonymous } = limit;
  for (const price of ['38000.00', '37000.00']) {
    await call('place to cancel all', api.orders.placeOrder({ body: { ...anonymous, price } }));
  }
  const all = await call(
    'cancel all',
    api.orders.cancelAllOrders({ params: { query: { market: 'BTC-USD' } } }),
  );
  assert.equal(all.data.length, 2);

  // Paging: one item per page until nextCursor is null.
  const orderIds: string[] = [];
  let cursor: string | undefined;
  let orderPages = 0;
  do {
    const page: { data: { orderId: string }[]; nextCursor: string | null } = await call(
      'list orders',
      api.orders.listOrders({ params: { query: { limit: 2, status: 'all', ...(cursor && { cursor }) } } }),
    );
    orderPages += 1;
    orderIds.push(...page.data.map((o) => o.orderId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && orderPages < 20);
  assert.equal(new Set(orderIds).size, 6, `orders listed: ${orderIds.join(',')}`);

  const executionIds: string[] = [];
  let executionPages = 0;
  cursor = undefined;
  do {
    const page: { data: { executionId: string }[]; nextCursor: string | null } = await call(
      'list executions',
      api.account.listExecutions({ params: { query: { limit: 1, ...(cursor && { cursor }) } } }),
    );
    executionPages += 1;
    executionIds.push(...page.data.map((e) => e.executionId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && executionPages < 20);
  assert.equal(new Set(executionIds).size, 2);

  const balances = await call('balances', api.account.listBalances());
  const btc = balances.data.find((b) => b.asset === 'BTC');
  assert.ok(btc, 'a BTC balance');
  return { restCalls, orderPages, executionPages };
}

/** The socket and the generated client over it, validating what arrives against the release. */
async function openSocket(env: ScenarioEnv): Promise<{ ws: WebSocket; client: WsClient }> {
  const ws = new WebSocket(`${env.baseUrl.replace(/^http/, 'ws')}/v1/ws`);
  const client = createWsClient(
    { send: (frame) => ws.send(frame) },
    { validate: true, onUnexpected: env.onUnexpected },
  );
  ws.on('message', (data) => {
    const frame = String(data);
    env.onFrame(frame);
    client.receive(frame);
  });
  ws.on('close', () => client.close());
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, client };
}

function reply<M extends object>(message: M, what: string): Exclude<M, { error: unknown }> {
  assert.ok(!('error' in message), `${what}: ${JSON.stringify(message)}`);
  return message as Exclude<M, { error: unknown }>;
}

/** Resolves with the first event that passes `test`, or fails after 5 s. */
function awaitEvent<Name extends keyof ServerEvents & string>(
  client: WsClient,
  name: Name,
  test: (m: ServerEvents[Name]) => boolean,
) {
  return new Promise<ServerEvents[Name]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within 5 s`)), 5000);
    const off = client.on(name, (m) => {
      if (!test(m)) return;
      clearTimeout(timer);
      off();
      resolve(m);
    });
  });
}

async function wsScenario(env: ScenarioEnv) {
  const { ws, client } = await openSocket(env);
  const wsReplies: string[] = [];
  const wsEvents: string[] = [];
  try {
    client.on('bookSnapshot', () => wsEvents.push('bookSnapshot'));
    client.on('bookUpdate', () => wsEvents.push('bookUpdate'));
    client.on('ordersSnapshot', () => wsEvents.push('ordersSnapshot'));
    client.on('ordersUpdate', () => wsEvents.push('ordersUpdate'));

    const snapshot = awaitEvent(client, 'bookSnapshot', (m) => m.data.market === 'BTC-USD');
    reply(await client.subscribe({ channel: 'book', markets: ['BTC-USD'] }), 'subscribe book');
    wsReplies.push('subscribe');
    await snapshot;

    const timestamp = Date.now();
    const signature = createHmac('sha256', env.trader.secret)
      .update(`${timestamp}\nGET\n/v1/ws\n`)
      .digest('base64');
    reply(
      await client.login({ key: env.trader.id, timestamp, signature, cancelOnDisconnect: false }),
      'login',
    );
    wsReplies.push('login');
    const ordersSnapshot = awaitEvent(client, 'ordersSnapshot', () => true);
    reply(await client.subscribe({ channel: 'orders' }), 'subscribe orders');
    wsReplies.push('subscribe');
    await ordersSnapshot;

    const clientOrderId = `${env.tag}-ws-1`;
    const update = awaitEvent(client, 'ordersUpdate', (m) => m.data.clientOrderId === clientOrderId);
    const bookUpdate = awaitEvent(client, 'bookUpdate', (m) =>
      m.data.bids.some(([price]) => price === '41000.00'),
    );
    const placed = reply(
      await client.placeOrder({
        order: {
          market: 'BTC-USD',
          side: 'buy',
          type: 'limit',
          price: '41000.00',
          quantity: '0.0010',
          timeInForce: 'GTC',
          clientOrderId,
        },
      }),
      'placeOrder',
    );
    wsReplies.push('placeOrder');
    assert.equal(placed.result.status, 'new');
    assert.equal((await update).data.orderId, placed.result.orderId);
    await bookUpdate;

    const canceled = reply(await client.cancelOrder({ clientOrderId }), 'cancelOrder');
    wsReplies.push('cancelOrder');
    assert.equal(canceled.result.status, 'canceled');
    const pong = reply(await client.ping(), 'ping');
    wsReplies.push('ping');
    assert.ok(pong.result.serverTime);
  } finally {
    ws.close();
  }
  return { wsReplies, wsEvents };
}

export async function runScenario(env: ScenarioEnv): Promise<ScenarioResult> {
  const rest = await restScenario(env);
  const socket = await wsScenario(env);
  return { ...rest, ...socket };
}
