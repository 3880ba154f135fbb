// The engine's whole mutable state and the book/ledger primitives every command uses. Per-command
// bookkeeping (touched levels, touched balances) turns into the BookEvents and BalanceEvents that
// close each command's event list, in the order documented in index.ts.

import { ExpiryQueue } from './expiry.ts';
import { type AccountRec, Ledger } from './ledger.ts';
import type { AssetRec, MarketRec } from './market.ts';
import type { OrderRec } from './order.ts';
import { type Level, linkOrder, unlinkOrder } from './order-book.ts';
import { clear, type EventSink, EventWriter, NULL_SINK } from './sink.ts';
import type { CancelReason, CoreError, OrderStatus } from './types.ts';

/** The internal answer of one command; reused (Engine turns it into a CommandResult). */
export class Outcome {
  ok = true;
  error: CoreError | null = null;
  /** The command's order, in its state at the end of the command. */
  order: OrderRec | null = null;
  replayed = false;
  /** cancelAll: the orders it canceled, ascending seq (only the first canceledCount are valid). */
  readonly canceled: OrderRec[] = [];
  canceledCount = 0;
}

export class State {
  readonly assets: AssetRec[] = [];
  readonly assetSymbols: string[] = [];
  readonly assetBySymbol = new Map<string, AssetRec>();
  readonly markets: MarketRec[] = [];
  readonly marketBySymbol = new Map<string, MarketRec>();
  readonly accounts = new Map<string, AccountRec>();
  /** Accounts by AccountRec.index. */
  readonly accountList: AccountRec[] = [];
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
  sink: EventSink = NULL_SINK;
  readonly out = new EventWriter();
  readonly outcome = new Outcome();
  /** The order whose state `out.orderSnapshot` holds (written by this command's last order event). */
  snapshotOf: OrderRec | null = null;
  private readonly bidScratch: Level[] = [];
  private readonly askScratch: Level[] = [];
  // Reused across commands; `touchedCount` / `touchedMarketCount` say how much is valid (cheaper
  // than truncating arrays).
  private readonly touchedLevels: Level[] = [];
  private readonly touchedLevelMarkets: MarketRec[] = [];
  private touchedCount = 0;
  private readonly touchedMarkets: MarketRec[] = [];
  private touchedMarketCount = 0;

  addAccount(acct: AccountRec): void {
    acct.index = this.accountList.length;
    this.accountList.push(acct);
    this.accounts.set(acct.accountId, acct);
  }

