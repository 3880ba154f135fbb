// clientOrderId entries of closed orders (client-ids.ts): kept as rows, not objects, with every
// answer unchanged (replays, duplicates, recorded rejections, lookups, cancels, snapshots), and
// forgotten 24 h after the order's createdAt, as command timestamps say.

import { describe, expect, it } from 'vitest';
import { CLIENT_ORDER_ID_TTL_US, Engine } from '../../server/core/index.ts';
import type { State } from '../../server/core/state.ts';
import { orderOf, type Venue, venue } from './helpers.ts';

const rich = { USD: '1000000', BTC: '100' };
const DAY = CLIENT_ORDER_ID_TTL_US;

/** The engine's state, to see what it keeps (the entries' form and the rows' count). */
function stateOf(engine: Engine): State {
  return (engine as unknown as { core: { s: State } }).core.s;
}

function entry(v: Venue, accountId: string, cid: string) {
  return stateOf(v.engine).accounts.get(accountId)?.clientIds.get(cid);
}

/** A buy that fills at once against a resting sell: both close in the command. */
function filledPair(v: Venue, n: number): void {
  v.place('m', { side: 'sell', price: '50000.00', quantity: '0.0010', clientOrderId: `s-${n}` });
  v.place('t', {
    side: 'buy',
    price: '50000.00',
    quantity: '0.0010',
    timeInForce: 'IOC',
    clientOrderId: `b-${n}`,
  });
}

