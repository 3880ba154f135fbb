// Public data shapes of the trading core. Semantics are documented in ./index.ts.
// Everything here is plain JSON: commands are journaled and replayed, events are published.

import type { CoreErrorCode } from './errors.ts';

/** Integer microseconds since the Unix epoch. */
export type Micros = number;

export type Side = 'buy' | 'sell';
export type OrderType = 'limit' | 'market';
export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTD';
export type SelfTradePrevention = 'cancelTaker' | 'cancelMaker' | 'cancelBoth';
export type OrderStatus = 'new' | 'partiallyFilled' | 'filled' | 'canceled' | 'rejected' | 'expired';
export type MarketStatus = 'open' | 'halted';
export type Liquidity = 'maker' | 'taker';
/** Why an order ended `canceled`. */
export type CancelReason = 'user' | 'cancelAll' | 'deadMansSwitch' | 'disconnect' | 'selfTradePrevention';

// ---------------------------------------------------------------------------------------------
// Commands (input). Amounts are API decimal strings; the core parses them on the market's grid.
// ---------------------------------------------------------------------------------------------

interface CommandBase {
  /** Time of the command, integer µs since the epoch. The core never reads a clock. */
  readonly ts: Micros;
}

export interface AddAssetCommand extends CommandBase {
  readonly type: 'addAsset';
  readonly asset: string;
  /** Smallest unit = 10^-decimals (USD 6, BTC 8, ETH 8). 0..12. */
  readonly decimals: number;
}

export interface AddMarketCommand extends CommandBase {
  readonly type: 'addMarket';
  /** Symbol, e.g. `BTC-USD`. */
  readonly market: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** Decimal strings, e.g. `"0.01"`. tickSize × lotSize must be a whole number of quote units. */
  readonly tickSize: string;
  readonly lotSize: string;
  readonly minQuantity: string;
  readonly minNotional: string;
  /** Default `open`. */
  readonly status?: MarketStatus;
}

export interface SetMarketStatusCommand extends CommandBase {
  readonly type: 'setMarketStatus';
  readonly market: string;
  readonly status: MarketStatus;
}

export interface CreateAccountCommand extends CommandBase {
  readonly type: 'createAccount';
  /** Chosen by the caller; `fees` is reserved (the fee account exists from the start). */
  readonly accountId: string;
  readonly name?: string;
  /** Integer basis points 0..10000; defaults DEFAULT_MAKER_FEE_BPS / DEFAULT_TAKER_FEE_BPS. */
  readonly makerFeeBps?: number;
  readonly takerFeeBps?: number;
}

export interface DepositCommand extends CommandBase {
  readonly type: 'deposit';
  readonly accountId: string;
  readonly asset: string;
  /** Positive decimal string with at most the asset's decimals. */
  readonly amount: string;
}

export interface PlaceOrderCommand extends CommandBase {
  readonly type: 'placeOrder';
  readonly accountId: string;
  readonly market: string;
  readonly side: Side;
  readonly orderType: OrderType;
  /** Limit orders only. */
  readonly price?: string;
  /** Limit orders (required) and market orders (exactly one of quantity / quoteQuantity). */
  readonly quantity?: string;
  /** Market buys only: the most quote notional to spend, fees excluded. */
  readonly quoteQuantity?: string;
  /** Limit: default GTC. Market: IOC only (default). */
  readonly timeInForce?: TimeInForce;
  /** GTD only (required there), µs; must be > ts. */
  readonly expireAt?: Micros;
  /** Limit GTC/GTD only. */
  readonly postOnly?: boolean;
  /** Default cancelTaker. */
  readonly selfTradePrevention?: SelfTradePrevention;
  readonly clientOrderId?: string;
}

export interface AmendOrderCommand extends CommandBase {
  readonly type: 'amendOrder';
  readonly accountId: string;
  /** Exactly one of orderId / clientOrderId. */
  readonly orderId?: string;
  readonly clientOrderId?: string;
  /** New limit price. */
  readonly price?: string;
  /** New TOTAL order quantity (filled part included); must exceed filledQuantity. */
  readonly quantity?: string;
}

export interface CancelOrderCommand extends CommandBase {
  readonly type: 'cancelOrder';
  readonly accountId: string;
  /** Exactly one of orderId / clientOrderId. */
  readonly orderId?: string;
  readonly clientOrderId?: string;
  /** Default `user`. */
  readonly reason?: CancelReason;
}

export interface CancelAllCommand extends CommandBase {
  readonly type: 'cancelAll';
  readonly accountId: string;
  /** Only this market when given. */
  readonly market?: string;
  /** Default `cancelAll`. */
  readonly reason?: CancelReason;
}

/** Expires every GTD order with expireAt <= ts. Every command does this first anyway. */
export interface ExpireOrdersCommand extends CommandBase {
  readonly type: 'expireOrders';
}

export type Command =
  | AddAssetCommand
  | AddMarketCommand
  | SetMarketStatusCommand
  | CreateAccountCommand
  | DepositCommand
  | PlaceOrderCommand
  | AmendOrderCommand
  | CancelOrderCommand
  | CancelAllCommand
  | ExpireOrdersCommand;

export type CommandType = Command['type'];

