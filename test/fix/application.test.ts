/** The application layer over a real socket: orders, fills, cancels, replaces, queries, market data. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { addAccount, type Harness, type Msg, RawClient, SECRET, startHarness, type } from './helpers.ts';

let h: Harness;
const clients: RawClient[] = [];
const loggedOn = async (keyId = 'key-a', opts: Parameters<RawClient['logon']>[0] = {}) => {
  const c = await RawClient.connect(h.gateway.port, keyId);
  clients.push(c);
  const reply = await c.logon(opts);
  expect(reply.get(35)).toBe('A');
  return c;
};
const now = () => formatUtcTimestamp(Date.now() * 1000);
const nos = (
  clOrdId: string,
  side: '1' | '2',
  qty: string,
  price?: string,
  extra: Array<[number, string]> = [],
) => {
  const body: Array<[number, string | number]> = [
    [11, clOrdId],
    [55, 'BTC-USD'],
    [54, side],
    [60, now()],
    [38, qty],
    [40, price === undefined ? '1' : '2'],
  ];
  if (price !== undefined) body.push([44, price]);
  return [...body, ...extra];
};
const er = (pred: (m: Msg) => boolean) => (m: Msg) => m.get(35) === '8' && pred(m);
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 250 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
};
/** A second API key (and so a second FIX session) on an existing account. */
const addKey = async (accountId: string, keyId: string) => {
  const r = await h.venue.submit({
    type: 'createApiKey',
    keyId,
    accountId,
    keyType: 'hmac',
    scopes: ['read', 'trade'],
    secret: SECRET,
  });
  expect(r.ok).toBe(true);
};

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

