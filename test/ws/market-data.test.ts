/**
 * Public channels through the front door: a client-side book rebuilt from the snapshot and the
 * updates (as the contract's guide says) must equal the engine's book, every checksum must verify,
 * `seq` must step by one; trades arrive once each; the ticker follows the book; and each
 * market-data message is serialised once, whatever the number of subscribers.
 */
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../server/prng.ts';
import type { VenueCommandInput } from '../../server/venue.ts';
import { type Client, type Harness, type Message, startHarness, until } from './harness.ts';

let h: Harness;
let a: string;
let b: string;
/** Rests a ladder the others only reach with market orders (their STP would cancel their own). */
let ladder: string;
beforeAll(async () => {
  h = await startHarness();
  a = (await h.account()).accountId;
  b = (await h.account()).accountId;
  ladder = (await h.account()).accountId;
});
afterAll(() => h.close());
afterEach(() => {
  expect(h.failures).toEqual([]);
});

/** A local book kept exactly as the guide describes. */
class LocalBook {
  seq = -1;
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();
  checksumFailures = 0;
  gaps = 0;

  apply(m: Message): void {
    const d = m.data;
    if (m.type === 'snapshot') {
      this.bids.clear();
      this.asks.clear();
    } else {
      if (d.seq <= this.seq) return;
      if (d.seq !== this.seq + 1) this.gaps++;
    }
    for (const [price, quantity] of d.bids) this.#set(this.bids, price, quantity);
    for (const [price, quantity] of d.asks) this.#set(this.asks, price, quantity);
    this.seq = d.seq;
    if (this.checksum() !== d.checksum) this.checksumFailures++;
  }

  #set(side: Map<string, string>, price: string, quantity: string): void {
    if (quantity === '0') side.delete(price);
    else side.set(price, quantity);
  }

  levels(side: 'bids' | 'asks'): [string, string][] {
    const sign = side === 'bids' ? -1 : 1;
    return [...this[side].entries()].sort((x, y) => sign * (Number(x[0]) - Number(y[0])));
  }

  checksum(): number {
    const top = [...this.levels('bids').slice(0, 10), ...this.levels('asks').slice(0, 10)];
    return zlib.crc32(Buffer.from(top.map(([p, q]) => `${p}:${q}`).join(','), 'utf8'));
  }
}

/** A deterministic stream of orders, crossing trades and cancels over two markets. */
async function trade(steps: number, seed: number): Promise<void> {
  // mulberry32: its low bits are usable (an LCG's are not).
  const next = mulberry32(seed);
  const rnd = (n: number) => next() % n;
  const markets = [
    {
      market: 'BTC-USD',
      mid: 50000,
      qty: (k: number) => (0.001 * (1 + k)).toFixed(4),
      px: (p: number) => p.toFixed(2),
    },
    {
      market: 'ETH-USD',
      mid: 3000,
      qty: (k: number) => (0.01 * (1 + k)).toFixed(3),
      px: (p: number) => p.toFixed(2),
    },
  ];
  for (let i = 0; i < steps; i++) {
    const m = markets[rnd(2)] as (typeof markets)[number];
    const accountId = rnd(2) === 0 ? a : b;
    const side = rnd(2) === 0 ? 'buy' : 'sell';
    const roll = rnd(10);
    let command: VenueCommandInput;
    if (roll < 7) {
      const offset = rnd(40) - (side === 'buy' ? 30 : 5);
      const price = m.mid + (side === 'buy' ? offset : -offset);
      command = {
        type: 'placeOrder',
        accountId,
        market: m.market,
        side,
        orderType: 'limit',
        price: m.px(price),
        quantity: m.qty(rnd(9)),
        selfTradePrevention: 'cancelMaker',
      };
    } else if (roll < 9) {
      const open = h.venue.engine.listOrders(accountId, { status: 'open', limit: 50 }).data;
      const victim = open[rnd(Math.max(open.length, 1))];
      if (victim === undefined) continue;
      command = { type: 'cancelOrder', accountId, orderId: victim.orderId };
    } else {
      command = {
        type: 'placeOrder',
        accountId,
        market: m.market,
        side,
        orderType: 'market',
        quantity: m.qty(rnd(5)),
      };
    }
    // Not awaited one by one: commands share journal batches, as under real load.
    void h.venue.submit(command);
    if (i % 25 === 24) await h.venue.submit({ type: 'expireOrders' });
  }
  await h.venue.submit({ type: 'expireOrders' });
}

function rebuild(c: Client, market: string): LocalBook {
  const book = new LocalBook();
  for (const m of c.received) if (m.channel === 'book' && m.data.market === market) book.apply(m);
  return book;
}

