/**
 * The SDK's WebSocket session against the real server: local books checksum-verified over more
 * than 1,000 simulator updates (and equal to the REST book once the simulator stops), resync after
 * a lost message, order entry by request/reply, heartbeat loss, and a server restart after which
 * the session reconnects, logs in and resubscribes by itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import {
  type LocalOrderBook,
  OpenVenue,
  type OpenVenueSocket,
  PriceNotOnTickError,
  type WebSocketConstructor,
} from '../../sdk/src/index.ts';
import { SdkTestVenue, type VenueOptions } from './venue.ts';

const MARKETS = ['BTC-USD', 'ETH-USD', 'ETH-BTC'];
const cleanup: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function until(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A `ws` WebSocket that drops the incoming frames a predicate picks: lost messages, on demand. */
function lossyWebSocket(drop: (frame: string) => boolean): WebSocketConstructor {
  return function Lossy(url: string) {
    const socket = new NodeWebSocket(url);
    let handler: ((event: { data: unknown }) => void) | null = null;
    socket.addEventListener('message', (event) => {
      if (!drop(String(event.data))) handler?.(event);
    });
    Object.defineProperty(socket, 'onmessage', {
      get: () => handler,
      set: (next: typeof handler) => {
        handler = next;
      },
    });
    return socket;
  } as unknown as WebSocketConstructor;
}

async function started(options: VenueOptions = {}) {
  const venue = await SdkTestVenue.start(options);
  cleanup.push(() => venue.stop());
  return venue;
}

function open(client: OpenVenue, options: Parameters<OpenVenue['ws']>[0] = {}): OpenVenueSocket {
  const socket = client.ws({ minReconnectDelayMs: 100, maxReconnectDelayMs: 1000, ...options });
  cleanup.push(() => socket.close());
  return socket;
}

describe('local order books', () => {
  it('stay checksum-correct over 1,000 simulator updates and equal the REST book', async () => {
    const venue = await started({ simulatorStepMs: 20 });
    const client = new OpenVenue({ baseUrl: venue.url });
    const socket = open(client);
    const resyncs: string[] = [];
    socket.on('resync', (e) => resyncs.push(`${e.market} ${e.reason}`));
    await socket.connect();
    const books = await Promise.all(MARKETS.map((m) => socket.orderBook(m)));
    const total = () => books.reduce((n, b) => n + b.updates, 0);
    await until('1,000 book updates', () => total() >= 1000, 120_000);
    expect(resyncs).toEqual([]);

    await venue.stopSimulator();
    for (const book of books) {
      const rest = await client.markets.book(book.market, { depth: 1000 });
      await until(`${book.market} at seq ${rest.seq}`, () => (book.seq ?? 0) >= rest.seq, 5_000);
      expect(book.seq).toBe(rest.seq);
      expect(book.checksum()).toBe(rest.checksum);
      expect(book.bids).toEqual(rest.bids);
      expect(book.asks).toEqual(rest.asks);
    }
    console.log(
      `verified ${total()} book updates (${books.map((b) => `${b.market} ${b.updates} to seq ${b.seq}`).join(', ')}); ${resyncs.length} resyncs`,
    );
    expect(books.every((b) => b.synced && b.resyncs === 0)).toBe(true);
  });

  it('a lost update is a gap: the book resubscribes and is correct again', async () => {
    const venue = await started({ simulatorStepMs: 20 });
    let dropped = 0;
    let seen = 0;
    const WebSocket = lossyWebSocket((frame) => {
      if (!frame.includes('"type":"update"') || !frame.includes('"channel":"book"')) return false;
      seen += 1;
      if (seen === 20) dropped += 1;
      return seen === 20;
    });
    const socket = open(new OpenVenue({ baseUrl: venue.url }), { WebSocket });
    const resyncs: string[] = [];
    socket.on('resync', (e) => resyncs.push(e.reason));
    await socket.connect();
    const book: LocalOrderBook = await socket.orderBook('BTC-USD');
    await until('the dropped update', () => dropped === 1);
    await until('the resynchronised book', () => book.snapshots === 2 && book.synced);
    const after = book.updates;
    await until('updates after the resync', () => book.updates >= after + 20);
    expect(resyncs).toEqual(['gap']);
    expect(book.resyncs).toBe(1);
  });
});

