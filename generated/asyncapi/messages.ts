// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import type { components } from './types.ts';

/** Change an open limit order's price and/or quantity. */
export type AmendOrderMessage = components['schemas']["message.amendOrder"];

/** Cancel every open order of the account, optionally in one market. */
export type CancelAllOrdersMessage = components['schemas']["message.cancelAllOrders"];

/** Cancel one open order by `orderId` or by `clientOrderId`. */
export type CancelOrderMessage = components['schemas']["message.cancelOrder"];

/** Authenticate the connection with an API key. */
export type LoginMessage = components['schemas']["message.login"];

/** Application-level liveness check. */
export type PingMessage = components['schemas']["message.ping"];

/** Place an order; the same order body as `POST /v1/orders`. */
export type PlaceOrderMessage = components['schemas']["message.placeOrder"];

/** Arm, re-arm or disarm the account's dead man's switch. */
export type SetCancelAllAfterMessage = components['schemas']["message.setCancelAllAfter"];

/** Start receiving a channel. */
export type SubscribeMessage = components['schemas']["message.subscribe"];

/** Stop receiving a channel. */
export type UnsubscribeMessage = components['schemas']["message.unsubscribe"];

/** The amended order. */
export type AmendOrderReplyMessage = components['schemas']["message.amendOrderReply"];

/** All your balances. */
export type BalancesSnapshotMessage = components['schemas']["message.balancesSnapshot"];

/** Balances that changed. */
export type BalancesUpdateMessage = components['schemas']["message.balancesUpdate"];

/** The full level-2 book of one market. */
export type BookSnapshotMessage = components['schemas']["message.bookSnapshot"];

/** The levels of one market's book that changed. */
export type BookUpdateMessage = components['schemas']["message.bookUpdate"];

/** The orders that were canceled. */
export type CancelAllOrdersReplyMessage = components['schemas']["message.cancelAllOrdersReply"];

/** The canceled order. */
export type CancelOrderReplyMessage = components['schemas']["message.cancelOrderReply"];

/** A request failed; the problem object says why. */
export type ErrorReplyMessage = components['schemas']["message.errorReply"];

/** One fill of one of your orders. */
export type ExecutionsMessage = components['schemas']["message.executions"];

/** The connection is logged in. */
export type LoginReplyMessage = components['schemas']["message.loginReply"];

/** Your open orders, all markets. */
export type OrdersSnapshotMessage = components['schemas']["message.ordersSnapshot"];

/** One of your orders changed. */
export type OrdersUpdateMessage = components['schemas']["message.ordersUpdate"];

/** The order as recorded. */
export type PlaceOrderReplyMessage = components['schemas']["message.placeOrderReply"];

/** The reply to a ping, with the server time. */
export type PongMessage = components['schemas']["message.pong"];

/** The switch's new state. */
export type SetCancelAllAfterReplyMessage = components['schemas']["message.setCancelAllAfterReply"];

/** The subscription is active. */
export type SubscribeReplyMessage = components['schemas']["message.subscribeReply"];

/** A market's best prices and 24-hour statistics. */
export type TickerMessage = components['schemas']["message.ticker"];

/** New public trades of one market. */
export type TradesMessage = components['schemas']["message.trades"];

/** The subscription has ended. */
export type UnsubscribeReplyMessage = components['schemas']["message.unsubscribeReply"];

/** Every message a client sends. */
export type ClientMessage = AmendOrderMessage | CancelAllOrdersMessage | CancelOrderMessage | LoginMessage | PingMessage | PlaceOrderMessage | SetCancelAllAfterMessage | SubscribeMessage | UnsubscribeMessage;

/** Every message the server sends: replies and events. */
export type ServerMessage = AmendOrderReplyMessage | BalancesSnapshotMessage | BalancesUpdateMessage | BookSnapshotMessage | BookUpdateMessage | CancelAllOrdersReplyMessage | CancelOrderReplyMessage | ErrorReplyMessage | ExecutionsMessage | LoginReplyMessage | OrdersSnapshotMessage | OrdersUpdateMessage | PlaceOrderReplyMessage | PongMessage | SetCancelAllAfterReplyMessage | SubscribeReplyMessage | TickerMessage | TradesMessage | UnsubscribeReplyMessage;

/** Client operations by `op`, with their replies (undefined when there is none). */
export interface ClientOps {
  "amendOrder": { request: AmendOrderMessage; reply: AmendOrderReplyMessage | ErrorReplyMessage };
  "cancelAllOrders": { request: CancelAllOrdersMessage; reply: CancelAllOrdersReplyMessage | ErrorReplyMessage };
  "cancelOrder": { request: CancelOrderMessage; reply: CancelOrderReplyMessage | ErrorReplyMessage };
  "login": { request: LoginMessage; reply: LoginReplyMessage | ErrorReplyMessage };
  "ping": { request: PingMessage; reply: PongMessage | ErrorReplyMessage };
  "placeOrder": { request: PlaceOrderMessage; reply: PlaceOrderReplyMessage | ErrorReplyMessage };
  "setCancelAllAfter": { request: SetCancelAllAfterMessage; reply: SetCancelAllAfterReplyMessage | ErrorReplyMessage };
  "subscribe": { request: SubscribeMessage; reply: SubscribeReplyMessage | ErrorReplyMessage };
  "unsubscribe": { request: UnsubscribeMessage; reply: UnsubscribeReplyMessage | ErrorReplyMessage };
}