describe('order entry', () => {
  it('acknowledges a limit order with ExecutionReport New after it is durable, visible to the venue queries', async () => {
    const c = await loggedOn();
    c.send('D', nos('buy-1', '1', '0.0100', '50000.10'));
    const m = await c.next(type('8'));
    expect([m.get(150), m.get(39), m.get(11), m.get(44), m.get(38), m.get(151), m.get(14), m.get(6)]).toEqual(
      ['0', '0', 'buy-1', '50000.10', '0.0100', '0.0100', '0.0000', '0'],
    );
    const view = h.venue.engine.getOrderByClientOrderId('acc-a', 'buy-1');
    expect(view?.orderId).toBe(m.get(37));
    expect(view?.status).toBe('new');
  });

  it('rejects an off-grid price with 39=8 and the catalogue code, without recording the order', async () => {
    const c = await loggedOn();
    c.send('D', nos('off-grid', '1', '0.0100', '50000.001'));
    const m = await c.next(type('8'));
    expect([m.get(150), m.get(39), m.get(8015)]).toEqual(['8', '8', 'PRICE_NOT_ON_TICK']);
    expect(m.get(58)).toMatch(/^PRICE_NOT_ON_TICK/);
    expect(h.venue.engine.getOrderByClientOrderId('acc-a', 'off-grid')).toBeUndefined();
  });

  it('reports a state-dependent rejection (INSUFFICIENT_FUNDS) from the recorded order', async () => {
    const c = await loggedOn();
    c.send('D', nos('too-big', '1', '100.0000', '50000.00'));
    const m = await c.next(type('8'));
    expect([m.get(150), m.get(39), m.get(103), m.get(8015)]).toEqual(['8', '8', '3', 'INSUFFICIENT_FUNDS']);
    expect(m.get(37)).toBe(h.venue.engine.getOrderByClientOrderId('acc-a', 'too-big')?.orderId);
  });

  it('reports partial and full fills against an order entered outside FIX (as REST would)', async () => {
    const c = await loggedOn();
    const rest = await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'sell',
      orderType: 'limit',
      price: '50000.00',
      quantity: '0.0300',
      clientOrderId: 'rest-ask',
    });
    expect(rest.ok).toBe(true);
    c.send('D', nos('take-1', '1', '0.0100', '50000.00'));
    expect((await c.next(er((m) => m.get(11) === 'take-1' && m.get(150) === '0'))).get(39)).toBe('0');
    const fill = await c.next(er((m) => m.get(150) === 'F'));
    expect([
      fill.get(39),
      fill.get(31),
      fill.get(32),
      fill.get(14),
      fill.get(151),
      fill.get(6),
      fill.get(851),
    ]).toEqual(['2', '50000.00', '0.0100', '0.0100', '0.0000', '50000.000000', '2']);
    // A resting FIX order partially filled by another account's order.
    c.send('D', nos('rest-bid', '1', '0.0200', '49000.00'));
    const ack = await c.next(er((m) => m.get(11) === 'rest-bid'));
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'sell',
      orderType: 'limit',
      price: '49000.00',
      quantity: '0.0050',
    });
    const partial = await c.next(er((m) => m.get(37) === ack.get(37) && m.get(150) === 'F'));
    expect([partial.get(39), partial.get(32), partial.get(14), partial.get(151), partial.get(851)]).toEqual([
      '1',
      '0.0050',
      '0.0050',
      '0.0150',
      '1',
    ]);
  });

  it('cancels by OrigClOrdID and refuses to cancel an unknown order with OrderCancelReject', async () => {
    const c = await loggedOn();
    c.send('D', nos('c-1', '1', '0.0100', '40000.00'));
    await c.next(type('8'));
    c.send('F', [
      [41, 'c-1'],
      [11, 'c-1-cxl'],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
    ]);
    const m = await c.next(er((x) => x.get(150) === '4'));
    expect([m.get(39), m.get(11), m.get(41), m.get(151)]).toEqual(['4', 'c-1-cxl', 'c-1', '0.0000']);
    expect(h.venue.engine.getOrderByClientOrderId('acc-a', 'c-1')?.status).toBe('canceled');
    c.send('F', [
      [41, 'nope'],
      [11, 'nope-cxl'],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
    ]);
    const rej = await c.next(type('9'));
    expect([rej.get(102), rej.get(434), rej.get(8015)]).toEqual(['1', '1', 'ORDER_NOT_FOUND']);
  });

  it('replaces price and quantity; the order is then known by the new ClOrdID', async () => {
    const c = await loggedOn();
    c.send('D', nos('r-1', '1', '0.0100', '40000.00'));
    const ack = await c.next(type('8'));
    c.send('G', [
      [41, 'r-1'],
      [11, 'r-2'],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
      [38, '0.0200'],
      [40, '2'],
      [44, '40100.00'],
    ]);
    const rep = await c.next(er((m) => m.get(150) === '5'));
    expect([rep.get(37), rep.get(11), rep.get(41), rep.get(44), rep.get(38)]).toEqual([
      ack.get(37),
      'r-2',
      'r-1',
      '40100.00',
      '0.0200',
    ]);
    c.send('H', [
      [11, 'r-2'],
      [55, 'BTC-USD'],
      [54, '1'],
      [790, 'st-1'],
    ]);
    const st = await c.next(er((m) => m.get(150) === 'I'));
    expect([st.get(37), st.get(790), st.get(39), st.get(44)]).toEqual([ack.get(37), 'st-1', '0', '40100.00']);
    c.send('F', [
      [41, 'r-2'],
      [11, 'r-3'],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
    ]);
    expect((await c.next(er((m) => m.get(150) === '4'))).get(37)).toBe(ack.get(37));
  });

  it('answers a status request for an unknown order with 150=I, 39=8', async () => {
    const c = await loggedOn();
    c.send('H', [
      [11, 'never-sent'],
      [55, 'BTC-USD'],
      [54, '1'],
      [790, 'q1'],
    ]);
    const st = await c.next(type('8'));
    expect([st.get(150), st.get(39), st.get(790), st.get(8015)]).toEqual(['I', '8', 'q1', 'ORDER_NOT_FOUND']);
  });

  it('mass-cancels all orders of the account and reports the count', async () => {
    const c = await loggedOn();
    c.send('D', nos('m-1', '1', '0.0100', '40000.00'));
    c.send('D', nos('m-2', '1', '0.0100', '40001.00'));
    await c.next(er((m) => m.get(11) === 'm-2'));
    c.send('q', [
      [11, 'mass-1'],
      [530, '7'],
      [60, now()],
    ]);
    const r = await c.next(type('r'));
    expect([r.get(531), r.get(533)]).toEqual(['7', '2']);
    expect(h.venue.engine.listOrders('acc-a', { status: 'open' }).data).toHaveLength(0);
  });

  it('refuses order entry for a read-only key with BusinessMessageReject (reason 6)', async () => {
    await addAccount(h.venue, 'acc-r', 'key-r', ['read']);
    const c = await loggedOn('key-r');
    c.send('D', nos('ro-1', '1', '0.0100', '40000.00'));
    const bmr = await c.next(type('j'));
    expect(bmr.get(380)).toBe('6');
  });

  it('cancels only the orders entered through a CancelOnDisconnect session when it drops', async () => {
    await addKey('acc-a', 'key-a2');
    const c = await loggedOn('key-a', { cod: true });
    const other = await loggedOn('key-a2');
    c.send('D', nos('cod-1', '1', '0.0100', '40000.00'));
    await c.next(er((m) => m.get(11) === 'cod-1'));
    c.send('D', nos('cod-2', '2', '0.0100', '60000.00'));
    await c.next(er((m) => m.get(11) === 'cod-2'));
    other.send('D', nos('other-1', '1', '0.0100', '40001.00'));
    await other.next(er((m) => m.get(11) === 'other-1'));
    const outside = await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-a',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '40002.00',
      quantity: '0.0100',
      clientOrderId: 'outside-1',
    });
    expect(outside.ok).toBe(true);
    c.close();
    // The other session of the account sees the cancels as they happen.
    for (const id of ['cod-1', 'cod-2']) {
      const report = await other.next(er((m) => m.get(11) === id && m.get(150) === '4'));
      expect(report.get(58)).toBe('canceled: disconnect');
    }
    const status = (id: string) => h.venue.engine.getOrderByClientOrderId('acc-a', id);
    expect(status('cod-1')?.cancelReason).toBe('disconnect');
    expect(status('cod-2')?.cancelReason).toBe('disconnect');
    expect(status('other-1')?.status).toBe('new');
    expect(status('outside-1')?.status).toBe('new');
  });

  it('remembers the session orders across reconnects and a venue restart', async () => {
    const first = await loggedOn('key-a');
    first.send('D', nos('kept-1', '1', '0.0100', '40000.00'));
    await first.next(er((m) => m.get(11) === 'kept-1'));
    first.close();
    // Without CancelOnDisconnect the order outlives the connection, and the venue restarts.
    await new Promise((r) => setTimeout(r, 50));
    expect(h.venue.engine.getOrderByClientOrderId('acc-a', 'kept-1')?.status).toBe('new');
    await h.restart();
    const second = await loggedOn('key-a', { cod: true, reset: true });
    second.close();
    await until(() => h.venue.engine.getOrderByClientOrderId('acc-a', 'kept-1')?.status === 'canceled');
    expect(h.venue.engine.getOrderByClientOrderId('acc-a', 'kept-1')?.cancelReason).toBe('disconnect');
  });
});

