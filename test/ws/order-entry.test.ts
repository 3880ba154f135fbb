/**
 * Order entry over the socket and the private streams it drives: every order-entry operation with
 * its success reply and its error replies, replies before the stream messages they cause,
 * per-connection `seq` and cancel-on-disconnect (the dead man's switch: dead-mans-switch.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, type Message, startHarness, until } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => {
  expect(h.failures).toEqual([]);
});

const limit = (
  side: 'buy' | 'sell',
  price: string,
  quantity: string,
  extra: Record<string, unknown> = {},
) => ({
  market: 'BTC-USD',
  side,
  type: 'limit',
  price,
  quantity,
  timeInForce: 'GTC',
  ...extra,
});

async function trader(
  scopes: Array<'read' | 'trade'> = ['read', 'trade'],
  login: Record<string, unknown> = {},
) {
  const { accountId, keyId } = await h.account(scopes);
  return { accountId, keyId, client: await h.login(keyId, login) };
}

/** Checks a private channel's messages on one connection: seq 1, 2, 3... and snapshot first. */
function checkSeq(c: Client, channel: string): void {
  const messages = c.stream(channel);
  messages.forEach((m, i) => {
    expect(m.seq).toBe(i + 1);
  });
}

describe('order entry', () => {
  it('places, replays, amends and cancels, answering each request with the order', async () => {
    const { client: c } = await trader();
    const order = limit('buy', '40000.00', '0.0100', { clientOrderId: 'ws-place-1' });
    const placed = await c.request('placeOrder', { order }, 'place-1');
    expect(placed).toMatchObject({ id: 'place-1', op: 'placeOrder', replayed: false });
    expect(placed.result).toMatchObject({
      status: 'new',
      clientOrderId: 'ws-place-1',
      price: '40000.00',
      quantity: '0.0100',
    });

    const again = await c.request('placeOrder', { order });
    expect(again.replayed).toBe(true);
    expect(again.result.orderId).toBe(placed.result.orderId);
    const different = await c.request('placeOrder', { order: { ...order, price: '40001.00' } });
    expect(different.error).toMatchObject({ code: 'DUPLICATE_CLIENT_ORDER_ID', status: 409 });

    const smaller = await c.request('amendOrder', {
      orderId: placed.result.orderId,
      changes: { quantity: '0.0050' },
    });
    expect(smaller.result).toMatchObject({
      orderId: placed.result.orderId,
      quantity: '0.0050',
      status: 'new',
    });
    const moved = await c.request('amendOrder', {
      clientOrderId: 'ws-place-1',
      changes: { price: '39999.00' },
    });
    expect(moved.result.price).toBe('39999.00');

    const canceled = await c.request('cancelOrder', { clientOrderId: 'ws-place-1' });
    expect(canceled.result).toMatchObject({ status: 'canceled', cancelReason: 'user' });
    expect((await c.request('cancelOrder', { orderId: placed.result.orderId })).error.code).toBe(
      'ORDER_ALREADY_CLOSED',
    );
    expect((await c.request('cancelOrder', { orderId: '999999' })).error).toMatchObject({
      code: 'ORDER_NOT_FOUND',
      status: 404,
    });
    expect(
      (await c.request('amendOrder', { orderId: '999999', changes: { price: '1.00' } })).error.code,
    ).toBe('ORDER_NOT_FOUND');

    const a = await c.request('placeOrder', { order: limit('buy', '30000.00', '0.0010') });
    const b = await c.request('placeOrder', {
      order: { ...limit('sell', '3500.00', '0.010'), market: 'ETH-USD' },
    });
    const btcOnly = await c.request('cancelAllOrders', { market: 'BTC-USD' });
    expect(btcOnly.result.data.map((o: Message) => o.orderId)).toEqual([a.result.orderId]);
    expect(btcOnly.result.data[0].cancelReason).toBe('cancelAll');
    const rest = await c.request('cancelAllOrders');
    expect(rest.result.data.map((o: Message) => o.orderId)).toEqual([b.result.orderId]);
    expect((await c.request('cancelAllOrders')).result.data).toEqual([]);
    expect((await c.request('cancelAllOrders', { market: 'XRP-USD' })).error.code).toBe('MARKET_NOT_FOUND');
  });

  it('answers the REST codes for static and state-dependent rejections', async () => {
    const { client: c, accountId } = await trader();
    const code = async (order: object) => (await c.request('placeOrder', { order })).error?.code;
    expect(await code(limit('buy', '40000.005', '0.0100'))).toBe('PRICE_NOT_ON_TICK');
    expect(await code(limit('buy', '40000.00', '0.00001'))).toBe('QUANTITY_NOT_ON_LOT');
    expect(await code(limit('buy', '40000.00', '0.0000'))).toBe('QUANTITY_BELOW_MINIMUM');
    expect(await code(limit('buy', '1.00', '0.0001'))).toBe('NOTIONAL_BELOW_MINIMUM');
    expect(await code({ ...limit('buy', '1.00', '1.0000'), market: 'DOGE-USD' })).toBe('MARKET_NOT_FOUND');
    expect(
      await code(
        limit('buy', '40000.00', '0.0100', { timeInForce: 'GTD', expireAt: '2020-01-01T00:00:00.000000Z' }),
      ),
    ).toBe('EXPIRE_AT_IN_PAST');
    expect(await code({ market: 'BTC-USD', side: 'buy' })).toBe('VALIDATION_FAILED');

    await c.request('subscribe', { channel: 'orders' });
    const poor = await c.request('placeOrder', {
      order: limit('buy', '90000.00', '100.0000', { clientOrderId: 'too-big' }),
    });
    expect(poor.error).toMatchObject({ code: 'INSUFFICIENT_FUNDS', status: 400 });
    // State-dependent rejections are recorded and appear on the orders stream.
    const recorded = await c.next(
      (m) => m.channel === 'orders' && m.data.clientOrderId === 'too-big',
      5000,
      0,
    );
    expect(recorded.data).toMatchObject({ status: 'rejected', rejectReason: 'INSUFFICIENT_FUNDS' });
    expect(h.venue.engine.getOrderByClientOrderId(accountId, 'too-big')?.status).toBe('rejected');

    await c.request('placeOrder', { order: limit('sell', '45000.00', '0.0100') });
    const postOnly = await c.request('placeOrder', {
      order: limit('buy', '45000.00', '0.0100', { postOnly: true }),
    });
    expect(postOnly.error.code).toBe('POST_ONLY_WOULD_TAKE');
    await c.request('cancelAllOrders');
  });

  it('needs a login with the trade scope', async () => {
    const anonymous = await h.connect();
    for (const [op, fields] of [
      ['placeOrder', { order: limit('buy', '1.00', '1.0000') }],
      ['cancelOrder', { orderId: '1' }],
      ['amendOrder', { orderId: '1', changes: { price: '2.00' } }],
      ['cancelAllOrders', {}],
    ] as const) {
      expect((await anonymous.request(op, fields)).error).toMatchObject({
        code: 'NOT_LOGGED_IN',
        status: 401,
      });
    }
    const { client: reader } = await trader(['read']);
    const refused = await reader.request('placeOrder', { order: limit('buy', '40000.00', '0.0100') });
    expect(refused.error).toMatchObject({ code: 'INSUFFICIENT_SCOPE', status: 403 });
  });
});

