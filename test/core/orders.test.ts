// Order types and time in force: limit, market (by quantity and by quoteQuantity), GTC, IOC, FOK,
// GTD with expiry, post-only; price-time priority.

import { describe, expect, it } from 'vitest';
import { balance, bookOf, eventsOf, orderEvents, orderOf, T0, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100' };

describe('limit orders and price-time priority', () => {
  it('rests a non-crossing limit order and shows it in the book', () => {
    const v = venue({ a: rich });
    const r = v.place('a', { price: '50000.00', quantity: '0.5000' });
    expect(r.ok).toBe(true);
    expect(orderOf(r).status).toBe('new');
    expect(bookOf(v)).toEqual({ bids: ['50000.00:0.5000'], asks: [] });
  });

  it('fills at the maker price, best price first, then oldest first at a price', () => {
    const v = venue({ m1: rich, m2: rich, m3: rich, t: rich });
    const a = orderOf(v.place('m1', { side: 'sell', price: '50001.00', quantity: '0.1000' }));
    const b = orderOf(v.place('m2', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const c = orderOf(v.place('m3', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const r = v.place('t', { side: 'buy', price: '50002.00', quantity: '0.2500' });
    const fills = eventsOf(r, 'execution').filter((e) => e.execution.liquidity === 'maker');
    expect(fills.map((f) => [f.execution.orderId, f.execution.price, f.execution.quantity])).toEqual([
      [b.orderId, 5_000_000, 10_000_000],
      [c.orderId, 5_000_000, 10_000_000],
      [a.orderId, 5_000_100, 5_000_000],
    ]);
    expect(orderOf(r).status).toBe('filled');
    expect(bookOf(v).asks).toEqual(['50001.00:0.0500']);
  });

  it('rests the remainder of a partially filled GTC order', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const r = v.place('t', { price: '50000.00', quantity: '0.3000' });
    expect(orderOf(r).status).toBe('partiallyFilled');
    expect(orderOf(r).filledQuantity).toBe(10_000_000);
    expect(bookOf(v)).toEqual({ bids: ['50000.00:0.2000'], asks: [] });
  });
});

describe('market orders', () => {
  it('market sell walks the bids and expires the remainder when the book runs out', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { price: '50000.00', quantity: '0.1000' });
    v.place('m', { price: '49999.00', quantity: '0.1000' });
    const r = v.place('t', { side: 'sell', orderType: 'market', quantity: '0.5000' });
    const o = orderOf(r);
    expect(o.status).toBe('expired');
    expect(o.filledQuantity).toBe(20_000_000);
    expect(o.filledQuoteQuantity).toBe(9_999_900_000);
    expect(bookOf(v).bids).toEqual([]);
    expect(balance(v, 't', 'BTC')).toEqual({
      total: '99.80000000',
      available: '99.80000000',
      locked: '0.00000000',
    });
  });

  it('market buy by quantity is filled when liquidity suffices', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '1.0000' });
    const o = orderOf(v.place('t', { orderType: 'market', quantity: '0.2500' }));
    expect(o.status).toBe('filled');
    expect(o.price).toBeNull();
    expect(balance(v, 't', 'USD').total).toBe('987500.000000');
  });

  it('market buy by quantity stops when the buyer cannot pay for more (remainder expired)', () => {
    const v = venue({ m: rich, t: { USD: '12000' } });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '1.0000' });
    const o = orderOf(v.place('t', { orderType: 'market', quantity: '1.0000' }));
    expect(o.status).toBe('expired');
    // 0.2400 BTC costs 12,000.00 exactly.
    expect(o.filledQuantity).toBe(24_000_000);
    expect(balance(v, 't', 'USD')).toEqual({ total: '0.000000', available: '0.000000', locked: '0.000000' });
    expect(balance(v, 't', 'BTC').total).toBe('0.24000000');
  });

  it('market buy by quantity with fees buys only what fits notional plus fee', () => {
    const v = venue({ m: rich, t: { USD: '10000' } }, { t: [0, 100] });
    v.place('m', { side: 'sell', price: '10000.00', quantity: '5.0000' });
    const o = orderOf(v.place('t', { orderType: 'market', quantity: '5.0000' }));
    // 0.9900 BTC = 9,900 + 1% fee 99 = 9,999 <= 10,000; 0.9901 would cost 10,000.01.
    expect(o.filledQuantity).toBe(99_000_000);
    expect(o.fee).toBe(99_000_000);
    expect(balance(v, 't', 'USD').total).toBe('1.000000');
  });

  it('market buy by quoteQuantity spends at most that notional and is filled', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '30000.00', quantity: '1.0000' });
    const o = orderOf(v.place('t', { orderType: 'market', quoteQuantity: '1000.00' }));
    // 0.0333 BTC = 999.00; one more lot would pass 1,000.
    expect(o.status).toBe('filled');
    expect(o.filledQuantity).toBe(3_330_000);
    expect(o.filledQuoteQuantity).toBe(999_000_000);
    expect(o.quantity).toBeNull();
    expect(o.quoteQuantity).toBe(1_000_000_000);
    expect(balance(v, 't', 'USD')).toEqual({
      total: '999001.000000',
      available: '999001.000000',
      locked: '0.000000',
    });
  });

  it('market buy by quoteQuantity expires when the book runs out first', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '100.00', quantity: '1.0000' });
    const o = orderOf(v.place('t', { orderType: 'market', quoteQuantity: '500.00' }));
    expect(o.status).toBe('expired');
    expect(o.filledQuoteQuantity).toBe(100_000_000);
  });

  it('market order against an empty book expires with nothing filled', () => {
    const v = venue({ t: rich });
    const o = orderOf(v.place('t', { side: 'sell', orderType: 'market', quantity: '1.0000' }));
    expect(o.status).toBe('expired');
    expect(o.filledQuantity).toBe(0);
    expect(balance(v, 't', 'BTC').locked).toBe('0.00000000');
  });
});