function engineLevels(market: string, side: 'bids' | 'asks'): [string, string][] {
  const book = h.venue.engine.book(market, Number.POSITIVE_INFINITY);
  return (book?.[side] ?? []).map((l) => [l.price, l.quantity]);
}

describe('book channel', () => {
  it('rebuilds the exact engine book from snapshot + updates, every checksum verifying', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'book', markets: ['BTC-USD', 'ETH-USD'] });
    // A ladder far from the action, so both sides run deeper than the 10 levels the checksum covers.
    for (let i = 1; i <= 15; i++) {
      for (const [market, mid, quantity] of [
        ['BTC-USD', 50000, '0.5000'],
        ['ETH-USD', 3000, '5.000'],
      ] as const) {
        for (const side of ['buy', 'sell'] as const) {
          const price = (side === 'buy' ? mid - 100 - i : mid + 100 + i).toFixed(2);
          void h.venue.submit({
            type: 'placeOrder',
            accountId: ladder,
            market,
            side,
            orderType: 'limit',
            price,
            quantity,
          });
        }
      }
    }
    await trade(400, 7);
    for (const market of ['BTC-USD', 'ETH-USD']) {
      const seq = h.venue.engine.book(market)?.seq;
      await until(() => rebuild(c, market).seq === seq);
      const local = rebuild(c, market);
      expect(local.gaps).toBe(0);
      expect(local.checksumFailures).toBe(0);
      expect(local.levels('bids')).toEqual(engineLevels(market, 'bids'));
      expect(local.levels('asks')).toEqual(engineLevels(market, 'asks'));
      expect(local.levels('bids').length).toBeGreaterThan(10);
    }
    const updates = c.stream('book').filter((m) => m.type === 'update');
    expect(updates.length).toBeGreaterThan(100);
    // Removed levels are written "0", as the guide spells it.
    expect(updates.some((m) => [...m.data.bids, ...m.data.asks].some(([, q]: string[]) => q === '0'))).toBe(
      true,
    );
  });

  it('keeps an unwatched market exact, so a first subscriber gets a snapshot the next updates verify against', async () => {
    // ETH-BTC has no book subscriber in this file: its mirror advances without building messages.
    const place = (side: 'buy' | 'sell', price: string) =>
      h.venue.submit({
        type: 'placeOrder',
        accountId: ladder,
        market: 'ETH-BTC',
        side,
        orderType: 'limit',
        price,
        quantity: '1.000',
      });
    const placed = [];
    for (let i = 0; i < 14; i++) {
      placed.push(await place('buy', (0.05 - i * 0.0001).toFixed(5)));
      placed.push(await place('sell', (0.06 + i * 0.0001).toFixed(5)));
    }
    for (const r of placed.slice(0, 6)) {
      await h.venue.submit({ type: 'cancelOrder', accountId: ladder, orderId: r.order?.orderId ?? '' });
    }
    const c = await h.connect();
    await c.request('subscribe', { channel: 'book', markets: ['ETH-BTC'] });
    const snapshot = await c.next((m) => m.channel === 'book' && m.type === 'snapshot', 5000, 0);
    expect(snapshot.data.seq).toBe(h.venue.engine.book('ETH-BTC')?.seq);
    for (const r of placed.slice(6, 12)) {
      await h.venue.submit({ type: 'cancelOrder', accountId: ladder, orderId: r.order?.orderId ?? '' });
    }
    await place('buy', '0.04000');
    const seq = h.venue.engine.book('ETH-BTC')?.seq;
    await until(() => rebuild(c, 'ETH-BTC').seq === seq);
    const local = rebuild(c, 'ETH-BTC');
    expect(local.gaps).toBe(0);
    expect(local.checksumFailures).toBe(0);
    expect(c.stream('book').filter((m) => m.type === 'update')).toHaveLength(7);
    expect(local.levels('bids')).toEqual(engineLevels('ETH-BTC', 'bids'));
    expect(local.levels('asks')).toEqual(engineLevels('ETH-BTC', 'asks'));
  });

  it('sends a fresh snapshot on resubscribe that lines up with the updates that follow', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'book', markets: ['BTC-USD'] });
    await trade(60, 11);
    const start = c.received.length;
    await c.request('subscribe', { channel: 'book', markets: ['BTC-USD'] });
    const snapshot = await c.next((m) => m.channel === 'book' && m.type === 'snapshot', 5000, start);
    await trade(60, 12);
    const seq = h.venue.engine.book('BTC-USD')?.seq;
    await until(() => rebuild(c, 'BTC-USD').seq === seq);
    const after = c.received.slice(c.received.indexOf(snapshot)).filter((m) => m.channel === 'book');
    after.forEach((m, i) => {
      expect(m.data.seq).toBe(snapshot.data.seq + i);
    });
    expect(rebuild(c, 'BTC-USD').checksumFailures).toBe(0);
  });

  it('stops a market after unsubscribe: nothing of it follows the reply', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'book', markets: ['BTC-USD', 'ETH-USD'] });
    await c.request('subscribe', { channel: 'trades', markets: ['BTC-USD'] });
    const reply = await c.request('unsubscribe', { channel: 'book', markets: ['BTC-USD'] });
    const from = c.received.indexOf(reply);
    await trade(80, 13);
    await until(() => rebuild(c, 'ETH-USD').seq === h.venue.engine.book('ETH-USD')?.seq);
    const later = c.received.slice(from);
    expect(later.some((m) => m.channel === 'book' && m.data.market === 'BTC-USD')).toBe(false);
    expect(later.some((m) => m.channel === 'book' && m.data.market === 'ETH-USD')).toBe(true);
    expect(later.some((m) => m.channel === 'trades')).toBe(true);
  });
});

