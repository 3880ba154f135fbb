/**
 * Every operation of the AsyncAPI document is exercised through the front door: each `send`
 * operation gets a success reply that validates against its reply message, and each message of
 * each `receive` operation arrives and validates. The list comes from the document itself, so an
 * operation or stream message added to the contract fails here until a test drives it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Harness, startHarness, until } from './harness.ts';

interface Operation {
  action: 'send' | 'receive';
  messages: { $ref: string }[];
}

const doc = parse(readFileSync('spec/asyncapi/asyncapi.yaml', 'utf8')) as {
  operations: Record<string, Operation>;
};

/** What must be seen for each operation: its own name for a request, its messages for a stream. */
const required = Object.entries(doc.operations).flatMap(([name, op]) =>
  op.action === 'send'
    ? [{ operation: name, seen: name }]
    : op.messages.map((m) => ({ operation: name, seen: m.$ref.split('/').pop() as string })),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('contract coverage', () => {
  it('lists the operations of the document', () => {
    expect(required.map((r) => r.operation)).toEqual(
      expect.arrayContaining(['login', 'subscribe', 'placeOrder', 'receiveBook', 'receiveBalances']),
    );
    expect(new Set(required.map((r) => r.operation)).size).toBe(Object.keys(doc.operations).length);
  });

  it('exercises every operation and every stream message, all on contract', async () => {
    const maker = await h.account();
    const taker = await h.account();
    const m = await h.login(maker.keyId, { cancelOnDisconnect: true });
    const t = await h.login(taker.keyId);
    for (const channel of ['book', 'trades', 'ticker'])
      await t.request('subscribe', { channel, markets: ['BTC-USD'] });
    for (const channel of ['orders', 'executions', 'balances']) await m.request('subscribe', { channel });
    await m.request('ping');

    const order = { market: 'BTC-USD', side: 'sell', type: 'limit', price: '50000.00', quantity: '0.0200' };
    const placed = await m.request('placeOrder', { order: { ...order, clientOrderId: 'cov-1' } });
    await m.request('amendOrder', { orderId: placed.result.orderId, changes: { quantity: '0.0100' } });
    await t.request('placeOrder', { order: { ...order, side: 'buy', quantity: '0.0050' } });
    await m.request('placeOrder', { order: { ...order, price: '50100.00' } });
    await m.request('cancelOrder', { clientOrderId: 'cov-1' });
    await m.request('cancelAllOrders', { market: 'BTC-USD' });
    await m.request('setCancelAllAfter', { timeoutMs: 60_000 });
    await m.request('setCancelAllAfter', { timeoutMs: 0 });
    await t.request('unsubscribe', { channel: 'book' });

    const missing = () => required.filter((r) => !h.exercised.has(r.seen));
    await until(() => missing().length === 0).catch(() => undefined);
    expect(missing()).toEqual([]);
    expect(h.failures).toEqual([]);
  });
});
