// The history projection as plain JSON and back, in a layout independent of the row layout. A
// snapshot is captured in O(chunks) and turned into JSON text later, in pieces (HistoryCapture).

import { type AccountHistory, OrderHistory } from './history.ts';
import {
  bits,
  E_AT,
  E_FEE,
  E_ORDER,
  E_PREV,
  E_PRICE,
  E_QTY,
  E_QUOTE_QTY,
  E_TRADE,
  F_CANCEL,
  F_MARKET,
  F_POST_ONLY,
  F_REJECT,
  F_SELL,
  F_STATUS,
  F_STP,
  F_TIF,
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
  orNull,
} from './history-layout.ts';
import {
  arrayText,
  BATCH_NUMBERS,
  CHUNK_BITS,
  CHUNK_MASK,
  type FrozenRows,
  frozenAt,
  numberBatches,
  type TradeLog,
} from './history-store.ts';

/**
 * Snapshot layout (independent of the row layout above): per order [price, quantity, quoteQuantity,
 * filledQuantity, filledQuote, fee, expireAt, createdAt, updatedAt, account, market, sell, market
 * type, TIF, STP, postOnly, status, cancelReason, rejectReason, lastExecution] (enums as indexes,
 * -1 = null); per execution [order, account, market, sell, taker, price, quantity, quoteQuantity,
 * fee, trade, executedAt, previous of the order].
 */
export interface HistorySnapshot {
  accounts: string[];
  markets: string[];
  orders: number[];
  clientOrderIds: [number, string][];
  executions: number[];
  trades: number[][];
}

/**
 * The history as it is now, in O(chunks + markets + accounts): the row stores are frozen
 * (copy-on-write), the trade logs shared up to their length; turning them into the snapshot layout
 * happens later, in pieces (HistoryCapture.pieces), while commands go on.
 */
export function captureHistory(h: OrderHistory): HistoryCapture {
  return new HistoryCapture(
    h,
    h.accounts.map((a) => a.accountId),
    h.marketSymbols.slice(),
    h.orderNumbers.freeze(),
    h.orderInts.freeze(),
    h.executions.freeze(),
    h.tradeLogs.map((t) => t.freeze()),
  );
}

/** The plain snapshot (tests, the v1 upgrade path): the same text the venue writes, parsed. */
export function historySnapshot(h: OrderHistory): HistorySnapshot {
  return JSON.parse([...captureHistory(h).pieces()].join('')) as HistorySnapshot;
}

/** Orders per piece of snapshot text. */
const ORDER_BATCH = Math.floor(BATCH_NUMBERS / 20);

export class HistoryCapture {
  constructor(
    /** Only its maps are read, at seqs the capture covers: their entries never change once set. */
    private readonly h: OrderHistory,
    private readonly accounts: string[],
    private readonly markets: string[],
    private readonly numbers: FrozenRows<Float64Array>,
    private readonly ints: FrozenRows<Int32Array>,
    private readonly executions: FrozenRows<Float64Array>,
    private readonly trades: Float64Array[],
  ) {}

  /** The JSON text of the HistorySnapshot, in pieces of bounded work. */
  *pieces(): Generator<string, void, void> {
    yield `{"accounts":${JSON.stringify(this.accounts)},"markets":${JSON.stringify(this.markets)},"orders":`;
    yield* arrayText(this.orderBatches());
    yield ',"clientOrderIds":';
    yield* arrayText(this.clientOrderIdBatches());
    yield ',"executions":';
    yield* arrayText(this.executionBatches());
    yield ',"trades":[';
    for (let i = 0; i < this.trades.length; i++) {
      if (i > 0) yield ',';
      yield* arrayText(numberBatches(this.trades[i] as Float64Array));
    }
    yield ']}';
  }

  private *orderBatches(): Generator<string, void, void> {
    const n = this.ints.size;
    const { quoteQuantities, expireAts } = this.h;
    for (let from = 1; from <= n; from += ORDER_BATCH) {
      const out: number[] = [];
      for (let seq = from; seq <= n && seq < from + ORDER_BATCH; seq++) {
        const d = this.numbers.chunks[seq >>> CHUNK_BITS] as Float64Array;
        const at = (seq & CHUNK_MASK) * this.numbers.width;
        const ints = this.ints.chunks[seq >>> CHUNK_BITS] as Int32Array;
        const i = (seq & CHUNK_MASK) * this.ints.width;
        const f = ints[i + O_FLAGS] as number;
        out.push(
          nullable(orNull(d[at + O_PRICE] as number)),
          nullable(orNull(d[at + O_QTY] as number)),
          nullable(quoteQuantities.get(seq) ?? null),
          d[at + O_FILLED] as number,
          d[at + O_FILLED_QUOTE] as number,
          d[at + O_FEE] as number,
          nullable(expireAts.get(seq) ?? null),
          d[at + O_CREATED] as number,
          d[at + O_UPDATED] as number,
          ints[i + O_ACCOUNT] as number,
          ints[i + O_MARKET] as number,
          f & F_SELL ? 1 : 0,
          f & F_MARKET ? 1 : 0,
          bits(f, F_TIF, 2),
          bits(f, F_STP, 2),
          f & F_POST_ONLY ? 1 : 0,
          bits(f, F_STATUS, 3),
          bits(f, F_CANCEL, 3) - 1,
          bits(f, F_REJECT, 5) - 1,
          d[at + O_LAST_EXEC] as number,
        );
      }
      yield JSON.stringify(out).slice(1, -1);
    }
  }

