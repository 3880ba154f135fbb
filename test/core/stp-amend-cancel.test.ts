// Self-trade prevention modes, amend priority rules, cancel by id / clientOrderId, cancel-all.

import { describe, expect, it } from 'vitest';
import { balance, bookOf, eventsOf, orderEvents, orderOf, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100' };

describe('self-trade prevention', () => {
  const setup = () => {
    const v = venue({ a: rich, b: rich });
    const other = orderOf(v.place('b', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const own = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    const behind = orderOf(v.place('b', { side: 'sell', price: '50001.00', quantity: '0.1000' }));
    return { v, other, own, behind };
  };

  it('cancelTaker (default): fills before the own order stand, the taker remainder is canceled', () => {
    const { v, own } = setup();
    const r = v.place('a', { price: '50001.00', quantity: '0.3000' });
    const o = orderOf(r);
    expect(o.status).toBe('canceled');
    expect(o.cancelReason).toBe('selfTradePrevention');
    expect(o.filledQuantity).toBe(10_000_000);
    expect(v.engine.getOrder('a', own.orderId)?.status).toBe('new');
    expect(bookOf(v).asks).toEqual(['50000.00:0.1000', '50001.00:0.1000']);
    expect(balance(v, 'a', 'USD').locked).toBe('0.000000');
  });

  it('cancelMaker: the own resting order is canceled and matching continues', () => {
    const { v, own } = setup();
    const r = v.place('a', { price: '50001.00', quantity: '0.2000', selfTradePrevention: 'cancelMaker' });
    expect(orderOf(r).status).toBe('filled');
    const events = orderEvents(r);
    expect(events.find((o) => o.orderId === own.orderId)).toMatchObject({
      status: 'canceled',
      cancelReason: 'selfTradePrevention',
    });
    expect(eventsOf(r, 'trade').map((t) => t.trade.price)).toEqual([5_000_000, 5_000_100]);
    expect(bookOf(v).asks).toEqual([]);
    expect(balance(v, 'a', 'BTC').locked).toBe('0.00000000');
  });

  it('cancelBoth: the own maker and the taker remainder are both canceled', () => {
    const { v, own } = setup();
    const r = v.place('a', { price: '50001.00', quantity: '0.3000', selfTradePrevention: 'cancelBoth' });
    expect(orderOf(r)).toMatchObject({
      status: 'canceled',
      cancelReason: 'selfTradePrevention',
      filledQuantity: 10_000_000,
    });
    expect(v.engine.getOrder('a', own.orderId)).toMatchObject({
      status: 'canceled',
      cancelReason: 'selfTradePrevention',
    });
    expect(bookOf(v).asks).toEqual(['50001.00:0.1000']);
  });

  it('FOK under cancelTaker does not count liquidity behind an own order', () => {
    const { v } = setup();
    const r = v.place('a', { price: '50001.00', quantity: '0.2000', timeInForce: 'FOK' });
    expect(orderOf(r).status).toBe('expired');
    expect(eventsOf(r, 'trade')).toEqual([]);
  });

  it('FOK under cancelMaker skips own orders when checking', () => {
    const { v } = setup();
    const r = v.place('a', {
      price: '50001.00',
      quantity: '0.2000',
      timeInForce: 'FOK',
      selfTradePrevention: 'cancelMaker',
    });
    expect(orderOf(r).status).toBe('filled');
  });
});

describe('amend', () => {
  const setup = () => {
    const v = venue({ a: rich, b: rich, t: rich });
    const first = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.3000' }));
    const second = orderOf(v.place('b', { side: 'sell', price: '50000.00', quantity: '0.1000' }));
    return { v, first, second };
  };
  const firstMakerOf = (v: ReturnType<typeof venue>) => {
    const r = v.place('t', { price: '50000.00', quantity: '0.0500' });
    return eventsOf(r, 'execution').find((e) => e.execution.liquidity === 'maker')?.execution.orderId;
  };

  it('a quantity decrease keeps queue priority and releases the hold', () => {
    const { v, first } = setup();
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: first.orderId, quantity: '0.2000' });
    expect(r.ok).toBe(true);
    expect(orderOf(r).quantity).toBe(20_000_000);
    expect(balance(v, 'a', 'BTC').locked).toBe('0.20000000');
    expect(bookOf(v).asks).toEqual(['50000.00:0.3000']);
    expect(firstMakerOf(v)).toBe(first.orderId);
  });

  it('a quantity increase loses priority', () => {
    const { v, first, second } = setup();
    expect(v.run({ type: 'amendOrder', accountId: 'a', orderId: first.orderId, quantity: '0.4000' }).ok).toBe(
      true,
    );
    expect(balance(v, 'a', 'BTC').locked).toBe('0.40000000');
    expect(firstMakerOf(v)).toBe(second.orderId);
  });

  it('a price change loses priority, even back to the same level later', () => {
    const { v, first, second } = setup();
    v.run({ type: 'amendOrder', accountId: 'a', orderId: first.orderId, price: '50001.00' });
    expect(bookOf(v).asks).toEqual(['50000.00:0.1000', '50001.00:0.3000']);
    v.run({ type: 'amendOrder', accountId: 'a', orderId: first.orderId, price: '50000.00' });
    expect(firstMakerOf(v)).toBe(second.orderId);
  });

  it('a new price that crosses trades at once as a taker', () => {
    const v = venue({ a: rich, b: rich }, { a: [10, 20], b: [10, 20] });
    v.place('b', { side: 'sell', price: '50010.00', quantity: '0.1000' });
    const buy = orderOf(v.place('a', { price: '50000.00', quantity: '0.3000' }));
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: buy.orderId, price: '50010.00' });
    const mine = eventsOf(r, 'execution').find((e) => e.execution.accountId === 'a');
    expect(mine?.execution.liquidity).toBe('taker');
    expect(orderOf(r)).toMatchObject({
      status: 'partiallyFilled',
      filledQuantity: 10_000_000,
      price: 5_001_000,
    });
    expect(bookOf(v)).toEqual({ bids: ['50010.00:0.2000'], asks: [] });
  });

  it('post-only amend that would cross is refused and leaves the order as it was', () => {
    const v = venue({ a: rich, b: rich });
    v.place('b', { side: 'sell', price: '50010.00', quantity: '0.1000' });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000', postOnly: true }));
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, price: '50010.00' });
    expect(r.error?.code).toBe('POST_ONLY_WOULD_TAKE');
    expect(v.engine.getOrder('a', o.orderId)?.price).toBe('50000.00');
  });

  it('an amend needing more funds than available is refused unchanged', () => {
    const v = venue({ a: { USD: '6000' } });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000' }));
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '0.2000' });
    expect(r.error?.code).toBe('INSUFFICIENT_FUNDS');
    expect(balance(v, 'a', 'USD').locked).toBe('5000.000000');
    expect(v.engine.getOrder('a', o.orderId)?.quantity).toBe('0.1000');
  });

  it('quantity must stay above the filled quantity', () => {
    const v = venue({ a: rich, b: rich });
    const o = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.3000' }));
    v.place('b', { price: '50000.00', quantity: '0.1000' });
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '0.1000' });
    expect(r.error?.code).toBe('VALIDATION_FAILED');
    const ok = v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '0.1500' });
    expect(orderOf(ok)).toMatchObject({ status: 'partiallyFilled', quantity: 15_000_000 });
    expect(bookOf(v).asks).toEqual(['50000.00:0.0500']);
  });

  it('an amend that changes nothing succeeds without events', () => {
    const { v, first } = setup();
    const r = v.run({ type: 'amendOrder', accountId: 'a', orderId: first.orderId, price: '50000.0' });
    expect(r.ok).toBe(true);
    expect(r.events).toEqual([]);
  });

  it('amend by clientOrderId, and refusals for closed, unknown, foreign orders and halted markets', () => {
    const v = venue({ a: rich, b: rich });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000', clientOrderId: 'c1' }));
    expect(v.run({ type: 'amendOrder', accountId: 'a', clientOrderId: 'c1', quantity: '0.0500' }).ok).toBe(
      true,
    );
    expect(
      v.run({ type: 'amendOrder', accountId: 'b', orderId: o.orderId, quantity: '0.0400' }).error?.code,
    ).toBe('ORDER_NOT_FOUND');
    expect(
      v.run({ type: 'amendOrder', accountId: 'a', orderId: '999', quantity: '0.0400' }).error?.code,
    ).toBe('ORDER_NOT_FOUND');
    v.run({ type: 'setMarketStatus', market: 'BTC-USD', status: 'halted' });
    expect(
      v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '0.0400' }).error?.code,
    ).toBe('MARKET_HALTED');
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId });
    expect(
      v.run({ type: 'amendOrder', accountId: 'a', orderId: o.orderId, quantity: '0.0400' }).error?.code,
    ).toBe('ORDER_ALREADY_CLOSED');
  });
});