  begin(ts: number, sink: EventSink): void {
    this.ts = ts;
    if (ts > this.now) this.now = ts;
    this.sink = sink;
    const o = this.outcome;
    o.ok = true;
    o.error = null;
    o.order = null;
    o.replayed = false;
    o.canceledCount = 0;
    this.snapshotOf = null;
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

  /** Publishes an order's new state; a closed order leaves the live index here (every close emits). */
  emitOrder(order: OrderRec): void {
    if (!order.isOpen) this.orders.retire(order);
    order.writeSnapshot(this.out.orderSnapshot);
    this.snapshotOf = order;
    this.sink.event(this.out.order);
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

  /** Delivers the command's BookEvents and BalanceEvents; answers the outcome. */
  finish(): Outcome {
    const n = this.touchedMarketCount;
    if (n === 1) this.emitBook(this.touchedMarkets[0] as MarketRec);
    else if (n > 1) {
      const markets = this.touchedMarkets.slice(0, n).sort(byMarketIndex);
      for (const m of markets) this.emitBook(m);
    }
    this.ledger.emitEvents(this.sink, this.out, this.assetSymbols);
    return this.outcome;
  }

  /** Ends a command that failed with `error` (after its expiry events). */
  fail(error: CoreError): Outcome {
    const o = this.finish();
    o.ok = false;
    o.error = error;
    return o;
  }

  private emitBook(m: MarketRec): void {
    const out = this.out;
    if (this.touchedCount === 1) {
      // The common case (one order rested, canceled or hit): one level, nothing to sort or merge.
      const level = this.touchedLevels[0] as Level;
      if (level.lots === level.lotsBefore) return;
      out.startBook(m.symbol, ++m.bookSeq);
      out.addLevel(level.isBid, level.price * m.tickUnits, level.lots * m.lotUnits);
      this.sink.event(out.book);
      return;
    }
    const bids = this.bidScratch;
    const asks = this.askScratch;
    clear(bids);
    clear(asks);
    const levels = this.touchedLevels;
    for (let i = 0; i < this.touchedCount; i++) {
      if (this.touchedLevelMarkets[i] !== m) continue;
      const level = levels[i] as Level;
      (level.isBid ? bids : asks).push(level);
    }
    if (bids.length > 1) sortLevels(bids, true);
    if (asks.length > 1) sortLevels(asks, false);
    if (!changed(bids) && !changed(asks)) return;
    out.startBook(m.symbol, ++m.bookSeq);
    writeChanges(out, m, bids, true);
    writeChanges(out, m, asks, false);
    this.sink.event(out.book);
  }
}

// Module-level comparators: no closure per command.
const byMarketIndex = (a: MarketRec, b: MarketRec): number => a.index - b.index;

/**
 * Stable insertion sort, best first: a command touches a handful of levels, and Array.prototype.sort
 * allocates a work array per call (it was the engine's second largest allocation site).
 */
function sortLevels(levels: Level[], isBid: boolean): void {
  for (let i = 1; i < levels.length; i++) {
    const level = levels[i] as Level;
    const price = level.price;
    let j = i;
    while (j > 0) {
      const prev = levels[j - 1] as Level;
      if (isBid ? prev.price >= price : prev.price <= price) break;
      levels[j--] = prev;
    }
    levels[j] = level;
  }
}

/*
 * Net change per price among the touched levels of one side (sorted best first, stably: first
 * touched first among equal prices). A price can appear twice when its level emptied and was
 * created again in the same command: the first record holds the quantity before the command, the
 * live one (if any) the quantity after.
 */
function changed(levels: readonly Level[]): boolean {
  let i = 0;
  while (i < levels.length) {
    const first = levels[i] as Level;
    let after = first.lots;
    let j = i + 1;
    while (j < levels.length && (levels[j] as Level).price === first.price)
      after += (levels[j++] as Level).lots;
    if (after !== first.lotsBefore) return true;
    i = j;
  }
  return false;
}

function writeChanges(out: EventWriter, m: MarketRec, levels: readonly Level[], isBid: boolean): void {
  let i = 0;
  while (i < levels.length) {
    const first = levels[i] as Level;
    let after = first.lots;
    let j = i + 1;
    while (j < levels.length && (levels[j] as Level).price === first.price)
      after += (levels[j++] as Level).lots;
    if (after !== first.lotsBefore) out.addLevel(isBid, first.price * m.tickUnits, after * m.lotUnits);
    i = j;
  }
}

const STATUS_CODES: readonly OrderStatus[] = [
  'new',
  'partiallyFilled',
  'filled',
  'canceled',
  'rejected',
  'expired',
];

/**
 * Every order the engine ever recorded, by seq (orderId is the seq's decimal string): the owner and
 * final status of each (typed arrays, 5 bytes an order, nothing for the GC to trace) so cancels and
 * amends answer ORDER_NOT_FOUND / ORDER_ALREADY_CLOSED exactly, and the live record of open orders
 * only. Closed orders' full state lives in the history projection (history.ts), not here.
 */
export class OrderIndex {
  private live: (OrderRec | undefined)[] = [undefined];
  private owners = new Int32Array(1024);
  private statuses = new Uint8Array(1024);
  /** Highest seq recorded. */
  size = 0;

  add(order: OrderRec): void {
    const seq = order.seq;
    if (seq >= this.owners.length) this.grow(seq);
    this.owners[seq] = order.account.index;
    this.statuses[seq] = 0;
    this.live[seq] = order;
    if (seq > this.size) this.size = seq;
  }

  private grow(seq: number): void {
    let n = this.owners.length * 2;
    while (n <= seq) n *= 2;
    const owners = new Int32Array(n);
    owners.set(this.owners);
    this.owners = owners;
    const statuses = new Uint8Array(n);
    statuses.set(this.statuses);
    this.statuses = statuses;
  }

  /** The order closed: keep its final status, drop the record (unless someone else keeps it). */
  retire(order: OrderRec): void {
    this.statuses[order.seq] = STATUS_CODES.indexOf(order.status);
    this.live[order.seq] = undefined;
  }

  /** Seq of a well-formed, recorded orderId; 0 otherwise. */
  seqOf(orderId: string): number {
    const seq = parseSeq(orderId);
    return seq <= this.size ? seq : 0;
  }

  /** Owner's AccountRec.index of a recorded seq. */
  owner(seq: number): number {
    return this.owners[seq] as number;
  }

  status(seq: number): OrderStatus {
    return STATUS_CODES[this.statuses[seq] as number] as OrderStatus;
  }

  /** The open order with this seq, if it is open. */
  open(seq: number): OrderRec | undefined {
    return this.live[seq];
  }

  /** For snapshots: [owner, statusCode] per seq 1..size. */
  rows(): number[] {
    const out: number[] = [];
    for (let seq = 1; seq <= this.size; seq++)
      out.push(this.owners[seq] as number, this.statuses[seq] as number);
    return out;
  }

  restoreRows(rows: readonly number[]): void {
    const n = rows.length / 2;
    if (n >= this.owners.length) this.grow(n);
    for (let seq = 1; seq <= n; seq++) {
      this.owners[seq] = rows[2 * seq - 2] as number;
      this.statuses[seq] = rows[2 * seq - 1] as number;
      this.live[seq] = undefined;
    }
    this.size = n;
  }
}

/** A decimal seq without leading zeros (at most 15 digits); 0 if malformed. */
export function parseSeq(id: string): number {
  const n = id.length;
  if (n === 0 || n > 15) return 0;
  let seq = 0;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (i === 0 && c === 0)) return 0;
    seq = seq * 10 + c;
  }
  return seq;
}
