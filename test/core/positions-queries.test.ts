// Positions from executions, and the read side: orders, executions, trades, book, ticker, views.

import { describe, expect, it } from 'vitest';
import { orderOf, venue } from './helpers.ts';

const rich = { USD: '10000000', BTC: '1000' };

describe('positions (weighted average cost, realized on reductions)', () => {
  const trade = (v: ReturnType<typeof venue>, side: 'buy' | 'sell', price: string, quantity: string) => {
    v.place('mm', { side: side === 'buy' ? 'sell' : 'buy', price, quantity });
    expect(orderOf(v.place('p', { side, price, quantity })).status).toBe('filled');
  };

  it('averages entries and realizes on a reduction; unrealized at the mid', () => {
    const v = venue({ p: rich, mm: rich });
    trade(v, 'buy', '100.00', '1.0000');
    trade(v, 'buy', '200.00', '1.0000');
    trade(v, 'sell', '180.00', '0.5000');
    v.place('mm', { side: 'buy', price: '170.00', quantity: '1.0000' });
    v.place('mm', { side: 'sell', price: '190.00', quantity: '1.0000' });
    expect(v.engine.positions('p')).toEqual([
      {
        market: 'BTC-USD',
        baseAsset: 'BTC',
        quoteAsset: 'USD',
        netQuantity: '1.5000',
        averageEntryPrice: '150.000000',
        realizedPnl: '15.000000', // (180 − 150) × 0.5
        unrealizedPnl: '45.000000', // (180 − 150) × 1.5
        markPrice: '180.000000',
      },
    ]);
  });

  it('a fill through zero closes, realizes, then opens a short at the fill price', () => {
    const v = venue({ p: rich, mm: rich });
    trade(v, 'buy', '100.00', '1.0000');
    trade(v, 'sell', '110.00', '3.0000');
    const [pos] = v.engine.positions('p') ?? [];
    expect(pos).toMatchObject({
      netQuantity: '-2.0000',
      averageEntryPrice: '110.000000',
      realizedPnl: '10.000000',
    });
    expect(pos?.unrealizedPnl).toBeNull(); // one-sided book
    trade(v, 'buy', '105.00', '2.0000');
    expect(v.engine.positions('p')?.[0]).toMatchObject({
      netQuantity: '0.0000',
      averageEntryPrice: null,
      realizedPnl: '20.000000', // + (110 − 105) × 2
    });
  });

  it('keeps rounding in the basis so a round trip realizes exactly', () => {
    const v = venue({ p: rich, mm: rich });
    trade(v, 'buy', '10000.01', '0.0001');
    trade(v, 'buy', '10000.02', '0.0002');
    trade(v, 'sell', '10000.00', '0.0001'); // removes a third of a basis that does not divide by 3
    expect(v.engine.positions('p')?.[0]?.realizedPnl).toBe('-0.000001'); // 1.000000 − trunc(3.000005 / 3)
    trade(v, 'sell', '10000.00', '0.0002');
    // Paid 1.000001 + 2.000004 = 3.000005, received 3.000000.
    expect(v.engine.positions('p')?.[0]).toMatchObject({ netQuantity: '0.0000', realizedPnl: '-0.000005' });
  });

  it('an account that never traded has no positions; unknown accounts answer undefined', () => {
    const v = venue({ p: rich });
    expect(v.engine.positions('p')).toEqual([]);
    expect(v.engine.positions('ghost')).toBeUndefined();
    expect(v.engine.balances('ghost')).toBeUndefined();
  });
});