describe('closed orders named by a clientOrderId', () => {
  it('become rows, and replays, duplicates, rejections, lookups and cancels answer as before', () => {
    const v = venue({ m: rich, t: rich, poor: { USD: '1' } });
    v.place('m', { side: 'sell', price: '50000.00', quantity: '0.0100', clientOrderId: 'rest' });
    const first = v.place('t', {
      price: '50001.00',
      quantity: '0.0040',
      timeInForce: 'IOC',
      clientOrderId: 'x',
    });
    expect(orderOf(first).status).toBe('filled');
    expect(typeof entry(v, 't', 'x')).toBe('number');
    // The partly filled maker is still open: its entry is the order itself.
    expect(typeof entry(v, 'm', 'rest')).toBe('object');

    const replay = v.place('t', {
      price: '50001.00',
      quantity: '0.0040',
      timeInForce: 'IOC',
      clientOrderId: 'x',
    });
    expect(replay).toEqual({ ok: true, order: orderOf(first), replayed: true, events: [] });
    const other = v.place('t', {
      price: '50001.00',
      quantity: '0.0050',
      timeInForce: 'IOC',
      clientOrderId: 'x',
    });
    expect(other.ok).toBe(false);
    expect(other.error?.code).toBe('DUPLICATE_CLIENT_ORDER_ID');

    const rejected = v.place('poor', { price: '50000.00', quantity: '0.0100', clientOrderId: 'r' });
    expect(rejected.error?.code).toBe('INSUFFICIENT_FUNDS');
    const again = v.place('poor', { price: '50000.00', quantity: '0.0100', clientOrderId: 'r' });
    expect(again).toEqual({
      ok: false,
      error: { code: 'INSUFFICIENT_FUNDS', message: `order ${orderOf(rejected).orderId} was rejected` },
      order: orderOf(rejected),
      replayed: true,
      events: [],
    });

    expect(v.engine.getOrderByClientOrderId('t', 'x')).toEqual(
      v.engine.getOrder('t', orderOf(first).orderId),
    );
    expect(v.engine.getOrderByClientOrderId('m', 'x')).toBeUndefined();
    const cancel = v.run({ type: 'cancelOrder', accountId: 't', clientOrderId: 'x' });
    expect(cancel.error).toEqual({ code: 'ORDER_ALREADY_CLOSED', message: 'the order is filled' });
    // Canceled by its clientOrderId, the maker closes too and keeps its final state.
    const canceled = v.run({ type: 'cancelOrder', accountId: 'm', clientOrderId: 'rest' });
    expect(orderOf(canceled).status).toBe('canceled');
    expect(typeof entry(v, 'm', 'rest')).toBe('number');
    expect(v.engine.getOrderByClientOrderId('m', 'rest')?.status).toBe('canceled');
    const resend = v.place('m', {
      side: 'sell',
      price: '50000.00',
      quantity: '0.0100',
      clientOrderId: 'rest',
    });
    expect(resend.replayed).toBe(true);
    expect(resend.order).toEqual(orderOf(canceled));
  });

  it('are forgotten 24 h after the order was placed; an open order keeps its clientOrderId', () => {
    const v = venue({ m: rich, t: rich });
    const resting = orderOf(
      v.place('m', { side: 'buy', price: '40000.00', quantity: '0.0010', clientOrderId: 'gtc' }),
    );
    filledPair(v, 0);
    const placed = v.ts();
    // Just before the 24 h: still the original order.
    v.run({ type: 'expireOrders', ts: placed + DAY - 1 });
    expect(v.engine.getOrderByClientOrderId('t', 'b-0')?.status).toBe('filled');
    const early = v.run({ type: 'cancelOrder', ts: placed + DAY - 1, accountId: 't', clientOrderId: 'b-0' });
    expect(early.error?.code).toBe('ORDER_ALREADY_CLOSED');
    // From the 24 h on, the closed order's entry answers as if it never existed.
    v.run({ type: 'expireOrders', ts: placed + DAY });
    expect(v.engine.getOrderByClientOrderId('t', 'b-0')).toBeUndefined();
    expect(v.run({ type: 'cancelOrder', accountId: 't', clientOrderId: 'b-0' }).error?.code).toBe(
      'ORDER_NOT_FOUND',
    );
    // An open order older than 24 h is still found and canceled by its clientOrderId.
    expect(v.engine.getOrderByClientOrderId('m', 'gtc')?.orderId).toBe(resting.orderId);
    const canceled = v.run({ type: 'cancelOrder', accountId: 'm', clientOrderId: 'gtc' });
    expect(orderOf(canceled).orderId).toBe(resting.orderId);
    // Placing with the forgotten id again records a new order (no replay).
    const reused = v.place('t', {
      side: 'sell',
      price: '60000.00',
      quantity: '0.0010',
      clientOrderId: 'b-0',
    });
    expect(reused.replayed).toBeUndefined();
    expect(orderOf(reused).status).toBe('new');
    expect(v.engine.getOrderByClientOrderId('t', 'b-0')?.orderId).toBe(orderOf(reused).orderId);
  });

  it('drop their rows and entries as later commands close orders, keeping only the last 24 h', () => {
    const v = venue({ m: rich, t: rich });
    const s = stateOf(v.engine);
    const hour = DAY / 24;
    // Two days of trading, 50 pairs an hour: each day 2,400 closed orders.
    for (let n = 0; n < 2 * 24 * 50; n++) {
      v.run({ type: 'expireOrders', ts: v.ts() + hour / 50 });
      filledPair(v, n);
    }
    // The orders closed in the last 24 h (about 2,400) are kept; older ones are gone.
    const lastDay = 24 * 50 * 2;
    expect(s.closedClientIds.size).toBeGreaterThan(lastDay - 10);
    expect(s.closedClientIds.size).toBeLessThan(lastDay + 10);
    const entries = (id: string) => s.accounts.get(id)?.clientIds.size;
    expect(entries('t')).toBeLessThan(1_210);
    expect(v.engine.getOrderByClientOrderId('t', 'b-0')).toBeUndefined();
    expect(v.engine.getOrderByClientOrderId('t', `b-${2 * 24 * 50 - 1}`)?.status).toBe('filled');
    // Nothing closes without commands, and no clock is read: a quiet day changes nothing kept.
    const kept = s.closedClientIds.size;
    v.run({ type: 'expireOrders', ts: v.ts() + 2 * DAY });
    expect(s.closedClientIds.size).toBe(kept);
    expect(v.engine.getOrderByClientOrderId('t', `b-${2 * 24 * 50 - 1}`)).toBeUndefined();
  });

  it('are held while a snapshot is serialised, then dropped; the snapshot leaves expired ones out', () => {
    const v = venue({ m: rich, t: rich });
    const s = stateOf(v.engine);
    for (let n = 0; n < 40; n++) filledPair(v, n);
    v.run({ type: 'expireOrders', ts: v.ts() + DAY });
    filledPair(v, 40);
    // The 80 expired rows of the first orders are still kept (a few drop per close) ...
    expect(s.closedClientIds.size).toBeGreaterThan(70);
    const capture = v.engine.snapshot();
    const held = s.closedClientIds.size;
    for (let n = 41; n < 61; n++) filledPair(v, n);
    expect(s.closedClientIds.size).toBe(held + 40);
    // ... but no snapshot shows them: the capture's text has the entries of orders 40..60 only.
    const body = JSON.parse(JSON.stringify(capture)) as {
      core: { accounts: { accountId: string; clientIds: [string, number][] }[] };
    };
    const ids = body.core.accounts.find((a) => a.accountId === 't')?.clientIds.map(([cid]) => cid);
    expect(ids).toEqual(['b-40']);
    // Released: the next closes drop the expired rows again.
    for (let n = 61; n < 100; n++) filledPair(v, n);
    expect(s.closedClientIds.size).toBe(2 * 60);
    const restored = Engine.restore(JSON.parse(JSON.stringify(v.engine.snapshot())));
    expect(restored.getOrderByClientOrderId('t', 'b-99')).toEqual(
      v.engine.getOrderByClientOrderId('t', 'b-99'),
    );
    expect(restored.getOrderByClientOrderId('t', 'b-0')).toBeUndefined();
  });
});