// ---------------------------------------------------------------------------------------------
// Records carried by events and results: integers (see "Units" in index.ts), cheap to produce.
// ---------------------------------------------------------------------------------------------

/** An order's full state at one moment (a copy; never mutated afterwards). */
export interface OrderSnapshot {
  readonly orderId: string;
  /** Monotonic creation sequence (orderId is its decimal string). */
  readonly seq: number;
  readonly clientOrderId: string | null;
  readonly accountId: string;
  readonly market: string;
  readonly side: Side;
  readonly orderType: OrderType;
  readonly timeInForce: TimeInForce;
  /** Price units; null for market orders. */
  readonly price: number | null;
  /** Base units; null for market buys by quoteQuantity. */
  readonly quantity: number | null;
  /** Quote units; market buys by quoteQuantity only. */
  readonly quoteQuantity: number | null;
  /** Base units. */
  readonly filledQuantity: number;
  /** Sum of fill notionals, quote units. */
  readonly filledQuoteQuantity: number;
  /** Sum of fees charged on this order, quote units. */
  readonly fee: number;
  readonly status: OrderStatus;
  readonly postOnly: boolean;
  readonly selfTradePrevention: SelfTradePrevention;
  readonly expireAt: Micros | null;
  readonly cancelReason: CancelReason | null;
  readonly rejectReason: CoreErrorCode | null;
  readonly createdAt: Micros;
  readonly updatedAt: Micros;
}

/** One side of one fill. Every fill yields two: maker's, then taker's. */
export interface Execution {
  readonly executionId: string;
  /** Monotonic sequence (executionId is its decimal string). */
  readonly seq: number;
  readonly orderId: string;
  readonly clientOrderId: string | null;
  readonly accountId: string;
  readonly market: string;
  readonly side: Side;
  /** Price units. */
  readonly price: number;
  /** Base units. */
  readonly quantity: number;
  /** price × quantity, quote units. */
  readonly quoteQuantity: number;
  /** Quote units (charged in the quote asset). */
  readonly fee: number;
  readonly feeAsset: string;
  readonly liquidity: Liquidity;
  readonly tradeId: string;
  readonly executedAt: Micros;
}

/** A public trade (one per fill). */
export interface Trade {
  readonly tradeId: string;
  /** Monotonic sequence across markets (tradeId is its decimal string). */
  readonly seq: number;
  readonly market: string;
  /** Price units. */
  readonly price: number;
  /** Base units. */
  readonly quantity: number;
  readonly takerSide: Side;
  readonly executedAt: Micros;
}

/** An aggregated book level; quantity 0 in an update means the level is gone. */
export interface BookLevel {
  /** Price units. */
  readonly price: number;
  /** Base units. */
  readonly quantity: number;
}

// ---------------------------------------------------------------------------------------------
// Events (output), in the order documented in index.ts.
// ---------------------------------------------------------------------------------------------

export interface AssetAddedEvent {
  readonly type: 'assetAdded';
  readonly asset: string;
  readonly decimals: number;
}
export interface MarketEvent {
  readonly type: 'market';
  readonly market: string;
  readonly status: MarketStatus;
}
export interface AccountCreatedEvent {
  readonly type: 'accountCreated';
  readonly accountId: string;
  readonly makerFeeBps: number;
  readonly takerFeeBps: number;
}
export interface OrderEvent {
  readonly type: 'order';
  readonly order: OrderSnapshot;
}
export interface ExecutionEvent {
  readonly type: 'execution';
  readonly execution: Execution;
}
export interface TradeEvent {
  readonly type: 'trade';
  readonly trade: Trade;
}
/** Aggregated level changes of one market caused by one command; bids and asks best first. */
export interface BookEvent {
  readonly type: 'book';
  readonly market: string;
  /** Per-market book sequence after this change (+1 per BookEvent). */
  readonly seq: number;
  readonly bids: readonly BookLevel[];
  readonly asks: readonly BookLevel[];
}
/** New absolute balance of one account and asset (asset units). */
export interface BalanceEvent {
  readonly type: 'balance';
  readonly accountId: string;
  readonly asset: string;
  readonly total: number;
  readonly available: number;
  readonly locked: number;
}

export type EngineEvent =
  | AssetAddedEvent
  | MarketEvent
  | AccountCreatedEvent
  | OrderEvent
  | ExecutionEvent
  | TradeEvent
  | BookEvent
  | BalanceEvent;

export interface CoreError {
  readonly code: CoreErrorCode;
  readonly message: string;
}

/** The outcome of `apply`. */
export interface CommandResult {
  readonly ok: boolean;
  /** Present iff ok is false. */
  readonly error?: CoreError;
  /** placeOrder / amendOrder / cancelOrder: the order after the command (also a recorded rejection). */
  readonly order?: OrderSnapshot;
  /** placeOrder: true when an identical clientOrderId resend returned the original order. */
  readonly replayed?: boolean;
  /** cancelAll: the orders it canceled, ascending seq. */
  readonly canceled?: readonly OrderSnapshot[];
  readonly events: readonly EngineEvent[];
}

/** Opaque JSON-serialisable engine state; `Engine.restore` accepts it after a JSON round-trip. */
export interface EngineSnapshot {
  readonly version: number;
  readonly [key: string]: unknown;
}
