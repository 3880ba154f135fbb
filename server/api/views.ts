/**
 * Core views to contract shapes: the one place that knows how the API spells what the core
 * returns (timestamps as RFC 3339 µs strings, book levels as pairs, `deadMansSwitch` as
 * `cancelAllAfter`). Every field is picked explicitly so nothing internal (accountId, holds)
 * leaks into an answer by accident.
 */
import type { ApiKeyRecord } from '../auth/key-store.ts';
import {
  type BalanceView,
  bookChecksum,
  type CancelReason,
  type ExecutionView,
  formatTimestamp,
  type MarketView,
  type OrderView,
  type PositionView,
  type TickerView,
  type TradeView,
} from '../core/index.ts';
import type { EngineQueries } from '../venue.ts';

export function apiCancelReason(reason: CancelReason | null) {
  return reason === 'deadMansSwitch' ? ('cancelAllAfter' as const) : reason;
}

export function orderBody(o: OrderView) {
  return {
    orderId: o.orderId,
    clientOrderId: o.clientOrderId,
    market: o.market,
    side: o.side,
    type: o.type,
    price: o.price,
    quantity: o.quantity,
    quoteQuantity: o.quoteQuantity,
    timeInForce: o.timeInForce,
    expireAt: o.expireAt === null ? null : formatTimestamp(o.expireAt),
    postOnly: o.postOnly,
    selfTradePrevention: o.selfTradePrevention,
    status: o.status,
    filledQuantity: o.filledQuantity,
    filledQuoteQuantity: o.filledQuoteQuantity,
    averagePrice: o.averagePrice,
    cancelReason: apiCancelReason(o.cancelReason),
    rejectReason: o.rejectReason as 'INSUFFICIENT_FUNDS' | 'MARKET_HALTED' | 'POST_ONLY_WOULD_TAKE' | null,
    createdAt: formatTimestamp(o.createdAt),
    updatedAt: formatTimestamp(o.updatedAt),
  };
}

export function marketBody(m: MarketView) {
  return {
    symbol: m.symbol,
    baseAsset: m.baseAsset,
    quoteAsset: m.quoteAsset,
    tickSize: m.tickSize,
    lotSize: m.lotSize,
    minQuantity: m.minQuantity,
    minNotional: m.minNotional,
    status: m.status,
  };
}

/** The book with the same seq and checksum (always over the top 10) as the WebSocket channel. */
export function bookBody(engine: EngineQueries, market: string, depth: number) {
  const book = engine.book(market, Math.max(depth, 10));
  if (book === undefined) return undefined;
  const pair = (l: { price: string; quantity: string }) => [l.price, l.quantity];
  return {
    market,
    seq: book.seq,
    checksum: bookChecksum(book.bids, book.asks),
    bids: book.bids.slice(0, depth).map(pair),
    asks: book.asks.slice(0, depth).map(pair),
    updatedAt: formatTimestamp(engine.now),
  };
}

export function tradeBody(t: TradeView) {
  return {
    tradeId: t.tradeId,
    market: t.market,
    price: t.price,
    quantity: t.quantity,
    takerSide: t.takerSide,
    executedAt: formatTimestamp(t.executedAt),
  };
}

export function tickerBody(t: TickerView) {
  return {
    market: t.market,
    bestBid: t.bestBid,
    bestBidQuantity: t.bestBidQuantity,
    bestAsk: t.bestAsk,
    bestAskQuantity: t.bestAskQuantity,
    lastPrice: t.lastPrice,
    open24h: t.open24h,
    high24h: t.high24h,
    low24h: t.low24h,
    volume24h: t.volume24h,
    quoteVolume24h: t.quoteVolume24h,
    updatedAt: formatTimestamp(t.asOf),
  };
}

export function executionBody(e: ExecutionView) {
  return {
    executionId: e.executionId,
    orderId: e.orderId,
    clientOrderId: e.clientOrderId,
    market: e.market,
    side: e.side,
    price: e.price,
    quantity: e.quantity,
    quoteQuantity: e.quoteQuantity,
    fee: e.fee,
    feeAsset: e.feeAsset,
    liquidity: e.liquidity,
    tradeId: e.tradeId,
    executedAt: formatTimestamp(e.executedAt),
  };
}

export function balanceBody(b: BalanceView) {
  return { asset: b.asset, total: b.total, available: b.available, locked: b.locked };
}

export function positionBody(p: PositionView) {
  return {
    market: p.market,
    baseAsset: p.baseAsset,
    quoteAsset: p.quoteAsset,
    netQuantity: p.netQuantity,
    averageEntryPrice: p.averageEntryPrice,
    markPrice: p.markPrice,
    realizedPnl: p.realizedPnl,
    unrealizedPnl: p.unrealizedPnl,
  };
}

/** A key as the back office shows it: never a secret. */
export function apiKeyBody(k: ApiKeyRecord) {
  return {
    keyId: k.keyId,
    accountId: k.accountId,
    type: k.type,
    scopes: [...k.scopes],
    allowedIps: [...(k.allowedIps ?? [])],
    label: k.label,
    publicKey: k.publicKey,
    status: k.revokedAt === null ? ('active' as const) : ('revoked' as const),
    createdAt: formatTimestamp(k.createdAt),
    revokedAt: k.revokedAt === null ? null : formatTimestamp(k.revokedAt),
  };
}
