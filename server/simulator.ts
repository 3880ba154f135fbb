/**
 * The demo market simulator: keeps books, trades and tickers alive so a new user sees a moving
 * venue. Two funded accounts of its own (a market maker and a taker) trade through
 * `venue.submit` like any client: every order is journaled, matched and published as usual.
 *
 * Per market, a seeded random walk moves a reference price. Each step the maker quotes a bid or an
 * ask a few ticks away from it, cancels its quotes that drifted too far or that exceed its ladder
 * size, and now and then the taker crosses the spread with a small market order. A few commands
 * per second per market: visible activity, negligible load. The reference price restarts from
 * the market's last trade, so a restart continues the chart instead of jumping.
 */
import { formatScaled, type MarketView, parseScaled } from './core/index.ts';
import { prng } from './prng.ts';
import type { Venue } from './venue.ts';

export const SIMULATOR_MAKER = 'sim-maker';
export const SIMULATOR_TAKER = 'sim-taker';

/** Starting reference prices for the demo markets; other markets start at 100 ticks × 100. */
const START_PRICES: Record<string, number> = { 'BTC-USD': 50_000, 'ETH-USD': 3_000, 'ETH-BTC': 0.06 };
/** Funding per asset (and the level below which it is topped up again). */
const FUNDING: Record<string, string> = { USD: '100000000', BTC: '2000', ETH: '30000' };
const LADDER = 8;
const MAX_DISTANCE = 0.01;

export interface SimulatorOptions {
  venue: Venue;
  seed: number;
  /** Milliseconds between steps of each market (default 400). */
  stepMs?: number;
  onError?: (error: unknown) => void;
}

interface MarketState {
  view: MarketView;
  ref: number;
  /** The maker's resting order ids, oldest first, with their prices. */
  quotes: { orderId: string; side: 'buy' | 'sell'; price: number }[];
}

export class MarketSimulator {
  readonly #venue: Venue;
  readonly #random: () => number;
  readonly #stepMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #markets: MarketState[] = [];
  #timer: NodeJS.Timeout | undefined;
  #inFlight = new Set<Promise<unknown>>();
  #stopped = false;

  private constructor(options: SimulatorOptions) {
    this.#venue = options.venue;
    this.#random = prng(options.seed);
    this.#stepMs = options.stepMs ?? 400;
    this.#onError = options.onError ?? (() => {});
  }

  /** Creates and funds the simulator's accounts if needed, then starts stepping. */
  static async start(options: SimulatorOptions): Promise<MarketSimulator> {
    const sim = new MarketSimulator(options);
    await sim.#fund();
    const engine = options.venue.engine;
    for (const view of engine.markets()) {
      const last = engine.ticker(view.symbol)?.lastPrice;
      const ref = last ? Number(last) : (START_PRICES[view.symbol] ?? 100 * Number(view.tickSize) * 100);
      sim.#markets.push({ view, ref, quotes: sim.#openQuotes(view.symbol) });
    }
    sim.#timer = setInterval(() => sim.#step(), sim.#stepMs);
    sim.#timer.unref();
    return sim;
  }