describe('cancel', () => {
  it('cancels by id and releases the hold', () => {
    const v = venue({ a: rich });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000' }));
    const r = v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId });
    expect(orderOf(r)).toMatchObject({ status: 'canceled', cancelReason: 'user' });
    expect(balance(v, 'a', 'USD')).toEqual({
      total: '1000000.000000',
      available: '1000000.000000',
      locked: '0.000000',
    });
    expect(bookOf(v).bids).toEqual([]);
  });

  it('cancels by clientOrderId with a given reason', () => {
    const v = venue({ a: rich });
    v.place('a', { price: '50000.00', quantity: '0.1000', clientOrderId: 'x-1' });
    const r = v.run({ type: 'cancelOrder', accountId: 'a', clientOrderId: 'x-1', reason: 'disconnect' });
    expect(orderOf(r)).toMatchObject({ status: 'canceled', cancelReason: 'disconnect' });
  });

  it('answers ORDER_NOT_FOUND for unknown and foreign orders, ORDER_ALREADY_CLOSED for closed ones', () => {
    const v = venue({ a: rich, b: rich });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000' }));
    expect(v.run({ type: 'cancelOrder', accountId: 'b', orderId: o.orderId }).error?.code).toBe(
      'ORDER_NOT_FOUND',
    );
    expect(v.run({ type: 'cancelOrder', accountId: 'a', clientOrderId: 'nope' }).error?.code).toBe(
      'ORDER_NOT_FOUND',
    );
    expect(v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId }).ok).toBe(true);
    expect(v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId }).error?.code).toBe(
      'ORDER_ALREADY_CLOSED',
    );
    expect(v.run({ type: 'cancelOrder', accountId: 'a' }).error?.code).toBe('VALIDATION_FAILED');
  });

  it('is allowed while the market is halted', () => {
    const v = venue({ a: rich });
    const o = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000' }));
    v.run({ type: 'setMarketStatus', market: 'BTC-USD', status: 'halted' });
    expect(v.run({ type: 'cancelOrder', accountId: 'a', orderId: o.orderId }).ok).toBe(true);
  });

  it('cancel-all cancels every open order of the account in seq order, optionally per market', () => {
    const v = venue({ a: { USD: '1000000', BTC: '100', ETH: '100' }, b: rich });
    const x = orderOf(v.place('a', { price: '50000.00', quantity: '0.1000' }));
    const y = orderOf(v.place('a', { market: 'ETH-USD', side: 'sell', price: '3000.00', quantity: '1.000' }));
    const z = orderOf(v.place('a', { side: 'sell', price: '60000.00', quantity: '0.1000' }));
    v.place('b', { price: '40000.00', quantity: '0.1000' });
    const perMarket = v.run({ type: 'cancelAll', accountId: 'a', market: 'BTC-USD' });
    expect(perMarket.canceled?.map((o) => o.orderId)).toEqual([x.orderId, z.orderId]);
    expect(orderEvents(perMarket).every((o) => o.cancelReason === 'cancelAll')).toBe(true);
    const rest = v.run({ type: 'cancelAll', accountId: 'a', reason: 'deadMansSwitch' });
    expect(rest.canceled?.map((o) => [o.orderId, o.cancelReason])).toEqual([[y.orderId, 'deadMansSwitch']]);
    expect(bookOf(v).bids).toEqual(['40000.00:0.1000']);
    expect(v.run({ type: 'cancelAll', accountId: 'a', market: 'XRP-USD' }).error?.code).toBe(
      'MARKET_NOT_FOUND',
    );
  });
});

describe('self-trade prevention and funds', () => {
  it('a market buy that cannot pay for one more lot stops before meeting its own order', () => {
    // Finding F1 of the reference-engine comparison (test/core/FINDINGS.md).
    const v = venue({ a: { BTC: '1', USD: '5.02' }, b: { BTC: '1' } }, { a: [10, 20], b: [10, 20] });
    v.place('b', { side: 'sell', price: '50000.00', quantity: '0.0001' });
    const own = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.0001' }));
    const r = v.place('a', {
      orderType: 'market',
      price: undefined,
      quantity: '0.0002',
      selfTradePrevention: 'cancelBoth',
    } as never);
    expect(orderOf(r)).toMatchObject({ status: 'expired', cancelReason: null, filledQuantity: 10_000 });
    expect(v.engine.getOrder('a', own.orderId)?.status).toBe('new');
  });
});
