// Query side of the reference engine: exact decimal formatting with bigint (independent of
// server/core/decimal.ts, so a formatting bug there cannot hide behind a shared helper), the API
// views, and positions recomputed from the full execution history on every call.

import type {
  AccountView,
  BalanceView,
  BookView,
  Execution,
  ExecutionView,
  MarketView,
  OrderView,
  PositionView,
  TickerView,
  TradeView,
} from '../../server/core/index.ts';
import type { RefExecution, ReferenceEngine, RefMarket, RefOrder } from './reference-engine.ts';

const POW10 = Array.from({ length: 40 }, (_, k) => 10n ** BigInt(k));

export function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k);
}

/** Ceiling of a / b for a >= 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * `digits[.digits]` scaled by 10^decimals. 'precision' when a non-zero digit lies beyond
 * `decimals` (off the grid: never rounded), 'syntax' for anything that is not a plain decimal.
 */
export function parseDecimal(text: unknown, decimals: number): bigint | 'syntax' | 'precision' {
  if (typeof text !== 'string') return 'syntax';
  const key = `${decimals}|${text}`;
  let v = parsed.get(key);
  if (v === undefined) {
    v = parseUncached(text, decimals);
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(key, v);
  }
  return v;
}

// The tests parse the same few hundred strings millions of times.
const parsed = new Map<string, bigint | 'syntax' | 'precision'>();

function parseUncached(text: string, decimals: number): bigint | 'syntax' | 'precision' {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) return 'syntax';
  const [whole = '', frac = ''] = text.split('.');
  if (/[1-9]/.test(frac.slice(decimals))) return 'precision';
  return BigInt(whole + frac.slice(0, decimals).padEnd(decimals, '0'));
}

/** value / 10^scale written with exactly `shown` fraction digits (shown <= scale, dropped digits zero). */
export function formatUnits(value: bigint, scale: number, shown = scale): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = pow10(scale);
  const whole = abs / unit;
  const frac = (abs % unit).toString().padStart(scale, '0').slice(0, shown);
  if (/[1-9]/.test((abs % unit).toString().padStart(scale, '0').slice(shown))) {
    throw new Error(`reference: ${value} has digits beyond ${shown} decimals`);
  }
  const text = shown > 0 ? `${whole}.${frac}` : `${whole}`;
  return negative ? `-${text}` : text;
}

export type RefViews = ReturnType<typeof refViews>;

