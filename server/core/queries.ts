// Read-side queries for the gateways. Lists are newest first with sequence-number cursors, so a
// page never shifts when new orders, executions or trades arrive. Nothing here scans every order
// of the venue: each list walks one account's (or market's) index from the cursor.

import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './constants.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import { type OrderRec, orderView } from './order.ts';
import type { State } from './state.ts';
import type { Execution, Trade } from './types.ts';
import type {
  ExecutionView,
  ListExecutionsQuery,
  ListOrdersQuery,
  OrderView,
  Page,
  PageQuery,
  TradeView,
} from './views.ts';

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

/** Index of the last element with seq < bound in an ascending-seq array (-1 if none). */
function lastBelow<T extends { readonly seq: number }>(items: readonly T[], bound: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as T).seq < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Walks `items` (ascending seq) newest first from the cursor, keeping `limit` matches. */
function paginate<T extends { readonly seq: number }, V>(
  items: readonly T[],
  q: PageQuery | undefined,
  keep: (item: T) => boolean,
  view: (item: T) => V,
): Page<V> {
  const limit = pageLimit(q);
  const data: V[] = [];
  let last = 0;
  for (let i = lastBelow(items, below(q)); i >= 0; i--) {
    const item = items[i] as T;
    if (!keep(item)) continue;
    if (data.length === limit) return { data, nextCursor: String(last) };
    data.push(view(item));
    last = item.seq;
  }
  return { data, nextCursor: null };
}

export function formatOrder(o: OrderRec): OrderView {
  return orderView(o.market, o.snapshot());
}

export function listOrders(acct: AccountRec, q: ListOrdersQuery | undefined, s: State): Page<OrderView> {
  const market = q?.market === undefined ? undefined : s.marketBySymbol.get(q.market);
  if (q?.market !== undefined && market === undefined) return { data: [], nextCursor: null };
  const status = q?.status ?? 'all';
  const inMarket = (o: OrderRec): boolean => market === undefined || o.market === market;
  if (status === 'open') return paginate(acct.openOrders(), q, inMarket, formatOrder);
  const keep = status === 'closed' ? (o: OrderRec) => !o.isOpen && inMarket(o) : inMarket;
  return paginate(acct.orders, q, keep, formatOrder);
}

export function executionView(m: MarketRec, e: Execution): ExecutionView {
  return {
    executionId: e.executionId,
    orderId: e.orderId,
    clientOrderId: e.clientOrderId,
    market: e.market,
    side: e.side,
    price: m.formatPrice(e.price),
    quantity: m.formatQuantity(e.quantity),
    quoteQuantity: m.formatQuote(e.quoteQuantity),
    fee: m.formatQuote(e.fee),
    feeAsset: e.feeAsset,
    liquidity: e.liquidity,
    tradeId: e.tradeId,
    executedAt: e.executedAt,
  };
}

export function listExecutions(
  acct: AccountRec,
  q: ListExecutionsQuery | undefined,
  s: State,
): Page<ExecutionView> {
  const market = q?.market === undefined ? undefined : s.marketBySymbol.get(q.market);
  if (q?.market !== undefined && market === undefined) return { data: [], nextCursor: null };
  let items: readonly Execution[] = acct.executions;
  if (q?.orderId !== undefined) {
    const order = s.orders.get(q.orderId);
    if (order === undefined || order.account !== acct) return { data: [], nextCursor: null };
    items = order.executions ?? [];
  }
  const view = (e: Execution): ExecutionView => executionView(s.marketBySymbol.get(e.market) as MarketRec, e);
  return paginate(items, q, (e) => market === undefined || e.market === market.symbol, view);
}

export function tradeView(m: MarketRec, t: Trade): TradeView {
  return {
    tradeId: t.tradeId,
    market: t.market,
    price: m.formatPrice(t.price),
    quantity: m.formatQuantity(t.quantity),
    takerSide: t.takerSide,
    executedAt: t.executedAt,
  };
}

export function listTrades(m: MarketRec, q: PageQuery | undefined): Page<TradeView> {
  return paginate(
    m.trades,
    q,
    () => true,
    (t) => tradeView(m, t),
  );
}
