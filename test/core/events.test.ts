// The documented event order of a command, book/balance change aggregation, and restore.

import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/core/index.ts';
import { orderOf, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100' };

describe('event order', () => {
  it('expiry, then per fill trade/maker execution/taker execution/maker order, then taker, book, balances', () => {
    const v = venue({ b: rich, a: rich, c: rich });
    const t = v.ts();
    const gtd = orderOf(
      v.place('c', { price: '1.00', quantity: '2.0000', timeInForce: 'GTD', expireAt: t + 100 }),
    );
    const m1 = orderOf(v.place('b', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const own = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const m2 = orderOf(v.place('c', { side: 'sell', price: '50001.00', quantity: '0.2000' }));
    const r = v.run({
      type: 'placeOrder',
      ts: t + 200,
      accountId: 'a',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '50001.00',
      quantity: '0.2000',
      selfTradePrevention: 'cancelMaker',
    });
    const shape = r.events.map((e) => {
      switch (e.type) {
        case 'order':
          return `order ${e.order.orderId} ${e.order.status}`;
        case 'execution':
          return `execution ${e.execution.orderId} ${e.execution.liquidity}`;
        case 'trade':
          return `trade ${e.trade.tradeId}`;
        case 'book':
          return `book ${e.market} ${e.seq}`;
        case 'balance':
          return `balance ${e.accountId} ${e.asset}`;
        default:
          return e.type;
      }
    });
    const taker = orderOf(r).orderId;
    expect(shape).toEqual([
      `order ${gtd.orderId} expired`,
      'trade 1',
      `execution ${m1.orderId} maker`,
      `execution ${taker} taker`,
      `order ${m1.orderId} filled`,
      `order ${own.orderId} canceled`,
      'trade 2',
      `execution ${m2.orderId} maker`,
      `execution ${taker} taker`,
      `order ${m2.orderId} partiallyFilled`,
      `order ${taker} filled`,
      'book BTC-USD 5',
      'balance a BTC',
      'balance a USD',
      'balance b BTC',
      'balance b USD',
      'balance c BTC',
      'balance c USD',
    ]);
    const book = r.events.find((e) => e.type === 'book');
    expect(book).toEqual({
      type: 'book',
      market: 'BTC-USD',
      seq: 5,
      bids: [{ price: 100, quantity: 0 }],
      asks: [
        { price: 5_000_000, quantity: 0 },
        { price: 5_000_100, quantity: 10_000_000 },
      ],
    });
  });

  it('emits no book event and keeps the seq when levels end where they started', () => {
    const v = venue({ a: rich });
    const o = orderOf(v.place('a', { price: '100.00', quantity: '1.0000' }));
    const seq = v.engine.book('BTC-USD')?.seq;
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '2.0000' });
    expect(r.events.filter((e) => e.type === 'book')).toHaveLength(1);
    v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, price: '101.00' });
    const back = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, price: '100.00' });
    expect(back.events.find((e) => e.type === 'book')).toMatchObject({
      bids: [
        { price: 10_100, quantity: 0 },
        { price: 10_000, quantity: 20_000 * 10_000 },
      ],
    });
    expect(v.engine.book('BTC-USD')?.seq).toBe((seq ?? 0) + 3);
  });

  it('formats event payloads as API views', () => {
    const v = venue({ a: rich, b: rich });
    v.place('a', { side: 'sell', price: '50000.10', quantity: '0.0100' });
    const r = v.place('b', { price: '50000.10', quantity: '0.0100' });
    for (const e of r.events) {
      if (e.type === 'trade')
        expect(v.engine.tradeView(e.trade)).toMatchObject({ price: '50000.10', quantity: '0.0100' });
      if (e.type === 'execution')
        expect(v.engine.executionView(e.execution).quoteQuantity).toBe('500.001000');
      if (e.type === 'book')
        expect(v.engine.bookLevelsView(e)).toEqual({
          bids: [],
          asks: [{ price: '50000.10', quantity: '0.0000' }],
        });
      if (e.type === 'balance' && e.accountId === 'b' && e.asset === 'BTC') {
        expect(v.engine.balanceView(e)).toEqual({
          asset: 'BTC',
          total: '100.01000000',
          available: '100.01000000',
          locked: '0.00000000',
        });
      }
      if (e.type === 'order') expect(v.engine.orderView(e.order).status).toBe('filled');
    }
  });
});

describe('snapshot and restore', () => {
  it('a restored engine continues exactly like the original', () => {
    const v = venue({ a: rich, b: rich }, { a: [10, 20], b: [5, 25] });
    const t = v.ts();
    v.place('a', { side: 'sell', price: '50000.00', quantity: '0.3000', clientOrderId: 'k1' });
    v.place('a', {
      side: 'sell',
      price: '50002.00',
      quantity: '0.3000',
      timeInForce: 'GTD',
      expireAt: t + 50,
    });
    v.place('b', { price: '49990.00', quantity: '0.2000' });
    v.place('b', { price: '50000.00', quantity: '0.1000' });
    const copy = Engine.restore(JSON.parse(JSON.stringify(v.engine.snapshot())));
    const next = [
      {
        type: 'placeOrder',
        ts: t + 20,
        accountId: 'b',
        market: 'BTC-USD',
        side: 'buy',
        orderType: 'market',
        quantity: '0.4000',
      },
      {
        type: 'placeOrder',
        ts: t + 21,
        accountId: 'a',
        market: 'BTC-USD',
        side: 'sell',
        orderType: 'limit',
        price: '50000.00',
        quantity: '0.3000',
        clientOrderId: 'k1',
      },
      { type: 'amendOrder', ts: t + 22, accountId: 'b', orderId: '3', quantity: '0.1000' },
      { type: 'expireOrders', ts: t + 60 },
      { type: 'cancelAll', ts: t + 61, accountId: 'b' },
    ] as const;
    for (const cmd of next) expect(copy.apply(cmd as never)).toEqual(v.engine.apply(cmd as never));
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(v.engine.snapshot()));
    expect(copy.listOrders('a')).toEqual(v.engine.listOrders('a'));
    expect(copy.positions('b')).toEqual(v.engine.positions('b'));
    expect(copy.ticker('BTC-USD')).toEqual(v.engine.ticker('BTC-USD'));
  });

  it('rejects snapshots of another version', () => {
    expect(() => Engine.restore({ version: 99 })).toThrow(/version/);
  });
});