  /** Stops stepping and waits for the commands already submitted. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await Promise.allSettled([...this.#inFlight]);
  }

  async #fund(): Promise<void> {
    const venue = this.#venue;
    for (const accountId of [SIMULATOR_MAKER, SIMULATOR_TAKER]) {
      if (!venue.engine.account(accountId)) {
        await venue.submit({ type: 'createAccount', accountId, name: 'Market simulator' });
      }
      const balances = venue.engine.balances(accountId) ?? [];
      for (const { asset, decimals } of venue.engine.assets()) {
        const amount = FUNDING[asset];
        if (amount === undefined) continue;
        const available = balances.find((b) => b.asset === asset)?.available ?? '0';
        if (parseScaled(available, decimals) < parseScaled(amount, decimals) / 2) {
          await venue.submit({ type: 'deposit', accountId, asset, amount });
        }
      }
    }
  }

  #openQuotes(market: string): MarketState['quotes'] {
    const page = this.#venue.engine.listOrders(SIMULATOR_MAKER, { market, status: 'open', limit: 1000 });
    return page.data.map((o) => ({ orderId: o.orderId, side: o.side, price: Number(o.price) })).reverse();
  }

  #submit(command: Parameters<Venue['submit']>[0]): Promise<unknown> {
    const p = this.#venue.submit(command).catch((error: unknown) => {
      if (!this.#stopped) this.#onError(error);
    });
    this.#inFlight.add(p);
    p.finally(() => this.#inFlight.delete(p));
    return p;
  }

  #step(): void {
    if (this.#stopped || this.#inFlight.size > 50) return;
    for (const m of this.#markets) this.#stepMarket(m);
    // A rare top-up keeps the accounts trading for as long as the demo runs.
    if (this.#random() < 0.01) this.#fund().catch((error: unknown) => this.#onError(error));
  }

  #stepMarket(m: MarketState): void {
    const r = this.#random;
    // Random walk: ±0.02% per step with a slight pull back towards the start so it never wanders off.
    const start = START_PRICES[m.view.symbol] ?? m.ref;
    m.ref *= 1 + (r() - 0.5) * 0.0004 + (start / m.ref - 1) * 0.0005;
    const tick = Number(m.view.tickSize);
    const side = r() < 0.5 ? 'buy' : 'sell';
    // Quotes 2 to 20 bps from the reference, and never through the best opposite price: the maker
    // must not cross its own quotes (self-trade prevention would cancel them and empty a side).
    const offsetTicks = Math.max(1, Math.round((m.ref * (0.0002 + r() * 0.0018)) / tick));
    const refTicks = Math.round(m.ref / tick);
    const ticker = this.#venue.engine.ticker(m.view.symbol);
    const bestAsk = ticker?.bestAsk ? Math.round(Number(ticker.bestAsk) / tick) : Number.POSITIVE_INFINITY;
    const bestBid = ticker?.bestBid ? Math.round(Number(ticker.bestBid) / tick) : 0;
    const priceTicks =
      side === 'buy'
        ? Math.max(1, Math.min(refTicks - offsetTicks, bestAsk - 1))
        : Math.max(refTicks + offsetTicks, bestBid + 1);
    const price = this.#price(m.view, priceTicks);
    const quantity = this.#quantity(m.view, Number(price), 1 + r() * 9);
    this.#submit({
      type: 'placeOrder',
      accountId: SIMULATOR_MAKER,
      market: m.view.symbol,
      side,
      orderType: 'limit',
      price,
      quantity,
    }).then((result) => {
      const order = (result as { ok?: boolean; order?: { orderId: string; status: string } } | undefined)
        ?.order;
      if (order && (order.status === 'new' || order.status === 'partiallyFilled')) {
        m.quotes.push({ orderId: order.orderId, side, price: Number(price) });
      }
    });
    // Cancel the oldest quotes past the ladder size and any that drifted too far from the reference.
    const keep: MarketState['quotes'] = [];
    for (const [i, q] of m.quotes.entries()) {
      const stale =
        i < m.quotes.length - LADDER * 2 ||
        Math.abs(q.price / m.ref - 1) > MAX_DISTANCE ||
        (q.side === 'buy' ? q.price > m.ref : q.price < m.ref);
      if (stale) this.#submit({ type: 'cancelOrder', accountId: SIMULATOR_MAKER, orderId: q.orderId });
      else keep.push(q);
    }
    m.quotes = keep;
    if (r() < 0.3) {
      const takerSide = r() < 0.5 ? 'buy' : 'sell';
      const qty = this.#quantity(m.view, m.ref, 1 + r() * 3);
      this.#submit({
        type: 'placeOrder',
        accountId: SIMULATOR_TAKER,
        market: m.view.symbol,
        side: takerSide,
        orderType: 'market',
        quantity: qty,
      });
    }
  }

  #price(view: MarketView, ticks: number): string {
    const tickUnits = parseScaled(view.tickSize, view.priceDecimals);
    return formatScaled(ticks * tickUnits, view.priceDecimals);
  }

  /** A quantity on the lot grid worth about `multiple` × the market's minimum notional (and quantity). */
  #quantity(view: MarketView, price: number, multiple: number): string {
    const lot = Number(view.lotSize);
    const minQty = Math.max(Number(view.minQuantity), Number(view.minNotional) / price);
    const lots = Math.max(1, Math.ceil((minQty * multiple * 20) / lot));
    return formatScaled(lots * parseScaled(view.lotSize, view.quantityDecimals), view.quantityDecimals);
  }
}
