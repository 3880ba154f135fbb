// Query views: what the read side answers, with exact decimal strings as the gateways send them.
// Semantics are documented in ./index.ts.

import type { CoreErrorCode } from './errors.ts';
import type {
  CancelReason,
  Liquidity,
  MarketStatus,
  Micros,
  OrderStatus,
  OrderType,
  SelfTradePrevention,
  Side,
  TimeInForce,
} from './types.ts';

// ---------------------------------------------------------------------------------------------
// Query views: exact decimal strings, as the gateways send them. Timestamps stay µs integers
// (format with formatTimestamp).
// ---------------------------------------------------------------------------------------------

export interface AssetView {
  readonly asset: string;
  readonly decimals: number;
}

export interface MarketView {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly tickSize: string;
  readonly lotSize: string;
  readonly minQuantity: string;
  readonly minNotional: string;
  readonly status: MarketStatus;
  /** Decimals of prices in this market (= tickSize's); the scale of price units. */
  readonly priceDecimals: number;
  /** Decimals quantities are written with (= lotSize's). */
  readonly quantityDecimals: number;
}

export interface AccountView {
  readonly accountId: string;
  readonly name: string | null;
  readonly makerFeeBps: number;
  readonly takerFeeBps: number;
  readonly createdAt: Micros;
}

export interface OrderView {
  readonly orderId: string;
  readonly clientOrderId: string | null;
  readonly accountId: string;
  readonly market: string;
  readonly side: Side;
  readonly type: OrderType;
  readonly timeInForce: TimeInForce;
  readonly price: string | null;
  readonly quantity: string | null;
  readonly quoteQuantity: string | null;
  readonly filledQuantity: string;
  /** quantity − filledQuantity; null for quoteQuantity orders. */
  readonly remainingQuantity: string | null;
  readonly filledQuoteQuantity: string;
  /** filledQuoteQuantity / filledQuantity, truncated to max(quote decimals, priceDecimals + 1); null if unfilled. */
  readonly averagePrice: string | null;
  readonly fee: string;
  readonly feeAsset: string;
  readonly status: OrderStatus;
  readonly postOnly: boolean;
  readonly selfTradePrevention: SelfTradePrevention;
  readonly expireAt: Micros | null;
  readonly cancelReason: CancelReason | null;
  readonly rejectReason: CoreErrorCode | null;
  readonly createdAt: Micros;
  readonly updatedAt: Micros;
}

export interface ExecutionView {
  readonly executionId: string;
  readonly orderId: string;
  readonly clientOrderId: string | null;
  readonly market: string;
  readonly side: Side;
  readonly price: string;
  readonly quantity: string;
  readonly quoteQuantity: string;
  readonly fee: string;
  readonly feeAsset: string;
  readonly liquidity: Liquidity;
  readonly tradeId: string;
  readonly executedAt: Micros;
}

export interface TradeView {
  readonly tradeId: string;
  readonly market: string;
  readonly price: string;
  readonly quantity: string;
  readonly takerSide: Side;
  readonly executedAt: Micros;
}

export interface BalanceView {
  readonly asset: string;
  readonly total: string;
  readonly available: string;
  readonly locked: string;
}

export interface PositionView {
  readonly market: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** Signed base quantity (negative = net sold). */
  readonly netQuantity: string;
  /** Weighted average cost of the open quantity (decimals as averagePrice), truncated; null when flat. */
  readonly averageEntryPrice: string | null;
  /** Quote asset, fees excluded. */
  readonly realizedPnl: string;
  /** At the current mid, quote asset, truncated toward zero; null without a two-sided book. */
  readonly unrealizedPnl: string | null;
  /** The mid used (decimals as averagePrice); null without a two-sided book. */
  readonly markPrice: string | null;
}

export interface BookLevelView {
  readonly price: string;
  readonly quantity: string;
}

export interface BookView {
  readonly market: string;
  readonly seq: number;
  readonly bids: readonly BookLevelView[];
  readonly asks: readonly BookLevelView[];
}

export interface TickerView {
  readonly market: string;
  readonly lastPrice: string | null;
  readonly bestBid: string | null;
  readonly bestBidQuantity: string | null;
  readonly bestAsk: string | null;
  readonly bestAskQuantity: string | null;
  /** Over the 24 h before the engine's current time, at one-minute granularity. */
  readonly open24h: string | null;
  readonly high24h: string | null;
  readonly low24h: string | null;
  /** Base asset. */
  readonly volume24h: string;
  /** Quote asset. */
  readonly quoteVolume24h: string;
  /** Time of the last command the engine applied. */
  readonly asOf: Micros;
}

export interface Page<T> {
  readonly data: readonly T[];
  /** Opaque; pass back as `cursor` for the next (older) page; null at the end. */
  readonly nextCursor: string | null;
}

export interface PageQuery {
  readonly cursor?: string;
  /** 1..1000, default 100. */
  readonly limit?: number;
}

export interface ListOrdersQuery extends PageQuery {
  readonly market?: string;
  /** Default `all`. */
  readonly status?: 'open' | 'closed' | 'all';
}

export interface ListExecutionsQuery extends PageQuery {
  readonly market?: string;
  readonly orderId?: string;
}
