// The engine's whole mutable state and the book/ledger primitives every command uses. Per-command
// bookkeeping (touched levels, touched balances) turns into the BookEvents and BalanceEvents that
// close each command's event list, in the order documented in index.ts.

import { ExpiryQueue } from './expiry.ts';
import { type AccountRec, Ledger } from './ledger.ts';
import type { AssetRec, MarketRec } from './market.ts';
import type { OrderRec } from './order.ts';
import { type Level, linkOrder, unlinkOrder } from './order-book.ts';
import type { BookLevel, CancelReason, EngineEvent, OrderStatus } from './types.ts';

export class State {
  readonly assets: AssetRec[] = [];
  readonly assetSymbols: string[] = [];
  readonly assetBySymbol = new Map<string, AssetRec>();
  readonly markets: MarketRec[] = [];
  readonly marketBySymbol = new Map<string, MarketRec>();
  readonly accounts = new Map<string, AccountRec>();
  readonly orders = new OrderIndex();
  readonly ledger = new Ledger();
  readonly expiry = new ExpiryQueue();
  /** The `fees` account (set by the engine at construction). */
  feeAccount!: AccountRec;
  orderSeq = 0;
  executionSeq = 0;
  tradeSeq = 0;
  now = 0;

  // Per command.
  ts = 0;
  events: EngineEvent[] = [];
  // Reused across commands; `touchedCount` / `touchedMarketCount` say how much is valid (cheaper
  // than truncating arrays).
  private readonly touchedLevels: Level[] = [];
  private readonly touchedLevelMarkets: MarketRec[] = [];
  private touchedCount = 0;
  private readonly touchedMarkets: MarketRec[] = [];
  private touchedMarketCount = 0;

  begin(ts: number): void {
    this.ts = ts;
    if (ts > this.now) this.now = ts;
    this.events = [];
    this.ledger.beginCommand();
    this.touchedCount = 0;
    this.touchedMarketCount = 0;
  }

  /** Records a level's lots before its first change in this command. */
  touchLevel(m: MarketRec, level: Level): void {
    const epoch = this.ledger.epoch;
    if (level.touchedEpoch === epoch) return;
    level.touchedEpoch = epoch;
    level.lotsBefore = level.lots;
    this.touchedLevels[this.touchedCount] = level;
    this.touchedLevelMarkets[this.touchedCount++] = m;
    if (m.touchedEpoch !== epoch) {
      m.touchedEpoch = epoch;
      this.touchedMarkets[this.touchedMarketCount++] = m;
    }
  }

  /** Appends an order at the back of its price level (`fresh`: first time, so track its expiry). */
  rest(order: OrderRec, fresh: boolean): void {
    const m = order.market;
    const level = m.book.side(order.isBuy).getOrCreate(order.priceTicks);
    this.touchLevel(m, level);
    linkOrder(level, order, order.remainingLots);
    m.book.count++;
    if (fresh && order.expireAt >= 0) this.expiry.push(order);
  }

  /** Takes a resting order out of the book (it keeps its hold; callers settle that). */
  unrest(order: OrderRec): void {
    const level = order.level;
    if (level === null) return;
    const m = order.market;
    this.touchLevel(m, level);
    unlinkOrder(level, order, order.remainingLots);
    m.book.count--;
    if (level.head === null) m.book.side(order.isBuy).remove(level);
  }

  /** Ends an order (canceled / expired / filled...), releasing whatever it still holds. */
  close(order: OrderRec, status: OrderStatus, reason: CancelReason | null, at: number): void {
    if (order.level !== null) this.unrest(order);
    if (order.hold !== 0) {
      const m = order.market;
      this.ledger.unlock(order.account, order.isBuy ? m.quote.index : m.base.index, order.hold);
      order.hold = 0;
    }
    order.status = status;
    order.cancelReason = reason;
    order.updatedAt = at;
    order.account.removeOpen(order);
  }

  emitOrder(order: OrderRec): void {
    this.events.push({ type: 'order', order: order.snapshot() });
  }

