// The order history: a read-model projection of the engine's events (orders in every state,
// executions, public trades, per-account indexes), kept OUT of the matching engine. The engine
// holds only what matching, holds, idempotency and positions need; this answers the venue's
// history queries. It is fed in the same synchronous apply (Engine), so a query after a command
// always sees that command. Rows are typed-array columns (history-store.ts): no object per order.

import {
  bits,
  cancelReasonOf,
  E_AT,
  E_FEE,
  E_ORDER,
  E_PREV,
  E_PRICE,
  E_QTY,
  E_QUOTE_QTY,
  E_TRADE,
  EXECUTION_WIDTH,
  F_MARKET,
  F_POST_ONLY,
  F_SELL,
  F_STATUS,
  F_STP,
  F_TIF,
  flags,
  nullable,
  O_ACCOUNT,
  O_CREATED,
  O_FEE,
  O_FILLED,
  O_FILLED_QUOTE,
  O_FLAGS,
  O_LAST_EXEC,
  O_MARKET,
  O_PRICE,
  O_QTY,
  O_UPDATED,
  ORDER_INTS,
  ORDER_NUMBERS,
  orNull,
  rejectReasonOf,
  STATUSES,
  STPS,
  TIFS,
} from './history-layout.ts';
import { Float64Rows, Int32Rows, SeqList, TRADE_WIDTH, TradeLog } from './history-store.ts';
import type { MarketRec } from './market.ts';
import { orderView } from './order.ts';
import { below, page, pageLimit } from './paging.ts';
import { executionView, tradeView } from './queries.ts';
import { parseSeq } from './state.ts';
import type {
  EngineEvent,
  Execution,
  OrderSnapshot,
  OrderStatus,
  SelfTradePrevention,
  TimeInForce,
  Trade,
} from './types.ts';
import type { ExecutionView, OrderView, Page, PageQuery, TradeView } from './views.ts';

export class AccountHistory {
  readonly orders = new SeqList();
  readonly executions = new SeqList();
  constructor(
    readonly index: number,
    readonly accountId: string,
  ) {}
}

export class OrderHistory {
  readonly orderNumbers = new Float64Rows(ORDER_NUMBERS);
  readonly orderInts = new Int32Rows(ORDER_INTS);
  readonly quoteQuantities = new Map<number, number>();
  readonly expireAts = new Map<number, number>();
  readonly executions = new Float64Rows(EXECUTION_WIDTH);
  /** By order seq; null for most. */
  /** By order seq, for the orders that have one (most have none). */
  readonly clientOrderIds = new Map<number, string>();
  readonly accounts: AccountHistory[] = [];
  readonly accountById = new Map<string, AccountHistory>();
  readonly marketIndex = new Map<string, number>();
  readonly marketSymbols: string[] = [];
  readonly tradeLogs: TradeLog[] = [];
  /** The last trade ingested (its executions come next). */
  private lastTradeId = '';
  private lastTradeSeq = 0;

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

  addMarket(symbol: string): void {
    this.marketIndex.set(symbol, this.tradeLogs.length);
    this.marketSymbols.push(symbol);
    this.tradeLogs.push(new TradeLog());
  }

  account(accountId: string): AccountHistory {
    let a = this.accountById.get(accountId);
    if (a === undefined) {
      a = new AccountHistory(this.accounts.length, accountId);
      this.accounts.push(a);
      this.accountById.set(accountId, a);
    }
    return a;
  }

  /** Creates the row of order `seq` on first sight (orders appear in seq order). */
  private orderRow(seq: number, accountId: string, market: string, clientOrderId: string | null): void {
    if (seq <= this.orderInts.size) return;
    this.orderNumbers.ensure(seq);
    this.orderInts.ensure(seq);
    const a = this.account(accountId);
    a.orders.push(seq);
    const ints = this.orderInts.writable(seq);
    const at = this.orderInts.offset(seq);
    ints[at + O_ACCOUNT] = a.index;
    ints[at + O_MARKET] = this.marketIndex.get(market) as number;
    if (clientOrderId !== null) this.clientOrderIds.set(seq, clientOrderId);
  }

  private order(o: OrderSnapshot): void {
    const seq = o.seq;
    this.orderRow(seq, o.accountId, o.market, o.clientOrderId);
    const d = this.orderNumbers.writable(seq);
    const at = this.orderNumbers.offset(seq);
    d[at + O_PRICE] = nullable(o.price);
    d[at + O_QTY] = nullable(o.quantity);
    d[at + O_FILLED] = o.filledQuantity;
    d[at + O_FILLED_QUOTE] = o.filledQuoteQuantity;
    d[at + O_FEE] = o.fee;
    d[at + O_CREATED] = o.createdAt;
    d[at + O_UPDATED] = o.updatedAt;
    this.orderInts.set(seq, O_FLAGS, flags(o));
    if (o.quoteQuantity !== null) this.quoteQuantities.set(seq, o.quoteQuantity);
    if (o.expireAt !== null) this.expireAts.set(seq, o.expireAt);
  }

