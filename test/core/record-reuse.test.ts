// Closed orders' records are reused for later orders (State.recycle): nothing of a closed order may
// show in the order that gets its record, and the closed order's answers must not change.

import { describe, expect, it } from 'vitest';
import { bookOf, orderEvents, orderOf, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100' };

describe('reused order records', () => {
  it('a new order starts clean after a filled, charged and canceled one closed', () => {
    const v = venue({ m: rich, t: rich }, { t: [10, 20] });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.1000' });
    const first = orderOf(v.place('t', { price: '50000.00', quantity: '0.3000' }));
    expect(first.status).toBe('partiallyFilled');
    expect(first.fee).toBeGreaterThan(0);
    expect(v.run({ type: 'cancelOrder', accountId: 't', orderId: first.orderId }).ok).toBe(true);

    const ts = v.ts() + 1;
    const next = orderOf(
      v.run({
        type: 'placeOrder',
        ts,
        accountId: 't',
        market: 'BTC-USD',
        side: 'sell',
        orderType: 'limit',
        price: '51000.00',
        quantity: '0.2000',
      }),
    );
    expect(next).toMatchObject({
      side: 'sell',
      price: 5_100_000,
      quantity: 20_000_000,
      filledQuantity: 0,
      filledQuoteQuantity: 0,
      fee: 0,
      status: 'new',
      cancelReason: null,
      rejectReason: null,
      clientOrderId: null,
      createdAt: ts,
      updatedAt: ts,
    });
    expect(next.orderId).not.toBe(first.orderId);
    expect(bookOf(v)).toEqual({ bids: [], asks: ['51000.00:0.2000'] });

    const again = v.run({ type: 'cancelOrder', accountId: 't', orderId: first.orderId });
    expect(again.ok).toBe(false);
    expect(again.error?.code).toBe('ORDER_ALREADY_CLOSED');
    expect(v.engine.getOrder('t', first.orderId)).toMatchObject({
      status: 'canceled',
      filledQuantity: '0.1000',
    });
    expect(v.engine.getOrder('t', next.orderId)).toMatchObject({ status: 'new', filledQuantity: '0.0000' });
  });

  it('keeps the records a clientOrderId names and GTD orders still queued for expiry', () => {
    const v = venue({ a: rich });
    const named = orderOf(v.place('a', { price: '40000.00', quantity: '0.1000', clientOrderId: 'keep-1' }));
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: named.orderId });
    const expireAt = v.ts() + 1_000;
    const gtd = orderOf(
      v.place('a', { price: '40001.00', quantity: '0.1000', timeInForce: 'GTD', expireAt }),
    );
    v.run({ type: 'cancelOrder', accountId: 'a', orderId: gtd.orderId });
    const open = [1, 2, 3].map((i) =>
      orderOf(v.place('a', { price: `4000${i + 1}.00`, quantity: '0.1000' })),
    );

    const replay = v.place('a', { price: '40000.00', quantity: '0.1000', clientOrderId: 'keep-1' });
    expect(replay.ok && replay.replayed).toBe(true);
    expect(orderOf(replay)).toMatchObject({ orderId: named.orderId, status: 'canceled' });

    // Past the canceled GTD order's expiry: nothing expires (the queue still holds its record).
    const later = v.run({ type: 'expireOrders', ts: expireAt + 1 });
    expect(orderEvents(later)).toEqual([]);
    expect(open.map((o) => v.engine.getOrder('a', o.orderId)?.status)).toEqual(['new', 'new', 'new']);
  });
});
