/**
 * The SDK against the real server over real HTTP: order lifecycle, fills, balances, positions,
 * typed rejections, pagination, clock correction, Ed25519 keys, and a placement whose answer is
 * lost after the venue accepted it, retried without creating a second order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OpenVenue,
  OrderAlreadyClosedError,
  OrderNotFoundError,
  PriceNotOnTickError,
  QuantityNotOnLotError,
} from '../../sdk/src/index.ts';
import { LossyProxy, SdkTestVenue } from './venue.ts';

let venue: SdkTestVenue;

beforeAll(async () => {
  venue = await SdkTestVenue.start();
});

afterAll(async () => {
  await venue?.stop();
});

async function newClient(): Promise<{ client: OpenVenue; accountId: string }> {
  const { accountId, key } = await venue.account();
  return { client: new OpenVenue({ baseUrl: venue.url, apiKey: key }), accountId };
}

describe('order lifecycle', () => {
  it('places, amends, looks up and cancels', async () => {
    const { client } = await newClient();
    const placed = await client.orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '40000.00',
      quantity: '0.0100',
      clientOrderId: 'life-1',
    });
    expect(placed).toMatchObject({ status: 'new', clientOrderId: 'life-1', price: '40000.00' });

    const amended = await client.orders.amend(placed.orderId, { price: '40001.00', quantity: '0.0200' });
    expect(amended).toMatchObject({ orderId: placed.orderId, price: '40001.00', quantity: '0.0200' });
    expect(await client.orders.getByClientOrderId('life-1')).toMatchObject({ price: '40001.00' });

    const open = await client.orders.list({ market: 'BTC-USD', status: 'open' }).toArray();
    expect(open.map((o) => o.orderId)).toEqual([placed.orderId]);

    const canceled = await client.orders.cancel(placed.orderId);
    expect(canceled).toMatchObject({ status: 'canceled', cancelReason: 'user' });
    await expect(client.orders.cancel(placed.orderId)).rejects.toBeInstanceOf(OrderAlreadyClosedError);
    await expect(client.orders.get('999999')).rejects.toBeInstanceOf(OrderNotFoundError);
  });

  it('cancels by clientOrderId, in batches and all at once; arms the dead man switch', async () => {
    const { client } = await newClient();
    const results = await client.orders.placeBatch(
      [1, 2, 3, 4].map((i) => ({
        market: 'ETH-USD' as const,
        side: 'buy' as const,
        type: 'limit' as const,
        price: `${1000 + i}.00`,
        quantity: '0.010',
        clientOrderId: `batch-${i}`,
      })),
    );
    expect(results.map((r) => ('orderId' in r ? r.status : r.code))).toEqual(['new', 'new', 'new', 'new']);
    expect(await client.orders.cancelByClientOrderId('batch-1')).toMatchObject({ status: 'canceled' });
    const batch = await client.orders.cancelBatch([{ clientOrderId: 'batch-2' }, { clientOrderId: 'nope' }]);
    expect(batch.map((r) => ('orderId' in r ? r.status : r.code))).toEqual(['canceled', 'ORDER_NOT_FOUND']);
    const all = await client.orders.cancelAll({ market: 'ETH-USD' });
    expect(all.map((o) => o.clientOrderId).sort()).toEqual(['batch-3', 'batch-4']);
    const armed = await client.orders.cancelAllAfter(60_000);
    expect(armed.timeoutMs).toBe(60_000);
    expect((await client.orders.cancelAllAfter(0)).triggerAt).toBeNull();
  });

  it('maps trading rejections to their classes', async () => {
    const { client } = await newClient();
    const order = { market: 'BTC-USD', side: 'buy', type: 'limit' } as const;
    await expect(
      client.orders.place({ ...order, price: '50000.001', quantity: '0.0100' }),
    ).rejects.toBeInstanceOf(PriceNotOnTickError);
    const error = await client.orders
      .place({ ...order, price: '50000.00', quantity: '0.01001' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuantityNotOnLotError);
    expect(error).toMatchObject({ status: 400, code: 'QUANTITY_NOT_ON_LOT' });
    expect((error as QuantityNotOnLotError).requestId).toMatch(/.+/);
    const poor = await venue.account({ USD: '10' });
    const broke = new OpenVenue({ baseUrl: venue.url, apiKey: poor.key });
    await expect(
      broke.orders.place({ ...order, price: '50000.00', quantity: '1.0000' }),
    ).rejects.toMatchObject({
      name: 'InsufficientFundsError',
      code: 'INSUFFICIENT_FUNDS',
    });
  });
});

describe('fills, balances and positions', () => {
  it('a crossing order fills both sides and shows in executions, balances and positions', async () => {
    const maker = await newClient();
    const taker = await newClient();
    const resting = await maker.client.orders.place({
      market: 'BTC-USD',
      side: 'sell',
      type: 'limit',
      price: '50000.00',
      quantity: '0.0100',
    });
    const taken = await taker.client.orders.place({
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '50000.00',
      quantity: '0.0100',
    });
    expect(taken).toMatchObject({ status: 'filled', filledQuantity: '0.0100' });
    expect(await maker.client.orders.get(resting.orderId)).toMatchObject({ status: 'filled' });

    const fills = [];
    for await (const fill of taker.client.executions.list({ market: 'BTC-USD' })) fills.push(fill);
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({
      orderId: taken.orderId,
      price: '50000.00',
      quantity: '0.0100',
      liquidity: 'taker',
    });
    const makerFills = await maker.client.executions.list({ orderId: resting.orderId }).toArray();
    expect(makerFills.map((f) => f.liquidity)).toEqual(['maker']);

    const balances = await taker.client.balances.list().toArray();
    const btc = balances.find((b) => b.asset === 'BTC');
    expect(Number(btc?.total)).toBeCloseTo(100.01, 8);
    const usd = balances.find((b) => b.asset === 'USD');
    expect(Number(usd?.total)).toBeLessThanOrEqual(1_000_000 - 500);

    const positions = await taker.client.positions.list().toArray();
    const position = positions.find((p) => p.market === 'BTC-USD');
    expect(Number(position?.netQuantity)).toBeCloseTo(0.01, 8);
    expect(Number(position?.averageEntryPrice)).toBe(50000);

    const trades = await taker.client.markets.trades('BTC-USD', { limit: 10 }).toArray();
    expect(trades.some((t) => t.price === '50000.00' && t.takerSide === 'buy')).toBe(true);
    expect((await taker.client.markets.ticker('BTC-USD')).lastPrice).toBe('50000.00');
  });

  it('lists walk every page', async () => {
    const { client } = await newClient();
    for (let i = 0; i < 5; i++) {
      await client.orders.place({
        market: 'ETH-BTC',
        side: 'buy',
        type: 'limit',
        price: '0.05000',
        quantity: '0.010',
      });
    }
    const pages = [];
    for await (const page of client.orders.list({ status: 'open', limit: 2 }).pages())
      pages.push(page.data.length);
    expect(pages).toEqual([2, 2, 1]);
    expect(await client.orders.list({ status: 'open', limit: 2 }).toArray()).toHaveLength(5);
  });
});

describe('the client side of the contract', () => {
  it('market data, account, time and the rate-limit state', async () => {
    const { client, accountId } = await newClient();
    const markets = await client.markets.list().toArray();
    expect(markets.map((m) => m.symbol).sort()).toEqual(['BTC-USD', 'ETH-BTC', 'ETH-USD']);
    expect(await client.markets.get('ETH-USD')).toMatchObject({ tickSize: '0.01', lotSize: '0.001' });
    const book = await client.markets.book('BTC-USD', { depth: 5 });
    expect(book).toMatchObject({ market: 'BTC-USD' });
    expect(typeof book.checksum).toBe('number');
    expect((await client.markets.tickers().toArray()).length).toBe(3);
    expect((await client.account.get()).accountId).toBe(accountId);
    expect(Math.abs((await client.time.get()).serverTime - Date.now())).toBeLessThan(5_000);
    expect(client.rateLimits.get('key')).toMatchObject({ policy: 'key' });
    expect(client.rateLimit?.remaining).toBeGreaterThan(0);
  });

  it('a client whose clock is a minute late corrects itself once and succeeds', async () => {
    const { key } = await venue.account();
    const late = new OpenVenue({ baseUrl: venue.url, apiKey: key, now: () => Date.now() - 60_000 });
    expect((await late.account.get()).apiKey.keyId).toBe(key.id);
    expect(Math.abs(late.clockOffsetMs - 60_000)).toBeLessThan(5_000);
    const measured = new OpenVenue({ baseUrl: venue.url, now: () => Date.now() + 30_000 });
    expect(Math.abs((await measured.syncTime()) + 30_000)).toBeLessThan(5_000);
  });

  it('signs with an Ed25519 key held as a non-extractable CryptoKey', async () => {
    const { accountId } = await venue.account();
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const response = await fetch(`${venue.url}/admin/v1/accounts/${accountId}/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${venue.handle.operatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'ed25519',
        scopes: ['read'],
        publicKey: Buffer.from(raw).toString('base64'),
      }),
    });
    const { keyId } = (await response.json()) as { keyId: string };
    const client = new OpenVenue({ baseUrl: venue.url, apiKey: { id: keyId, privateKey: pair.privateKey } });
    expect((await client.account.get()).apiKey).toMatchObject({ keyId, type: 'ed25519' });
  });
});

describe('a lost answer', () => {
  it('a placement whose response is cut after the venue accepted it is retried without a second order', async () => {
    const { key } = await venue.account();
    const proxy = await LossyProxy.start(() => venue.port);
    try {
      const client = new OpenVenue({ baseUrl: proxy.url, apiKey: key });
      proxy.loseNextResponse((head) => head.startsWith('HTTP/1.1 201'));
      const order = await client.orders.place({
        market: 'BTC-USD',
        side: 'buy',
        type: 'limit',
        price: '45000.00',
        quantity: '0.0100',
      });
      expect(proxy.cuts).toBe(1);
      const [first, second] = proxy.responses;
      expect(first).toMatch(/^HTTP\/1\.1 201/);
      expect(second).toMatch(/^HTTP\/1\.1 200/);
      expect(second?.toLowerCase()).toContain('idempotent-replayed: true');

      const direct = new OpenVenue({ baseUrl: venue.url, apiKey: key });
      const all = await direct.orders.list({ status: 'all' }).toArray();
      expect(all.map((o) => o.orderId)).toEqual([order.orderId]);
      expect(all[0]?.clientOrderId).toBe(order.clientOrderId);
    } finally {
      await proxy.close();
    }
  });
});
