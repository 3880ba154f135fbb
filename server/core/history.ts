// The order history: a read-model projection of the engine's events (orders in every state,
// executions, public trades, per-account indexes), kept OUT of the matching engine. The engine
// holds only what matching, holds, idempotency and positions need; this answers the venue's
// history queries. It is fed in the same synchronous apply (Engine), so a query after a command
// always sees that command. Rows are typed-array columns (history-store.ts): no object per order.

import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './constants.ts';
import { CORE_ERROR_CODES, type CoreErrorCode } from './errors.ts';
import { Rows, SeqList, TRADE_WIDTH, TradeLog } from './history-store.ts';
import type { MarketRec } from './market.ts';
import { orderView } from './order.ts';
import { executionView, tradeView } from './queries.ts';
import { parseSeq } from './state.ts';
import type {
  CancelReason,
  EngineEvent,
  Execution,
  OrderSnapshot,
  OrderStatus,
  SelfTradePrevention,
  TimeInForce,
  Trade,
} from './types.ts';
import type { ExecutionView, OrderView, Page, PageQuery, TradeView } from './views.ts';

// Order row columns.
const O_PRICE = 0; // -1 = null (also quantity, quoteQuantity, expireAt)
const O_QTY = 1;
const O_QUOTE_QTY = 2;
const O_FILLED = 3;
const O_FILLED_QUOTE = 4;
const O_FEE = 5;
const O_EXPIRE = 6;
const O_CREATED = 7;
const O_UPDATED = 8;
const O_ACCOUNT = 9;
const O_MARKET = 10;
const O_SELL = 11;
const O_MARKET_TYPE = 12;
const O_TIF = 13;
const O_STP = 14;
const O_POST_ONLY = 15;
const O_STATUS = 16;
const O_CANCEL = 17; // -1 = null (also reject)
const O_REJECT = 18;
const O_LAST_EXEC = 19; // newest execution of the order, 0 = none
const ORDER_WIDTH = 20;

// Execution row columns.
const E_ORDER = 0;
const E_ACCOUNT = 1;
const E_MARKET = 2;
const E_SELL = 3;
const E_TAKER = 4;
const E_PRICE = 5;
const E_QTY = 6;
const E_QUOTE_QTY = 7;
const E_FEE = 8;
const E_TRADE = 9;
const E_AT = 10;
const E_PREV = 11; // the order's previous execution, 0 = none
const EXECUTION_WIDTH = 12;

const TIFS: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK', 'GTD'];
const STPS: readonly SelfTradePrevention[] = ['cancelTaker', 'cancelMaker', 'cancelBoth'];
const STATUSES: readonly OrderStatus[] = [
  'new',
  'partiallyFilled',
  'filled',
  'canceled',
  'rejected',
  'expired',
];
const CANCEL_REASONS: readonly CancelReason[] = [
  'user',
  'cancelAll',
  'deadMansSwitch',
  'disconnect',
  'selfTradePrevention',
];

const nullable = (v: number | null): number => (v === null ? -1 : v);
const orNull = (v: number): number | null => (v < 0 ? null : v);

class AccountHistory {
  readonly orders = new SeqList();
  readonly executions = new SeqList();
  constructor(
    readonly index: number,
    readonly accountId: string,
  ) {}
}

export interface HistorySnapshot {
  accounts: string[];
  markets: string[];
  orders: number[];
  clientOrderIds: [number, string][];
  executions: number[];
  trades: number[][];
}

export class OrderHistory {
  private readonly orders = new Rows(ORDER_WIDTH);
  private readonly executions = new Rows(EXECUTION_WIDTH);
  /** By order seq; null for most. */
  private readonly clientOrderIds: (string | null)[] = [null];
  private readonly accounts: AccountHistory[] = [];
  private readonly accountById = new Map<string, AccountHistory>();
  private readonly marketIndex = new Map<string, number>();
  private readonly marketSymbols: string[] = [];
  private readonly tradeLogs: TradeLog[] = [];

  /** Projects one engine event (the engine's reused objects: read, never kept). */
  ingest(e: EngineEvent): void {
    switch (e.type) {
      case 'order':
        this.order(e.order);
        return;
      case 'execution':
        this.execution(e.execution);
        return;
      case 'trade':
        this.trade(e.trade);
        return;
      case 'market':
        if (!this.marketIndex.has(e.market)) this.addMarket(e.market);
        return;
      case 'accountCreated':
        this.account(e.accountId);
        return;
      default:
        return;
    }
  }

  private addMarket(symbol: string): void {
    this.marketIndex.set(symbol, this.tradeLogs.length);
    this.marketSymbols.push(symbol);
    this.tradeLogs.push(new TradeLog());
  }

