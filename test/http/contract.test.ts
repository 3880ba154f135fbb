// Every public and back-office operation through real HTTP, each response validated against the
// OpenAPI documents (see harness.ts); the last test fails if any operation was never exercised.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes, type Credentials, ed25519FromSeed, limitOrder, TestVenue } from './harness.ts';

let v: TestVenue;
let op: string;
let alice: { accountId: string; key: Credentials };
let bob: { accountId: string; key: Credentials };

beforeAll(async () => {
  v = await TestVenue.start();
  op = v.handle.operatorToken;
  alice = await v.newAccount();
  bob = await v.newAccount();
});
afterEach(() => {
  const failures = v.failures.splice(0);
  expect(failures).toEqual([]);
});
afterAll(async () => {
  await v.stop();
});

describe('market data and system', () => {
  it('answers the clock in ms and RFC 3339 µs', async () => {
    const r = await v.call('GET', '/v1/time');
    expect(r.status).toBe(200);
    expect(Math.abs(r.body.serverTime - Date.now())).toBeLessThan(5000);
    expect(r.body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('lists the demo markets with their grids', async () => {
    const r = await v.call('GET', '/v1/markets');
    expect(r.body.data.map((m: { symbol: string }) => m.symbol)).toEqual(['BTC-USD', 'ETH-USD', 'ETH-BTC']);
    const one = await v.call('GET', '/v1/markets/ETH-BTC');
    expect(one.body).toMatchObject({
      tickSize: '0.00001',
      lotSize: '0.001',
      minNotional: '0.0001',
      status: 'open',
    });
    const missing = await v.call('GET', '/v1/markets/DOGE-USD');
    expect([missing.status, missing.body.code]).toEqual([404, 'MARKET_NOT_FOUND']);
  });

  it('answers book, trades and tickers', async () => {
    const book = await v.call('GET', '/v1/markets/BTC-USD/book?depth=5');
    expect(book.body).toMatchObject({ market: 'BTC-USD', bids: [], asks: [], checksum: 0 });
    expect((await v.call('GET', '/v1/markets/BTC-USD/trades')).body).toEqual({ data: [], nextCursor: null });
    expect((await v.call('GET', '/v1/markets/BTC-USD/ticker')).body.lastPrice).toBeNull();
    expect((await v.call('GET', '/v1/tickers')).body.data).toHaveLength(3);
    expect((await v.call('GET', '/v1/markets/BTC-USD/book?depth=0')).body.code).toBe('VALIDATION_FAILED');
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    expect((await fetch(`${v.handle.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${v.handle.url}/readyz`)).status).toBe(200);
    const text = await (await fetch(`${v.handle.url}/metrics`)).text();
    for (const name of [
      'openvenue_http_requests_total',
      'openvenue_http_request_duration_seconds',
      'openvenue_orders_total',
      'openvenue_fills_total',
      'openvenue_ws_connections',
      'openvenue_journal_batch_bytes',
      'openvenue_journal_fsync_seconds',
    ]) {
      expect(text).toContain(name);
    }
  });
});

describe('back office', () => {
  it('creates, funds and shows an account', async () => {
    const created = await v.call('POST', '/admin/v1/accounts', {
      operator: op,
      body: { name: 'Desk 1', makerFeeBps: 5, takerFeeBps: 15 },
    });
    expect(created.status).toBe(201);
    const id = created.body.accountId;
    const dep = await v.call('POST', `/admin/v1/accounts/${id}/deposits`, {
      operator: op,
      body: { asset: 'USD', amount: '1000.5' },
    });
    expect(dep.status).toBe(201);
    expect(dep.body).toMatchObject({ amount: '1000.500000', balanceAfter: { total: '1000.500000' } });
    const got = await v.call('GET', `/admin/v1/accounts/${id}`, { operator: op });
    expect(got.body).toMatchObject({ name: 'Desk 1', makerFeeBps: 5, takerFeeBps: 15 });
    const bad = await v.call('POST', `/admin/v1/accounts/${id}/deposits`, {
      operator: op,
      body: { asset: 'DOGE', amount: '1' },
    });
    expect(bad.body.code).toBe('ASSET_NOT_FOUND');
    const none = await v.call('GET', '/admin/v1/accounts/acc_nope', { operator: op });
    expect(none.body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('issues HMAC and Ed25519 keys, lists them without secrets, revokes', async () => {
    const acc = await v.call('POST', '/admin/v1/accounts', { operator: op, body: {} });
    const id = acc.body.accountId;
    const hmac = await v.call('POST', `/admin/v1/accounts/${id}/api-keys`, {
      operator: op,
      body: { type: 'hmac', scopes: ['read'], label: 'reporting' },
    });
    expect(hmac.status).toBe(201);
    expect(hmac.body.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const ed = await v.call('POST', `/admin/v1/accounts/${id}/api-keys`, {
      operator: op,
      body: {
        type: 'ed25519',
        scopes: ['read', 'trade'],
        publicKey: 'ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=',
        allowedIps: ['127.0.0.1/32'],
      },
    });
    expect(ed.body).toMatchObject({ type: 'ed25519', secret: null, allowedIps: ['127.0.0.1/32'] });
    const list = await v.call('GET', `/admin/v1/accounts/${id}/api-keys`, { operator: op });
    expect(list.body.data).toHaveLength(2);
    expect(list.text).not.toContain(hmac.body.secret);
    const revoked = await v.call('DELETE', `/admin/v1/api-keys/${hmac.body.keyId}`, { operator: op });
    expect(revoked.body).toMatchObject({ status: 'revoked' });
    expect(revoked.body.revokedAt).not.toBeNull();
    const badKey = await v.call('POST', `/admin/v1/accounts/${id}/api-keys`, {
      operator: op,
      body: { type: 'hmac', scopes: ['read'], allowedIps: ['300.1.1.1/8'] },
    });
    expect([badKey.status, badKey.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknown = await v.call('DELETE', '/admin/v1/api-keys/key_nope', { operator: op });
    expect(unknown.body.code).toBe('API_KEY_NOT_FOUND');
  });

  it('signs with the Ed25519 test-vector key', async () => {
    const priv = ed25519FromSeed('0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20');
    const { key } = await v.newAccount({ ed25519: priv, scopes: ['read'] });
    const r = await v.call('GET', '/v1/balances', { key });
    expect(r.status).toBe(200);
  });
});

describe('orders', () => {
  it('places once, replays an identical resend, refuses a different one', async () => {
    const body = limitOrder({ clientOrderId: 'c-1', timeInForce: 'GTC' });
    const placed = await v.call('POST', '/v1/orders', { key: alice.key, body });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      status: 'new',
      clientOrderId: 'c-1',
      price: '50000.00',
      quantity: '0.0100',
    });
    const again = await v.call('POST', '/v1/orders', { key: alice.key, body: { ...body, quantity: '0.01' } });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.orderId).toBe(placed.body.orderId);
    const other = await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: { ...body, price: '49000.00' },
    });
    expect([other.status, other.body.code]).toEqual([409, 'DUPLICATE_CLIENT_ORDER_ID']);
  });

  it('trades, and shows executions, positions, balances and the order by both ids', async () => {
    const buy = await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ clientOrderId: 'c-2' }),
    });
    const sell = await v.call('POST', '/v1/orders', {
      key: bob.key,
      body: { market: 'BTC-USD', side: 'sell', type: 'market', quantity: '0.0150' },
    });
    expect(sell.body.status).toBe('filled');
    const byId = await v.call('GET', `/v1/orders/${buy.body.orderId}`, { key: alice.key });
    const byClient = await v.call('GET', '/v1/orders/by-client-id/c-2', { key: alice.key });
    expect(byClient.body.orderId).toBe(byId.body.orderId);
    expect(byId.body.status).toBe('partiallyFilled');
    const fills = await v.call('GET', '/v1/executions?market=BTC-USD&limit=10', { key: alice.key });
    expect(fills.body.data.length).toBeGreaterThan(0);
    expect(fills.body.data[0]).toMatchObject({ liquidity: 'maker', feeAsset: 'USD' });
    const positions = await v.call('GET', '/v1/positions', { key: alice.key });
    expect(positions.body.data[0]).toMatchObject({ market: 'BTC-USD', netQuantity: '0.0150' });
    const balances = await v.call('GET', '/v1/balances', { key: alice.key });
    expect(balances.body.data.map((b: { asset: string }) => b.asset)).toEqual(['BTC', 'ETH', 'USD']);
    const trades = await v.call('GET', '/v1/markets/BTC-USD/trades?limit=1', { key: alice.key });
    expect(trades.body.data[0]).toMatchObject({ price: '50000.00', takerSide: 'sell' });
    expect((await v.call('GET', '/v1/markets/BTC-USD/ticker')).body.lastPrice).toBe('50000.00');
  });

  it('amends, cancels, and refuses to cancel twice', async () => {
    const placed = await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ price: '40000.00', quantity: '0.0200', clientOrderId: 'c-3' }),
    });
    const amended = await v.call('PATCH', `/v1/orders/${placed.body.orderId}`, {
      key: alice.key,
      body: { quantity: '0.0100' },
    });
    expect(amended.body).toMatchObject({ quantity: '0.0100', status: 'new' });
    const offTick = await v.call('PATCH', `/v1/orders/${placed.body.orderId}`, {
      key: alice.key,
      body: { price: '40000.001' },
    });
    expect(offTick.body.code).toBe('PRICE_NOT_ON_TICK');
    const canceled = await v.call('DELETE', `/v1/orders/${placed.body.orderId}`, { key: alice.key });
    expect(canceled.body).toMatchObject({ status: 'canceled', cancelReason: 'user' });
    const twice = await v.call('DELETE', `/v1/orders/${placed.body.orderId}`, { key: alice.key });
    expect([twice.status, twice.body.code]).toEqual([409, 'ORDER_ALREADY_CLOSED']);
    await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ price: '40000.00', clientOrderId: 'c-4' }),
    });
    const byClient = await v.call('DELETE', '/v1/orders/by-client-id/c-4', { key: alice.key });
    expect(byClient.body.status).toBe('canceled');
  });

  it('records a state rejection, answers its problem, and replays it as the rejected order', async () => {
    const body = limitOrder({ quantity: '100.0000', clientOrderId: 'too-big' });
    const rejected = await v.call('POST', '/v1/orders', { key: alice.key, body });
    expect([rejected.status, rejected.body.code]).toEqual([400, 'INSUFFICIENT_FUNDS']);
    const lookup = await v.call('GET', '/v1/orders/by-client-id/too-big', { key: alice.key });
    expect(lookup.body).toMatchObject({ status: 'rejected', rejectReason: 'INSUFFICIENT_FUNDS' });
    const replay = await v.call('POST', '/v1/orders', { key: alice.key, body });
    expect(replay.status).toBe(200);
    expect(replay.body.status).toBe('rejected');
  });

  it('rejects static errors without recording anything', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ price: '50000.001' }, 'PRICE_NOT_ON_TICK'],
      [{ quantity: '0.00001' }, 'QUANTITY_NOT_ON_LOT'],
      [{ market: 'NOPE-USD' }, 'MARKET_NOT_FOUND'],
      [{ price: '1.00', quantity: '0.0001' }, 'NOTIONAL_BELOW_MINIMUM'],
      [{ timeInForce: 'GTD', expireAt: '2020-01-01T00:00:00.000000Z' }, 'EXPIRE_AT_IN_PAST'],
      [{ price: 50000 }, 'VALIDATION_FAILED'],
      [{ colour: 'blue' }, 'VALIDATION_FAILED'],
    ];
    for (const [over, code] of cases) {
      const r = await v.call('POST', '/v1/orders', {
        key: alice.key,
        body: limitOrder({ ...over, clientOrderId: 'static' }),
      });
      expect(r.body.code, JSON.stringify(over)).toBe(code);
    }
    const unused = await v.call('GET', '/v1/orders/by-client-id/static', { key: alice.key });
    expect(unused.body.code).toBe('ORDER_NOT_FOUND');
    const noType = await v.call('POST', '/v1/orders', {
      key: alice.key,
      rawBody: JSON.stringify(limitOrder()),
      headers: { 'content-type': 'text/plain' },
    });
    expect([noType.status, noType.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('places and cancels batches with a result per order', async () => {
    const placed = await v.call('POST', '/v1/orders/batch', {
      key: alice.key,
      body: {
        orders: [
          limitOrder({ price: '30000.00', clientOrderId: 'b-1' }),
          limitOrder({ price: '30000.005', clientOrderId: 'b-2' }),
          limitOrder({ price: '30000.00', quantity: '500.0000', clientOrderId: 'b-3' }),
        ],
      },
    });
    expect(placed.status).toBe(200);
    const [ok, off, poor] = placed.body.data;
    expect(ok.status).toBe('new');
    expect(off.code).toBe('PRICE_NOT_ON_TICK');
    expect(poor).toMatchObject({ status: 'rejected', rejectReason: 'INSUFFICIENT_FUNDS' });
    const canceled = await v.call('POST', '/v1/orders/cancel-batch', {
      key: alice.key,
      body: { orders: [{ orderId: ok.orderId }, { clientOrderId: 'nope' }] },
    });
    expect(canceled.body.data[0].status).toBe('canceled');
    expect(canceled.body.data[1].code).toBe('ORDER_NOT_FOUND');
    const tooMany = await v.call('POST', '/v1/orders/batch', {
      key: alice.key,
      body: { orders: Array.from({ length: 21 }, () => limitOrder()) },
    });
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
  });

  it('lists with cursors, newest first, and refuses a cursor it never issued', async () => {
    const first = await v.call('GET', '/v1/orders?status=all&limit=2', { key: alice.key });
    expect(first.body.data).toHaveLength(2);
    const second = await v.call('GET', `/v1/orders?status=all&limit=2&cursor=${first.body.nextCursor}`, {
      key: alice.key,
    });
    expect(Number(second.body.data[0].orderId)).toBeLessThan(Number(first.body.data[1].orderId));
    const bad = await v.call('GET', '/v1/orders?cursor=abc', { key: alice.key });
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const typo = await v.call('DELETE', '/v1/orders?markt=BTC-USD', { key: alice.key });
    expect(typo.body.code).toBe('VALIDATION_FAILED');
  });

  it('cancels all orders of a market', async () => {
    await v.call('POST', '/v1/orders', { key: alice.key, body: limitOrder({ price: '20000.00' }) });
    await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ market: 'ETH-USD', price: '2000.00', quantity: '0.100' }),
    });
    const r = await v.call('DELETE', '/v1/orders?market=BTC-USD', { key: alice.key });
    expect(r.body.data.length).toBeGreaterThan(0);
    expect(
      r.body.data.every(
        (o: { market: string; cancelReason: string }) =>
          o.market === 'BTC-USD' && o.cancelReason === 'cancelAll',
      ),
    ).toBe(true);
    const open = await v.call('GET', '/v1/orders?status=open', { key: alice.key });
    expect(open.body.data.map((o: { market: string }) => o.market)).toEqual(['ETH-USD']);
  });

  it("fires the dead man's switch, and disarms it", async () => {
    const placed = await v.call('POST', '/v1/orders', {
      key: bob.key,
      body: limitOrder({ side: 'sell', price: '90000.00' }),
    });
    const armed = await v.call('POST', '/v1/orders/cancel-all-after', {
      key: bob.key,
      body: { timeoutMs: 300 },
    });
    expect(armed.body.timeoutMs).toBe(300);
    expect(armed.body.triggerAt).not.toBeNull();
    let order = placed.body;
    for (let i = 0; i < 50 && order.status !== 'canceled'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      order = (await v.call('GET', `/v1/orders/${placed.body.orderId}`, { key: bob.key })).body;
    }
    expect(order).toMatchObject({ status: 'canceled', cancelReason: 'cancelAllAfter' });
    const disarmed = await v.call('POST', '/v1/orders/cancel-all-after', {
      key: bob.key,
      body: { timeoutMs: 0 },
    });
    expect(disarmed.body).toEqual({ timeoutMs: 0, triggerAt: null });
  });

  it('shows the account, its key and its limits', async () => {
    const r = await v.call('GET', '/v1/account', { key: alice.key });
    expect(r.body).toMatchObject({ accountId: alice.accountId, makerFeeBps: 10, takerFeeBps: 20 });
    expect(r.body.apiKey).toMatchObject({
      keyId: alice.key.keyId,
      scopes: ['read', 'trade'],
      allowedIps: [],
    });
    expect(r.body.rateLimits.map((p: { name: string }) => p.name)).toContain('key');
  });
});

