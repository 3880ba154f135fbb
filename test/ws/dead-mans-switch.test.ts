/**
 * The dead man's switch over the socket (`setCancelAllAfter`, contract 1.1.0): the reply is the
 * switch's state as REST answers it, the switch is the account's (shared with REST, outliving the
 * connection), it cancels every open order with `cancelReason` `cancelAllAfter`, and it needs a
 * login with the `trade` scope and a valid `timeoutMs`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../server/core/index.ts';
import { type Harness, startHarness, until } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => {
  expect(h.failures).toEqual([]);
});

const order = (price: string) => ({
  market: 'BTC-USD',
  side: 'buy',
  type: 'limit',
  price,
  quantity: '0.0010',
  timeInForce: 'GTC',
});

async function trader(scopes: Array<'read' | 'trade'> = ['read', 'trade']) {
  const { accountId, keyId } = await h.account(scopes);
  return { accountId, client: await h.login(keyId) };
}

describe('setCancelAllAfter', () => {
  it('arms, re-arms and disarms the account switch, answering its state', async () => {
    const { accountId, client: c } = await trader();
    const before = h.venue.now();
    const armed = await c.request('setCancelAllAfter', { timeoutMs: 60_000 }, 'dms-1');
    expect(armed).toMatchObject({ id: 'dms-1', op: 'setCancelAllAfter', result: { timeoutMs: 60_000 } });
    const triggerAt = parseTimestamp(armed.result.triggerAt) as number;
    expect(triggerAt).toBeGreaterThanOrEqual(before + 60_000_000);
    expect(triggerAt).toBeLessThanOrEqual(h.venue.now() + 60_000_000);
    expect(h.deadMansSwitch.status(accountId)).toEqual({ timeoutMs: 60_000, triggerAt });

    const rearmed = await c.request('setCancelAllAfter', { timeoutMs: 120_000 });
    expect(rearmed.result.timeoutMs).toBe(120_000);
    expect(parseTimestamp(rearmed.result.triggerAt)).toBeGreaterThan(triggerAt);

    const disarmed = await c.request('setCancelAllAfter', { timeoutMs: 0 });
    expect(disarmed.result).toEqual({ timeoutMs: 0, triggerAt: null });
    expect(h.deadMansSwitch.status(accountId)).toEqual({ timeoutMs: 0, triggerAt: null });
  });

  it('sets the same switch as REST: the last call wins, whoever made it', async () => {
    const { accountId, client: c } = await trader();
    // What REST setCancelAllAfter does.
    h.deadMansSwitch.arm(accountId, 30_000);
    expect((await c.request('setCancelAllAfter', { timeoutMs: 0 })).result.triggerAt).toBeNull();
    expect(h.deadMansSwitch.status(accountId).triggerAt).toBeNull();
  });

  it('cancels every open order when it fires, seen on the orders stream', async () => {
    const { accountId, client: c } = await trader();
    await c.request('subscribe', { channel: 'orders' });
    const a = await c.request('placeOrder', { order: order('41000.00') });
    const b = await c.request('placeOrder', {
      order: { ...order('3000.00'), market: 'ETH-USD', quantity: '0.010' },
    });
    await c.request('setCancelAllAfter', { timeoutMs: 50 });
    for (const placed of [a, b]) {
      const canceled = await c.next(
        (m) =>
          m.channel === 'orders' && m.data.orderId === placed.result.orderId && m.data.status === 'canceled',
        5000,
        0,
      );
      expect(canceled.data.cancelReason).toBe('cancelAllAfter');
    }
    expect(h.deadMansSwitch.status(accountId).triggerAt).toBeNull();
  });

  it('outlives the connection that armed it', async () => {
    const { accountId, client: c } = await trader();
    const placed = await c.request('placeOrder', { order: order('41000.00') });
    await c.request('setCancelAllAfter', { timeoutMs: 100 });
    c.close();
    await c.closed;
    expect(h.venue.engine.getOrder(accountId, placed.result.orderId)?.status).toBe('new');
    await until(() => h.venue.engine.getOrder(accountId, placed.result.orderId)?.status === 'canceled');
    // The core's name for the reason; the API spells it `cancelAllAfter` (the stream test above).
    expect(h.venue.engine.getOrder(accountId, placed.result.orderId)?.cancelReason).toBe('deadMansSwitch');
  });

  it('needs a login with the trade scope and a timeout of 0..600000 ms', async () => {
    const anonymous = await h.connect();
    const refused = await anonymous.request('setCancelAllAfter', { timeoutMs: 1000 }, 'dms-anon');
    // ClientOp keeps the 1.0.0 list (1.0.0 clients validate replies with it): the op is null.
    expect(refused).toMatchObject({
      id: 'dms-anon',
      op: null,
      error: { code: 'NOT_LOGGED_IN', status: 401 },
    });
    const { accountId: readerAccount, client: reader } = await trader(['read']);
    expect((await reader.request('setCancelAllAfter', { timeoutMs: 1000 })).error).toMatchObject({
      code: 'INSUFFICIENT_SCOPE',
      status: 403,
    });
    expect(h.deadMansSwitch.status(readerAccount).triggerAt).toBeNull();

    const { accountId, client: c } = await trader();
    for (const fields of [
      { timeoutMs: 600_001 },
      { timeoutMs: -1 },
      { timeoutMs: 1.5 },
      { timeoutMs: '1000' },
      {},
    ]) {
      expect((await c.request('setCancelAllAfter', fields)).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        status: 400,
      });
    }
    expect((await c.request('setCancelAllAfter', { timeoutMs: 1000, market: 'BTC-USD' })).error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(h.deadMansSwitch.status(accountId).triggerAt).toBeNull();
    expect((await c.request('setCancelAllAfter', { timeoutMs: 600_000 })).result.timeoutMs).toBe(600_000);
    await c.request('setCancelAllAfter', { timeoutMs: 0 });
  });
});
