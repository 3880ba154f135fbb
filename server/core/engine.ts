// The Engine the venue wraps: the matching engine plus the order-history projection, behind one
// command method and the query API the gateways use. Semantics: index.ts.
//
// `apply` answers an owned CommandResult (fresh event copies): the venue holds results until they
// are durable and publishes them later, so nothing in them may be reused. Callers that consume
// events synchronously use MatchingEngine.applyTo with their own sink (no allocation per event).

import { OrderHistory } from './history.ts';
import {
  captureHistory,
  type HistoryCapture,
  type HistorySnapshot,
  restoreHistory,
} from './history-snapshot.ts';
import { JSON_PIECES, SeqList } from './history-store.ts';
import type { MarketRec } from './market.ts';
import { MatchingEngine } from './matching-engine.ts';
import type { OrderRec } from './order.ts';
import { copyEvent, type EventSink } from './sink.ts';
import type { CoreSnapshot } from './snapshot.ts';
import type { CoreCapture } from './snapshot-capture.ts';
import { restoreV1 } from './snapshot-v1.ts';
import { type Outcome, parseSeq } from './state.ts';
import type {
  BalanceEvent,
  BookEvent,
  Command,
  CommandResult,
  CoreError,
  EngineEvent,
  EngineSnapshot,
  Execution,
  OrderSnapshot,
  Trade,
} from './types.ts';
import type {
  AccountView,
  AssetView,
  BalanceView,
  BookLevelView,
  BookView,
  ExecutionView,
  ListExecutionsQuery,
  ListOrdersQuery,
  MarketView,
  OrderView,
  Page,
  PageQuery,
  PositionView,
  TickerView,
  TradeView,
} from './views.ts';

export const SNAPSHOT_VERSION = 2;

interface Body {
  version: number;
  core: CoreSnapshot;
  history: HistorySnapshot;
}

/** Engine.snapshot(): both captures, serialised once as the version-2 body (either way below). */
class EngineCapture {
  /** As EngineSnapshot promises (the fields below are serialised, not read). */
  readonly version = SNAPSHOT_VERSION;
  private body: Body | undefined;

  constructor(
    private readonly core: CoreCapture,
    private readonly history: HistoryCapture,
  ) {}

  *[JSON_PIECES](): Generator<string, void, void> {
    if (this.body !== undefined) {
      yield JSON.stringify(this.body);
      return;
    }
    try {
      yield `{"version":${SNAPSHOT_VERSION},"core":`;
      yield* this.core.pieces();
      yield ',"history":';
      yield* this.history.pieces();
      yield '}';
    } finally {
      this.core.release();
    }
  }

  /** For JSON.stringify and direct restores: the whole body at once (tests, small engines). */
  toJSON(): Body {
    this.body ??= JSON.parse([...this[JSON_PIECES]()].join('')) as Body;
    return this.body;
  }
}

/** Feeds the history and keeps owned copies for the CommandResult. */
class Collector implements EventSink {
  events: EngineEvent[] = [];
  /** The copy of the command's last order event: usually the result's order (shared, as before). */
  lastOrder: OrderSnapshot | null = null;
  constructor(private readonly history: OrderHistory) {}

  event(e: EngineEvent): void {
    this.history.ingest(e);
    const copy = copyEvent(e);
    if (copy.type === 'order') this.lastOrder = copy.order;
    this.events.push(copy);
  }
}

const EMPTY: Page<never> = { data: [], nextCursor: null };

export class Engine {
  private core: MatchingEngine;
  private history: OrderHistory;
  private collector: Collector;

  constructor() {
    this.core = new MatchingEngine();
    this.history = new OrderHistory();
    this.collector = new Collector(this.history);
  }

  static restore(snapshot: EngineSnapshot): Engine {
    const body = (snapshot instanceof EngineCapture ? snapshot.toJSON() : snapshot) as unknown as Body;
    const engine = new Engine();
    if (body.version === 1) {
      const { core, history } = restoreV1(body as never);
      engine.core = core;
      engine.history = history;
    } else if (body.version === SNAPSHOT_VERSION) {
      engine.core = MatchingEngine.restore(body.core);
      engine.history = restoreHistory(body.history);
    } else throw new Error(`unsupported engine snapshot version ${body.version}`);
    engine.collector = new Collector(engine.history);
    return engine;
  }

  get now(): number {
    return this.core.now;
  }

  apply(cmd: Command): CommandResult {
    const events: EngineEvent[] = [];
    const c = this.collector;
    c.events = events;
    c.lastOrder = null;
    const o = this.core.run(cmd, c);
    // Every change of an order emits its event, so the last one for the result's order is its final
    // state; replays and unchanged amends emit none and get a fresh snapshot.
    const last = c.lastOrder as OrderSnapshot | null; // set by the sink during run()
    const order =
      o.order === null ? null : last !== null && last.seq === o.order.seq ? last : o.order.snapshot();
    return result(o, order, cmd, events);
  }