describe('queries', () => {
  it('listOrders: newest first, status filters, stable cursors under inserts', () => {
    const v = venue({ a: rich, b: rich });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(orderOf(v.place('a', { price: `${100 + i}.00`, quantity: '1.0000' })).orderId);
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: ids[1] as string });
    const page1 = v.engine.listOrders('a', { limit: 2 });
    expect(page1.data.map((o) => o.orderId)).toEqual([ids[4], ids[3]]);
    v.place('a', { price: '99.00', quantity: '1.0000' }); // a new order must not shift the next page
    const page2 = v.engine.listOrders('a', { limit: 2, cursor: page1.nextCursor as string });
    expect(page2.data.map((o) => o.orderId)).toEqual([ids[2], ids[1]]);
    const page3 = v.engine.listOrders('a', { limit: 2, cursor: page2.nextCursor as string });
    expect(page3).toEqual({ data: [expect.objectContaining({ orderId: ids[0] })], nextCursor: null });
    expect(v.engine.listOrders('a', { status: 'closed' }).data.map((o) => o.orderId)).toEqual([ids[1]]);
    expect(v.engine.listOrders('a', { status: 'open' }).data).toHaveLength(5);
    expect(v.engine.listOrders('a', { market: 'ETH-USD' }).data).toEqual([]);
    expect(v.engine.listOrders('b').data).toEqual([]);
  });

  it('getOrder hides other accounts orders; views carry exact strings', () => {
    const v = venue({ a: rich, b: rich });
    const o = orderOf(v.place('a', { price: '50000.10', quantity: '0.0100', clientOrderId: 'c' }));
    expect(v.engine.getOrder('b', o.orderId)).toBeUndefined();
    expect(v.engine.getOrder('a', o.orderId)).toMatchObject({
      price: '50000.10',
      quantity: '0.0100',
      filledQuantity: '0.0000',
      remainingQuantity: '0.0100',
      averagePrice: null,
      type: 'limit',
      timeInForce: 'GTC',
      feeAsset: 'USD',
    });
    expect(v.engine.getOrderByClientOrderId('b', 'c')).toBeUndefined();
  });

  it('listExecutions by market and order, trades newest first, ticker and book', () => {
    const v = venue({ a: rich, b: rich }, { a: [10, 20], b: [10, 20] });
    const sell = orderOf(v.place('a', { side: 'sell', price: '50000.00', quantity: '0.3000' }));
    v.place('b', { price: '50000.00', quantity: '0.1000' });
    v.place('b', { price: '50000.00', quantity: '0.1000' });
    v.place('b', { price: '49000.00', quantity: '0.2000' });
    const ex = v.engine.listExecutions('a', { orderId: sell.orderId });
    expect(ex.data.map((e) => [e.quantity, e.fee, e.liquidity])).toEqual([
      ['0.1000', '5.000000', 'maker'],
      ['0.1000', '5.000000', 'maker'],
    ]);
    expect(v.engine.listExecutions('b', { market: 'BTC-USD', limit: 1 }).nextCursor).not.toBeNull();
    expect(v.engine.listExecutions('b', { orderId: sell.orderId }).data).toEqual([]);
    const trades = v.engine.trades('BTC-USD', { limit: 10 });
    expect(trades?.data.map((t) => [t.tradeId, t.price, t.takerSide])).toEqual([
      ['2', '50000.00', 'buy'],
      ['1', '50000.00', 'buy'],
    ]);
    expect(v.engine.book('BTC-USD', 5)).toEqual({
      market: 'BTC-USD',
      seq: 4,
      bids: [{ price: '49000.00', quantity: '0.2000' }],
      asks: [{ price: '50000.00', quantity: '0.1000' }],
    });
    expect(v.engine.ticker('BTC-USD')).toMatchObject({
      lastPrice: '50000.00',
      bestBid: '49000.00',
      bestAsk: '50000.00',
      open24h: '50000.00',
      high24h: '50000.00',
      low24h: '50000.00',
      volume24h: '0.2000',
      quoteVolume24h: '10000.000000',
    });
    expect(v.engine.ticker('ETH-USD')).toMatchObject({ lastPrice: null, open24h: null, volume24h: '0.000' });
    expect(v.engine.tickers()).toHaveLength(3);
    expect(v.engine.book('XRP-USD')).toBeUndefined();
  });

  it('ticker forgets trades older than 24 h', () => {
    const v = venue({ a: rich, b: rich });
    v.place('a', { side: 'sell', price: '100.00', quantity: '1.0000' });
    v.place('b', { price: '100.00', quantity: '1.0000' });
    v.run({ type: 'expireOrders', ts: v.ts() + 25 * 3_600_000_000 });
    expect(v.engine.ticker('BTC-USD')).toMatchObject({
      lastPrice: '100.00',
      open24h: null,
      volume24h: '0.0000',
    });
  });

  it('markets, assets and accounts', () => {
    const v = venue({ a: {} });
    expect(v.engine.markets().map((m) => m.symbol)).toEqual(['BTC-USD', 'ETH-USD', 'ETH-BTC']);
    expect(v.engine.market('ETH-BTC')).toMatchObject({
      tickSize: '0.00001',
      priceDecimals: 5,
      quantityDecimals: 3,
    });
    expect(v.engine.assets()).toEqual([
      { asset: 'USD', decimals: 6 },
      { asset: 'BTC', decimals: 8 },
      { asset: 'ETH', decimals: 8 },
    ]);
    expect(v.engine.account('a')).toMatchObject({ accountId: 'a', makerFeeBps: 0, takerFeeBps: 0 });
  });
});