  private account(accountId: string): AccountHistory {
    let a = this.accountById.get(accountId);
    if (a === undefined) {
      a = new AccountHistory(this.accounts.length, accountId);
      this.accounts.push(a);
      this.accountById.set(accountId, a);
    }
    return a;
  }

  /** The row of order `seq`, created on first sight (orders appear in seq order). */
  private orderRow(seq: number, accountId: string, market: string, clientOrderId: string | null): number {
    const known = seq <= this.orders.size;
    const at = this.orders.ensure(seq);
    if (!known) {
      const a = this.account(accountId);
      a.orders.push(seq);
      const d = this.orders.data;
      d[at + O_ACCOUNT] = a.index;
      d[at + O_MARKET] = this.marketIndex.get(market) as number;
      d[at + O_LAST_EXEC] = 0;
      while (this.clientOrderIds.length < seq) this.clientOrderIds.push(null);
      this.clientOrderIds[seq] = clientOrderId;
    }
    return at;
  }

  private order(o: OrderSnapshot): void {
    const at = this.orderRow(o.seq, o.accountId, o.market, o.clientOrderId);
    const d = this.orders.data;
    d[at + O_PRICE] = nullable(o.price);
    d[at + O_QTY] = nullable(o.quantity);
    d[at + O_QUOTE_QTY] = nullable(o.quoteQuantity);
    d[at + O_FILLED] = o.filledQuantity;
    d[at + O_FILLED_QUOTE] = o.filledQuoteQuantity;
    d[at + O_FEE] = o.fee;
    d[at + O_EXPIRE] = nullable(o.expireAt);
    d[at + O_CREATED] = o.createdAt;
    d[at + O_UPDATED] = o.updatedAt;
    d[at + O_SELL] = o.side === 'sell' ? 1 : 0;
    d[at + O_MARKET_TYPE] = o.orderType === 'market' ? 1 : 0;
    d[at + O_TIF] = TIFS.indexOf(o.timeInForce);
    d[at + O_STP] = STPS.indexOf(o.selfTradePrevention);
    d[at + O_POST_ONLY] = o.postOnly ? 1 : 0;
    d[at + O_STATUS] = STATUSES.indexOf(o.status);
    d[at + O_CANCEL] = o.cancelReason === null ? -1 : CANCEL_REASONS.indexOf(o.cancelReason);
    d[at + O_REJECT] = o.rejectReason === null ? -1 : CORE_ERROR_CODES.indexOf(o.rejectReason);
  }

  private execution(e: Execution): void {
    const orderSeq = parseSeq(e.orderId);
    // A taker's executions come before its first order event: its row may start here.
    const o = this.orderRow(orderSeq, e.accountId, e.market, e.clientOrderId);
    const at = this.executions.ensure(e.seq);
    const od = this.orders.data;
    const d = this.executions.data;
    d[at + E_ORDER] = orderSeq;
    d[at + E_ACCOUNT] = od[o + O_ACCOUNT] as number;
    d[at + E_MARKET] = od[o + O_MARKET] as number;
    d[at + E_SELL] = e.side === 'sell' ? 1 : 0;
    d[at + E_TAKER] = e.liquidity === 'taker' ? 1 : 0;
    d[at + E_PRICE] = e.price;
    d[at + E_QTY] = e.quantity;
    d[at + E_QUOTE_QTY] = e.quoteQuantity;
    d[at + E_FEE] = e.fee;
    d[at + E_TRADE] = parseSeq(e.tradeId);
    d[at + E_AT] = e.executedAt;
    d[at + E_PREV] = od[o + O_LAST_EXEC] as number;
    od[o + O_LAST_EXEC] = e.seq;
    (this.accounts[od[o + O_ACCOUNT] as number] as AccountHistory).executions.push(e.seq);
  }

  private trade(t: Trade): void {
    const log = this.tradeLogs[this.marketIndex.get(t.market) as number] as TradeLog;
    log.push(t.seq, t.price, t.quantity, t.takerSide === 'buy', t.executedAt);
  }

  // --- queries (markets: the engine's, by creation index) -------------------------------------

  /** Whether seq is a recorded order of accountId. */
  owns(accountId: string, seq: number): boolean {
    if (seq === 0 || seq > this.orders.size) return false;
    const a = this.accounts[this.orders.data[seq * ORDER_WIDTH + O_ACCOUNT] as number];
    return a !== undefined && a.accountId === accountId;
  }

