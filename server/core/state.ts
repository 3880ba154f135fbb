// The engine's whole mutable state and the book/ledger primitives every command uses. Per-command
// bookkeeping (touched levels, touched balances) turns into the BookEvents and BalanceEvents that
// close each command's event list, in the order documented in index.ts.

import { ClosedClientOrders } from './client-ids.ts';
import { SeqIds } from './decimal.ts';
import { ExpiryQueue } from './expiry.ts';
import { STATUSES, statusIndex } from './history-layout.ts';
import { type FrozenRows, Int32Rows } from './history-store.ts';
import { type AccountRec, Ledger } from './ledger.ts';
import type { AssetRec, MarketRec } from './market.ts';
import type { OrderRec } from './order.ts';
import { type Level, linkOrder, unlinkOrder } from './order-book.ts';
import { type EventSink, EventWriter, NULL_SINK } from './sink.ts';
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
  /** Closed orders that accounts' clientOrderId entries name, as rows. */
  readonly closedClientIds = new ClosedClientOrders(this.markets, this.accountList);
  /** The `fees` account (set by the engine at construction). */
  feeAccount!: AccountRec;
  orderSeq = 0;
  executionSeq = 0;
  tradeSeq = 0;
  /** The counters' id strings, each with its own prefix cache. */
  readonly orderIds = new SeqIds();
  readonly executionIds = new SeqIds();
  readonly tradeIds = new SeqIds();
  now = 0;
  /** The market market() answered last. */
  private lastMarket: MarketRec | undefined = undefined;

  // Per command.
  ts = 0;
  sink: EventSink = NULL_SINK;
  readonly out = new EventWriter();
  readonly outcome = new Outcome();
  /** The order whose state `out.orderSnapshot` holds (written by this command's last order event). */
  snapshotOf: OrderRec | null = null;
  /** Closed orders' records for reuse (recycle), newest last, with the command epoch of each close. */
  private readonly spare: OrderRec[] = [];
  private readonly spareEpochs: number[] = [];
  private spareCount = 0;
  private readonly bidScratch: Level[] = [];
  private readonly askScratch: Level[] = [];
  // Reused across commands; `touchedCount` / `touchedMarketCount` say how much is valid (cheaper
  // than truncating arrays).
  private readonly touchedLevels: Level[] = [];
  private readonly touchedLevelMarkets: MarketRec[] = [];
  private touchedCount = 0;
  private readonly touchedMarkets: MarketRec[] = [];
  private touchedMarketCount = 0;

  /**
   * The market named `symbol`. Order flow mostly names the market of the order before: one string
   * compare (a pointer compare for the same string) instead of hashing the command's string.
   */
  market(symbol: string): MarketRec | undefined {
    const last = this.lastMarket;
    if (last !== undefined && last.symbol === symbol) return last;
    const m = this.marketBySymbol.get(symbol);
    if (m !== undefined) this.lastMarket = m;
    return m;
  }

  addAccount(acct: AccountRec): void {
    acct.index = this.accountList.length;
    this.accountList.push(acct);
    this.accounts.set(acct.accountId, acct);
    this.ledger.addAccount(acct);
  }

  /** Starts a command at time `ts` (set by the caller: a µs time passed to a call is boxed). */
  begin(sink: EventSink): void {
    if (this.ts > this.now) this.now = this.ts;
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

  /**
   * Ends an order (canceled / expired / filled...) at the command's time, releasing whatever it
   * still holds.
   */
  close(order: OrderRec, status: OrderStatus, reason: CancelReason | null): void {
    if (order.level !== null) this.unrest(order);
    if (order.hold !== 0) {
      const m = order.market;
      this.ledger.unlock(order.account, order.isBuy ? m.quote.index : m.base.index, order.hold);
      order.hold = 0;
    }
    order.status = status;
    order.cancelReason = reason;
    order.updatedAt = this.ts;
    order.account.removeOpen(order);
  }

  /** Publishes an order's new state; a closed order leaves the live index here (every close emits). */
  emitOrder(order: OrderRec): void {
    if (!order.isOpen && this.orders.retire(order)) {
      if (order.clientOrderId !== null) this.closedClientIds.keep(order, this.now);
      this.recycle(order);
    }
    order.writeSnapshot(this.out.orderSnapshot);
    this.snapshotOf = order;
    this.sink.event(this.out.order);
  }

  /**
   * Keeps a closed order's record for a later order (takeRecord): a record per order was two thirds
   * of the engine's allocation, and resting orders live long enough to be copied by two scavenges.
   * Only records nothing else refers to after the command: not a clientOrderId's (idempotency keeps
   * it), not a GTD order's (the expiry queue keeps it until due).
   */
  private recycle(order: OrderRec): void {
    if (order.clientOrderId !== null || order.expireAt >= 0 || this.spareCount === SPARE_RECORDS) return;
    this.spare[this.spareCount] = order;
    this.spareEpochs[this.spareCount++] = this.ledger.epoch;
  }

  /**
   * A record to reset for a new order: one closed in an earlier command (the command's answer may
   * still name this command's), or undefined.
   */
  takeRecord(): OrderRec | undefined {
    const n = this.spareCount;
    if (n === 0 || this.spareEpochs[n - 1] === this.ledger.epoch) return undefined;
    this.spareCount = n - 1;
    return this.spare[n - 1];
  }

  /** Expires GTD orders due at the command's time: the first step of every command. */
  expireDue(): void {
    for (;;) {
      const order = this.expiry.popDue(this.ts);
      if (order === undefined) return;
      if (!order.isOpen) continue;
      this.close(order, 'expired', null);
      order.updatedAt = order.expireAt; // expired at its expireAt, not at the command's time
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
    // Scratch arrays with counts: only the first nb / na entries are valid (no push/pop per level).
    const bids = this.bidScratch;
    const asks = this.askScratch;
    let nb = 0;
    let na = 0;
    const levels = this.touchedLevels;
    for (let i = 0; i < this.touchedCount; i++) {
      if (this.touchedLevelMarkets[i] !== m) continue;
      const level = levels[i] as Level;
      if (level.isBid) bids[nb++] = level;
      else asks[na++] = level;
    }
    if (nb > 1) sortLevels(bids, nb, true);
    if (na > 1) sortLevels(asks, na, false);
    if (!changed(bids, nb) && !changed(asks, na)) return;
    out.startBook(m.symbol, ++m.bookSeq);
    writeChanges(out, m, bids, nb, true);
    writeChanges(out, m, asks, na, false);
    this.sink.event(out.book);
  }
}

/** At most this many spare records: enough for bursts of closes, bounded after a mass cancel. */
const SPARE_RECORDS = 4096;

// Module-level comparators: no closure per command.
const byMarketIndex = (a: MarketRec, b: MarketRec): number => a.index - b.index;

/**
 * Stable insertion sort, best first: a command touches a handful of levels, and Array.prototype.sort
 * allocates a work array per call (it was the engine's second largest allocation site).
 */
function sortLevels(levels: Level[], n: number, isBid: boolean): void {
  for (let i = 1; i < n; i++) {
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
function changed(levels: readonly Level[], n: number): boolean {
  let i = 0;
  while (i < n) {
    const first = levels[i] as Level;
    let after = first.lots;
    let j = i + 1;
    while (j < n && (levels[j] as Level).price === first.price) after += (levels[j++] as Level).lots;
    if (after !== first.lotsBefore) return true;
    i = j;
  }
  return false;
}

function writeChanges(
  out: EventWriter,
  m: MarketRec,
  levels: readonly Level[],
  n: number,
  isBid: boolean,
): void {
  let i = 0;
  while (i < n) {
    const first = levels[i] as Level;
    let after = first.lots;
    let j = i + 1;
    while (j < n && (levels[j] as Level).price === first.price) after += (levels[j++] as Level).lots;
    if (after !== first.lotsBefore) out.addLevel(isBid, first.price * m.tickUnits, after * m.lotUnits);
    i = j;
  }
}

/**
 * Every order the engine ever recorded, by seq (orderId is the seq's decimal string): the owner and
 * final status of each (typed-array rows, nothing for the GC to trace) so cancels and amends answer
 * ORDER_NOT_FOUND / ORDER_ALREADY_CLOSED exactly, and the live record of open orders only. Closed
 * orders' full state lives in the history projection (history.ts), not here.
 */
export class OrderIndex {
  private live: (OrderRec | undefined)[] = [undefined];
  /** [owner account index, status code] per seq; copy-on-write chunks, so snapshots freeze them. */
  private readonly rowStore = new Int32Rows(2);
  /**
   * Called with each new order before anything else records it: a snapshot being serialised sees
   * the clientOrderId entry the order is about to replace (snapshot.ts).
   */
  readonly beforeAdd: ((order: OrderRec) => void)[] = [];

  /** Highest seq recorded. */
  get size(): number {
    return this.rowStore.size;
  }

  add(order: OrderRec): void {
    for (let i = 0; i < this.beforeAdd.length; i++) (this.beforeAdd[i] as (o: OrderRec) => void)(order);
    const seq = order.seq;
    const rows = this.rowStore;
    rows.ensure(seq);
    const c = rows.writable(seq);
    const at = rows.offset(seq);
    c[at] = order.account.index;
    c[at + 1] = 0;
    this.live[seq] = order;
  }

  /**
   * The order closed: keep its final status, drop the record (unless someone else keeps it).
   * Answers whether the record was live here (false for a second emit of a closed order).
   */
  retire(order: OrderRec): boolean {
    if (this.live[order.seq] !== order) return false;
    this.rowStore.set(order.seq, 1, statusIndex(order.status));
    this.live[order.seq] = undefined;
    return true;
  }

  /** Seq of a well-formed, recorded orderId; 0 otherwise. */
  seqOf(orderId: string): number {
    const seq = parseSeq(orderId);
    return seq <= this.rowStore.size ? seq : 0;
  }

  /** Owner's AccountRec.index of a recorded seq. */
  owner(seq: number): number {
    return this.rowStore.get(seq, 0);
  }

  status(seq: number): OrderStatus {
    return STATUSES[this.rowStore.get(seq, 1)] as OrderStatus;
  }

  /** The open order with this seq, if it is open. */
  open(seq: number): OrderRec | undefined {
    return this.live[seq];
  }

  /** For snapshots: the [owner, statusCode] rows of seqs 1..size as they are now, in O(chunks). */
  freezeRows(): FrozenRows<Int32Array> {
    return this.rowStore.freeze();
  }

  restoreRows(rows: readonly number[]): void {
    this.rowStore.load(rows);
    // Dense up to size (as when grown by add): a holey array of this size would be a dictionary.
    for (let seq = 1; seq <= this.rowStore.size; seq++) this.live[seq] = undefined;
  }
}

/** A decimal seq without leading zeros (at most 15 digits); 0 if malformed. */
export function parseSeq(id: string): number {
  const n = id.length;
  if (n === 0 || n > 15) return 0;
  // The leading digit (1-9) tested once, outside the loop; `c >>> 0 > 9` is the digit test as one
  // unsigned comparison (c is the code minus '0').
  let seq = id.charCodeAt(0) - 48;
  if ((seq - 1) >>> 0 > 8) return 0;
  for (let i = 1; i < n; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c >>> 0 > 9) return 0;
    seq = seq * 10 + c;
  }
  return seq;
}