it('counts requests per operation, orders, fills and journal batches in /metrics', async () => {
  const text = await (await fetch(`${v.handle.url}/metrics`)).text();
  const value = (re: RegExp) => Number(re.exec(text)?.[1] ?? 'NaN');
  expect(
    value(/^openvenue_http_requests_total\{operation="placeOrder",method="POST",status="201"\} (\d+)$/m),
  ).toBeGreaterThan(0);
  expect(value(/^openvenue_fills_total\{market="BTC-USD"\} (\d+)$/m)).toBeGreaterThan(0);
  expect(value(/^openvenue_orders_total\{market="BTC-USD",outcome="rejected"\} (\d+)$/m)).toBeGreaterThan(0);
  expect(value(/^openvenue_journal_batch_records_count (\d+)$/m)).toBeGreaterThan(0);
  expect(value(/^openvenue_journal_fsync_seconds_count (\d+)$/m)).toBeGreaterThan(0);
  expect(value(/^openvenue_dead_mans_switch_fired_total (\d+)$/m)).toBe(1);
});

it('exercised every operation of the public and back-office contracts', () => {
  const never = allRoutes.map((r) => r.operationId).filter((id) => !v.exercised.has(id));
  expect(never).toEqual([]);
  expect(allRoutes.length).toBe(28);
});
