/**
 * End to end with an independent FIX engine as the initiator: jspurefix, loading our dictionary,
 * against the gateway over TCP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, RawClient, SECRET, startHarness } from './helpers.ts';
import { connectJspf, sentLogons } from './jspurefix-client.ts';

let h: Harness;
let storeDir: string;
const stops: Array<() => void> = [];

beforeEach(async () => {
  h = await startHarness();
  storeDir = await mkdtemp(path.join(os.tmpdir(), 'ov-jspf-'));
});
afterEach(async () => {
  for (const s of stops.splice(0)) s();
  await h.close();
  await rm(storeDir, { recursive: true, force: true });
});

const start = async (keyId = 'key-a', extra: { badSecret?: string; reset?: boolean } = {}) => {
  const c = await connectJspf({ port: h.gateway.port, keyId, secret: SECRET, storeDir, ...extra });
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

describe('jspurefix initiator', () => {
  it('logs on with a signature, trades against an outside order, cancels, replaces, mass-cancels, gets market data and logs out', async () => {
    const { session: s, run } = await start();
    await s.waitUntil(() => s.ready);
    expect(h.gateway.loggedOn.has('key-a')).toBe(true);

    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'sell',
      orderType: 'limit',
      price: '50000.00',
      quantity: '0.0200',
      clientOrderId: 'rest-1',
    });
    s.sendMessage('D', order('j-buy', '1', '0.01', '50000'));
    const fill = await s.waitFor((m) => m.msgType === '8' && m.body.ExecType === 'F');
    expect(fill.body).toMatchObject({
      ClOrdID: 'j-buy',
      OrdStatus: '2',
      LastPx: 50000,
      LastQty: 0.01,
      CumQty: 0.01,
      LeavesQty: 0,
    });
    expect(h.venue.engine.getOrderByClientOrderId('acc-a', 'j-buy')?.status).toBe('filled');

    s.sendMessage('D', order('j-rest', '1', '0.01', '40000'));
    const ack = await s.waitFor((m) => m.msgType === '8' && m.body.ClOrdID === 'j-rest');
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
    });
    s.sendMessage('F', {
      OrigClOrdID: 'j-rest-2',
      ClOrdID: 'j-cxl',
      Symbol: 'BTC-USD',
      Side: '1',
      TransactTime: new Date(),
    });
    const canceled = await s.waitFor((m) => m.msgType === '8' && m.body.ExecType === '4');
    expect(canceled.body).toMatchObject({ OrderID: ack.body.OrderID, OrdStatus: '4' });

    s.sendMessage('D', order('j-m1', '1', '0.01', '40000'));
    s.sendMessage('D', order('j-m2', '1', '0.01', '40001'));
    await s.waitFor((m) => m.msgType === '8' && m.body.ClOrdID === 'j-m2');
    s.sendMessage('q', { ClOrdID: 'j-mass', MassCancelRequestType: '7', TransactTime: new Date() });
    const mass = await s.waitFor((m) => m.msgType === 'r');
    expect(mass.body).toMatchObject({ MassCancelResponse: '7', TotalAffectedOrders: 2 });

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
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '45000.00',
      quantity: '0.1000',
    });
    const inc = await s.waitFor((m) => m.msgType === 'X');
    expect(inc.body).toMatchObject({
      NoMDEntries: [{ MDUpdateAction: '0', MDEntryType: '0', MDEntryPx: 45000, MDEntrySize: 0.1 }],
    });

    s.done();
    await run;
    await s.waitUntil(() => !h.gateway.loggedOn.has('key-a'));
  });

  it('reconnects with sequence recovery: a fill made while away arrives by resend', async () => {
    const first = await start();
    await first.session.waitUntil(() => first.session.ready);
    first.session.sendMessage('D', order('away-1', '2', '0.01', '60000'));
    await first.session.waitFor((m) => m.msgType === '8' && m.body.ClOrdID === 'away-1');
    // The venue restarts under the client (its connection drops without a Logout).
    await h.restart();
    await first.run;
    // Filled while the client is away: the report gets a sequence number and waits in the store.
    await h.venue.submit({
      type: 'placeOrder',
      accountId: 'acc-b',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '60000.00',
      quantity: '0.0100',
    });
    const second = await start();
    const fill = await second.session.waitFor((m) => m.msgType === '8' && m.body.ExecType === 'F', 10_000);
    expect(fill.body).toMatchObject({ ClOrdID: 'away-1', OrdStatus: '2', LastQty: 0.01 });
    expect((fill.body.StandardHeader as Record<string, unknown>).PossDupFlag).toBe(true);
    await second.session.waitUntil(() => second.session.ready);
  });

  it('refuses a bad signature, an unknown key and a replayed Logon', async () => {
    const bad = await start('key-a', { badSecret: 'not-the-secret-at-all-0000000000' });
    await bad.run;
    expect(bad.session.ready).toBe(false);
    const unknown = await start('key-zz');
    await unknown.run;
    expect(unknown.session.ready).toBe(false);
    expect(h.gateway.loggedOn.size).toBe(0);

    sentLogons.length = 0;
    const good = await start('key-b', { reset: true });
    await good.session.waitUntil(() => good.session.ready);
    good.session.done();
    await good.run;
    const logon = sentLogons.find((f) => f.includes('49=key-b\x01'));
    expect(logon).toBeDefined();
    await good.session.waitUntil(() => !h.gateway.loggedOn.has('key-b'));
    const replay = await RawClient.connect(h.gateway.port, 'key-b');
    replay.write(logon as Buffer);
    const answer = await replay.next();
    expect(answer.get(35)).toBe('5');
    expect(answer.get(58)).toMatch(/^REPLAYED_REQUEST/);
    replay.close();
  });
});