describe('market data', () => {
  it('sends a snapshot, then incremental book and trade updates from durable events', async () => {
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'sell',
      orderType: 'limit',
      price: '51000.00',
      quantity: '0.5000',
    });
    const c = await loggedOn();
    c.send('V', [
      [262, 'md-1'],
      [263, '1'],
      [264, 0],
      [265, 1],
      [267, 3],
      [269, '0'],
      [269, '1'],
      [269, '2'],
      [146, 1],
      [55, 'BTC-USD'],
    ]);
    const snap = await c.next(type('W'));
    expect(snap.get(55)).toBe('BTC-USD');
    expect(snap.get(268)).toBe('1');
    expect([snap.get(269), snap.get(270), snap.get(271)]).toEqual(['1', '51000.00', '0.5000']);
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '50000.00',
      quantity: '0.1000',
    });
    const inc = await c.next(type('X'));
    expect([inc.get(279), inc.get(269), inc.get(270), inc.get(271)]).toEqual([
      '0',
      '0',
      '50000.00',
      '0.1000',
    ]);
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-a',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '51000.00',
      quantity: '0.5000',
    });
    const trade = await c.next((m) => m.get(35) === 'X' && m.get(269) === '2');
    expect([trade.get(270), trade.get(271), trade.get(5797)]).toEqual(['51000.00', '0.5000', '1']);
    const gone = await c.next((m) => m.get(35) === 'X' && m.get(279) === '2');
    expect([gone.get(269), gone.get(270)]).toEqual(['1', '51000.00']);
  });

  it('stops updates after an unsubscribe (263=2)', async () => {
    const c = await loggedOn();
    c.send('V', [
      [262, 'md-u'],
      [263, '1'],
      [264, 0],
      [267, 1],
      [269, '0'],
      [146, 1],
      [55, 'BTC-USD'],
    ]);
    await c.next(type('W'));
    c.send('V', [
      [262, 'md-u'],
      [263, '2'],
      [264, 0],
      [267, 1],
      [269, '0'],
      [146, 1],
      [55, 'BTC-USD'],
    ]);
    c.send('1', [[112, 'fence']]);
    await c.next(type('0'));
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '100.00',
      quantity: '0.1000',
    });
    c.send('1', [[112, 'after']]);
    await c.next((m) => m.get(112) === 'after');
    expect(c.pending().filter(type('X'))).toHaveLength(0);
  });

  it('rejects an unknown symbol with MarketDataRequestReject', async () => {
    const c = await loggedOn();
    c.send('V', [
      [262, 'md-2'],
      [263, '0'],
      [264, 5],
      [267, 1],
      [269, '0'],
      [146, 1],
      [55, 'DOGE-USD'],
    ]);
    const rej = await c.next(type('Y'));
    expect(rej.get(281)).toBe('0');
  });
});