  private execution(e: Execution): void {
    const orderSeq = parseSeq(e.orderId);
    // A taker's executions come before its first order event: its row may start here.
    this.orderRow(orderSeq, e.accountId, e.market, e.clientOrderId);
    const seq = e.seq;
    this.executions.ensure(seq);
    const d = this.executions.writable(seq);
    const at = this.executions.offset(seq);
    d[at + E_ORDER] = e.liquidity === 'taker' ? -orderSeq : orderSeq;
    d[at + E_PRICE] = e.price;
    d[at + E_QTY] = e.quantity;
    d[at + E_QUOTE_QTY] = e.quoteQuantity;
    d[at + E_FEE] = e.fee;
    // Both executions of a fill follow its trade event and carry the same tradeId string.
    d[at + E_TRADE] = e.tradeId === this.lastTradeId ? this.lastTradeSeq : parseSeq(e.tradeId);
    d[at + E_AT] = e.executedAt;
    d[at + E_PREV] = this.orderNumbers.get(orderSeq, O_LAST_EXEC);
    this.orderNumbers.set(orderSeq, O_LAST_EXEC, seq);
    (this.accounts[this.orderInts.get(orderSeq, O_ACCOUNT)] as AccountHistory).executions.push(seq);
  }

  private trade(t: Trade): void {
    this.lastTradeId = t.tradeId;
    this.lastTradeSeq = t.seq;
    const log = this.tradeLogs[this.marketIndex.get(t.market) as number] as TradeLog;
    log.push(t.seq, t.price, t.quantity, t.takerSide === 'buy', t.executedAt);
  }

  // --- queries (markets: the engine's, by creation index) -------------------------------------

  /** Whether seq is a recorded order of accountId. */
  owns(accountId: string, seq: number): boolean {
    if (seq === 0 || seq > this.orderInts.size) return false;
    const a = this.accounts[this.orderInts.get(seq, O_ACCOUNT)];
    return a !== undefined && a.accountId === accountId;
  }

  isOpen(seq: number): boolean {
    return bits(this.orderInts.get(seq, O_FLAGS), F_STATUS, 3) <= 1; // new, partiallyFilled
  }

  marketOf(seq: number): number {
    return this.orderInts.get(seq, O_MARKET);
  }

  orderSnapshot(seq: number): OrderSnapshot {
    const d = this.orderNumbers.chunk(seq);
    const at = this.orderNumbers.offset(seq);
    const f = this.orderInts.get(seq, O_FLAGS);
    return {
      orderId: String(seq),
      seq,
      clientOrderId: this.clientOrderIds.get(seq) ?? null,
      accountId: (this.accounts[this.orderInts.get(seq, O_ACCOUNT)] as AccountHistory).accountId,
      market: this.marketSymbols[this.orderInts.get(seq, O_MARKET)] as string,
      side: f & F_SELL ? 'sell' : 'buy',
      orderType: f & F_MARKET ? 'market' : 'limit',
      timeInForce: TIFS[bits(f, F_TIF, 2)] as TimeInForce,
      price: orNull(d[at + O_PRICE] as number),
      quantity: orNull(d[at + O_QTY] as number),
      quoteQuantity: this.quoteQuantities.get(seq) ?? null,
      filledQuantity: d[at + O_FILLED] as number,
      filledQuoteQuantity: d[at + O_FILLED_QUOTE] as number,
      fee: d[at + O_FEE] as number,
      status: STATUSES[bits(f, F_STATUS, 3)] as OrderStatus,
      postOnly: (f & F_POST_ONLY) !== 0,
      selfTradePrevention: STPS[bits(f, F_STP, 2)] as SelfTradePrevention,
      expireAt: this.expireAts.get(seq) ?? null,
      cancelReason: cancelReasonOf(f),
      rejectReason: rejectReasonOf(f),
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

  /** The order of execution `seq`, and whether the execution is the taker's. */
  private executionOrder(seq: number): number {
    return Math.abs(this.executions.get(seq, E_ORDER));
  }

  executionView(seq: number, markets: readonly MarketRec[]): ExecutionView {
    const d = this.executions.chunk(seq);
    const at = this.executions.offset(seq);
    const signed = d[at + E_ORDER] as number;
    const orderSeq = Math.abs(signed);
    const m = markets[this.marketOf(orderSeq)] as MarketRec;
    return executionView(m, {
      executionId: String(seq),
      seq,
      orderId: String(orderSeq),
      clientOrderId: this.clientOrderIds.get(orderSeq) ?? null,
      accountId: (this.accounts[this.orderInts.get(orderSeq, O_ACCOUNT)] as AccountHistory).accountId,
      market: m.symbol,
      side: this.orderInts.get(orderSeq, O_FLAGS) & F_SELL ? 'sell' : 'buy',
      price: d[at + E_PRICE] as number,
      quantity: d[at + E_QTY] as number,
      quoteQuantity: d[at + E_QUOTE_QTY] as number,
      fee: d[at + E_FEE] as number,
      feeAsset: m.quote.symbol,
      liquidity: signed < 0 ? 'taker' : 'maker',
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
    const keep = (seq: number) => marketIndex < 0 || this.marketOf(this.executionOrder(seq)) === marketIndex;
    const view = (seq: number) => this.executionView(seq, markets);
    const limit = pageLimit(q);
    if (orderSeq === 0) {
      const items = a.executions.items;
      return page(a.executions.lastBelow(below(q)), limit, (i) => items[i] as number, keep, view);
    }
    // One order's executions: a chain newest first through E_PREV.
    const bound = below(q);
    const chain: number[] = [];
    for (let e = this.orderNumbers.get(orderSeq, O_LAST_EXEC); e !== 0; e = this.executions.get(e, E_PREV)) {
      if (e < bound) chain.push(e);
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
}