describe('order entry and session', () => {
  it('places, replays, cancels and rejects with typed errors', async () => {
    const venue = await started();
    const { key } = await venue.account();
    const socket = open(new OpenVenue({ baseUrl: venue.url, apiKey: key }));
    const logins: string[] = [];
    socket.on('login', (r) => logins.push(r.keyId));
    await socket.connect();
    expect(logins).toEqual([key.id]);
    const updates: string[] = [];
    socket.on('ordersUpdate', (m) => updates.push(`${m.data.orderId} ${m.data.status}`));
    await socket.subscribe('orders');

    const order = {
      market: 'BTC-USD',
      side: 'buy',
      type: 'limit',
      price: '41000.00',
      quantity: '0.0100',
    } as const;
    const placed = await socket.placeOrder({ ...order, clientOrderId: 'ws-1' });
    expect(placed).toMatchObject({ status: 'new', clientOrderId: 'ws-1', replayed: false });
    const again = await socket.placeOrder({ ...order, clientOrderId: 'ws-1' });
    expect(again).toMatchObject({ orderId: placed.orderId, replayed: true });
    expect(await socket.amendOrder({ orderId: placed.orderId }, { price: '41001.00' })).toMatchObject({
      price: '41001.00',
    });
    expect(await socket.cancelOrder({ clientOrderId: 'ws-1' })).toMatchObject({ status: 'canceled' });
    await expect(socket.placeOrder({ ...order, price: '41000.005' })).rejects.toBeInstanceOf(
      PriceNotOnTickError,
    );
    await socket.placeOrder(order);
    expect(await socket.cancelAllOrders('BTC-USD')).toHaveLength(1);
    expect(typeof (await socket.ping())).toBe('string');
    await until('order updates', () => updates.includes(`${placed.orderId} canceled`));

    // close() ends the session for good; connect() opens a new one.
    socket.close();
    expect(socket.connected).toBe(false);
    await expect(socket.ping()).rejects.toThrow(/not open/);
    await socket.connect();
    expect(typeof (await socket.ping())).toBe('string');
    expect(logins).toEqual([key.id, key.id]);
  });

  it('a wrong key fails the connect with a typed error; a late clock is corrected at login', async () => {
    const venue = await started();
    const { key } = await venue.account();
    const wrong = open(
      new OpenVenue({ baseUrl: venue.url, apiKey: { id: key.id, secret: `${key.secret}x` } }),
    );
    await expect(wrong.connect()).rejects.toMatchObject({ name: 'InvalidSignatureError', status: 401 });
    expect(wrong.connected).toBe(false);

    const lateClient = new OpenVenue({ baseUrl: venue.url, apiKey: key, now: () => Date.now() - 60_000 });
    const late = open(lateClient);
    const logins: string[] = [];
    late.on('login', (r) => logins.push(r.keyId));
    await late.connect();
    expect(logins).toEqual([key.id]);
    expect(Math.abs(lateClient.clockOffsetMs - 60_000)).toBeLessThan(5_000);
  });

  it('a connection whose pings go unanswered is dropped and replaced', async () => {
    const venue = await started();
    let swallow = true;
    const WebSocket = lossyWebSocket((frame) => swallow && frame.includes('"op":"ping"'));
    const socket = open(new OpenVenue({ baseUrl: venue.url }), {
      WebSocket,
      heartbeatIntervalMs: 200,
      heartbeatTimeoutMs: 300,
    });
    const closes: number[] = [];
    socket.on('close', (e) => {
      closes.push(e.code);
      swallow = false;
    });
    await socket.connect();
    await socket.subscribe('ticker', ['BTC-USD']);
    await until('the reconnect', () => socket.reconnects === 1 && socket.connected);
    expect(closes).toEqual([1006]);
  });

  it('after a server restart, reconnects, logs in and resubscribes by itself', async () => {
    const venue = await started();
    const { key } = await venue.account();
    const client = new OpenVenue({ baseUrl: venue.url, apiKey: key });
    const socket = open(client);
    const events: string[] = [];
    socket.on('login', () => events.push('login'));
    socket.on('close', (e) => events.push(`close ${e.code} ${e.willReconnect}`));
    socket.on('open', (e) => events.push(`open ${e.reconnect}`));
    const orderUpdates: string[] = [];
    socket.on('ordersUpdate', (m) => orderUpdates.push(m.data.orderId));
    await socket.connect();
    await socket.subscribe('orders');
    const book = await socket.orderBook('BTC-USD');
    expect(book.snapshots).toBe(1);

    await venue.restart();
    await until('login after the restart', () => events.filter((e) => e === 'login').length === 2);
    await until('a fresh book snapshot', () => book.snapshots === 2 && book.synced);
    expect(events.slice(0, 3)).toEqual(['open false', 'login', 'close 1001 true']);
    expect(events.at(-1)).toBe('login');
    expect(socket.reconnects).toBeGreaterThanOrEqual(1);

    // The private subscription came back: an order placed over REST shows on the socket.
    const placed = await client.orders.place({
      market: 'BTC-USD',
      side: 'sell',
      type: 'limit',
      price: '60000.00',
      quantity: '0.0100',
    });
    await until('the order on the orders stream', () => orderUpdates.includes(placed.orderId));
    // And the book channel: the new level arrives as a verified update.
    await until('the new ask in the local book', () => book.asks.some(([p]) => p === '60000.00'));
    expect(book.resyncs).toBe(0);
    // Order entry works on the new connection.
    expect((await socket.cancelOrder({ orderId: placed.orderId })).status).toBe('canceled');
  });
});
