/**
 * Public channels (`book`, `trades`, `ticker`): subscriptions per market and the fan-out of the
 * venue's durable events. Each message is serialised and encoded once per update and the same bytes
 * are written to every subscriber; nothing here depends on who receives it. A market nobody
 * watches still advances its mirror (so a later snapshot is exact) but builds no message.
 */
import {
  bookSnapshotEvent,
  bookUpdateEvent,
  tickerEvent,
  tradesEvent,
} from '../../generated/asyncapi/events.ts';
import { tickerBody, tradeBody } from '../api/views.ts';
import type { BookEvent, BookLevel, EngineEvent, Trade } from '../core/index.ts';
import type { VenueEvent } from '../venue.ts';
import { type BookData, BookMirror } from './book-mirror.ts';
import type { PublicChannel, WsConnection } from './connection.ts';
import type { WsVenue } from './types.ts';

interface TickerState {
  lastSentAt: number;
  /** The last ticker sent, without its timestamp, to skip messages that would change nothing. */
  lastContent: string;
  timer: NodeJS.Timeout | undefined;
}

const serialiseSnapshot = (data: BookData) => JSON.stringify(bookSnapshotEvent({ data }));

export class MarketData {
  readonly #mirrors = new Map<string, BookMirror>();
  readonly #subscribers: Record<PublicChannel, Map<string, Set<WsConnection>>> = {
    book: new Map(),
    trades: new Map(),
    ticker: new Map(),
  };
  readonly #tickers = new Map<string, TickerState>();

  constructor(
    private readonly venue: WsVenue,
    private readonly tickerIntervalMs: number,
    private readonly nowMs: () => number,
  ) {
    // Seeded now, while the engine is normally at rest, so every mirror starts from durable state.
    for (const market of this.allMarkets()) this.#mirror(market);
  }

  /** Every market listed now (what a subscription without `markets` covers). */
  allMarkets(): string[] {
    return this.venue.engine.markets().map((m) => m.symbol);
  }

  /**
   * Adds the subscription and sends what it starts with: a book snapshot per market, the current
   * ticker per market, nothing for trades. Called right after the subscribe reply is written.
   */
  subscribe(connection: WsConnection, channel: PublicChannel, markets: readonly string[]): void {
    for (const market of markets) {
      connection.markets[channel].add(market);
      let set = this.#subscribers[channel].get(market);
      if (set === undefined) {
        set = new Set();
        this.#subscribers[channel].set(market, set);
      }
      set.add(connection);
      if (channel === 'book') {
        const mirror = this.#mirror(market);
        if (mirror) connection.send(mirror.snapshotText(serialiseSnapshot));
      } else if (channel === 'ticker') {
        const ticker = this.venue.engine.ticker(market);
        if (ticker) connection.send(JSON.stringify(tickerEvent({ data: tickerBody(ticker) })));
      }
    }
  }

  unsubscribe(connection: WsConnection, channel: PublicChannel, markets: readonly string[]): void {
    for (const market of markets) {
      connection.markets[channel].delete(market);
      this.#subscribers[channel].get(market)?.delete(connection);
    }
  }

  /** Forgets a connection that ended. */
  drop(connection: WsConnection): void {
    for (const channel of ['book', 'trades', 'ticker'] as const) {
      this.unsubscribe(connection, channel, [...connection.markets[channel]]);
    }
  }

  /** One durable venue command: its book changes, its trades, and which tickers may have moved. */
  onApplied(applied: VenueEvent): void {
    const events = (applied.result as { events?: readonly EngineEvent[] }).events;
    if (events === undefined || events.length === 0) return;
    let trades: Map<string, Trade[]> | undefined;
    for (const event of events) {
      if (event.type === 'market') {
        // A new market's empty book at seq 0 is exactly what its first durable update follows.
        this.#mirror(event.market);
      } else if (event.type === 'book') {
        this.#book(event, applied.command.ts);
        this.#tickerChanged(event.market);
      } else if (event.type === 'trade') {
        trades ??= new Map();
        const list = trades.get(event.trade.market);
        if (list) list.push(event.trade);
        else trades.set(event.trade.market, [event.trade]);
        this.#tickerChanged(event.trade.market);
      }
    }
    for (const [market, list] of trades ?? []) {
      const subscribers = this.#subscribers.trades.get(market);
      if (!subscribers?.size) continue;
      const data = list.map((t) => tradeBody(this.venue.engine.tradeView(t)));
      this.#fanOut(subscribers, JSON.stringify(tradesEvent({ data })));
    }
  }

  close(): void {
    for (const state of this.#tickers.values()) clearTimeout(state.timer);
    this.#tickers.clear();
  }

  #mirror(market: string): BookMirror | undefined {
    let mirror = this.#mirrors.get(market);
    if (mirror === undefined) {
      const engine = this.venue.engine;
      const view = engine.market(market);
      const book = engine.book(market, Number.POSITIVE_INFINITY);
      if (view === undefined || book === undefined) return undefined;
      const format = (levels: readonly BookLevel[]) =>
        engine.bookLevelsView({ type: 'book', market, seq: 0, bids: levels, asks: [] }).bids;
      mirror = BookMirror.seed(market, book, view.priceDecimals, engine.now, format);
      this.#mirrors.set(market, mirror);
    }
    return mirror;
  }

  #book(event: BookEvent, ts: number): void {
    // A mirror seeded now from the live engine already holds this event; seeding it here rather
    // than at the first subscription keeps every later durable event flowing through it.
    const existing = this.#mirrors.get(event.market);
    if (existing === undefined) {
      this.#mirror(event.market);
      return;
    }
    if (!existing.apply(event, ts)) return;
    const subscribers = this.#subscribers.book.get(event.market);
    if (!subscribers?.size) return;
    this.#fanOut(subscribers, JSON.stringify(bookUpdateEvent({ data: existing.update(event) })));
  }

  #tickerChanged(market: string): void {
    if (!this.#subscribers.ticker.get(market)?.size) return;
    let state = this.#tickers.get(market);
    if (state === undefined) {
      state = { lastSentAt: Number.NEGATIVE_INFINITY, lastContent: '', timer: undefined };
      this.#tickers.set(market, state);
    }
    if (state.timer !== undefined) return;
    // Coalesce: at most one ticker per interval, carrying the state when it is sent.
    const delay = Math.max(0, state.lastSentAt + this.tickerIntervalMs - this.nowMs());
    const ticking = state;
    state.timer = setTimeout(() => {
      ticking.timer = undefined;
      this.#sendTicker(market, ticking);
    }, delay);
    state.timer.unref();
  }

  #sendTicker(market: string, state: TickerState): void {
    const subscribers = this.#subscribers.ticker.get(market);
    const ticker = this.venue.engine.ticker(market);
    if (!subscribers?.size || ticker === undefined) return;
    const data = tickerBody(ticker);
    const content = JSON.stringify({ ...data, updatedAt: undefined });
    if (content === state.lastContent) return;
    state.lastContent = content;
    state.lastSentAt = this.nowMs();
    this.#fanOut(subscribers, JSON.stringify(tickerEvent({ data })));
  }

  /** Encodes the message once: every subscriber's frame shares the same bytes. */
  #fanOut(subscribers: ReadonlySet<WsConnection>, text: string): void {
    const bytes = subscribers.size > 1 ? Buffer.from(text, 'utf8') : text;
    for (const connection of subscribers) connection.send(bytes);
  }
}