describe('trades and ticker', () => {
  it('sends every trade once, in order, one message per market and command', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'trades' });
    const before = h.venue.engine.trades('BTC-USD', { limit: 1 })?.data[0]?.tradeId ?? '0';
    await trade(300, 21);
    const all = h.venue.engine.trades('BTC-USD', { limit: 1000 })?.data ?? [];
    const expected = all.filter((t) => Number(t.tradeId) > Number(before)).reverse();
    expect(expected.length).toBeGreaterThan(5);
    await until(
      () =>
        c
          .stream('trades')
          .flatMap((m) => m.data)
          .filter((t) => t.market === 'BTC-USD').length === expected.length,
    );
    const got = c
      .stream('trades')
      .flatMap((m) => m.data)
      .filter((t: Message) => t.market === 'BTC-USD');
    expect(got.map((t: Message) => t.tradeId)).toEqual(expected.map((t) => t.tradeId));
    expect(got.map((t: Message) => t.price)).toEqual(expected.map((t) => t.price));
    for (const m of c.stream('trades')) expect(new Set(m.data.map((t: Message) => t.market)).size).toBe(1);
  });

  it('sends the ticker on subscribe and then follows the market', async () => {
    const c = await h.connect();
    await c.request('subscribe', { channel: 'ticker', markets: ['BTC-USD'] });
    await trade(100, 31);
    const current = () => {
      const t = h.venue.engine.ticker('BTC-USD');
      return { bestBid: t?.bestBid, bestAsk: t?.bestAsk, lastPrice: t?.lastPrice, volume24h: t?.volume24h };
    };
    await until(() => {
      const last = c.stream('ticker').at(-1)?.data;
      const want = current();
      return last !== undefined && Object.entries(want).every(([k, v]) => last[k] === v);
    });
  });

  it('sends at most one ticker per interval per market, however often the market changes', async () => {
    const slow = await startHarness({ ws: { tickerIntervalMs: 600_000 } });
    try {
      const accountId = (await slow.account()).accountId;
      const c = await slow.connect();
      await c.request('subscribe', { channel: 'ticker', markets: ['BTC-USD'] });
      for (let i = 0; i < 5; i++) {
        await slow.venue.submit({
          type: 'placeOrder',
          accountId,
          market: 'BTC-USD',
          side: 'buy',
          orderType: 'limit',
          price: `${40000 + i}.00`,
          quantity: '0.0100',
        });
        await c.next((m) => m.channel === 'ticker' && m.data.bestBid !== null, 5000, 0);
      }
      await slow.venue.submit({ type: 'expireOrders' });
      // The subscribe ticker, then the first change at once; the rest waits for the interval.
      expect(c.stream('ticker').length).toBe(2);
      expect(slow.failures).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});

describe('fan-out', () => {
  it('serialises each book update once for all its subscribers', async () => {
    const clients = await Promise.all([1, 2, 3, 4, 5].map(() => h.connect()));
    for (const c of clients) await c.request('subscribe', { channel: 'book', markets: ['ETH-USD'] });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      await h.venue.submit({
        type: 'placeOrder',
        accountId: a,
        market: 'ETH-USD',
        side: 'buy',
        orderType: 'limit',
        price: '2000.00',
        quantity: '0.010',
      });
      const seq = h.venue.engine.book('ETH-USD')?.seq;
      for (const c of clients) await c.next((m) => m.channel === 'book' && m.data.seq === seq, 5000, 0);
      const serialised = stringify.mock.results.filter(
        (r) =>
          typeof r.value === 'string' &&
          r.value.startsWith('{"channel":"book","type":"update"') &&
          r.value.includes(`"seq":${seq},`),
      );
      expect(serialised).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
  });
});