describe('time in force', () => {
  it('IOC fills what crosses and expires the rest without resting', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const o = orderOf(v.place('t', { price: '50000.00', quantity: '0.3000', timeInForce: 'IOC' }));
    expect(o.status).toBe('expired');
    expect(o.filledQuantity).toBe(10_000_000);
    expect(bookOf(v)).toEqual({ bids: [], asks: [] });
    expect(balance(v, 't', 'USD').locked).toBe('0.000000');
  });

  it('IOC with nothing to match expires unfilled', () => {
    const v = venue({ t: rich });
    const o = orderOf(v.place('t', { price: '50000.00', quantity: '0.3000', timeInForce: 'IOC' }));
    expect(o.status).toBe('expired');
  });

  it('FOK fills completely when enough crossing quantity exists', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    v.place('m', { side: 'sell', price: '50001.00', quantity: '0.1000' });
    const o = orderOf(v.place('t', { price: '50001.00', quantity: '0.2000', timeInForce: 'FOK' }));
    expect(o.status).toBe('filled');
  });

  it('FOK that cannot fill completely trades nothing and expires', () => {
    const v = venue({ m: rich, t: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    v.place('m', { side: 'sell', price: '50002.00', quantity: '0.1000' });
    const r = v.place('t', { price: '50001.00', quantity: '0.2000', timeInForce: 'FOK' });
    expect(orderOf(r).status).toBe('expired');
    expect(orderOf(r).filledQuantity).toBe(0);
    expect(eventsOf(r, 'trade')).toEqual([]);
    expect(bookOf(v).asks).toEqual(['50000.00:0.1000', '50002.00:0.1000']);
    expect(balance(v, 't', 'USD').locked).toBe('0.000000');
  });

  it('GTD rests until expireAt, then the next command expires it (updatedAt = expireAt)', () => {
    const v = venue({ a: rich });
    const expireAt = v.ts() + 1_000_000;
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000', timeInForce: 'GTD', expireAt }));
    expect(o.status).toBe('new');
    expect(balance(v, 'a', 'USD').locked).toBe('5000.000000');
    expect(v.run({ type: 'expireOrders', ts: expireAt - 1 }).events).toEqual([]);
    const r = v.run({ type: 'expireOrders', ts: expireAt + 5 });
    const [expired] = orderEvents(r);
    expect(expired?.status).toBe('expired');
    expect(expired?.updatedAt).toBe(expireAt);
    expect(bookOf(v).bids).toEqual([]);
    expect(balance(v, 'a', 'USD').locked).toBe('0.000000');
  });

  it('an expired GTD order never trades: any command expires due orders first', () => {
    const v = venue({ m: rich, t: rich });
    const expireAt = v.ts() + 10;
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000', timeInForce: 'GTD', expireAt });
    const r = v.run({
      type: 'placeOrder',
      ts: expireAt,
      accountId: 't',
      market: 'BTC-USD',
      side: 'buy',
      orderType: 'limit',
      price: '50000.00',
      quantity: '0.1000',
    });
    expect(orderEvents(r).map((o) => o.status)).toEqual(['expired', 'new']);
    expect(eventsOf(r, 'trade')).toEqual([]);
  });

  it('expires due orders in (expireAt, seq) order across accounts', () => {
    const v = venue({ a: rich, b: rich });
    const t = v.ts();
    const x = orderOf(
      v.place('a', { price: '1.00', quantity: '1.0000', timeInForce: 'GTD', expireAt: t + 50 }),
    );
    const y = orderOf(
      v.place('b', { price: '1.00', quantity: '1.0000', timeInForce: 'GTD', expireAt: t + 40 }),
    );
    const z = orderOf(
      v.place('a', { price: '1.00', quantity: '1.0000', timeInForce: 'GTD', expireAt: t + 40 }),
    );
    const r = v.run({ type: 'expireOrders', ts: T0 + 10_000_000 });
    expect(orderEvents(r).map((o) => o.orderId)).toEqual([y.orderId, z.orderId, x.orderId]);
  });
});

describe('post-only', () => {
  it('rests when it does not cross', () => {
    const v = venue({ m: rich, a: rich });
    v.place('m', { side: 'sell', price: '50001.00', quantity: '0.1000' });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000', postOnly: true }));
    expect(o.status).toBe('new');
  });

  it('is rejected (and recorded) when it would take', () => {
    const v = venue({ m: rich, a: rich });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const r = v.place('a', { price: '50000.00', quantity: '0.1000', postOnly: true, clientOrderId: 'po-1' });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('POST_ONLY_WOULD_TAKE');
    expect(orderOf(r).status).toBe('rejected');
    expect(v.engine.getOrderByClientOrderId('a', 'po-1')?.rejectReason).toBe('POST_ONLY_WOULD_TAKE');
    expect(balance(v, 'a', 'USD').locked).toBe('0.000000');
  });
});