  private *clientOrderIdBatches(): Generator<string, void, void> {
    const n = this.ints.size;
    const ids = this.h.clientOrderIds;
    for (let from = 1; from <= n; from += BATCH_NUMBERS) {
      const out: [number, string][] = [];
      for (let seq = from; seq <= n && seq < from + BATCH_NUMBERS; seq++) {
        const cid = ids.get(seq);
        if (cid !== undefined) out.push([seq, cid]);
      }
      yield JSON.stringify(out).slice(1, -1);
    }
  }

  private *executionBatches(): Generator<string, void, void> {
    const n = this.executions.size;
    const rows = Math.floor(BATCH_NUMBERS / 12);
    for (let from = 1; from <= n; from += rows) {
      const out: number[] = [];
      for (let seq = from; seq <= n && seq < from + rows; seq++) {
        const d = this.executions.chunks[seq >>> CHUNK_BITS] as Float64Array;
        const at = (seq & CHUNK_MASK) * this.executions.width;
        const signed = d[at + E_ORDER] as number;
        const order = Math.abs(signed);
        out.push(
          order,
          frozenAt(this.ints, order, O_ACCOUNT),
          frozenAt(this.ints, order, O_MARKET),
          frozenAt(this.ints, order, O_FLAGS) & F_SELL ? 1 : 0,
          signed < 0 ? 1 : 0,
          d[at + E_PRICE] as number,
          d[at + E_QTY] as number,
          d[at + E_QUOTE_QTY] as number,
          d[at + E_FEE] as number,
          d[at + E_TRADE] as number,
          d[at + E_AT] as number,
          d[at + E_PREV] as number,
        );
      }
      yield JSON.stringify(out).slice(1, -1);
    }
  }
}

export function restoreHistory(s: HistorySnapshot): OrderHistory {
  const h = new OrderHistory();
  for (const id of s.accounts) h.account(id);
  s.markets.forEach((symbol, i) => {
    h.addMarket(symbol);
    (h.tradeLogs[i] as TradeLog).load(s.trades[i] as number[]);
  });
  const n = s.orders.length / SNAPSHOT_ORDER_WIDTH;
  h.orderNumbers.ensure(n);
  h.orderInts.ensure(n);
  for (let seq = 1; seq <= n; seq++) {
    const r = (k: number) => s.orders[(seq - 1) * SNAPSHOT_ORDER_WIDTH + k] as number;
    const num = (k: number, v: number) => h.orderNumbers.set(seq, k, v);
    num(O_PRICE, r(0));
    num(O_QTY, r(1));
    if (r(2) >= 0) h.quoteQuantities.set(seq, r(2));
    num(O_FILLED, r(3));
    num(O_FILLED_QUOTE, r(4));
    num(O_FEE, r(5));
    if (r(6) >= 0) h.expireAts.set(seq, r(6));
    num(O_CREATED, r(7));
    num(O_UPDATED, r(8));
    num(O_LAST_EXEC, r(19));
    h.orderInts.set(seq, O_ACCOUNT, r(9));
    h.orderInts.set(seq, O_MARKET, r(10));
    const f =
      (r(11) ? F_SELL : 0) |
      (r(12) ? F_MARKET : 0) |
      (r(15) ? F_POST_ONLY : 0) |
      (r(13) << F_TIF) |
      (r(14) << F_STP) |
      (r(16) << F_STATUS) |
      ((r(17) + 1) << F_CANCEL) |
      ((r(18) + 1) << F_REJECT);
    h.orderInts.set(seq, O_FLAGS, f);
    (h.accounts[r(9)] as AccountHistory).orders.push(seq);
  }
  for (const [seq, cid] of s.clientOrderIds) h.clientOrderIds.set(seq, cid);
  const m = s.executions.length / SNAPSHOT_EXECUTION_WIDTH;
  h.executions.ensure(m);
  for (let seq = 1; seq <= m; seq++) {
    const r = (k: number) => s.executions[(seq - 1) * SNAPSHOT_EXECUTION_WIDTH + k] as number;
    const x = (k: number, v: number) => h.executions.set(seq, k, v);
    x(E_ORDER, r(4) === 1 ? -r(0) : r(0));
    x(E_PRICE, r(5));
    x(E_QTY, r(6));
    x(E_QUOTE_QTY, r(7));
    x(E_FEE, r(8));
    x(E_TRADE, r(9));
    x(E_AT, r(10));
    x(E_PREV, r(11));
    (h.accounts[r(1)] as AccountHistory).executions.push(seq);
  }
  return h;
}

const SNAPSHOT_ORDER_WIDTH = 20;
const SNAPSHOT_EXECUTION_WIDTH = 12;
