/**
 * End to end through the front doors, with an independent FIX engine as the initiator: the real
 * server (`createServer`: REST, WebSocket and FIX over one durable venue), accounts and keys made
 * through the back office, orders from signed REST, a jspurefix session loading our dictionary,
 * and a plain `ws` client. Orders entered over FIX are visible over REST and WebSocket and vice
 * versa.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { FrontDoors, type Trader } from './front-doors.ts';
import { RawClient } from './helpers.ts';
import { connectJspf, type Received, sentLogons } from './jspurefix-client.ts';

let v: FrontDoors;
let storeDir: string;
let maker: Trader;
let taker: Trader;
const stops: Array<() => void> = [];
const closers: Array<{ close(): void }> = [];

beforeEach(async () => {
  v = await FrontDoors.start();
  storeDir = await mkdtemp(path.join(os.tmpdir(), 'ov-jspf-'));
  maker = await v.trader('maker');
  taker = await v.trader('taker');
});
afterEach(async () => {
  for (const s of stops.splice(0)) s();
  for (const c of closers.splice(0)) c.close();
  await v.close();
  await rm(storeDir, { recursive: true, force: true });
});

const start = async (who: Trader, extra: { badSecret?: string; reset?: boolean; keyId?: string } = {}) => {
  const c = await connectJspf({
    port: v.fixPort,
    keyId: extra.keyId ?? who.keyId,
    secret: who.secret,
    storeDir,
    ...(extra.badSecret !== undefined && { badSecret: extra.badSecret }),
    ...(extra.reset !== undefined && { reset: extra.reset }),
  });
  stops.push(c.stop);
  return c;
};
const order = (clOrdId: string, side: '1' | '2', qty: string, price: string) => ({
  ClOrdID: clOrdId,
  Symbol: 'BTC-USD',
  Side: side,
  TransactTime: new Date(),
  OrderQty: Number(qty),
  OrdType: '2',
  Price: Number(price),
});
const restLimit = (side: 'buy' | 'sell', price: string, quantity: string, clientOrderId: string) => ({
  market: 'BTC-USD',
  side,
  type: 'limit',
  price,
  quantity,
  timeInForce: 'GTC',
  clientOrderId,
});
const report = (clOrdId: string, execType: string) => (m: Received) =>
  m.msgType === '8' && m.body.ClOrdID === clOrdId && m.body.ExecType === execType;

describe('jspurefix initiator against the real server', () => {
  it('fills a FIX order against a REST order; REST and WebSocket see the FIX order and its fill', async () => {
    const resting = await v.rest(
      maker,
      'POST',
      '/v1/orders',
      restLimit('sell', '50000.00', '0.0200', 'rest-1'),
    );
    expect(resting.status).toBe(201);
    const ws = await v.ws(taker, ['orders', 'executions']);
    closers.push(ws);
    const { session: s } = await start(taker);
    await s.waitUntil(() => s.ready);

    s.sendMessage('D', order('j-buy', '1', '0.0100', '50000.00'));
    const ack = await s.waitFor(report('j-buy', '0'));
    expect(ack.body).toMatchObject({ OrdStatus: '0', CumQty: 0, LeavesQty: 0.01, AvgPx: 0 });
    const fill = await s.waitFor(report('j-buy', 'F'));
    expect(fill.body).toMatchObject({
      OrderID: ack.body.OrderID,
      OrdStatus: '2',
      LastPx: 50000,
      LastQty: 0.01,
      CumQty: 0.01,
      AvgPx: 50000,
      LeavesQty: 0,
      LastLiquidityInd: 2,
    });
    const orderId = String(ack.body.OrderID);
    const executionId = String(fill.body.ExecID).replace(/^E/, '');

    const got = await v.rest(taker, 'GET', `/v1/orders/${orderId}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      orderId,
      clientOrderId: 'j-buy',
      status: 'filled',
      side: 'buy',
      price: '50000.00',
      quantity: '0.0100',
      filledQuantity: '0.0100',
    });
    const executions = await v.rest(taker, 'GET', `/v1/executions?orderId=${orderId}`);
    expect(executions.body.data).toEqual([
      expect.objectContaining({
        executionId,
        orderId,
        clientOrderId: 'j-buy',
        price: '50000.00',
        quantity: '0.0100',
        liquidity: 'taker',
        tradeId: String(fill.body.TradeID),
      }),
    ]);
    // The maker's REST order took the other side of the same trade.
    const makerOrder = await v.rest(maker, 'GET', `/v1/orders/${resting.body.orderId}`);
    expect(makerOrder.body).toMatchObject({ status: 'partiallyFilled', filledQuantity: '0.0100' });
    // Another account cannot read the FIX order.
    expect((await v.rest(maker, 'GET', `/v1/orders/${orderId}`)).status).toBe(404);

    const streamed = await ws.next(
      (m) => m.channel === 'orders' && m.data?.orderId === orderId && m.data.status === 'filled',
    );
    expect(streamed.data).toMatchObject({ clientOrderId: 'j-buy', filledQuantity: '0.0100' });
    const streamedFill = await ws.next((m) => m.channel === 'executions' && m.data?.orderId === orderId);
    expect(streamedFill.data).toMatchObject({ executionId, price: '50000.00', quantity: '0.0100' });
    s.done();
  });

  it('reports orders the account places over REST to its FIX session, and each side can cancel the other', async () => {
    const { session: s } = await start(taker);
    await s.waitUntil(() => s.ready);

    const placed = await v.rest(
      taker,
      'POST',
      '/v1/orders',
      restLimit('buy', '40000.00', '0.0100', 'rest-a-1'),
    );
    expect(placed.status).toBe(201);
    // As the Rules of Engagement say: New, with the REST clientOrderId as ClOrdID.
    const seen = await s.waitFor(report('rest-a-1', '0'));
    expect(seen.body).toMatchObject({ OrderID: placed.body.orderId, OrdStatus: '0', Price: 40000 });

    // A REST amend reaches FIX as Replaced; a FIX cancel of the REST order shows over REST.
    const amended = await v.rest(taker, 'PATCH', `/v1/orders/${placed.body.orderId}`, { price: '40100.00' });
    expect(amended.status).toBe(200);
    const replaced = await s.waitFor(report('rest-a-1', '5'));
    expect(replaced.body).toMatchObject({ OrderID: placed.body.orderId, Price: 40100 });
    s.sendMessage('F', {
      OrigClOrdID: 'rest-a-1',
      ClOrdID: 'fix-cxl-1',
      Symbol: 'BTC-USD',
      Side: '1',
      TransactTime: new Date(),
    });
    await s.waitFor(report('fix-cxl-1', '4'));
    const after = await v.rest(taker, 'GET', `/v1/orders/${placed.body.orderId}`);
    expect(after.body).toMatchObject({ status: 'canceled', cancelReason: 'user' });

    // And the other way: a FIX order canceled over REST is reported Canceled on FIX.
    s.sendMessage('D', order('j-rest', '1', '0.0100', '39000.00'));
    const ack = await s.waitFor(report('j-rest', '0'));
    const byClientId = await v.rest(taker, 'DELETE', '/v1/orders/by-client-id/j-rest');
    expect(byClientId.status).toBe(200);
    const canceled = await s.waitFor(report('j-rest', '4'));
    expect(canceled.body).toMatchObject({ OrderID: ack.body.OrderID, OrdStatus: '4', CumQty: 0 });

    // A REST order without a clientOrderId is reported by its OrderID alone.
    const { clientOrderId: _none, ...anonymous } = restLimit('buy', '38000.00', '0.0100', 'unused');
    const bare = await v.rest(taker, 'POST', '/v1/orders', anonymous);
    expect(bare.status).toBe(201);
    const bareReport = await s.waitFor((m) => m.msgType === '8' && m.body.OrderID === bare.body.orderId);
    expect(bareReport.body).toMatchObject({ ExecType: '0', OrdStatus: '0', Price: 38000 });
    expect(bareReport.body.ClOrdID).toBeUndefined();

    // Another account's REST orders never reach this session.
    await v.rest(maker, 'POST', '/v1/orders', restLimit('sell', '70000.00', '0.0100', 'maker-only'));
    await s.waitFor(report('j-rest', '4'));
    s.sendMessage('H', { ClOrdID: 'j-rest', Symbol: 'BTC-USD', Side: '1' });
    await s.waitFor((m) => m.msgType === '8' && m.body.ExecType === 'I');
    expect(s.received.some((m) => m.body.ClOrdID === 'maker-only')).toBe(false);
    s.done();
  });

  it('replaces, cancels, mass-cancels, gets market data and logs out', async () => {
    const { session: s, run } = await start(taker);
    await s.waitUntil(() => s.ready);
    await v.rest(maker, 'POST', '/v1/orders', restLimit('sell', '50000.00', '0.0100', 'ask-1'));

    s.sendMessage('D', order('j-rest', '1', '0.0100', '40000.00'));
    const ack = await s.waitFor(report('j-rest', '0'));
    s.sendMessage('G', {
      OrigClOrdID: 'j-rest',
      ClOrdID: 'j-rest-2',
      Symbol: 'BTC-USD',
      Side: '1',
      TransactTime: new Date(),
      OrderQty: 0.02,
      OrdType: '2',
      Price: 40500,
    });
    const replaced = await s.waitFor((m) => m.msgType === '8' && m.body.ExecType === '5');
    expect(replaced.body).toMatchObject({
      OrderID: ack.body.OrderID,
      ClOrdID: 'j-rest-2',
      OrigClOrdID: 'j-rest',
      Price: 40500,
      OrderQty: 0.02,
    });
    const viaRest = await v.rest(taker, 'GET', `/v1/orders/${ack.body.OrderID}`);
    expect(viaRest.body).toMatchObject({ price: '40500.00', quantity: '0.0200', status: 'new' });
    s.sendMessage('F', {
      OrigClOrdID: 'j-rest-2',
      ClOrdID: 'j-cxl',
      Symbol: 'BTC-USD',
      Side: '1',
      TransactTime: new Date(),
    });
    const canceled = await s.waitFor(report('j-cxl', '4'));
    expect(canceled.body).toMatchObject({ OrderID: ack.body.OrderID, OrdStatus: '4' });

    s.sendMessage('D', order('j-m1', '1', '0.0100', '40000.00'));
    s.sendMessage('D', order('j-m2', '1', '0.0100', '40001.00'));
    await s.waitFor(report('j-m2', '0'));
    s.sendMessage('q', { ClOrdID: 'j-mass', MassCancelRequestType: '7', TransactTime: new Date() });
    const mass = await s.waitFor((m) => m.msgType === 'r');
    expect(mass.body).toMatchObject({ MassCancelResponse: '7', TotalAffectedOrders: 2 });
    const open = await v.rest(taker, 'GET', '/v1/orders?status=open');
    expect(open.body.data).toEqual([]);

    s.sendMessage('V', {
      MDReqID: 'md-1',
      SubscriptionRequestType: '1',
      MarketDepth: 0,
      MDUpdateType: 1,
      NoMDEntryTypes: [{ MDEntryType: '0' }, { MDEntryType: '1' }],
      NoRelatedSym: [{ Symbol: 'BTC-USD' }],
    });
    const snap = await s.waitFor((m) => m.msgType === 'W');
    expect(snap.body).toMatchObject({
      Symbol: 'BTC-USD',
      NoMDEntries: [{ MDEntryType: '1', MDEntryPx: 50000, MDEntrySize: 0.01 }],
    });
    await v.rest(maker, 'POST', '/v1/orders', restLimit('buy', '45000.00', '0.1000', 'bid-1'));
    const inc = await s.waitFor((m) => m.msgType === 'X');
    expect(inc.body).toMatchObject({
      NoMDEntries: [{ MDUpdateAction: '0', MDEntryType: '0', MDEntryPx: 45000, MDEntrySize: 0.1 }],
    });
    const book = await v.rest(maker, 'GET', '/v1/markets/BTC-USD/book');
    // The book's sequence is the one REST (and WebSocket) publish.
    expect(inc.body.MDBookSeqNum).toBe(book.body.seq);

    s.done();
    await run;
    // Logged out: the session is free for a new connection of the key.
    const again = await RawClient.connect(v.fixPort, taker.keyId);
    closers.push(again);
    expect((await again.logon({ reset: true, secret: taker.secret })).get(35)).toBe('A');
  });

  it('reconnects with sequence recovery: a REST fill made while away arrives by resend', async () => {
    const first = await start(taker);
    await first.session.waitUntil(() => first.session.ready);
    first.session.sendMessage('D', order('away-1', '2', '0.0100', '60000.00'));
    await first.session.waitFor(report('away-1', '0'));
    // The server restarts under the client (its connection drops without a Logout).
    await v.restart();
    await first.run;
    // Filled over REST while the client is away: the report gets a sequence number and waits.
    const taken = await v.rest(
      maker,
      'POST',
      '/v1/orders',
      restLimit('buy', '60000.00', '0.0100', 'taker-1'),
    );
    expect(taken.body).toMatchObject({ status: 'filled' });
    const second = await start(taker);
    const fill = await second.session.waitFor(report('away-1', 'F'), 10_000);
    expect(fill.body).toMatchObject({ OrdStatus: '2', LastQty: 0.01, LastPx: 60000, CumQty: 0.01 });
    expect((fill.body.StandardHeader as Record<string, unknown>).PossDupFlag).toBe(true);
    await second.session.waitUntil(() => second.session.ready);
  });

  it('refuses a bad signature, an unknown key and a replayed Logon', async () => {
    const bad = await start(taker, { badSecret: 'not-the-secret-at-all-0000000000' });
    await bad.run;
    expect(bad.session.ready).toBe(false);
    const unknown = await start(taker, { keyId: 'key_unknown' });
    await unknown.run;
    expect(unknown.session.ready).toBe(false);

    sentLogons.length = 0;
    const good = await start(maker, { reset: true });
    await good.session.waitUntil(() => good.session.ready);
    good.session.done();
    await good.run;
    const logon = sentLogons.find((f) => f.includes(`49=${maker.keyId}\x01`));
    expect(logon).toBeDefined();
    const replay = await RawClient.connect(v.fixPort, maker.keyId);
    closers.push(replay);
    replay.write(logon as Buffer);
    const answer = await replay.next();
    expect(answer.get(35)).toBe('5');
    expect(answer.get(58)).toMatch(/^REPLAYED_REQUEST/);
  });
});

describe('cancel-on-disconnect through the real server', () => {
  it('cancels the orders of the dropped session only: another session of the account and REST orders survive', async () => {
    const second = await v.key(taker.accountId);
    const cod = await RawClient.connect(v.fixPort, taker.keyId);
    const other = await RawClient.connect(v.fixPort, second.keyId);
    closers.push(cod, other);
    expect((await cod.logon({ cod: true, secret: taker.secret })).get(8013)).toBe('Y');
    expect((await other.logon({ secret: second.secret })).get(35)).toBe('A');
    const nos = (clOrdId: string, price: string): Array<[number, string]> => [
      [11, clOrdId],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, formatUtcTimestamp(Date.now() * 1000)],
      [38, '0.0100'],
      [40, '2'],
      [44, price],
    ];
    cod.send('D', nos('cod-1', '40000.00'));
    await cod.next((m) => m.get(35) === '8' && m.get(11) === 'cod-1');
    other.send('D', nos('other-1', '40001.00'));
    await other.next((m) => m.get(35) === '8' && m.get(11) === 'other-1');
    const rest = await v.rest(taker, 'POST', '/v1/orders', restLimit('buy', '40002.00', '0.0100', 'rest-1'));
    expect(rest.status).toBe(201);

    cod.close();
    const gone = await other.next((m) => m.get(35) === '8' && m.get(11) === 'cod-1' && m.get(150) === '4');
    expect(gone.get(58)).toBe('canceled: disconnect');
    const byId = async (id: string) =>
      (await v.rest(taker, 'GET', `/v1/orders/by-client-id/${id}`)).body as Record<string, unknown>;
    expect(await byId('cod-1')).toMatchObject({ status: 'canceled', cancelReason: 'disconnect' });
    expect(await byId('other-1')).toMatchObject({ status: 'new' });
    expect(await byId('rest-1')).toMatchObject({ status: 'new' });
  });
});