  /**
   * The state as it is now, captured in O(open orders + accounts + chunks) (what blocks the caller
   * must not grow with history): an EngineCapture that serialises itself later, in pieces
   * (server/venue/json-slices.ts), while commands go on. JSON.stringify gives the same text.
   */
  snapshot(): EngineSnapshot {
    return new EngineCapture(this.core.capture(), captureHistory(this.history)) as unknown as EngineSnapshot;
  }

  // --- queries -------------------------------------------------------------------------------

  assets(): AssetView[] {
    return this.core.assets();
  }

  markets(): MarketView[] {
    return this.core.markets();
  }

  market(symbol: string): MarketView | undefined {
    return this.core.market(symbol);
  }

  account(accountId: string): AccountView | undefined {
    return this.core.account(accountId);
  }

  getOrder(accountId: string, orderId: string): OrderView | undefined {
    const seq = parseSeq(orderId);
    if (!this.history.owns(accountId, seq)) return undefined;
    return this.history.orderView(seq, this.core.marketList());
  }

  getOrderByClientOrderId(accountId: string, clientOrderId: string): OrderView | undefined {
    const seq = this.core.clientOrderSeq(accountId, clientOrderId);
    return seq === undefined ? undefined : this.history.orderView(seq, this.core.marketList());
  }

  listOrders(accountId: string, query?: ListOrdersQuery): Page<OrderView> {
    if (this.core.account(accountId) === undefined) return EMPTY;
    let market: MarketRec | undefined;
    if (query?.market !== undefined) {
      market = this.core.marketRec(query.market);
      if (market === undefined) return EMPTY;
    }
    const markets = this.core.marketList();
    const h = this.history;
    const index = market === undefined ? -1 : market.index;
    const inMarket = (seq: number) => index < 0 || h.marketOf(seq) === index;
    const status = query?.status ?? 'all';
    if (status === 'open') {
      const open = new SeqList();
      for (const o of this.core.openOrders(accountId) ?? []) open.push(o.seq);
      return h.listOrders(accountId, query, inMarket, markets, open);
    }
    const keep = status === 'closed' ? (seq: number) => !h.isOpen(seq) && inMarket(seq) : inMarket;
    return h.listOrders(accountId, query, keep, markets);
  }

  listExecutions(accountId: string, query?: ListExecutionsQuery): Page<ExecutionView> {
    if (this.core.account(accountId) === undefined) return EMPTY;
    let index = -1;
    if (query?.market !== undefined) {
      const m = this.core.marketRec(query.market);
      if (m === undefined) return EMPTY;
      index = m.index;
    }
    let orderSeq = 0;
    if (query?.orderId !== undefined) {
      orderSeq = parseSeq(query.orderId);
      if (!this.history.owns(accountId, orderSeq)) return EMPTY;
    }
    return this.history.listExecutions(accountId, query, index, orderSeq, this.core.marketList());
  }

  balances(accountId: string): BalanceView[] | undefined {
    return this.core.balances(accountId);
  }

  positions(accountId: string): PositionView[] | undefined {
    return this.core.positions(accountId);
  }

  book(market: string, depth?: number): BookView | undefined {
    return this.core.book(market, depth);
  }

  trades(market: string, query?: PageQuery): Page<TradeView> | undefined {
    const m = this.core.marketRec(market);
    return m === undefined ? undefined : this.history.trades(m.index, m, query);
  }

  ticker(market: string): TickerView | undefined {
    return this.core.ticker(market);
  }

  tickers(): TickerView[] {
    return this.core.tickers();
  }

  // --- formatting of event payloads ----------------------------------------------------------

  orderView(order: OrderSnapshot): OrderView {
    return this.core.orderView(order);
  }

  executionView(execution: Execution): ExecutionView {
    return this.core.executionView(execution);
  }

  tradeView(trade: Trade): TradeView {
    return this.core.tradeView(trade);
  }

  bookLevelsView(event: BookEvent): { bids: BookLevelView[]; asks: BookLevelView[] } {
    return this.core.bookLevelsView(event);
  }

  balanceView(event: BalanceEvent): BalanceView {
    return this.core.balanceView(event);
  }
}

/** An owned CommandResult; one literal per case keeps the shapes few and the JSON key order stable. */
function result(o: Outcome, order: OrderSnapshot | null, cmd: Command, events: EngineEvent[]): CommandResult {
  if (o.ok) {
    if (order !== null)
      return o.replayed ? { ok: true, order, replayed: true, events } : { ok: true, order, events };
    if (!isCancelAll(cmd)) return { ok: true, events };
    const canceled: OrderSnapshot[] = [];
    for (let i = 0; i < o.canceledCount; i++) canceled.push((o.canceled[i] as OrderRec).snapshot());
    return { ok: true, canceled, events };
  }
  const error = o.error as CoreError;
  if (order === null) return { ok: false, error, events };
  return o.replayed
    ? { ok: false, error, order, replayed: true, events }
    : { ok: false, error, order, events };
}

function isCancelAll(cmd: Command): boolean {
  return cmd !== null && typeof cmd === 'object' && cmd.type === 'cancelAll';
}
