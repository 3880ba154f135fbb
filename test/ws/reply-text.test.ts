/**
 * The order replies' template text must be exactly JSON.stringify of the reply object: on the
 * bodies orderBody really builds (every status, market orders, GTD, no clientOrderId) and on
 * generated bodies with strings JSON has to escape.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlaceOrderIssue, type PlaceOrderBody, placeOrderCommand } from '../../server/api/place-order.ts';
import { orderBody } from '../../server/api/views.ts';
import type { CommandResult, OrderSnapshot } from '../../server/core/index.ts';
import {
  type OrderJson,
  orderReply,
  orderText,
  placeOrderReply,
  REPLY_TEXT,
  replyText,
} from '../../server/ws/reply-text.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** orderBody's keys, in its order (from the first real order). */
let KEYS: string[] = [];

function expectSame(body: OrderJson, id: number | string): void {
  for (const reply of [
    placeOrderReply(id, body, false),
    placeOrderReply(id, body, true),
    orderReply(id, 'cancelOrder', body),
    orderReply(id, 'amendOrder', body),
  ]) {
    expect(reply[REPLY_TEXT]).toBe(JSON.stringify(reply));
    expect(replyText(reply)).toBe(JSON.stringify(reply));
  }
}

describe('order reply text', () => {
  it('matches JSON.stringify on real orders of every kind', async () => {
    const a = (await h.account()).accountId;
    const b = (await h.account()).accountId;
    const place = async (accountId: string, body: Record<string, unknown>): Promise<OrderSnapshot> => {
      const command = placeOrderCommand(accountId, body as unknown as PlaceOrderBody, '/order');
      if (isPlaceOrderIssue(command)) throw new Error('bad test order');
      const result = (await h.venue.submit(command)) as CommandResult;
      if (!result.order) throw new Error(JSON.stringify(result.error));
      return result.order;
    };
    const limit = { market: 'BTC-USD', type: 'limit', quantity: '0.0010', timeInForce: 'GTC' };
    const orders = [
      await place(a, { ...limit, side: 'buy', price: '30000.00', clientOrderId: 'a-1' }),
      await place(b, { ...limit, side: 'sell', price: '30000.00' }),
      await place(b, { ...limit, side: 'sell', price: '90000.00', postOnly: true }),
      await place(a, { ...limit, side: 'buy', price: '95000.00', postOnly: true }),
      await place(a, {
        ...limit,
        side: 'buy',
        price: '20000.00',
        timeInForce: 'GTD',
        expireAt: '2099-01-01T00:00:00Z',
      }),
      await place(a, { market: 'BTC-USD', type: 'market', side: 'buy', quantity: '0.0005' }),
      await place(a, { ...limit, side: 'buy', price: '1000.00', timeInForce: 'IOC' }),
      await place(a, { ...limit, side: 'sell', price: '90000.00', quantity: '500.0000' }),
    ];
    const canceled = (await h.venue.submit({
      type: 'cancelOrder',
      accountId: a,
      orderId: (orders[4] as OrderSnapshot).orderId,
    })) as CommandResult;
    orders.push(canceled.order as OrderSnapshot);
    expect(new Set(orders.map((o) => o.status))).toEqual(
      new Set(['new', 'filled', 'rejected', 'canceled', 'expired']),
    );
    KEYS = Object.keys(orderBody(h.venue.engine.orderView(orders[0] as OrderSnapshot)));
    for (const order of orders) {
      const body = orderBody(h.venue.engine.orderView(order)) as OrderJson;
      expect(Object.keys(body)).toEqual(KEYS);
      expect(Object.keys(JSON.parse(orderText(body)))).toEqual(KEYS);
      expectSame(body, 7);
      expectSame(body, 'req-1');
    }
  });

  it('matches JSON.stringify on bodies with strings that need escaping', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('"', '\\', '\n', '\u2028', '\ud800'),
    );
    const nullable = fc.option(text, { nil: null });
    const body = fc.record({
      orderId: text,
      clientOrderId: nullable,
      market: text,
      side: text,
      type: text,
      price: nullable,
      quantity: text,
      quoteQuantity: nullable,
      timeInForce: text,
      expireAt: nullable,
      postOnly: fc.boolean(),
      selfTradePrevention: text,
      status: text,
      filledQuantity: text,
      filledQuoteQuantity: text,
      averagePrice: nullable,
      cancelReason: nullable,
      rejectReason: nullable,
      createdAt: text,
      updatedAt: text,
    });
    fc.assert(
      fc.property(body, fc.oneof(fc.integer(), text), (b, id) => {
        expect(Object.keys(b)).toEqual(KEYS);
        expectSame(b as unknown as OrderJson, id);
      }),
    );
  });
});