  /** Expires due GTD orders: the first step of every command. */
  expireDue(ts: number): void {
    for (;;) {
      const order = this.expiry.popDue(ts);
      if (order === undefined) return;
      if (!order.isOpen) continue;
      this.close(order, 'expired', null, order.expireAt);
      this.emitOrder(order);
    }
  }

  /** Appends the command's BookEvents and BalanceEvents. */
  finish(): EngineEvent[] {
    const n = this.touchedMarketCount;
    if (n === 1) this.emitBook(this.touchedMarkets[0] as MarketRec);
    else if (n > 1) {
      const markets = this.touchedMarkets.slice(0, n).sort(byMarketIndex);
      for (const m of markets) this.emitBook(m);
    }
    this.ledger.collectEvents(this.events, this.assetSymbols);
    return this.events;
  }

  private emitBook(m: MarketRec): void {
    if (this.touchedCount === 1) {
      // The common case (one order rested, canceled or hit): one level, nothing to sort or merge.
      const level = this.touchedLevels[0] as Level;
      if (level.lots === level.lotsBefore) return;
      const change = [{ price: level.price * m.tickUnits, quantity: level.lots * m.lotUnits }];
      m.bookSeq++;
      const bids = level.isBid ? change : [];
      const asks = level.isBid ? [] : change;
      this.events.push({ type: 'book', market: m.symbol, seq: m.bookSeq, bids, asks });
      return;
    }
    const bids: Level[] = [];
    const asks: Level[] = [];
    const levels = this.touchedLevels;
    for (let i = 0; i < this.touchedCount; i++) {
      if (this.touchedLevelMarkets[i] !== m) continue;
      const level = levels[i] as Level;
      (level.isBid ? bids : asks).push(level);
    }
    const bidChanges = changes(m, bids, true);
    const askChanges = changes(m, asks, false);
    if (bidChanges.length === 0 && askChanges.length === 0) return;
    m.bookSeq++;
    this.events.push({ type: 'book', market: m.symbol, seq: m.bookSeq, bids: bidChanges, asks: askChanges });
  }
}

// Module-level comparators: no closure per command.
const byMarketIndex = (a: MarketRec, b: MarketRec): number => a.index - b.index;
const bestBidFirst = (a: Level, b: Level): number => b.price - a.price;
const bestAskFirst = (a: Level, b: Level): number => a.price - b.price;

/**
 * Net change per price among the touched levels of one side, best first. A price can appear twice
 * when its level emptied and was created again in the same command: the first record holds the
 * quantity before the command, the live one (if any) the quantity after.
 */
function changes(m: MarketRec, levels: Level[], isBid: boolean): BookLevel[] {
  if (levels.length === 0) return [];
  // Stable sort keeps first-touched first among equal prices.
  if (levels.length > 1) levels.sort(isBid ? bestBidFirst : bestAskFirst);
  const out: BookLevel[] = [];
  let i = 0;
  while (i < levels.length) {
    const first = levels[i] as Level;
    let after = first.lots;
    let j = i + 1;
    while (j < levels.length && (levels[j] as Level).price === first.price) {
      after += (levels[j] as Level).lots;
      j++;
    }
    if (after !== first.lotsBefore) {
      out.push({ price: first.price * m.tickUnits, quantity: after * m.lotUnits });
    }
    i = j;
  }
  return out;
}

/** Orders by seq (orderId is the seq's decimal string): an array lookup instead of string hashing. */
export class OrderIndex {
  private readonly bySeq: (OrderRec | undefined)[] = [undefined];

  add(order: OrderRec): void {
    this.bySeq[order.seq] = order;
  }

  get(orderId: string): OrderRec | undefined {
    const n = orderId.length;
    if (n === 0 || n > 15) return undefined;
    let seq = 0;
    for (let i = 0; i < n; i++) {
      const c = orderId.charCodeAt(i) - 48;
      if (c < 0 || c > 9 || (i === 0 && c === 0)) return undefined;
      seq = seq * 10 + c;
    }
    return this.bySeq[seq];
  }

  *values(): IterableIterator<OrderRec> {
    for (const o of this.bySeq) if (o !== undefined) yield o;
  }
}