  isOpen(seq: number): boolean {
    const status = this.orders.data[seq * ORDER_WIDTH + O_STATUS] as number;
    return status <= 1; // new, partiallyFilled
  }

  marketOf(seq: number): number {
    return this.orders.data[seq * ORDER_WIDTH + O_MARKET] as number;
  }

  orderSnapshot(seq: number): OrderSnapshot {
    const d = this.orders.data;
    const at = seq * ORDER_WIDTH;
    const cancel = d[at + O_CANCEL] as number;
    const reject = d[at + O_REJECT] as number;
    const marketIndex = d[at + O_MARKET] as number;
    const market = this.marketSymbols[marketIndex] as string;
    return {
      orderId: String(seq),
      seq,
      clientOrderId: this.clientOrderIds[seq] ?? null,
      accountId: (this.accounts[d[at + O_ACCOUNT] as number] as AccountHistory).accountId,
      market,
      side: d[at + O_SELL] === 1 ? 'sell' : 'buy',
      orderType: d[at + O_MARKET_TYPE] === 1 ? 'market' : 'limit',
      timeInForce: TIFS[d[at + O_TIF] as number] as TimeInForce,
      price: orNull(d[at + O_PRICE] as number),
      quantity: orNull(d[at + O_QTY] as number),
      quoteQuantity: orNull(d[at + O_QUOTE_QTY] as number),
      filledQuantity: d[at + O_FILLED] as number,
      filledQuoteQuantity: d[at + O_FILLED_QUOTE] as number,
      fee: d[at + O_FEE] as number,
      status: STATUSES[d[at + O_STATUS] as number] as OrderStatus,
      postOnly: d[at + O_POST_ONLY] === 1,
      selfTradePrevention: STPS[d[at + O_STP] as number] as SelfTradePrevention,
      expireAt: orNull(d[at + O_EXPIRE] as number),
      cancelReason: cancel < 0 ? null : (CANCEL_REASONS[cancel] as CancelReason),
      rejectReason: reject < 0 ? null : (CORE_ERROR_CODES[reject] as CoreErrorCode),
      createdAt: d[at + O_CREATED] as number,
      updatedAt: d[at + O_UPDATED] as number,
    };
  }

  orderView(seq: number, markets: readonly MarketRec[]): OrderView {
    return orderView(markets[this.marketOf(seq)] as MarketRec, this.orderSnapshot(seq));
  }

  /** Orders of an account, newest first (`seqs`: ascending; all of its orders unless given). */
  listOrders(
    accountId: string,
    q: PageQuery | undefined,
    keep: (seq: number) => boolean,
    markets: readonly MarketRec[],
    seqs?: SeqList,
  ): Page<OrderView> {
    const list = seqs ?? this.accountById.get(accountId)?.orders;
    if (list === undefined) return { data: [], nextCursor: null };
    const items = list.items;
    return page(
      list.lastBelow(below(q)),
      pageLimit(q),
      (i) => items[i] as number,
      keep,
      (seq) => this.orderView(seq, markets),
    );
  }

  executionView(seq: number, markets: readonly MarketRec[]): ExecutionView {
    const d = this.executions.data;
    const at = seq * EXECUTION_WIDTH;
    const m = markets[d[at + E_MARKET] as number] as MarketRec;
    const orderSeq = d[at + E_ORDER] as number;
    return executionView(m, {
      executionId: String(seq),
      seq,
      orderId: String(orderSeq),
      clientOrderId: this.clientOrderIds[orderSeq] ?? null,
      accountId: (this.accounts[d[at + E_ACCOUNT] as number] as AccountHistory).accountId,
      market: m.symbol,
      side: d[at + E_SELL] === 1 ? 'sell' : 'buy',
      price: d[at + E_PRICE] as number,
      quantity: d[at + E_QTY] as number,
      quoteQuantity: d[at + E_QUOTE_QTY] as number,
      fee: d[at + E_FEE] as number,
      feeAsset: m.quote.symbol,
      liquidity: d[at + E_TAKER] === 1 ? 'taker' : 'maker',
      tradeId: String(d[at + E_TRADE] as number),
      executedAt: d[at + E_AT] as number,
    });
  }

