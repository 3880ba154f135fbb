/**
 * The connection rules of the contract, each through a real socket: close codes (with the
 * `x-close-codes` table compared against the server's), binary and oversized frames, invalid
 * UTF-8, the flood guard, the login timeout, protocol pings and dead peers, slow consumers, the
 * rate-limit budgets, and the graceful 1001 shutdown with cancel-on-disconnect before it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parse } from 'yaml';
import { CLOSE } from '../../server/ws/index.ts';
import { type Harness, startHarness, until } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    ws: { loginTimeoutMs: 300, pingIntervalMs: 200 },
    ipPolicy: { name: 'ip', quota: 40, windowSeconds: 60 },
  });
});
afterAll(() => h.close());
afterEach(() => {
  expect(h.failures).toEqual([]);
});

describe('close codes', () => {
  it('sends exactly the codes of x-close-codes, each with its name as the reason', () => {
    const doc = parse(readFileSync('spec/asyncapi/asyncapi.yaml', 'utf8'));
    const sent = (doc['x-close-codes'] as { code: number; name: string; sentByServer: boolean }[])
      .filter((c) => c.sentByServer)
      .map((c) => [c.name, c.code]);
    expect(Object.entries(CLOSE)).toEqual(sent);
  });

  it('closes a binary frame with 1003, an oversized one with 1009 and invalid UTF-8 with 1007', async () => {
    const binary = await h.connect();
    binary.sendRaw(Buffer.from('{"op":"ping"}'), true);
    expect(await binary.closed).toEqual({ code: 1003, reason: 'UNSUPPORTED_DATA' });

    const big = await h.connect();
    big.sendRaw(JSON.stringify({ op: 'ping', pad: 'x'.repeat(64 * 1024) }));
    expect(await big.closed).toEqual({ code: 1009, reason: 'MESSAGE_TOO_BIG' });

    // Just under the limit is a normal (if invalid) message.
    const fits = await h.connect();
    const reply = await fits.request('ping', { pad: 'x'.repeat(60 * 1024) });
    expect(reply.error.code).toBe('VALIDATION_FAILED');

    const garbled = await h.connect();
    garbled.socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await garbled.closed).toEqual({ code: 1007, reason: 'INVALID_PAYLOAD' });
  });

  it('closes a connection that sends more than 100 messages within a second with 4002', async () => {
    const c = await h.connect();
    for (let i = 0; i < 101; i++) c.sendRaw('{"op":"unknown"}');
    expect(await c.closed).toEqual({ code: 4002, reason: 'RATE_LIMITED' });
    // Replies still owed when the guard trips are not sent: the connection is closing.
    expect(c.received.length).toBeLessThanOrEqual(100);
    expect(c.received.every((m) => m.error?.code === 'VALIDATION_FAILED')).toBe(true);
  });

  it('closes a connection that neither logged in nor subscribed in time with 4001', async () => {
    const idle = await h.connect();
    const subscribed = await h.connect();
    await subscribed.request('subscribe', { channel: 'trades', markets: ['BTC-USD'] });
    expect(await idle.closed).toEqual({ code: 4001, reason: 'LOGIN_TIMEOUT' });
    // Twice the timeout later, the subscribed connection is still served.
    await new Promise((r) => setTimeout(r, 300));
    expect((await subscribed.request('unsubscribe', { channel: 'trades' })).result).toBeDefined();
  });
});

describe('heartbeats', () => {
  it('pings every interval and terminates a peer that stops answering', async () => {
    const live = await h.connect();
    let pings = 0;
    live.socket.on('ping', () => {
      pings++;
    });
    await live.request('subscribe', { channel: 'ticker', markets: ['BTC-USD'] });
    await until(() => pings >= 3);
    expect(live.socket.readyState).toBe(WebSocket.OPEN);

    const dead = new WebSocket(h.url, { autoPong: false });
    const closed = new Promise<number>((resolve) => dead.on('close', (code) => resolve(code)));
    dead.on('open', () => dead.send('{"op":"subscribe","channel":"trades"}'));
    // No close frame: the client sees 1006.
    expect(await closed).toBe(1006);
  });
});

describe('rate limits', () => {
  it('answers RATE_LIMITED with retryAfter when the IP budget is spent, and keeps the connection', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'trades', markets: ['BTC-USD'] });
    let limited: { error: { code: string; retryAfter: number; status: number } } | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const reply = await c.request('ping');
      if (reply.error) limited = reply;
    }
    expect(limited?.error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(limited?.error.retryAfter).toBeGreaterThanOrEqual(1);
    // Subscriptions draw on the same budget.
    expect((await c.request('subscribe', { channel: 'book', markets: ['BTC-USD'] })).error.code).toBe(
      'RATE_LIMITED',
    );
    expect(c.socket.readyState).toBe(WebSocket.OPEN);
  });
});

describe('rate limits after login', () => {
  it('charges the key bucket (shared with REST) and the order throttle once logged in', async () => {
    const s = await startHarness({
      ipPolicy: { name: 'ip', quota: 10, windowSeconds: 60 },
      keyPolicy: { name: 'key', quota: 30, windowSeconds: 60 },
      orderPolicy: { name: 'orders', quota: 3, windowSeconds: 60 },
    });
    try {
      const { keyId } = await s.account();
      const c = await s.login(keyId);
      // 10 pings would exhaust the IP's budget; the key's has room for them.
      for (let i = 0; i < 10; i++) expect((await c.request('ping')).result).toBeDefined();
      const order = { market: 'BTC-USD', side: 'buy', type: 'limit', price: '40000.00', quantity: '0.0010' };
      for (let i = 0; i < 3; i++) expect((await c.request('placeOrder', { order })).result).toBeDefined();
      const throttled = await c.request('placeOrder', { order });
      expect(throttled.error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(throttled.error.detail).toContain('"orders"');
      let limited: { error: { detail: string } } | undefined;
      for (let i = 0; i < 30 && !limited; i++) {
        const reply = await c.request('ping');
        if (reply.error) limited = reply;
      }
      expect(limited?.error.detail).toContain('"key"');
      expect(s.failures).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('slow consumers', () => {
  it('closes a connection whose unsent data exceeds the limit with 4000', async () => {
    const s = await startHarness({
      ws: { maxBufferedBytes: 256 * 1024 },
      ipPolicy: { name: 'ip', quota: 100_000, windowSeconds: 60 },
    });
    try {
      const { accountId } = await s.account();
      // A deep book makes every snapshot large (about 60 KB).
      const orders = [];
      for (let i = 0; i < 1500; i++) {
        for (const side of ['buy', 'sell'] as const) {
          const price = (side === 'buy' ? 30000 + i : 60000 + i).toFixed(2);
          orders.push(
            s.venue.submit({
              type: 'placeOrder',
              accountId,
              market: 'BTC-USD',
              side,
              orderType: 'limit',
              price,
              quantity: '0.0010',
            }),
          );
        }
      }
      await Promise.all(orders);
      const c = await s.connect();
      c.socket.pause();
      for (let round = 0; round < 4 && c.socket.readyState === WebSocket.OPEN; round++) {
        for (let i = 0; i < 90; i++)
          c.sendRaw(JSON.stringify({ op: 'subscribe', channel: 'book', markets: ['BTC-USD'] }));
        await new Promise((r) => setTimeout(r, 1100));
      }
      c.socket.resume();
      expect(await c.closed).toEqual({ code: 4000, reason: 'SLOW_CONSUMER' });
      // Nothing was dropped before the close: every snapshot that was sent arrived whole.
      expect(c.stream('book').every((m) => m.data.bids.length === 1500)).toBe(true);
      expect(s.failures).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('shutdown', () => {
  it('cancels cancel-on-disconnect orders, then closes every socket with 1001', async () => {
    const s = await startHarness();
    const { accountId, keyId } = await s.account();
    const cod = await s.login(keyId, { cancelOnDisconnect: true });
    const plain = await s.connect();
    const placed = await cod.request('placeOrder', {
      order: { market: 'BTC-USD', side: 'buy', type: 'limit', price: '40000.00', quantity: '0.0010' },
    });
    let statusAtClose: string | undefined;
    cod.socket.on('close', () => {
      statusAtClose = s.venue.engine.getOrder(accountId, placed.result.orderId)?.status;
    });
    expect(s.gateway.connectionCount).toBe(2);
    const closing = s.gateway.close();
    expect(await cod.closed).toEqual({ code: 1001, reason: 'GOING_AWAY' });
    expect(await plain.closed).toEqual({ code: 1001, reason: 'GOING_AWAY' });
    await closing;
    expect(statusAtClose).toBe('canceled');
    expect(s.gateway.connectionCount).toBe(0);
    expect(s.failures).toEqual([]);
    await s.close();
  });
});

describe('metrics', () => {
  it('counts connections and messages by op and outcome', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'trades', markets: ['ETH-USD'] }).catch(() => undefined);
    const text = (await h.metrics.render()).body;
    expect(text).toMatch(/openvenue_ws_connections \d+/);
    expect(text).toMatch(/openvenue_ws_messages_total\{op="ping",outcome="ok"\} \d+/);
    expect(text).toMatch(/openvenue_ws_messages_total\{op="ping",outcome="RATE_LIMITED"\} \d+/);
  });
});