/** Server events by message name. */
export interface ServerEvents {
  "balancesSnapshot": BalancesSnapshotMessage;
  "balancesUpdate": BalancesUpdateMessage;
  "bookSnapshot": BookSnapshotMessage;
  "bookUpdate": BookUpdateMessage;
  "executions": ExecutionsMessage;
  "ordersSnapshot": OrdersSnapshotMessage;
  "ordersUpdate": OrdersUpdateMessage;
  "ticker": TickerMessage;
  "trades": TradesMessage;
}

/** The constant properties that identify each server event. */
export const eventMatchers = {
  balancesSnapshot: {
    channel: "balances",
    type: "snapshot",
  },
  balancesUpdate: {
    channel: "balances",
    type: "update",
  },
  bookSnapshot: {
    channel: "book",
    type: "snapshot",
  },
  bookUpdate: {
    channel: "book",
    type: "update",
  },
  executions: {
    channel: "executions",
    type: "update",
  },
  ordersSnapshot: {
    channel: "orders",
    type: "snapshot",
  },
  ordersUpdate: {
    channel: "orders",
    type: "update",
  },
  ticker: {
    channel: "ticker",
    type: "update",
  },
  trades: {
    channel: "trades",
    type: "update",
  },
} as const;

/** Rate-limit weight, scope and error codes of every operation (their `x-` extensions). */
export const operations = {
  amendOrder: {
    operationId: "amendOrder",
    kind: "request",
    weight: 1,
    scope: "trade",
    errorCodes: [
      "INSUFFICIENT_FUNDS",
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "MARKET_HALTED",
      "NOTIONAL_BELOW_MINIMUM",
      "NOT_LOGGED_IN",
      "ORDER_ALREADY_CLOSED",
      "ORDER_NOT_FOUND",
      "POST_ONLY_WOULD_TAKE",
      "PRICE_NOT_ON_TICK",
      "QUANTITY_BELOW_MINIMUM",
      "QUANTITY_NOT_ON_LOT",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
      "VALUE_OUT_OF_RANGE",
    ],
  },
  cancelAllOrders: {
    operationId: "cancelAllOrders",
    kind: "request",
    weight: 5,
    scope: "trade",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "MARKET_NOT_FOUND",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
  },
  cancelOrder: {
    operationId: "cancelOrder",
    kind: "request",
    weight: 1,
    scope: "trade",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "NOT_LOGGED_IN",
      "ORDER_ALREADY_CLOSED",
      "ORDER_NOT_FOUND",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
  },
  login: {
    operationId: "login",
    kind: "request",
    weight: 5,
    scope: "none",
    errorCodes: [
      "ALREADY_LOGGED_IN",
      "API_KEY_REVOKED",
      "INTERNAL_ERROR",
      "INVALID_SIGNATURE",
      "IP_NOT_ALLOWED",
      "RATE_LIMITED",
      "REPLAYED_REQUEST",
      "SERVICE_UNAVAILABLE",
      "TIMESTAMP_OUT_OF_WINDOW",
      "UNKNOWN_API_KEY",
      "VALIDATION_FAILED",
    ],
  },
  ping: {
    operationId: "ping",
    kind: "request",
    weight: 1,
    scope: "none",
    errorCodes: [
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  placeOrder: {
    operationId: "placeOrder",
    kind: "request",
    weight: 1,
    scope: "trade",
    errorCodes: [
      "DUPLICATE_CLIENT_ORDER_ID",
      "EXPIRE_AT_IN_PAST",
      "INSUFFICIENT_FUNDS",
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "MARKET_HALTED",
      "MARKET_NOT_FOUND",
      "NOTIONAL_BELOW_MINIMUM",
      "NOT_LOGGED_IN",
      "POST_ONLY_WOULD_TAKE",
      "PRICE_NOT_ON_TICK",
      "QUANTITY_BELOW_MINIMUM",
      "QUANTITY_NOT_ON_LOT",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
      "VALUE_OUT_OF_RANGE",
    ],
  },
  receiveBalances: {
    operationId: "receiveBalances",
    kind: "stream",
    weight: 1,
    scope: "read",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  receiveBook: {
    operationId: "receiveBook",
    kind: "stream",
    weight: 2,
    scope: "none",
    errorCodes: [
      "MARKET_NOT_FOUND",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  receiveExecutions: {
    operationId: "receiveExecutions",
    kind: "stream",
    weight: 1,
    scope: "read",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  receiveOrders: {
    operationId: "receiveOrders",
    kind: "stream",
    weight: 1,
    scope: "read",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  receiveTicker: {
    operationId: "receiveTicker",
    kind: "stream",
    weight: 1,
    scope: "none",
    errorCodes: [
      "MARKET_NOT_FOUND",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  receiveTrades: {
    operationId: "receiveTrades",
    kind: "stream",
    weight: 1,
    scope: "none",
    errorCodes: [
      "MARKET_NOT_FOUND",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
  setCancelAllAfter: {
    operationId: "setCancelAllAfter",
    kind: "request",
    weight: 1,
    scope: "trade",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
  },
  subscribe: {
    operationId: "subscribe",
    kind: "request",
    weight: 1,
    scope: "none",
    errorCodes: [
      "INSUFFICIENT_SCOPE",
      "INTERNAL_ERROR",
      "MARKET_NOT_FOUND",
      "NOT_LOGGED_IN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
  },
  unsubscribe: {
    operationId: "unsubscribe",
    kind: "request",
    weight: 1,
    scope: "none",
    errorCodes: [
      "INTERNAL_ERROR",
      "MARKET_NOT_FOUND",
      "RATE_LIMITED",
      "VALIDATION_FAILED",
    ],
  },
} as const;