  /** An account's executions newest first, optionally of one market and/or one of its orders. */
  listExecutions(
    accountId: string,
    q: PageQuery | undefined,
    marketIndex: number,
    orderSeq: number,
    markets: readonly MarketRec[],
  ): Page<ExecutionView> {
    const a = this.accountById.get(accountId);
    if (a === undefined) return { data: [], nextCursor: null };
    const d = this.executions.data;
    const keep = (seq: number) => marketIndex < 0 || d[seq * EXECUTION_WIDTH + E_MARKET] === marketIndex;
    const view = (seq: number) => this.executionView(seq, markets);
    const limit = pageLimit(q);
    if (orderSeq === 0) {
      const items = a.executions.items;
      return page(a.executions.lastBelow(below(q)), limit, (i) => items[i] as number, keep, view);
    }
    // One order's executions: a chain newest first through E_PREV.
    const bound = below(q);
    const chain: number[] = [];
    for (let e = this.orders.data[orderSeq * ORDER_WIDTH + O_LAST_EXEC] as number; e !== 0; ) {
      if (e < bound) chain.push(e);
      e = d[e * EXECUTION_WIDTH + E_PREV] as number;
    }
    return page(chain.length - 1, limit, (i) => chain[chain.length - 1 - i] as number, keep, view);
  }

  trades(marketIndex: number, m: MarketRec, q: PageQuery | undefined): Page<TradeView> {
    const log = this.tradeLogs[marketIndex] as TradeLog;
    const d = log.data;
    const view = (i: number): TradeView => {
      const at = i * TRADE_WIDTH;
      return tradeView(m, {
        tradeId: String(d[at] as number),
        seq: d[at] as number,
        market: m.symbol,
        price: d[at + 1] as number,
        quantity: d[at + 2] as number,
        takerSide: d[at + 3] === 1 ? 'buy' : 'sell',
        executedAt: d[at + 4] as number,
      });
    };
    // Items are trade indexes here (their seq is read for the cursor).
    return page(
      log.lastBelow(below(q)),
      pageLimit(q),
      (i) => i,
      () => true,
      view,
      (i) => log.seqAt(i),
    );
  }

  // --- snapshots -------------------------------------------------------------------------------

  snapshot(): HistorySnapshot {
    const clientOrderIds: [number, string][] = [];
    this.clientOrderIds.forEach((cid, seq) => {
      if (cid !== null) clientOrderIds.push([seq, cid]);
    });
    return {
      accounts: this.accounts.map((a) => a.accountId),
      markets: this.marketSymbols.slice(),
      orders: this.orders.toJSON(),
      clientOrderIds,
      executions: this.executions.toJSON(),
      trades: this.tradeLogs.map((t) => t.toJSON()),
    };
  }

  static restore(s: HistorySnapshot): OrderHistory {
    const h = new OrderHistory();
    for (const id of s.accounts) h.account(id);
    s.markets.forEach((symbol, i) => {
      h.addMarket(symbol);
      (h.tradeLogs[i] as TradeLog).load(s.trades[i] as number[]);
    });
    h.orders.load(s.orders);
    for (let seq = 1; seq <= h.orders.size; seq++) {
      h.clientOrderIds.push(null);
      (h.accounts[h.orders.data[seq * ORDER_WIDTH + O_ACCOUNT] as number] as AccountHistory).orders.push(seq);
    }
    for (const [seq, cid] of s.clientOrderIds) h.clientOrderIds[seq] = cid;
    h.executions.load(s.executions);
    for (let seq = 1; seq <= h.executions.size; seq++) {
      const account = h.executions.data[seq * EXECUTION_WIDTH + E_ACCOUNT] as number;
      (h.accounts[account] as AccountHistory).executions.push(seq);
    }
    return h;
  }
}

const CURSOR = /^[1-9][0-9]{0,15}$/;

function pageLimit(q: PageQuery | undefined): number {
  const limit = q?.limit;
  if (limit === undefined || !Number.isInteger(limit)) return DEFAULT_PAGE_LIMIT;
  return Math.min(Math.max(limit, 1), MAX_PAGE_LIMIT);
}

/** Items strictly older than the cursor (a sequence number); invalid cursors start at the newest. */
function below(q: PageQuery | undefined): number {
  const c = q?.cursor;
  return c !== undefined && CURSOR.test(c) ? Number(c) : Number.POSITIVE_INFINITY;
}

/**
 * Walks items from index `from` down to 0 (newest first), keeping `limit` matches; the cursor is the
 * seq of the last item returned, and only given when another match exists.
 */
function page<V>(
  from: number,
  limit: number,
  itemAt: (i: number) => number,
  keep: (item: number) => boolean,
  view: (item: number) => V,
  seqOf: (item: number) => number = (item) => item,
): Page<V> {
  const data: V[] = [];
  let last = 0;
  for (let i = from; i >= 0; i--) {
    const item = itemAt(i);
    if (!keep(item)) continue;
    if (data.length === limit) return { data, nextCursor: String(last) };
    data.push(view(item));
    last = seqOf(item);
  }
  return { data, nextCursor: null };
}
