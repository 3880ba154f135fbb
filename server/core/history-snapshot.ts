// The history projection as plain JSON and back, in a layout independent of the row layout.

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
} from './history-layout.ts';
import type { TradeLog } from './history-store.ts';

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

/** Storage fields are read by history-snapshot.ts; nothing outside the projection writes them. */
export function historySnapshot(h: OrderHistory): HistorySnapshot {
  const clientOrderIds: [number, string][] = [];
  for (const [seq, cid] of h.clientOrderIds) clientOrderIds.push([seq, cid]);
  clientOrderIds.sort((x, y) => x[0] - y[0]);
  const orders: number[] = [];
  for (let seq = 1; seq <= h.orderInts.size; seq++) {
    const s = h.orderSnapshot(seq);
    const f = h.orderInts.get(seq, O_FLAGS);
    const cancel = bits(f, F_CANCEL, 3);
    const reject = bits(f, F_REJECT, 5);
    orders.push(
      nullable(s.price),
      nullable(s.quantity),
      nullable(s.quoteQuantity),
      s.filledQuantity,
      s.filledQuoteQuantity,
      s.fee,
      nullable(s.expireAt),
      s.createdAt,
      s.updatedAt,
      h.orderInts.get(seq, O_ACCOUNT),
      h.orderInts.get(seq, O_MARKET),
      f & F_SELL ? 1 : 0,
      f & F_MARKET ? 1 : 0,
      bits(f, F_TIF, 2),
      bits(f, F_STP, 2),
      f & F_POST_ONLY ? 1 : 0,
      bits(f, F_STATUS, 3),
      cancel - 1,
      reject - 1,
      h.orderNumbers.get(seq, O_LAST_EXEC),
    );
  }
  const executions: number[] = [];
  for (let seq = 1; seq <= h.executions.size; seq++) {
    const signed = h.executions.get(seq, E_ORDER);
    const order = Math.abs(signed);
    const x = (k: number) => h.executions.get(seq, k);
    executions.push(
      order,
      h.orderInts.get(order, O_ACCOUNT),
      h.orderInts.get(order, O_MARKET),
      h.orderInts.get(order, O_FLAGS) & F_SELL ? 1 : 0,
      signed < 0 ? 1 : 0,
      x(E_PRICE),
      x(E_QTY),
      x(E_QUOTE_QTY),
      x(E_FEE),
      x(E_TRADE),
      x(E_AT),
      x(E_PREV),
    );
  }
  return {
    accounts: h.accounts.map((a) => a.accountId),
    markets: h.marketSymbols.slice(),
    orders,
    clientOrderIds,
    executions,
    trades: h.tradeLogs.map((t) => t.toJSON()),
  };
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