/** The reference engine's query answers, in the shapes of server/core's views. */
export function refViews(engine: ReferenceEngine) {
  const dec = (asset: string) => engine.assets.get(asset) ?? 0;
  const mkt = (symbol: string) => engine.market(symbol) as RefMarket;
  const open = (o: RefOrder) => o.status === 'new' || o.status === 'partiallyFilled';
  const qtyText = (m: RefMarket, q: bigint) => formatUnits(q, dec(m.base), m.quantityDecimals);
  const priceText = (m: RefMarket, p: bigint) => formatUnits(p, m.priceDecimals);
  const quoteText = (m: RefMarket, v: bigint) => formatUnits(v, dec(m.quote));

  /**
   * A derived price num / den (in quote units per whole base unit), truncated to
   * max(quote decimals, priceDecimals + 1) decimals as index.ts documents.
   */
  function derived(m: RefMarket, num: bigint, den: bigint): string {
    const qd = dec(m.quote);
    const shown = Math.max(qd, m.priceDecimals + 1);
    return formatUnits((num * pow10(shown - qd)) / den, shown);
  }

  function executionRecord(e: RefExecution): Execution {
    return {
      executionId: String(e.seq),
      seq: e.seq,
      orderId: e.orderId,
      clientOrderId: e.clientOrderId,
      accountId: e.accountId,
      market: e.market,
      side: e.side,
      price: Number(e.price),
      quantity: Number(e.quantity),
      quoteQuantity: Number(e.quoteQuantity),
      fee: Number(e.fee),
      feeAsset: e.feeAsset,
      liquidity: e.liquidity,
      tradeId: e.tradeId,
      executedAt: e.executedAt,
    };
  }

  function orderView(o: RefOrder): OrderView {
    const m = mkt(o.market);
    return {
      orderId: o.orderId,
      clientOrderId: o.clientOrderId,
      accountId: o.accountId,
      market: o.market,
      side: o.side,
      type: o.orderType,
      timeInForce: o.timeInForce,
      price: o.price === null ? null : priceText(m, o.price),
      quantity: o.quantity === null ? null : qtyText(m, o.quantity),
      quoteQuantity: o.quoteQuantity === null ? null : quoteText(m, o.quoteQuantity),
      filledQuantity: qtyText(m, o.filled),
      remainingQuantity: o.quantity === null ? null : qtyText(m, o.quantity - o.filled),
      filledQuoteQuantity: quoteText(m, o.filledQuote),
      averagePrice: o.filled === 0n ? null : derived(m, o.filledQuote * pow10(dec(m.base)), o.filled),
      fee: quoteText(m, o.fee),
      feeAsset: m.quote,
      status: o.status,
      postOnly: o.postOnly,
      selfTradePrevention: o.stp,
      expireAt: o.expireAt,
      cancelReason: o.cancelReason,
      rejectReason: o.rejectReason,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
    };
  }

  function executionView(e: RefExecution): ExecutionView {
    const m = mkt(e.market);
    return {
      executionId: String(e.seq),
      orderId: e.orderId,
      clientOrderId: e.clientOrderId,
      market: e.market,
      side: e.side,
      price: priceText(m, e.price),
      quantity: qtyText(m, e.quantity),
      quoteQuantity: quoteText(m, e.quoteQuantity),
      fee: quoteText(m, e.fee),
      feeAsset: e.feeAsset,
      liquidity: e.liquidity,
      tradeId: e.tradeId,
      executedAt: e.executedAt,
    };
  }

  /** Newest first, like every list in the API. */
  function listOrders(accountId: string, status: 'open' | 'closed' | 'all' = 'all'): OrderView[] {
    return engine.orders
      .filter((o) => o.accountId === accountId && (status === 'all' || open(o) === (status === 'open')))
      .reverse()
      .map(orderView);
  }

  function listExecutions(accountId: string): ExecutionView[] {
    return engine.executions
      .filter((e) => e.accountId === accountId)
      .reverse()
      .map(executionView);
  }

  function trades(symbol: string): TradeView[] {
    const m = mkt(symbol);
    return engine.trades
      .filter((t) => t.market === symbol)
      .reverse()
      .map((t) => ({
        tradeId: String(t.seq),
        market: t.market,
        price: priceText(m, t.price),
        quantity: qtyText(m, t.quantity),
        takerSide: t.takerSide,
        executedAt: t.executedAt,
      }));
  }

  function balances(accountId: string): BalanceView[] | undefined {
    if (!engine.accounts.has(accountId)) return undefined;
    return [...engine.assets.keys()].sort().map((asset) => {
      const total = engine.total(accountId, asset);
      const locked = engine.locked(accountId, asset);
      const d = dec(asset);
      return {
        asset,
        total: formatUnits(total, d),
        available: formatUnits(total - locked, d),
        locked: formatUnits(locked, d),
      };
    });
  }

  function book(symbol: string, depth = 50): BookView | undefined {
    const m = engine.market(symbol);
    if (!m) return undefined;
    const side = (s: 'buy' | 'sell') =>
      engine
        .levels(symbol, s)
        .slice(0, depth)
        .map((l) => ({ price: priceText(m, l.price), quantity: qtyText(m, l.quantity) }));
    return { market: symbol, seq: m.bookSeq, bids: side('buy'), asks: side('sell') };
  }

  function positions(accountId: string): PositionView[] | undefined {
    if (!engine.accounts.has(accountId)) return undefined;
    const mine = engine.executions.filter((e) => e.accountId === accountId);
    return engine.markets
      .filter((m) => mine.some((e) => e.market === m.symbol))
      .map((m) =>
        positionOf(
          m,
          mine.filter((e) => e.market === m.symbol),
        ),
      );
  }

  /** Weighted average cost; a reduction realizes against the truncated share of the basis. */
  function positionOf(m: RefMarket, fills: RefExecution[]): PositionView {
    let net = 0n;
    let cost = 0n; // basis of the open quantity, quote units, >= 0
    let realized = 0n;
    for (const e of fills) {
      const signed = e.side === 'buy' ? e.quantity : -e.quantity;
      if (net === 0n || net > 0n === signed > 0n) {
        net += signed;
        cost += e.quoteQuantity;
        continue;
      }
      const size = net > 0n ? net : -net;
      const reduced = e.quantity < size ? e.quantity : size;
      const removed = (cost * reduced) / size;
      const proceeds = engine.notional(m, e.price, reduced);
      realized += net > 0n ? proceeds - removed : removed - proceeds;
      cost -= removed;
      net += signed > 0n ? reduced : -reduced;
      const rest = e.quantity - reduced;
      if (rest > 0n) {
        net = signed > 0n ? rest : -rest;
        cost = engine.notional(m, e.price, rest);
      }
    }
    const bd = dec(m.base);
    const qd = dec(m.quote);
    const size = net > 0n ? net : -net;
    const bid = engine.levels(m.symbol, 'buy')[0]?.price;
    const ask = engine.levels(m.symbol, 'sell')[0]?.price;
    let unrealized: string | null = null;
    let mark: string | null = null;
    if (bid !== undefined && ask !== undefined) {
      // Value of the position at the mid, kept as an exact fraction until the final truncation.
      const den = 2n * pow10(m.priceDecimals + bd);
      const valueNum = net * (bid + ask) * pow10(qd);
      const basisNum = (net > 0n ? cost : -cost) * den;
      unrealized = formatUnits((valueNum - basisNum) / den, qd);
      mark = derived(m, (bid + ask) * pow10(qd), 2n * pow10(m.priceDecimals));
    }
    return {
      market: m.symbol,
      baseAsset: m.base,
      quoteAsset: m.quote,
      netQuantity: formatUnits(net, bd, m.quantityDecimals),
      averageEntryPrice: net === 0n ? null : derived(m, cost * pow10(bd), size),
      realizedPnl: formatUnits(realized, qd),
      unrealizedPnl: unrealized,
      markPrice: mark,
    };
  }

  function getOrder(accountId: string, orderId: string): OrderView | undefined {
    const o = engine.orders.find((x) => x.orderId === orderId);
    return o && o.accountId === accountId ? orderView(o) : undefined;
  }

  function getOrderByClientOrderId(accountId: string, clientOrderId: string): OrderView | undefined {
    const o = engine.newestByClientId(accountId, clientOrderId);
    return o ? orderView(o) : undefined;
  }

  function markets(): MarketView[] {
    return engine.markets.map((m) => ({
      symbol: m.symbol,
      baseAsset: m.base,
      quoteAsset: m.quote,
      tickSize: m.tickText,
      lotSize: m.lotText,
      minQuantity: m.minQtyText,
      minNotional: m.minNotionalText,
      status: m.status,
      priceDecimals: m.priceDecimals,
      quantityDecimals: m.quantityDecimals,
    }));
  }

  function account(accountId: string): AccountView | undefined {
    const a = engine.accounts.get(accountId);
    return (
      a && {
        accountId: a.id,
        name: a.name,
        makerFeeBps: a.maker,
        takerFeeBps: a.taker,
        createdAt: a.createdAt,
      }
    );
  }

  /**
   * The ticker fields with one obvious meaning: last trade price and top of book. The 24 h
   * figures are only given when every trade of the market lies well inside the window (under
   * 23 h old), where the one-minute granularity cannot matter; otherwise undefined.
   */
  function ticker(symbol: string): Partial<TickerView> | undefined {
    const m = engine.market(symbol);
    if (!m) return undefined;
    const ts = engine.trades.filter((t) => t.market === symbol);
    const bid = engine.levels(symbol, 'buy')[0];
    const ask = engine.levels(symbol, 'sell')[0];
    const last = ts[ts.length - 1];
    const view: Partial<TickerView> = {
      market: symbol,
      lastPrice: last ? priceText(m, last.price) : null,
      bestBid: bid ? priceText(m, bid.price) : null,
      bestBidQuantity: bid ? qtyText(m, bid.quantity) : null,
      bestAsk: ask ? priceText(m, ask.price) : null,
      bestAskQuantity: ask ? qtyText(m, ask.quantity) : null,
      asOf: engine.now,
    };
    if (ts.some((t) => engine.now - t.executedAt >= 23 * 3_600_000_000)) return view;
    // bigint prices: sorting is the plain way to their extremes.
    const prices = ts.map((t) => t.price).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const low = prices[0];
    const high = prices[prices.length - 1];
    return {
      ...view,
      open24h: ts[0] ? priceText(m, ts[0].price) : null,
      high24h: high === undefined ? null : priceText(m, high),
      low24h: low === undefined ? null : priceText(m, low),
      volume24h: qtyText(
        m,
        ts.reduce((sum, t) => sum + t.quantity, 0n),
      ),
      quoteVolume24h: quoteText(
        m,
        ts.reduce((sum, t) => sum + engine.notional(m, t.price, t.quantity), 0n),
      ),
    };
  }

  return {
    getOrder,
    getOrderByClientOrderId,
    markets,
    account,
    ticker,
    executionRecord,
    orderView,
    executionView,
    listOrders,
    listExecutions,
    trades,
    balances,
    book,
    positions,
  };
}
