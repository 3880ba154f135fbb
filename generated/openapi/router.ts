// Generated from spec/openapi/openapi.yaml by generators/openapi/router.ts — do not edit.
import type { RequestHandler } from 'express';
import {
  type Binding,
  buildRouter,
  type HandlerContext,
  type NotImplementedResult,
  type ProblemResult,
  type RouterOptions,
} from '../runtime/http.ts';
import { routesById } from './routes.ts';
import type { operations } from './types.ts';
import * as v from './validators.js';

/** Input of amendOrder (PATCH /v1/orders/:orderId), already validated. */
export type AmendOrderInput = {
  readonly path: NonNullable<operations["amendOrder"]['parameters']["path"]>;
  readonly header: NonNullable<operations["amendOrder"]['parameters']["header"]>;
  readonly body: NonNullable<operations["amendOrder"]['requestBody']>['content']["application/json"];
};

export type AmendOrderResult =
  | { readonly status: 200; readonly body: operations["amendOrder"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["amendOrder"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["amendOrder"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["amendOrder"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["amendOrder"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 409; readonly body: operations["amendOrder"]['responses'][409]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["amendOrder"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["amendOrder"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["amendOrder"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["amendOrder"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["amendOrder"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_FUNDS" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MALFORMED_JSON" | "MARKET_HALTED" | "MISSING_CREDENTIALS" | "NOTIONAL_BELOW_MINIMUM" | "ORDER_ALREADY_CLOSED" | "ORDER_NOT_FOUND" | "PAYLOAD_TOO_LARGE" | "POST_ONLY_WOULD_TAKE" | "PRICE_NOT_ON_TICK" | "QUANTITY_BELOW_MINIMUM" | "QUANTITY_NOT_ON_LOT" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "VALUE_OUT_OF_RANGE">
  | NotImplementedResult;

/** Input of cancelAllOrders (DELETE /v1/orders), already validated. */
export type CancelAllOrdersInput = {
  readonly query: NonNullable<operations["cancelAllOrders"]['parameters']["query"]>;
  readonly header: NonNullable<operations["cancelAllOrders"]['parameters']["header"]>;
};

export type CancelAllOrdersResult =
  | { readonly status: 200; readonly body: operations["cancelAllOrders"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["cancelAllOrders"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["cancelAllOrders"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["cancelAllOrders"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["cancelAllOrders"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["cancelAllOrders"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["cancelAllOrders"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["cancelAllOrders"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MARKET_NOT_FOUND" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of cancelOrder (DELETE /v1/orders/:orderId), already validated. */
export type CancelOrderInput = {
  readonly path: NonNullable<operations["cancelOrder"]['parameters']["path"]>;
  readonly header: NonNullable<operations["cancelOrder"]['parameters']["header"]>;
};

export type CancelOrderResult =
  | { readonly status: 200; readonly body: operations["cancelOrder"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["cancelOrder"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["cancelOrder"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["cancelOrder"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["cancelOrder"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 409; readonly body: operations["cancelOrder"]['responses'][409]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["cancelOrder"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["cancelOrder"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["cancelOrder"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "ORDER_ALREADY_CLOSED" | "ORDER_NOT_FOUND" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of cancelOrderBatch (POST /v1/orders/cancel-batch), already validated. */
export type CancelOrderBatchInput = {
  readonly header: NonNullable<operations["cancelOrderBatch"]['parameters']["header"]>;
  readonly body: NonNullable<operations["cancelOrderBatch"]['requestBody']>['content']["application/json"];
};

export type CancelOrderBatchResult =
  | { readonly status: 200; readonly body: operations["cancelOrderBatch"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["cancelOrderBatch"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["cancelOrderBatch"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["cancelOrderBatch"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["cancelOrderBatch"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["cancelOrderBatch"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["cancelOrderBatch"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["cancelOrderBatch"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["cancelOrderBatch"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MALFORMED_JSON" | "MISSING_CREDENTIALS" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of cancelOrderByClientOrderId (DELETE /v1/orders/by-client-id/:clientOrderId), already validated. */
export type CancelOrderByClientOrderIdInput = {
  readonly path: NonNullable<operations["cancelOrderByClientOrderId"]['parameters']["path"]>;
  readonly header: NonNullable<operations["cancelOrderByClientOrderId"]['parameters']["header"]>;
};

export type CancelOrderByClientOrderIdResult =
  | { readonly status: 200; readonly body: operations["cancelOrderByClientOrderId"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["cancelOrderByClientOrderId"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["cancelOrderByClientOrderId"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["cancelOrderByClientOrderId"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["cancelOrderByClientOrderId"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 409; readonly body: operations["cancelOrderByClientOrderId"]['responses'][409]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["cancelOrderByClientOrderId"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["cancelOrderByClientOrderId"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["cancelOrderByClientOrderId"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "ORDER_ALREADY_CLOSED" | "ORDER_NOT_FOUND" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of getAccount (GET /v1/account), already validated. */
export type GetAccountInput = {
  readonly header: NonNullable<operations["getAccount"]['parameters']["header"]>;
};

export type GetAccountResult =
  | { readonly status: 200; readonly body: operations["getAccount"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["getAccount"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["getAccount"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getAccount"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getAccount"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getAccount"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY">
  | NotImplementedResult;

/** Input of getMarket (GET /v1/markets/:market), already validated. */
export type GetMarketInput = {
  readonly path: NonNullable<operations["getMarket"]['parameters']["path"]>;
  readonly header: NonNullable<operations["getMarket"]['parameters']["header"]>;
};

export type GetMarketResult =
  | { readonly status: 200; readonly body: operations["getMarket"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getMarket"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getMarket"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getMarket"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getMarket"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getMarket"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "MARKET_NOT_FOUND" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of getOrder (GET /v1/orders/:orderId), already validated. */
export type GetOrderInput = {
  readonly path: NonNullable<operations["getOrder"]['parameters']["path"]>;
  readonly header: NonNullable<operations["getOrder"]['parameters']["header"]>;
};

export type GetOrderResult =
  | { readonly status: 200; readonly body: operations["getOrder"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getOrder"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["getOrder"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["getOrder"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getOrder"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getOrder"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getOrder"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getOrder"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "ORDER_NOT_FOUND" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of getOrderBook (GET /v1/markets/:market/book), already validated. */
export type GetOrderBookInput = {
  readonly path: NonNullable<operations["getOrderBook"]['parameters']["path"]>;
  readonly query: NonNullable<operations["getOrderBook"]['parameters']["query"]>;
  readonly header: NonNullable<operations["getOrderBook"]['parameters']["header"]>;
};

export type GetOrderBookResult =
  | { readonly status: 200; readonly body: operations["getOrderBook"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getOrderBook"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getOrderBook"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getOrderBook"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getOrderBook"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getOrderBook"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "MARKET_NOT_FOUND" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of getOrderByClientOrderId (GET /v1/orders/by-client-id/:clientOrderId), already validated. */
export type GetOrderByClientOrderIdInput = {
  readonly path: NonNullable<operations["getOrderByClientOrderId"]['parameters']["path"]>;
  readonly header: NonNullable<operations["getOrderByClientOrderId"]['parameters']["header"]>;
};

export type GetOrderByClientOrderIdResult =
  | { readonly status: 200; readonly body: operations["getOrderByClientOrderId"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getOrderByClientOrderId"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["getOrderByClientOrderId"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["getOrderByClientOrderId"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getOrderByClientOrderId"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getOrderByClientOrderId"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getOrderByClientOrderId"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getOrderByClientOrderId"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "ORDER_NOT_FOUND" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of getServerTime (GET /v1/time), already validated. */
export type GetServerTimeInput = {
  readonly header: NonNullable<operations["getServerTime"]['parameters']["header"]>;
};

export type GetServerTimeResult =
  | { readonly status: 200; readonly body: operations["getServerTime"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getServerTime"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getServerTime"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getServerTime"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE">
  | NotImplementedResult;

/** Input of getTicker (GET /v1/markets/:market/ticker), already validated. */
export type GetTickerInput = {
  readonly path: NonNullable<operations["getTicker"]['parameters']["path"]>;
  readonly header: NonNullable<operations["getTicker"]['parameters']["header"]>;
};

export type GetTickerResult =
  | { readonly status: 200; readonly body: operations["getTicker"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getTicker"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getTicker"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getTicker"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getTicker"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getTicker"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "MARKET_NOT_FOUND" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of listBalances (GET /v1/balances), already validated. */
export type ListBalancesInput = {
  readonly header: NonNullable<operations["listBalances"]['parameters']["header"]>;
};

export type ListBalancesResult =
  | { readonly status: 200; readonly body: operations["listBalances"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["listBalances"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["listBalances"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listBalances"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listBalances"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listBalances"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY">
  | NotImplementedResult;

/** Input of listExecutions (GET /v1/executions), already validated. */
export type ListExecutionsInput = {
  readonly query: NonNullable<operations["listExecutions"]['parameters']["query"]>;
  readonly header: NonNullable<operations["listExecutions"]['parameters']["header"]>;
};

export type ListExecutionsResult =
  | { readonly status: 200; readonly body: operations["listExecutions"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["listExecutions"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["listExecutions"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["listExecutions"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["listExecutions"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listExecutions"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listExecutions"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listExecutions"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MARKET_NOT_FOUND" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of listMarkets (GET /v1/markets), already validated. */
export type ListMarketsInput = {
  readonly header: NonNullable<operations["listMarkets"]['parameters']["header"]>;
};

export type ListMarketsResult =
  | { readonly status: 200; readonly body: operations["listMarkets"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listMarkets"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listMarkets"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listMarkets"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE">
  | NotImplementedResult;

/** Input of listOrders (GET /v1/orders), already validated. */
export type ListOrdersInput = {
  readonly query: NonNullable<operations["listOrders"]['parameters']["query"]>;
  readonly header: NonNullable<operations["listOrders"]['parameters']["header"]>;
};

export type ListOrdersResult =
  | { readonly status: 200; readonly body: operations["listOrders"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["listOrders"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["listOrders"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["listOrders"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["listOrders"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listOrders"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listOrders"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listOrders"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MARKET_NOT_FOUND" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of listPositions (GET /v1/positions), already validated. */
export type ListPositionsInput = {
  readonly header: NonNullable<operations["listPositions"]['parameters']["header"]>;
};

export type ListPositionsResult =
  | { readonly status: 200; readonly body: operations["listPositions"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["listPositions"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["listPositions"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listPositions"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listPositions"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listPositions"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY">
  | NotImplementedResult;

/** Input of listTickers (GET /v1/tickers), already validated. */
export type ListTickersInput = {
  readonly header: NonNullable<operations["listTickers"]['parameters']["header"]>;
};

export type ListTickersResult =
  | { readonly status: 200; readonly body: operations["listTickers"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listTickers"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listTickers"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listTickers"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE">
  | NotImplementedResult;

/** Input of listTrades (GET /v1/markets/:market/trades), already validated. */
export type ListTradesInput = {
  readonly path: NonNullable<operations["listTrades"]['parameters']["path"]>;
  readonly query: NonNullable<operations["listTrades"]['parameters']["query"]>;
  readonly header: NonNullable<operations["listTrades"]['parameters']["header"]>;
};

export type ListTradesResult =
  | { readonly status: 200; readonly body: operations["listTrades"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["listTrades"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["listTrades"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listTrades"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listTrades"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listTrades"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "MARKET_NOT_FOUND" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of placeOrder (POST /v1/orders), already validated. */
export type PlaceOrderInput = {
  readonly header: NonNullable<operations["placeOrder"]['parameters']["header"]>;
  readonly body: NonNullable<operations["placeOrder"]['requestBody']>['content']["application/json"];
};

export type PlaceOrderResult =
  | { readonly status: 200; readonly body: operations["placeOrder"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly "Idempotent-Replayed"?: string | number | boolean; readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 201; readonly body: operations["placeOrder"]['responses'][201]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["placeOrder"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["placeOrder"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["placeOrder"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["placeOrder"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 409; readonly body: operations["placeOrder"]['responses'][409]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["placeOrder"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["placeOrder"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["placeOrder"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["placeOrder"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["placeOrder"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "DUPLICATE_CLIENT_ORDER_ID" | "EXPIRE_AT_IN_PAST" | "INSUFFICIENT_FUNDS" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MALFORMED_JSON" | "MARKET_HALTED" | "MARKET_NOT_FOUND" | "MISSING_CREDENTIALS" | "NOTIONAL_BELOW_MINIMUM" | "PAYLOAD_TOO_LARGE" | "POST_ONLY_WOULD_TAKE" | "PRICE_NOT_ON_TICK" | "QUANTITY_BELOW_MINIMUM" | "QUANTITY_NOT_ON_LOT" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "VALUE_OUT_OF_RANGE">
  | NotImplementedResult;

/** Input of placeOrderBatch (POST /v1/orders/batch), already validated. */
export type PlaceOrderBatchInput = {
  readonly header: NonNullable<operations["placeOrderBatch"]['parameters']["header"]>;
  readonly body: NonNullable<operations["placeOrderBatch"]['requestBody']>['content']["application/json"];
};

export type PlaceOrderBatchResult =
  | { readonly status: 200; readonly body: operations["placeOrderBatch"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["placeOrderBatch"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["placeOrderBatch"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["placeOrderBatch"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["placeOrderBatch"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["placeOrderBatch"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["placeOrderBatch"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["placeOrderBatch"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["placeOrderBatch"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MALFORMED_JSON" | "MISSING_CREDENTIALS" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of setCancelAllAfter (POST /v1/orders/cancel-all-after), already validated. */
export type SetCancelAllAfterInput = {
  readonly header: NonNullable<operations["setCancelAllAfter"]['parameters']["header"]>;
  readonly body: NonNullable<operations["setCancelAllAfter"]['requestBody']>['content']["application/json"];
};

export type SetCancelAllAfterResult =
  | { readonly status: 200; readonly body: operations["setCancelAllAfter"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["setCancelAllAfter"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["setCancelAllAfter"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 403; readonly body: operations["setCancelAllAfter"]['responses'][403]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["setCancelAllAfter"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["setCancelAllAfter"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["setCancelAllAfter"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["setCancelAllAfter"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["setCancelAllAfter"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_REVOKED" | "INSUFFICIENT_SCOPE" | "INTERNAL_ERROR" | "INVALID_SIGNATURE" | "IP_NOT_ALLOWED" | "MALFORMED_JSON" | "MISSING_CREDENTIALS" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "REPLAYED_REQUEST" | "SERVICE_UNAVAILABLE" | "TIMESTAMP_OUT_OF_WINDOW" | "UNKNOWN_API_KEY" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** One handler per operation of spec/openapi/openapi.yaml. */
export interface Handlers<Auth = unknown> {
  /** PATCH /v1/orders/:orderId: Amend an order */
  amendOrder(input: AmendOrderInput, ctx: HandlerContext<Auth>): AmendOrderResult | Promise<AmendOrderResult>;
  /** DELETE /v1/orders: Cancel all orders */
  cancelAllOrders(input: CancelAllOrdersInput, ctx: HandlerContext<Auth>): CancelAllOrdersResult | Promise<CancelAllOrdersResult>;
  /** DELETE /v1/orders/:orderId: Cancel an order */
  cancelOrder(input: CancelOrderInput, ctx: HandlerContext<Auth>): CancelOrderResult | Promise<CancelOrderResult>;
  /** POST /v1/orders/cancel-batch: Cancel a batch of orders */
  cancelOrderBatch(input: CancelOrderBatchInput, ctx: HandlerContext<Auth>): CancelOrderBatchResult | Promise<CancelOrderBatchResult>;
  /** DELETE /v1/orders/by-client-id/:clientOrderId: Cancel an order by clientOrderId */
  cancelOrderByClientOrderId(input: CancelOrderByClientOrderIdInput, ctx: HandlerContext<Auth>): CancelOrderByClientOrderIdResult | Promise<CancelOrderByClientOrderIdResult>;
  /** GET /v1/account: Get the account */
  getAccount(input: GetAccountInput, ctx: HandlerContext<Auth>): GetAccountResult | Promise<GetAccountResult>;
  /** GET /v1/markets/:market: Get a market */
  getMarket(input: GetMarketInput, ctx: HandlerContext<Auth>): GetMarketResult | Promise<GetMarketResult>;
  /** GET /v1/orders/:orderId: Get an order */
  getOrder(input: GetOrderInput, ctx: HandlerContext<Auth>): GetOrderResult | Promise<GetOrderResult>;
  /** GET /v1/markets/:market/book: Get the order book */
  getOrderBook(input: GetOrderBookInput, ctx: HandlerContext<Auth>): GetOrderBookResult | Promise<GetOrderBookResult>;
  /** GET /v1/orders/by-client-id/:clientOrderId: Get an order by clientOrderId */
  getOrderByClientOrderId(input: GetOrderByClientOrderIdInput, ctx: HandlerContext<Auth>): GetOrderByClientOrderIdResult | Promise<GetOrderByClientOrderIdResult>;
  /** GET /v1/time: Get the server time */
  getServerTime(input: GetServerTimeInput, ctx: HandlerContext<Auth>): GetServerTimeResult | Promise<GetServerTimeResult>;
  /** GET /v1/markets/:market/ticker: Get a ticker */
  getTicker(input: GetTickerInput, ctx: HandlerContext<Auth>): GetTickerResult | Promise<GetTickerResult>;
  /** GET /v1/balances: List balances */
  listBalances(input: ListBalancesInput, ctx: HandlerContext<Auth>): ListBalancesResult | Promise<ListBalancesResult>;
  /** GET /v1/executions: List executions */
  listExecutions(input: ListExecutionsInput, ctx: HandlerContext<Auth>): ListExecutionsResult | Promise<ListExecutionsResult>;
  /** GET /v1/markets: List markets */
  listMarkets(input: ListMarketsInput, ctx: HandlerContext<Auth>): ListMarketsResult | Promise<ListMarketsResult>;
  /** GET /v1/orders: List orders */
  listOrders(input: ListOrdersInput, ctx: HandlerContext<Auth>): ListOrdersResult | Promise<ListOrdersResult>;
  /** GET /v1/positions: List positions */
  listPositions(input: ListPositionsInput, ctx: HandlerContext<Auth>): ListPositionsResult | Promise<ListPositionsResult>;
  /** GET /v1/tickers: List tickers */
  listTickers(input: ListTickersInput, ctx: HandlerContext<Auth>): ListTickersResult | Promise<ListTickersResult>;
  /** GET /v1/markets/:market/trades: List public trades */
  listTrades(input: ListTradesInput, ctx: HandlerContext<Auth>): ListTradesResult | Promise<ListTradesResult>;
  /** POST /v1/orders: Place an order */
  placeOrder(input: PlaceOrderInput, ctx: HandlerContext<Auth>): PlaceOrderResult | Promise<PlaceOrderResult>;
  /** POST /v1/orders/batch: Place a batch of orders */
  placeOrderBatch(input: PlaceOrderBatchInput, ctx: HandlerContext<Auth>): PlaceOrderBatchResult | Promise<PlaceOrderBatchResult>;
  /** POST /v1/orders/cancel-all-after: Set the dead man's switch */
  setCancelAllAfter(input: SetCancelAllAfterInput, ctx: HandlerContext<Auth>): SetCancelAllAfterResult | Promise<SetCancelAllAfterResult>;
}

/** Express 5 middleware serving every operation with validated, typed input (mount with `app.use`). */
export function createRouter<Auth = unknown>(handlers: Handlers<Auth>, options: RouterOptions<Auth> = {}): RequestHandler {
  const bindings: Binding[] = [
    {
      route: routesById.getAccount,
      validators: { header: v.getAccountHeader },
      responseValidators: { "200": v.getAccountResponse200, "401": v.getAccountResponse401, "403": v.getAccountResponse403, "429": v.getAccountResponse429, "500": v.getAccountResponse500, "503": v.getAccountResponse503 },
      invoke: (input: GetAccountInput, ctx: HandlerContext<Auth>) => handlers.getAccount(input, ctx),
    },
    {
      route: routesById.listBalances,
      validators: { header: v.listBalancesHeader },
      responseValidators: { "200": v.listBalancesResponse200, "401": v.listBalancesResponse401, "403": v.listBalancesResponse403, "429": v.listBalancesResponse429, "500": v.listBalancesResponse500, "503": v.listBalancesResponse503 },
      invoke: (input: ListBalancesInput, ctx: HandlerContext<Auth>) => handlers.listBalances(input, ctx),
    },
    {
      route: routesById.listExecutions,
      validators: { query: v.listExecutionsQuery, header: v.listExecutionsHeader },
      responseValidators: { "200": v.listExecutionsResponse200, "400": v.listExecutionsResponse400, "401": v.listExecutionsResponse401, "403": v.listExecutionsResponse403, "404": v.listExecutionsResponse404, "429": v.listExecutionsResponse429, "500": v.listExecutionsResponse500, "503": v.listExecutionsResponse503 },
      invoke: (input: ListExecutionsInput, ctx: HandlerContext<Auth>) => handlers.listExecutions(input, ctx),
    },
    {
      route: routesById.listMarkets,
      validators: { header: v.listMarketsHeader },
      responseValidators: { "200": v.listMarketsResponse200, "429": v.listMarketsResponse429, "500": v.listMarketsResponse500, "503": v.listMarketsResponse503 },
      invoke: (input: ListMarketsInput, ctx: HandlerContext<Auth>) => handlers.listMarkets(input, ctx),
    },
    {
      route: routesById.getMarket,
      validators: { path: v.getMarketPath, header: v.getMarketHeader },
      responseValidators: { "200": v.getMarketResponse200, "400": v.getMarketResponse400, "404": v.getMarketResponse404, "429": v.getMarketResponse429, "500": v.getMarketResponse500, "503": v.getMarketResponse503 },
      invoke: (input: GetMarketInput, ctx: HandlerContext<Auth>) => handlers.getMarket(input, ctx),
    },
    {
      route: routesById.getOrderBook,
      validators: { path: v.getOrderBookPath, query: v.getOrderBookQuery, header: v.getOrderBookHeader },
      responseValidators: { "200": v.getOrderBookResponse200, "400": v.getOrderBookResponse400, "404": v.getOrderBookResponse404, "429": v.getOrderBookResponse429, "500": v.getOrderBookResponse500, "503": v.getOrderBookResponse503 },
      invoke: (input: GetOrderBookInput, ctx: HandlerContext<Auth>) => handlers.getOrderBook(input, ctx),
    },
    {
      route: routesById.getTicker,
      validators: { path: v.getTickerPath, header: v.getTickerHeader },
      responseValidators: { "200": v.getTickerResponse200, "400": v.getTickerResponse400, "404": v.getTickerResponse404, "429": v.getTickerResponse429, "500": v.getTickerResponse500, "503": v.getTickerResponse503 },
      invoke: (input: GetTickerInput, ctx: HandlerContext<Auth>) => handlers.getTicker(input, ctx),
    },
    {
      route: routesById.listTrades,
      validators: { path: v.listTradesPath, query: v.listTradesQuery, header: v.listTradesHeader },
      responseValidators: { "200": v.listTradesResponse200, "400": v.listTradesResponse400, "404": v.listTradesResponse404, "429": v.listTradesResponse429, "500": v.listTradesResponse500, "503": v.listTradesResponse503 },
      invoke: (input: ListTradesInput, ctx: HandlerContext<Auth>) => handlers.listTrades(input, ctx),
    },
    {
      route: routesById.listOrders,
      validators: { query: v.listOrdersQuery, header: v.listOrdersHeader },
      responseValidators: { "200": v.listOrdersResponse200, "400": v.listOrdersResponse400, "401": v.listOrdersResponse401, "403": v.listOrdersResponse403, "404": v.listOrdersResponse404, "429": v.listOrdersResponse429, "500": v.listOrdersResponse500, "503": v.listOrdersResponse503 },
      invoke: (input: ListOrdersInput, ctx: HandlerContext<Auth>) => handlers.listOrders(input, ctx),
    },
    {
      route: routesById.placeOrder,
      validators: { header: v.placeOrderHeader, body: v.placeOrderBody },
      responseValidators: { "200": v.placeOrderResponse200, "201": v.placeOrderResponse201, "400": v.placeOrderResponse400, "401": v.placeOrderResponse401, "403": v.placeOrderResponse403, "404": v.placeOrderResponse404, "409": v.placeOrderResponse409, "413": v.placeOrderResponse413, "415": v.placeOrderResponse415, "429": v.placeOrderResponse429, "500": v.placeOrderResponse500, "503": v.placeOrderResponse503 },
      invoke: (input: PlaceOrderInput, ctx: HandlerContext<Auth>) => handlers.placeOrder(input, ctx),
    },
    {
      route: routesById.cancelAllOrders,
      validators: { query: v.cancelAllOrdersQuery, header: v.cancelAllOrdersHeader },
      responseValidators: { "200": v.cancelAllOrdersResponse200, "400": v.cancelAllOrdersResponse400, "401": v.cancelAllOrdersResponse401, "403": v.cancelAllOrdersResponse403, "404": v.cancelAllOrdersResponse404, "429": v.cancelAllOrdersResponse429, "500": v.cancelAllOrdersResponse500, "503": v.cancelAllOrdersResponse503 },
      invoke: (input: CancelAllOrdersInput, ctx: HandlerContext<Auth>) => handlers.cancelAllOrders(input, ctx),
    },
    {
      route: routesById.placeOrderBatch,
      validators: { header: v.placeOrderBatchHeader, body: v.placeOrderBatchBody },
      responseValidators: { "200": v.placeOrderBatchResponse200, "400": v.placeOrderBatchResponse400, "401": v.placeOrderBatchResponse401, "403": v.placeOrderBatchResponse403, "413": v.placeOrderBatchResponse413, "415": v.placeOrderBatchResponse415, "429": v.placeOrderBatchResponse429, "500": v.placeOrderBatchResponse500, "503": v.placeOrderBatchResponse503 },
      invoke: (input: PlaceOrderBatchInput, ctx: HandlerContext<Auth>) => handlers.placeOrderBatch(input, ctx),
    },
    {
      route: routesById.getOrderByClientOrderId,
      validators: { path: v.getOrderByClientOrderIdPath, header: v.getOrderByClientOrderIdHeader },
      responseValidators: { "200": v.getOrderByClientOrderIdResponse200, "400": v.getOrderByClientOrderIdResponse400, "401": v.getOrderByClientOrderIdResponse401, "403": v.getOrderByClientOrderIdResponse403, "404": v.getOrderByClientOrderIdResponse404, "429": v.getOrderByClientOrderIdResponse429, "500": v.getOrderByClientOrderIdResponse500, "503": v.getOrderByClientOrderIdResponse503 },
      invoke: (input: GetOrderByClientOrderIdInput, ctx: HandlerContext<Auth>) => handlers.getOrderByClientOrderId(input, ctx),
    },
    {
      route: routesById.cancelOrderByClientOrderId,
      validators: { path: v.cancelOrderByClientOrderIdPath, header: v.cancelOrderByClientOrderIdHeader },
      responseValidators: { "200": v.cancelOrderByClientOrderIdResponse200, "400": v.cancelOrderByClientOrderIdResponse400, "401": v.cancelOrderByClientOrderIdResponse401, "403": v.cancelOrderByClientOrderIdResponse403, "404": v.cancelOrderByClientOrderIdResponse404, "409": v.cancelOrderByClientOrderIdResponse409, "429": v.cancelOrderByClientOrderIdResponse429, "500": v.cancelOrderByClientOrderIdResponse500, "503": v.cancelOrderByClientOrderIdResponse503 },
      invoke: (input: CancelOrderByClientOrderIdInput, ctx: HandlerContext<Auth>) => handlers.cancelOrderByClientOrderId(input, ctx),
    },
    {
      route: routesById.setCancelAllAfter,
      validators: { header: v.setCancelAllAfterHeader, body: v.setCancelAllAfterBody },
      responseValidators: { "200": v.setCancelAllAfterResponse200, "400": v.setCancelAllAfterResponse400, "401": v.setCancelAllAfterResponse401, "403": v.setCancelAllAfterResponse403, "413": v.setCancelAllAfterResponse413, "415": v.setCancelAllAfterResponse415, "429": v.setCancelAllAfterResponse429, "500": v.setCancelAllAfterResponse500, "503": v.setCancelAllAfterResponse503 },
      invoke: (input: SetCancelAllAfterInput, ctx: HandlerContext<Auth>) => handlers.setCancelAllAfter(input, ctx),
    },
    {
      route: routesById.cancelOrderBatch,
      validators: { header: v.cancelOrderBatchHeader, body: v.cancelOrderBatchBody },
      responseValidators: { "200": v.cancelOrderBatchResponse200, "400": v.cancelOrderBatchResponse400, "401": v.cancelOrderBatchResponse401, "403": v.cancelOrderBatchResponse403, "413": v.cancelOrderBatchResponse413, "415": v.cancelOrderBatchResponse415, "429": v.cancelOrderBatchResponse429, "500": v.cancelOrderBatchResponse500, "503": v.cancelOrderBatchResponse503 },
      invoke: (input: CancelOrderBatchInput, ctx: HandlerContext<Auth>) => handlers.cancelOrderBatch(input, ctx),
    },
    {
      route: routesById.getOrder,
      validators: { path: v.getOrderPath, header: v.getOrderHeader },
      responseValidators: { "200": v.getOrderResponse200, "400": v.getOrderResponse400, "401": v.getOrderResponse401, "403": v.getOrderResponse403, "404": v.getOrderResponse404, "429": v.getOrderResponse429, "500": v.getOrderResponse500, "503": v.getOrderResponse503 },
      invoke: (input: GetOrderInput, ctx: HandlerContext<Auth>) => handlers.getOrder(input, ctx),
    },
    {
      route: routesById.cancelOrder,
      validators: { path: v.cancelOrderPath, header: v.cancelOrderHeader },
      responseValidators: { "200": v.cancelOrderResponse200, "400": v.cancelOrderResponse400, "401": v.cancelOrderResponse401, "403": v.cancelOrderResponse403, "404": v.cancelOrderResponse404, "409": v.cancelOrderResponse409, "429": v.cancelOrderResponse429, "500": v.cancelOrderResponse500, "503": v.cancelOrderResponse503 },
      invoke: (input: CancelOrderInput, ctx: HandlerContext<Auth>) => handlers.cancelOrder(input, ctx),
    },
    {
      route: routesById.amendOrder,
      validators: { path: v.amendOrderPath, header: v.amendOrderHeader, body: v.amendOrderBody },
      responseValidators: { "200": v.amendOrderResponse200, "400": v.amendOrderResponse400, "401": v.amendOrderResponse401, "403": v.amendOrderResponse403, "404": v.amendOrderResponse404, "409": v.amendOrderResponse409, "413": v.amendOrderResponse413, "415": v.amendOrderResponse415, "429": v.amendOrderResponse429, "500": v.amendOrderResponse500, "503": v.amendOrderResponse503 },
      invoke: (input: AmendOrderInput, ctx: HandlerContext<Auth>) => handlers.amendOrder(input, ctx),
    },
    {
      route: routesById.listPositions,
      validators: { header: v.listPositionsHeader },
      responseValidators: { "200": v.listPositionsResponse200, "401": v.listPositionsResponse401, "403": v.listPositionsResponse403, "429": v.listPositionsResponse429, "500": v.listPositionsResponse500, "503": v.listPositionsResponse503 },
      invoke: (input: ListPositionsInput, ctx: HandlerContext<Auth>) => handlers.listPositions(input, ctx),
    },
    {
      route: routesById.listTickers,
      validators: { header: v.listTickersHeader },
      responseValidators: { "200": v.listTickersResponse200, "429": v.listTickersResponse429, "500": v.listTickersResponse500, "503": v.listTickersResponse503 },
      invoke: (input: ListTickersInput, ctx: HandlerContext<Auth>) => handlers.listTickers(input, ctx),
    },
    {
      route: routesById.getServerTime,
      validators: { header: v.getServerTimeHeader },
      responseValidators: { "200": v.getServerTimeResponse200, "429": v.getServerTimeResponse429, "500": v.getServerTimeResponse500, "503": v.getServerTimeResponse503 },
      invoke: (input: GetServerTimeInput, ctx: HandlerContext<Auth>) => handlers.getServerTime(input, ctx),
    },
  ];
  return buildRouter(bindings, options);
}
