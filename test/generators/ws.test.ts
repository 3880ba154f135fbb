import { describe, expect, it } from 'vitest';
import { createWsClient } from '../fixtures/contracts/out/basic/asyncapi/client.ts';
import { createDispatcher } from '../fixtures/contracts/out/basic/asyncapi/dispatcher.ts';
import { tradeEvent } from '../fixtures/contracts/out/basic/asyncapi/events.ts';
import { eventMatchers } from '../fixtures/contracts/out/basic/asyncapi/messages.ts';

const order = {
  orderId: '7',
  market: 'BTC-USD',
  side: 'buy',
  status: 'new',
  quantity: '0.0100',
  filledQuantity: '0.0000',
  createdAt: '2026-11-21T12:00:00.123456Z',
} as const;

/** A server loop over an in-memory socket: frames in, dispatcher, replies out. */
function harness() {
  const pings: string[] = [];
  const dispatch = createDispatcher<{ session: string }>({
    placeOrder: (message, ctx) =>
      message.params.quantity === '0'
        ? { id: message.id, error: { type: 't', title: 'x', status: 400, code: 'INSUFFICIENT_FUNDS' } }
        : { id: message.id, result: { ...order, market: message.params.market, clientOrderId: ctx.session } },
    ping: (_message, ctx) => {
      pings.push(ctx.session);
    },
  });
  const unexpected: string[] = [];
  const client = createWsClient(
    {
      send: (frame) => {
        void dispatch(frame, { session: 's1' }).then((outcome) => {
          if (outcome.kind === 'reply') client.receive(JSON.stringify(outcome.message));
        });
      },
    },
    { validate: true, timeoutMs: 1000, onUnexpected: (_m, reason) => unexpected.push(reason) },
  );
  return { client, dispatch, pings, unexpected };
}

describe('generated WebSocket code (fixture contract)', () => {
  it('correlates replies with requests by id, with typed results', async () => {
    const { client } = harness();
    const [a, b] = await Promise.all([
      client.placeOrder({ params: { market: 'BTC-USD', side: 'buy', type: 'limit', quantity: '0.0100' } }),
      client.placeOrder({ params: { market: 'ETH-USD', side: 'buy', type: 'limit', quantity: '0' } }),
    ]);
    expect(a).toEqual({ id: '1', result: { ...order, clientOrderId: 's1' } });
    expect(b).toMatchObject({ id: '2', error: { code: 'INSUFFICIENT_FUNDS' } });
    expect(client.pendingCount).toBe(0);
  });

  it('sends operations without a reply and calls their handler', async () => {
    const { client, pings } = harness();
    client.ping();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pings).toEqual(['s1']);
  });

  it('rejects frames that are not valid client messages, keeping the id', async () => {
    const { dispatch } = harness();
    expect(await dispatch('{"op":', { session: 's' })).toMatchObject({
      kind: 'rejected',
      problem: { code: 'MALFORMED_JSON' },
    });
    expect(await dispatch('{"op":"fly","id":"9"}', { session: 's' })).toEqual({
      kind: 'rejected',
      id: '9',
      problem: {
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: '/op', message: 'must be one of ping, placeOrder' }],
      },
    });
    const invalid = await dispatch('{"op":"placeOrder","id":"3","params":{"market":"BTC-USD","side":"up"}}', {
      session: 's',
    });
    expect(invalid.kind).toBe('rejected');
    if (invalid.kind !== 'rejected') return;
    expect(invalid.id).toBe('3');
    expect(invalid.problem.errors?.map((e) => e.path).sort()).toEqual([
      '/params/quantity',
      '/params/side',
      '/params/type',
    ]);
  });

  it('builds server events with their constants and routes them to subscribers', () => {
    const { client, unexpected } = harness();
    const trades: unknown[] = [];
    const off = client.on('trade', (message) => trades.push(message.price));
    const event = tradeEvent({ market: 'BTC-USD', price: '50000.10', quantity: '0.0100' });
    expect(event).toEqual({ channel: 'trades', market: 'BTC-USD', price: '50000.10', quantity: '0.0100' });
    expect(eventMatchers).toEqual({ trade: { channel: 'trades' } });
    client.receive(JSON.stringify(event));
    client.receive(JSON.stringify({ ...event, price: 50000 }));
    client.receive(JSON.stringify({ channel: 'unknown' }));
    off();
    client.receive(JSON.stringify(event));
    expect(trades).toEqual(['50000.10']);
    expect(unexpected).toEqual(['trade event is off contract', 'no pending request or event matches']);
  });

  it('times out a request nobody answers and rejects pending ones on close', async () => {
    const client = createWsClient({ send: () => {} }, { timeoutMs: 20 });
    await expect(
      client.placeOrder({ params: { market: 'X-Y', side: 'buy', type: 'market', quantity: '1' } }),
    ).rejects.toThrow(/timed out/);
    const pending = client.placeOrder({
      params: { market: 'X-Y', side: 'buy', type: 'market', quantity: '1' },
    });
    client.close('socket closed');
    await expect(pending).rejects.toThrow('socket closed');
  });
});