describe('a venue that cannot persist', () => {
  it('answers SERVICE_UNAVAILABLE and keeps the connection', async () => {
    const s = await startHarness();
    try {
      const { keyId } = await s.account();
      const c = await s.login(keyId);
      await s.venue.close();
      const reply = await c.request('placeOrder', { order: limit('buy', '40000.00', '0.0100') });
      expect(reply.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
      expect((await c.request('ping')).result).toBeDefined();
      expect(s.failures).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('private streams', () => {
  it('streams orders, executions and balances after trades, with snapshots and per-connection seq', async () => {
    const maker = await trader();
    const taker = await trader();
    await maker.client.request('placeOrder', {
      order: limit('sell', '50000.00', '0.0200', { clientOrderId: 'rest-1' }),
    });
    for (const channel of ['orders', 'executions', 'balances']) {
      await maker.client.request('subscribe', { channel });
      await taker.client.request('subscribe', { channel });
    }
    const snapshot = maker.client.stream('orders')[0];
    expect(snapshot).toMatchObject({
      type: 'snapshot',
      seq: 1,
      data: [{ clientOrderId: 'rest-1', status: 'new' }],
    });
    expect(maker.client.stream('balances')[0]).toMatchObject({ type: 'snapshot', seq: 1 });

    const take = await taker.client.request('placeOrder', { order: limit('buy', '50000.00', '0.0150') });
    expect(take.result).toMatchObject({ status: 'filled', filledQuantity: '0.0150' });
    await maker.client.next((m) => m.channel === 'executions', 5000, 0);
    await until(
      () => maker.client.stream('balances').length >= 2 && taker.client.stream('executions').length === 1,
    );

    const fill = maker.client.stream('executions')[0];
    expect(fill).toMatchObject({
      seq: 1,
      data: { liquidity: 'maker', quantity: '0.0150', price: '50000.00', clientOrderId: 'rest-1' },
    });
    expect(taker.client.stream('executions')[0].data).toMatchObject({
      liquidity: 'taker',
      tradeId: fill.data.tradeId,
    });
    const update = maker.client.stream('orders').at(-1);
    expect(update.data).toMatchObject({ status: 'partiallyFilled', filledQuantity: '0.0150' });
    // The fill's base and quote changes arrive together, as the venue's new absolute balances.
    const changed = maker.client.stream('balances').at(-1).data;
    expect(changed.map((b: Message) => b.asset).sort()).toEqual(['BTC', 'USD']);
    for (const b of changed) {
      expect(h.venue.engine.balances(maker.accountId)?.find((x) => x.asset === b.asset)).toEqual(b);
    }
    for (const c of [maker.client, taker.client])
      for (const ch of ['orders', 'executions', 'balances']) checkSeq(c, ch);

    // seq continues across unsubscribe and resubscribe; the resubscribe sends a fresh snapshot.
    const before = maker.client.stream('orders').length;
    const from = maker.client.received.length;
    await maker.client.request('unsubscribe', { channel: 'orders' });
    await maker.client.request('subscribe', { channel: 'orders' });
    const fresh = await maker.client.next((m) => m.channel === 'orders' && m.type === 'snapshot', 5000, from);
    expect(fresh.seq).toBe(before + 1);
    await maker.client.request('cancelAllOrders');
    await taker.client.request('cancelAllOrders');
  });

  it('streams to each connection of an account only the channels it subscribed', async () => {
    const maker = await trader();
    const taker = await trader();
    const streams = maker.client;
    const wallet = await h.connect();
    await wallet.login(maker.keyId, {}, Date.now() + 1);
    const silent = await h.connect();
    await silent.login(maker.keyId, { cancelOnDisconnect: true }, Date.now() + 2);
    await streams.request('subscribe', { channel: 'orders' });
    await streams.request('subscribe', { channel: 'executions' });
    await wallet.request('subscribe', { channel: 'balances' });

    const resting = await silent.request('placeOrder', { order: limit('sell', '48000.00', '0.0100') });
    const filled = await silent.request('placeOrder', { order: limit('sell', '47001.00', '0.0010') });
    await taker.client.request('placeOrder', {
      order: limit('buy', '47001.00', '0.0010', { timeInForce: 'IOC' }),
    });
    await until(() => streams.stream('executions').length === 1 && wallet.stream('balances').length >= 2);
    expect(streams.stream('orders').map((m: Message) => [m.data?.orderId, m.data?.status])).toEqual([
      [undefined, undefined],
      [resting.result.orderId, 'new'],
      [filled.result.orderId, 'new'],
      [filled.result.orderId, 'filled'],
    ]);
    expect(wallet.stream('orders')).toEqual([]);
    expect(wallet.stream('executions')).toEqual([]);
    expect(streams.stream('balances')).toEqual([]);
    expect(silent.received.filter((m: Message) => m.channel !== undefined)).toEqual([]);

    // Cancel-on-disconnect still sees the order closing with nobody streaming orders.
    const from = wallet.received.length;
    await streams.request('unsubscribe', { channel: 'orders' });
    const ordersSeen = streams.stream('orders').length;
    silent.close();
    await until(
      () => h.venue.engine.getOrder(maker.accountId, resting.result.orderId)?.status === 'canceled',
    );
    await wallet.next((m) => m.channel === 'balances', 5000, from);
    expect(streams.stream('orders').length).toBe(ordersSeen);
    for (const c of [streams, wallet]) for (const ch of ['orders', 'executions', 'balances']) checkSeq(c, ch);
  });

  it('writes each reply before the stream messages its request causes, even when pipelined', async () => {
    const maker = await trader();
    const { client: c } = await trader();
    for (const channel of ['orders', 'executions', 'balances']) await c.request('subscribe', { channel });
    for (let i = 0; i < 5; i++) {
      await maker.client.request('placeOrder', { order: limit('sell', `${51000 + i}.00`, '0.0010') });
    }
    const start = c.received.length;
    const ids = Array.from({ length: 12 }, (_, i) => `pipe-${i}`);
    const replies = ids.map((id, i) =>
      c.request(
        'placeOrder',
        { order: limit('buy', i < 5 ? '52000.00' : '30000.00', '0.0010', { clientOrderId: id }) },
        id,
      ),
    );
    // A cancel pipelined right behind a place finds the order: requests run in arrival order.
    const cancel = c.request('cancelOrder', { clientOrderId: 'pipe-11' }, 'cancel-pipe');
    await Promise.all(replies);
    expect((await cancel).result.status).toBe('canceled');
    await until(() =>
      c.stream('orders').some((m) => m.data.clientOrderId === 'pipe-11' && m.data.status === 'canceled'),
    );
    const seen = c.received.slice(start);
    for (const id of ids) {
      const reply = seen.findIndex((m) => m.op === 'placeOrder' && m.id === id);
      const orderId = seen[reply].result.orderId;
      const first = seen.findIndex(
        (m) => (m.channel === 'orders' || m.channel === 'executions') && m.data.orderId === orderId,
      );
      expect(first).toBeGreaterThan(reply);
    }
    const fills = c.stream('executions').filter((m) => m.data.liquidity === 'taker');
    expect(fills).toHaveLength(5);
    for (const channel of ['orders', 'executions', 'balances']) checkSeq(c, channel);
    await c.request('cancelAllOrders');
  });
});

describe('cancel-on-disconnect and the dead man\u2019s switch', () => {
  it('cancels the open orders placed through the connection when it closes, and only those', async () => {
    const { accountId, keyId, client: cod } = await trader(['read', 'trade'], { cancelOnDisconnect: true });
    const other = await h.login(keyId);
    await other.request('subscribe', { channel: 'orders' });
    const mine = await cod.request('placeOrder', { order: limit('buy', '41000.00', '0.0010') });
    const filled = await cod.request('placeOrder', { order: limit('buy', '41001.00', '0.0010') });
    const theirs = await other.request('placeOrder', { order: limit('buy', '41002.00', '0.0010') });
    await cod.request('cancelOrder', { orderId: filled.result.orderId });
    cod.close();
    const canceled = await other.next(
      (m) => m.channel === 'orders' && m.data.orderId === mine.result.orderId && m.data.status === 'canceled',
      5000,
      0,
    );
    expect(canceled.data.cancelReason).toBe('disconnect');
    expect(h.venue.engine.getOrder(accountId, theirs.result.orderId)?.status).toBe('new');
    await other.request('cancelAllOrders');
  });

  it('also cancels when the peer vanishes without a close frame', async () => {
    const { accountId, client } = await trader(['read', 'trade'], { cancelOnDisconnect: true });
    const placed = await client.request('placeOrder', { order: limit('buy', '41000.00', '0.0010') });
    client.terminate();
    await until(() => h.venue.engine.getOrder(accountId, placed.result.orderId)?.status === 'canceled');
    expect(h.venue.engine.getOrder(accountId, placed.result.orderId)?.cancelReason).toBe('disconnect');
  });

  it('leaves the orders of a connection without cancel-on-disconnect', async () => {
    const { accountId, client } = await trader();
    const placed = await client.request('placeOrder', { order: limit('buy', '41000.00', '0.0010') });
    client.close();
    await client.closed;
    await h.venue.submit({ type: 'expireOrders' });
    expect(h.venue.engine.getOrder(accountId, placed.result.orderId)?.status).toBe('new');
  });
});
