// Event delivery without per-command allocation. The engine writes each event into one reused
// object per event type and hands it to an EventSink. LIFETIME: an event object (and everything it
// references: the order snapshot, book level arrays) is valid only during the `event` call; the
// next event of the same type overwrites it. A sink that keeps anything copies it (copyEvent).
// Engine.apply is such a sink: its CommandResult owns fresh copies, because the venue holds results
// until they are durable and publishes them later.

import type {
  BalanceEvent,
  BookEvent,
  BookLevel,
  CoreError,
  EngineEvent,
  Execution,
  ExecutionEvent,
  OrderEvent,
  OrderSnapshot,
  Trade,
  TradeEvent,
} from './types.ts';

export interface EventSink {
  /** One event, in the order documented in index.ts; valid only during this call. */
  event(event: EngineEvent): void;
}

/** What `applyTo` answers; reused across commands (valid until the next command). */
export interface CommandOutcome {
  readonly ok: boolean;
  /** Non-null iff ok is false. */
  readonly error: CoreError | null;
  /** The command's order (placeOrder, amendOrder, cancelOrder, replays, recorded rejections). */
  readonly order: OrderSnapshot | null;
  readonly replayed: boolean;
}

export const NULL_SINK: EventSink = { event() {} };

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function blankOrderSnapshot(): Mutable<OrderSnapshot> {
  return {
    orderId: '',
    seq: 0,
    clientOrderId: null,
    accountId: '',
    market: '',
    side: 'buy',
    orderType: 'limit',
    timeInForce: 'GTC',
    price: null,
    quantity: null,
    quoteQuantity: null,
    filledQuantity: 0,
    filledQuoteQuantity: 0,
    fee: 0,
    status: 'new',
    postOnly: false,
    selfTradePrevention: 'cancelTaker',
    expireAt: null,
    cancelReason: null,
    rejectReason: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** The reused event objects of one engine. */
export class EventWriter {
  readonly orderSnapshot = blankOrderSnapshot();
  readonly order: OrderEvent = { type: 'order', order: this.orderSnapshot };
  readonly tradeRecord: Mutable<Trade> = {
    tradeId: '',
    seq: 0,
    market: '',
    price: 0,
    quantity: 0,
    takerSide: 'buy',
    executedAt: 0,
  };
  readonly trade: TradeEvent = { type: 'trade', trade: this.tradeRecord };
  readonly executionRecord: Mutable<Execution> = {
    executionId: '',
    seq: 0,
    orderId: '',
    clientOrderId: null,
    accountId: '',
    market: '',
    side: 'buy',
    price: 0,
    quantity: 0,
    quoteQuantity: 0,
    fee: 0,
    feeAsset: '',
    liquidity: 'maker',
    tradeId: '',
    executedAt: 0,
  };
  readonly execution: ExecutionEvent = { type: 'execution', execution: this.executionRecord };
  readonly bids: Mutable<BookLevel>[] = [];
  readonly asks: Mutable<BookLevel>[] = [];
  readonly book: Mutable<BookEvent> = { type: 'book', market: '', seq: 0, bids: this.bids, asks: this.asks };
  private readonly levelPool: Mutable<BookLevel>[] = [];
  private levelsUsed = 0;
  readonly balance: Mutable<BalanceEvent> = {
    type: 'balance',
    accountId: '',
    asset: '',
    total: 0,
    available: 0,
    locked: 0,
  };

  /** Starts a book event: empties both level lists and recycles their level objects. */
  startBook(market: string, seq: number): void {
    this.book.market = market;
    this.book.seq = seq;
    // pop() rather than `length = 0`: the length setter is a runtime call, and these hold 0-2 levels.
    clear(this.bids);
    clear(this.asks);
    this.levelsUsed = 0;
  }

  addLevel(isBid: boolean, price: number, quantity: number): void {
    const pool = this.levelPool;
    const used = this.levelsUsed;
    let level = pool[used];
    if (level === undefined) {
      level = { price, quantity };
      pool[used] = level;
    } else {
      level.price = price;
      level.quantity = quantity;
    }
    this.levelsUsed = used + 1;
    // An indexed store at the length, not push(): TurboFan compiles it to an append in place, where
    // push() was a builtin call per level here.
    const levels = isBid ? this.bids : this.asks;
    levels[levels.length] = level;
  }
}

/** Empties a short array without the cost of the length setter. */
function clear(a: unknown[]): void {
  while (a.length !== 0) a.pop();
}

export function copyOrderSnapshot(o: OrderSnapshot): OrderSnapshot {
  return {
    orderId: o.orderId,
    seq: o.seq,
    clientOrderId: o.clientOrderId,
    accountId: o.accountId,
    market: o.market,
    side: o.side,
    orderType: o.orderType,
    timeInForce: o.timeInForce,
    price: o.price,
    quantity: o.quantity,
    quoteQuantity: o.quoteQuantity,
    filledQuantity: o.filledQuantity,
    filledQuoteQuantity: o.filledQuoteQuantity,
    fee: o.fee,
    status: o.status,
    postOnly: o.postOnly,
    selfTradePrevention: o.selfTradePrevention,
    expireAt: o.expireAt,
    cancelReason: o.cancelReason,
    rejectReason: o.rejectReason,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

function copyLevels(levels: readonly BookLevel[]): BookLevel[] {
  const out: BookLevel[] = [];
  for (const l of levels) out.push({ price: l.price, quantity: l.quantity });
  return out;
}

/** An owned copy of an event (the sink contract's "copy what you keep"). */
export function copyEvent(e: EngineEvent): EngineEvent {
  switch (e.type) {
    case 'order':
      return { type: 'order', order: copyOrderSnapshot(e.order) };
    case 'trade': {
      const t = e.trade;
      return {
        type: 'trade',
        trade: {
          tradeId: t.tradeId,
          seq: t.seq,
          market: t.market,
          price: t.price,
          quantity: t.quantity,
          takerSide: t.takerSide,
          executedAt: t.executedAt,
        },
      };
    }
    case 'execution': {
      const x = e.execution;
      return {
        type: 'execution',
        execution: {
          executionId: x.executionId,
          seq: x.seq,
          orderId: x.orderId,
          clientOrderId: x.clientOrderId,
          accountId: x.accountId,
          market: x.market,
          side: x.side,
          price: x.price,
          quantity: x.quantity,
          quoteQuantity: x.quoteQuantity,
          fee: x.fee,
          feeAsset: x.feeAsset,
          liquidity: x.liquidity,
          tradeId: x.tradeId,
          executedAt: x.executedAt,
        },
      };
    }
    case 'book':
      return {
        type: 'book',
        market: e.market,
        seq: e.seq,
        bids: copyLevels(e.bids),
        asks: copyLevels(e.asks),
      };
    case 'balance':
      return {
        type: 'balance',
        accountId: e.accountId,
        asset: e.asset,
        total: e.total,
        available: e.available,
        locked: e.locked,
      };
    default:
      return e; // setup events are allocated per command and never reused
  }
}
