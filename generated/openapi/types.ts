// Generated from spec/openapi/openapi.yaml by generators/openapi/types.ts — do not edit.
export interface paths {
    "/v1/time": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the server time
         * @description Answers the venue's clock. Signed requests must carry an `X-API-Timestamp` within 5000 ms of it; call this at start-up (and after a `TIMESTAMP_OUT_OF_WINDOW`) to measure your offset.
         */
        get: operations["getServerTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/markets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List markets
         * @description Answers every market with its trading rules: tick and lot sizes (prices and quantities must sit on these grids), minimum quantity and notional, and whether it is open or halted. The set of markets changes rarely; cache it and refresh it every few minutes.
         */
        get: operations["listMarkets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/markets/{market}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        /**
         * Get a market
         * @description Answers one market and its trading rules.
         */
        get: operations["getMarket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/markets/{market}/book": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        /**
         * Get the order book
         * @description Answers a level-2 snapshot of the book: bids highest first, asks lowest first, each level a `[price, quantity]` pair of decimal strings. `seq` and `checksum` are the ones the WebSocket `book` channel carries, so this snapshot can seed a book you then keep up to date from the WebSocket (apply updates with a larger `seq`; see *WebSocket sessions and book checksums*). The checksum always covers the top 10 levels per side, whatever `depth` you ask for.
         */
        get: operations["getOrderBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/markets/{market}/trades": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        /**
         * List public trades
         * @description Answers the market's trades, newest first, a page at a time (see *Pagination*). Live trades are on the WebSocket `trades` channel.
         */
        get: operations["listTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/markets/{market}/ticker": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        /**
         * Get a ticker
         * @description Answers the market's best bid and ask and its rolling 24-hour statistics.
         */
        get: operations["getTicker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List tickers
         * @description Answers the ticker of every market in one call.
         */
        get: operations["listTickers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Answers your orders, newest first, a page at a time (see *Pagination*): open ones, closed ones (kept for at least 24 hours) or both, optionally for one market.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Place an order
         * @description Places a limit or a market order. The answer comes only after the order is durably recorded.
         *
         *     - **limit**: `price` and `quantity` required; `timeInForce` `GTC` (default), `IOC`, `FOK` or
         *       `GTD` (then `expireAt` is required); `postOnly` orders are rejected rather than take liquidity.
         *     - **market**: no `price`; exactly one of `quantity` or, for buys only, `quoteQuantity` (quote
         *       asset to spend); `timeInForce` `IOC` (default) or `FOK`; whatever cannot trade at once expires.
         *
         *     Prices must sit on the market's tick grid and quantities on its lot grid (never rounded), at
         *     or above the minimum quantity and notional. These static checks record nothing. A rejection
         *     that depends on the venue's state (`INSUFFICIENT_FUNDS`, `MARKET_HALTED`,
         *     `POST_ONLY_WOULD_TAKE`) records the order with status `rejected` and consumes its clientOrderId.
         *
         *     **Idempotency.** Always send a `clientOrderId`. Resending the same one with identical
         *     parameters within 24 hours answers `200` with the original order and `Idempotent-Replayed:
         *     true` (nothing new is placed); with different parameters it is `409 DUPLICATE_CLIENT_ORDER_ID`.
         *     After a timeout, resend or look the order up with `getOrderByClientOrderId`.
         */
        post: operations["placeOrder"];
        /**
         * Cancel all orders
         * @description Cancels every open order of the account, or only those in `market`. Answers the orders it canceled (status `canceled`, `cancelReason` `cancelAll`); an empty list when nothing was open.
         */
        delete: operations["cancelAllOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/batch": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a batch of orders
         * @description Places up to 20 orders, in the given order, each exactly as `placeOrder` would (same checks, same idempotency by clientOrderId). One order failing does not stop the others: the answer is `200` with one result per order, `data[i]` for the request's `orders[i]`, each either an Order or a Problem. A body that fails the schema (including an invalid order in it) is rejected whole with `400 VALIDATION_FAILED` and nothing is placed.
         */
        post: operations["placeOrderBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/cancel-batch": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a batch of orders
         * @description Cancels up to 20 orders, each named by `orderId` or `clientOrderId`, each independently. Answers `200` with one result per entry, `data[i]` for the request's `orders[i]`: the canceled Order, or a Problem (`ORDER_NOT_FOUND`, `ORDER_ALREADY_CLOSED`).
         */
        post: operations["cancelOrderBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/cancel-all-after": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the dead man's switch
         * @description Arms the account's dead man's switch: unless this is called again within `timeoutMs`, all the account's open orders (every market, every session) are canceled with `cancelReason` `cancelAllAfter`. Call it periodically (for example every 15 s with a 60 s timeout) to keep pushing the deadline back; `timeoutMs: 0` disarms it. One switch per account: the last call from any key of the account wins.
         */
        post: operations["setCancelAllAfter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/by-client-id/{clientOrderId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The clientOrderId the order was placed with (within the last 24 hours).
                 * @example my-order-1
                 */
                clientOrderId: components["parameters"]["ClientOrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an order by clientOrderId
         * @description Answers one of your orders, found by the clientOrderId it was placed with (within the last 24 hours), in its current state. This is how a client that timed out learns an order's outcome: an order rejected for a reason that depends on the venue's state is found here with status `rejected`; `404 ORDER_NOT_FOUND` once the original request's signature window (5 s after its `X-API-Timestamp`) has passed means the venue never recorded it and never will, so it is safe to send again. Another account's order answers `404 ORDER_NOT_FOUND`.
         */
        get: operations["getOrderByClientOrderId"];
        put?: never;
        post?: never;
        /**
         * Cancel an order by clientOrderId
         * @description Cancels one open order, found by the clientOrderId it was placed with (within the last 24 hours). Answers the order with status `canceled` and `cancelReason` `user`. An order already in a final status answers `409 ORDER_ALREADY_CLOSED` (look it up to see how it ended).
         */
        delete: operations["cancelOrderByClientOrderId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The venue's order id. Another account's order id answers `404 ORDER_NOT_FOUND`.
                 * @example 1042
                 */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an order
         * @description Answers one of your orders, found by its venue id, in its current state. Another account's order answers `404 ORDER_NOT_FOUND`.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        /**
         * Cancel an order
         * @description Cancels one open order, found by its venue id. Answers the order with status `canceled` and `cancelReason` `user`. An order already in a final status answers `409 ORDER_ALREADY_CLOSED` (look it up to see how it ended).
         */
        delete: operations["cancelOrder"];
        options?: never;
        head?: never;
        /**
         * Amend an order
         * @description Changes an open limit order's price and/or quantity in place (same orderId and clientOrderId). A quantity decrease keeps its place in the queue; a price change or a quantity increase sends it to the back of the queue at its (new) price, and an amended price can trade at once like a new order. `quantity` is the new total, including what has filled, and must exceed the filled quantity. A refused amendment leaves the order unchanged and records nothing.
         */
        patch: operations["amendOrder"];
        trace?: never;
    };
    "/v1/balances": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List balances
         * @description Answers your balance of every asset: `total`, `available` for new orders and `locked` by open orders (`total = available + locked`). A buy locks quote asset (price times quantity, or the `quoteQuantity` of a market buy), a sell locks base asset; the lock is released on cancel and consumed on fill. Live changes are on the WebSocket `balances` channel.
         */
        get: operations["listBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/positions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List positions
         * @description Answers your position in every market you have traded, derived from your executions: the net base quantity (negative when net short), the average entry price of the open quantity, realized PnL, and unrealized PnL marked to the mid price (`null` while either side of the book is empty), all in the market's quote asset, fees excluded.
         */
        get: operations["listPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/executions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List executions
         * @description Answers your fills, newest first, a page at a time (see *Pagination*), optionally only for one market or one order. Each carries its price, quantity, fee and whether you were maker or taker. Live fills are on the WebSocket `executions` channel.
         */
        get: operations["listExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account
         * @description Answers the calling account: its maker and taker fee rates, the signing key's type, scopes and IP allowlist, and the rate-limit buckets that apply. Needs the `read` scope, like every other look at the account.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Timestamp
         * Format: date-time
         * @description An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.
         * @example 2026-11-21T12:00:00.123456Z
         */
        Timestamp: string;
        /**
         * ServerTime
         * @description The venue's clock, to measure your offset before signing.
         */
        ServerTime: {
            /**
             * @description Unix epoch milliseconds, the unit of `X-API-Timestamp`.
             * @example 1767225600123
             */
            serverTime: number;
            /**
             * @description The same instant as an RFC 3339 timestamp with microseconds.
             * @example 2026-01-01T00:00:00.123456Z
             */
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * ErrorCode
         * @description The stable machine-readable error code carried in every problem's `code`: the one catalogue shared by REST, WebSocket and FIX. Codes are never renamed or reused; new codes may be added in a minor version, so clients must handle an unknown code by its HTTP status. Each description starts with the HTTP status the code is answered with.
         * @example INSUFFICIENT_FUNDS
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "MISSING_CREDENTIALS" | "UNKNOWN_API_KEY" | "API_KEY_REVOKED" | "INVALID_SIGNATURE" | "TIMESTAMP_OUT_OF_WINDOW" | "REPLAYED_REQUEST" | "IP_NOT_ALLOWED" | "INSUFFICIENT_SCOPE" | "INVALID_OPERATOR_TOKEN" | "RATE_LIMITED" | "MARKET_NOT_FOUND" | "ORDER_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "API_KEY_NOT_FOUND" | "ASSET_NOT_FOUND" | "DUPLICATE_CLIENT_ORDER_ID" | "ORDER_ALREADY_CLOSED" | "INSUFFICIENT_FUNDS" | "PRICE_NOT_ON_TICK" | "QUANTITY_NOT_ON_LOT" | "QUANTITY_BELOW_MINIMUM" | "NOTIONAL_BELOW_MINIMUM" | "VALUE_OUT_OF_RANGE" | "EXPIRE_AT_IN_PAST" | "MARKET_HALTED" | "POST_ONLY_WOULD_TAKE" | "NOT_LOGGED_IN" | "ALREADY_LOGGED_IN" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
        /**
         * Problem
         * @description An error, as an RFC 9457 problem details object (media type `application/problem+json`). Branch on `code`, never on `title` or `detail`, which are for humans and may change.
         * @example {
         *       "type": "https://openvenue.dev/errors/INSUFFICIENT_FUNDS",
         *       "title": "Insufficient funds",
         *       "status": 400,
         *       "code": "INSUFFICIENT_FUNDS",
         *       "detail": "Available USD 120.00 is less than the 500.00 the order needs.",
         *       "instance": "/v1/orders",
         *       "requestId": "req_01JD8Y4N7K2M"
         *     }
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI identifying the problem type, `https://openvenue.dev/errors/` followed by the code.
             * @example https://openvenue.dev/errors/INSUFFICIENT_FUNDS
             */
            type: string;
            /**
             * @description A short human-readable summary of the problem type (the same for every occurrence of a code).
             * @example Insufficient funds
             */
            title: string;
            /**
             * @description The HTTP status code (also sent on the WebSocket, where there is no HTTP response).
             * @example 400
             */
            status: number;
            /**
             * @description The stable machine-readable error code.
             * @example INSUFFICIENT_FUNDS
             */
            code: components["schemas"]["ErrorCode"];
            /**
             * @description A human-readable explanation of this occurrence.
             * @example Available USD 120.00 is less than the 500.00 the order needs.
             */
            detail: string;
            /**
             * @description The request target the problem occurred on, when there is one.
             * @example /v1/orders
             */
            instance?: string;
            /**
             * @description The request's id, as in the `X-Request-Id` header; quote it when contacting support.
             * @example req_01JD8Y4N7K2M
             */
            requestId: string;
            /**
             * @description For `VALIDATION_FAILED`, one entry per problem found in the request.
             * @example [
             *       {
             *         "path": "/price",
             *         "message": "must match the decimal pattern"
             *       }
             *     ]
             */
            errors?: {
                /**
                 * @description Where the problem is: a JSON Pointer into the body (`/price`), or `query.<name>`, `path.<name>`, `header.<name>`.
                 * @example /price
                 */
                path: string;
                /**
                 * @description What is wrong there.
                 * @example must match the decimal pattern
                 */
                message: string;
            }[];
            /**
             * @description For `RATE_LIMITED`: seconds to wait before retrying, the same value as the `Retry-After` header (on the WebSocket, where there are no headers, this is the only place it is carried).
             * @example 12
             */
            retryAfter?: number;
            /**
             * @description For `TIMESTAMP_OUT_OF_WINDOW`: the server clock in Unix epoch milliseconds, the same unit as `X-API-Timestamp`.
             * @example 1767225612345
             */
            serverTime?: number;
        };
        /**
         * MarketSymbol
         * @description A market (spot pair) symbol: the base asset, a hyphen, the quote asset, in upper case.
         * @example BTC-USD
         * @example ETH-BTC
         */
        MarketSymbol: string;
        /**
         * Asset
         * @description An asset (currency) code in upper case.
         * @example BTC
         * @example USD
         */
        Asset: string;
        /**
         * Decimal
         * @description A non-negative decimal number written as a JSON string, never a JSON number, so that no floating point ever touches a price, quantity, amount or fee. Plain digits with an optional fractional part: no sign, no exponent, no leading zeros, no leading or trailing dot. Prices are written with the market's tick decimals (`"50000.10"`), quantities with its lot decimals (`"0.0100"`). A value off the market's grid is rejected (`PRICE_NOT_ON_TICK`, `QUANTITY_NOT_ON_LOT`), never rounded.
         * @example 50000.10
         * @example 0.0100
         * @example 0
         */
        Decimal: string;
        /**
         * MarketStatus
         * @description Whether a market accepts orders.
         * @example open
         * @enum {string}
         */
        MarketStatus: "open" | "halted";
        /**
         * Market
         * @description A spot market and its trading rules.
         * @example {
         *       "symbol": "BTC-USD",
         *       "baseAsset": "BTC",
         *       "quoteAsset": "USD",
         *       "tickSize": "0.01",
         *       "lotSize": "0.0001",
         *       "minQuantity": "0.0001",
         *       "minNotional": "1.00",
         *       "status": "open"
         *     }
         */
        Market: {
            /**
             * @description The market symbol.
             * @example BTC-USD
             */
            symbol: components["schemas"]["MarketSymbol"];
            /**
             * @description The asset bought and sold; quantities are in this asset.
             * @example BTC
             */
            baseAsset: components["schemas"]["Asset"];
            /**
             * @description The asset prices, notionals and fees are expressed in.
             * @example USD
             */
            quoteAsset: components["schemas"]["Asset"];
            /**
             * @description Prices must be a whole multiple of this; its decimals are the price decimals.
             * @example 0.01
             */
            tickSize: components["schemas"]["Decimal"];
            /**
             * @description Quantities must be a whole multiple of this; its decimals are the quantity decimals.
             * @example 0.0001
             */
            lotSize: components["schemas"]["Decimal"];
            /**
             * @description The smallest order quantity accepted (`QUANTITY_BELOW_MINIMUM` below it).
             * @example 0.0001
             */
            minQuantity: components["schemas"]["Decimal"];
            /**
             * @description The smallest order value (price times quantity, in the quote asset) accepted (`NOTIONAL_BELOW_MINIMUM` below it).
             * @example 1.00
             */
            minNotional: components["schemas"]["Decimal"];
            /**
             * @description Whether the market accepts orders.
             * @example open
             */
            status: components["schemas"]["MarketStatus"];
        };
        /**
         * MarketList
         * @description Every market the venue lists.
         */
        MarketList: {
            /**
             * @description The markets, sorted by symbol.
             * @example [
             *       {
             *         "symbol": "BTC-USD",
             *         "baseAsset": "BTC",
             *         "quoteAsset": "USD",
             *         "tickSize": "0.01",
             *         "lotSize": "0.0001",
             *         "minQuantity": "0.0001",
             *         "minNotional": "1.00",
             *         "status": "open"
             *       }
             *     ]
             */
            data: components["schemas"]["Market"][];
        };
        /**
         * SequenceNumber
         * @description A message sequence number. For an order book it is per market and grows by exactly 1 per book message, the same counter on REST and WebSocket; a gap means a message was missed.
         * @example 184467
         */
        SequenceNumber: number;
        /**
         * BookChecksum
         * @description CRC-32 (IEEE 802.3, the zlib/PNG polynomial) as an unsigned integer, computed over the UTF-8 string made of the top 10 bids (best first) followed by the top 10 asks (best first), each level written `price:quantity` with the exact decimal strings sent, all joined with `,`. A client that computes a different value from its local book resubscribes (WebSocket) or refetches (REST).
         * @example 3141592653
         */
        BookChecksum: number;
        /**
         * BookLevel
         * @description One price level of an order book as a `[price, quantity]` pair of decimal strings: the price and the total quantity resting at it. The same compact form is used on REST and WebSocket (on a WebSocket update, quantity `"0"` removes the level). The strings are exactly the ones the checksum is computed over. Element 0 is the price (with the market's tick decimals), element 1 the total quantity resting at it (with the lot decimals).
         * @example [
         *       "50000.10",
         *       "0.1200"
         *     ]
         */
        BookLevel: components["schemas"]["Decimal"][];
        /**
         * OrderBook
         * @description A level-2 snapshot of a market's book: bids best (highest) first, asks best (lowest) first, with the same `seq` and `checksum` as the WebSocket `book` channel, so a REST snapshot can seed a WebSocket-maintained book.
         * @example {
         *       "market": "BTC-USD",
         *       "seq": 184467,
         *       "checksum": 1859727052,
         *       "bids": [
         *         [
         *           "49999.50",
         *           "0.2500"
         *         ],
         *         [
         *           "49999.00",
         *           "1.0000"
         *         ]
         *       ],
         *       "asks": [
         *         [
         *           "50000.10",
         *           "0.1200"
         *         ],
         *         [
         *           "50001.00",
         *           "0.5000"
         *         ]
         *       ],
         *       "updatedAt": "2026-11-21T12:00:02.000000Z"
         *     }
         */
        OrderBook: {
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The market's book sequence number at this snapshot.
             * @example 184467
             */
            seq: components["schemas"]["SequenceNumber"];
            /**
             * @description CRC-32 of the top 10 levels per side (computed on the full book, whatever `depth` was asked).
             * @example 1859727052
             */
            checksum: components["schemas"]["BookChecksum"];
            /**
             * @description Bid levels, highest price first.
             * @example [
             *       [
             *         "49999.50",
             *         "0.2500"
             *       ],
             *       [
             *         "49999.00",
             *         "1.0000"
             *       ]
             *     ]
             */
            bids: components["schemas"]["BookLevel"][];
            /**
             * @description Ask levels, lowest price first.
             * @example [
             *       [
             *         "50000.10",
             *         "0.1200"
             *       ],
             *       [
             *         "50001.00",
             *         "0.5000"
             *       ]
             *     ]
             */
            asks: components["schemas"]["BookLevel"][];
            /**
             * @description When the book last changed.
             * @example 2026-11-21T12:00:02.000000Z
             */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * TradeId
         * @description Identifier of a trade (one match between a maker and a taker; both sides' executions carry it). Opaque string.
         * @example 981
         */
        TradeId: string;
        /**
         * Side
         * @description The side of an order or execution. `buy` acquires the base asset, `sell` gives it up.
         * @example buy
         * @enum {string}
         */
        Side: "buy" | "sell";
        /**
         * Trade
         * @description A public trade (one match) in a market.
         * @example {
         *       "tradeId": "981",
         *       "market": "BTC-USD",
         *       "price": "50000.00",
         *       "quantity": "0.0040",
         *       "takerSide": "sell",
         *       "executedAt": "2026-11-21T12:00:01.000250Z"
         *     }
         */
        Trade: {
            /**
             * @description The trade's identifier.
             * @example 981
             */
            tradeId: components["schemas"]["TradeId"];
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The price.
             * @example 50000.00
             */
            price: components["schemas"]["Decimal"];
            /**
             * @description The quantity, in the base asset.
             * @example 0.0040
             */
            quantity: components["schemas"]["Decimal"];
            /**
             * @description The side of the incoming (taker) order; `buy` means the ask was lifted.
             * @example sell
             */
            takerSide: components["schemas"]["Side"];
            /**
             * @description When the trade happened.
             * @example 2026-11-21T12:00:01.000250Z
             */
            executedAt: components["schemas"]["Timestamp"];
        };
        /**
         * TradePage
         * @description A page of public trades, newest first.
         */
        TradePage: {
            /**
             * @description The trades, newest first.
             * @example [
             *       {
             *         "tradeId": "981",
             *         "market": "BTC-USD",
             *         "price": "50000.00",
             *         "quantity": "0.0040",
             *         "takerSide": "sell",
             *         "executedAt": "2026-11-21T12:00:01.000250Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Trade"][];
            /**
             * @description Pass as `cursor` to get the next (older) page; `null` when this is the last page.
             * @example eyJpZCI6IjEwMzAifQ
             */
            nextCursor: string | null;
        };
        /**
         * Ticker
         * @description A market's best prices and rolling 24-hour statistics. Price fields are `null` when there is no such price (an empty book side, no trade in 24 hours).
         * @example {
         *       "market": "BTC-USD",
         *       "bestBid": "49999.50",
         *       "bestBidQuantity": "0.2500",
         *       "bestAsk": "50000.10",
         *       "bestAskQuantity": "0.1200",
         *       "lastPrice": "50000.00",
         *       "open24h": "49000.00",
         *       "high24h": "50500.00",
         *       "low24h": "48800.00",
         *       "volume24h": "12.3400",
         *       "quoteVolume24h": "612345.670000",
         *       "updatedAt": "2026-11-21T12:00:02.000000Z"
         *     }
         */
        Ticker: {
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The highest bid price, or `null` if there are no bids.
             * @example 49999.50
             */
            bestBid: components["schemas"]["Decimal"] | null;
            /**
             * @description The total quantity at the best bid, or `null`.
             * @example 0.2500
             */
            bestBidQuantity: components["schemas"]["Decimal"] | null;
            /**
             * @description The lowest ask price, or `null` if there are no asks.
             * @example 50000.10
             */
            bestAsk: components["schemas"]["Decimal"] | null;
            /**
             * @description The total quantity at the best ask, or `null`.
             * @example 0.1200
             */
            bestAskQuantity: components["schemas"]["Decimal"] | null;
            /**
             * @description The price of the most recent trade, or `null` if the market never traded.
             * @example 50000.00
             */
            lastPrice: components["schemas"]["Decimal"] | null;
            /**
             * @description The price of the first trade of the last 24 hours, or `null` if none.
             * @example 49000.00
             */
            open24h: components["schemas"]["Decimal"] | null;
            /**
             * @description The highest trade price of the last 24 hours, or `null` if none.
             * @example 50500.00
             */
            high24h: components["schemas"]["Decimal"] | null;
            /**
             * @description The lowest trade price of the last 24 hours, or `null` if none.
             * @example 48800.00
             */
            low24h: components["schemas"]["Decimal"] | null;
            /**
             * @description Base quantity traded in the last 24 hours.
             * @example 12.3400
             */
            volume24h: components["schemas"]["Decimal"];
            /**
             * @description Quote value traded in the last 24 hours, with the quote asset's decimals.
             * @example 612345.670000
             */
            quoteVolume24h: components["schemas"]["Decimal"];
            /**
             * @description When these figures were computed.
             * @example 2026-11-21T12:00:02.000000Z
             */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * TickerList
         * @description The ticker of every market.
         */
        TickerList: {
            /**
             * @description One ticker per market, sorted by market symbol.
             * @example [
             *       {
             *         "market": "BTC-USD",
             *         "bestBid": "49999.50",
             *         "bestBidQuantity": "0.2500",
             *         "bestAsk": "50000.10",
             *         "bestAskQuantity": "0.1200",
             *         "lastPrice": "50000.00",
             *         "open24h": "49000.00",
             *         "high24h": "50500.00",
             *         "low24h": "48800.00",
             *         "volume24h": "12.3400",
             *         "quoteVolume24h": "612345.670000",
             *         "updatedAt": "2026-11-21T12:00:02.000000Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Ticker"][];
        };
        /**
         * OrderId
         * @description Identifier the venue assigns to an order. Opaque: compare it as a string, never parse it.
         * @example 1042
         */
        OrderId: string;
        /**
         * ClientOrderId
         * @description The client's own identifier for an order: 1 to 36 characters of `A-Z a-z 0-9 _ -`. Unique per account for 24 hours (not just among open orders). Resending an order with the same `clientOrderId` and identical parameters returns the original order instead of placing a new one; with different parameters it is rejected with `DUPLICATE_CLIENT_ORDER_ID`. An order can be looked up and canceled by it while it is open and for 24 hours after it was placed; after that the identifier is free again (lookups by it answer `ORDER_NOT_FOUND`) and the order stays reachable by its `orderId`.
         * @example my-order-1
         */
        ClientOrderId: string;
        /**
         * OrderType
         * @description The order type.
         * @example limit
         * @enum {string}
         */
        OrderType: "limit" | "market";
        /**
         * TimeInForce
         * @description How long an order stays working.
         * @example GTC
         * @enum {string}
         */
        TimeInForce: "GTC" | "IOC" | "FOK" | "GTD";
        /**
         * SelfTradePrevention
         * @description What happens when an order would trade against a resting order of the same account. The order(s) removed this way are `canceled` with `cancelReason: selfTradePrevention`.
         * @example cancelTaker
         * @enum {string}
         */
        SelfTradePrevention: "cancelTaker" | "cancelMaker" | "cancelBoth";
        /**
         * OrderStatus
         * @description The state of an order. `new` and `partiallyFilled` are open; the others are final.
         * @example partiallyFilled
         * @enum {string}
         */
        OrderStatus: "new" | "partiallyFilled" | "filled" | "canceled" | "rejected" | "expired";
        /**
         * CancelReason
         * @description Why an order was canceled.
         * @example user
         * @enum {string}
         */
        CancelReason: "user" | "cancelAll" | "cancelAllAfter" | "disconnect" | "selfTradePrevention";
        /**
         * RejectReason
         * @description Why a recorded order was rejected: the error code of the state-dependent check it failed (static checks reject without recording an order, so they never appear here).
         * @example INSUFFICIENT_FUNDS
         * @enum {string}
         */
        RejectReason: "INSUFFICIENT_FUNDS" | "MARKET_HALTED" | "POST_ONLY_WOULD_TAKE";
        /**
         * Order
         * @description An order as the venue records it. Fields that do not apply are present with the value `null` (for example `price` on a market order), so every order has the same shape.
         * @example {
         *       "orderId": "1042",
         *       "clientOrderId": "my-order-1",
         *       "market": "BTC-USD",
         *       "side": "buy",
         *       "type": "limit",
         *       "price": "50000.00",
         *       "quantity": "0.0100",
         *       "quoteQuantity": null,
         *       "timeInForce": "GTC",
         *       "expireAt": null,
         *       "postOnly": false,
         *       "selfTradePrevention": "cancelTaker",
         *       "status": "new",
         *       "filledQuantity": "0.0000",
         *       "filledQuoteQuantity": "0.000000",
         *       "averagePrice": null,
         *       "cancelReason": null,
         *       "rejectReason": null,
         *       "createdAt": "2026-11-21T12:00:00.123456Z",
         *       "updatedAt": "2026-11-21T12:00:00.123456Z"
         *     }
         */
        Order: {
            /**
             * @description The venue's identifier for the order.
             * @example 1042
             */
            orderId: components["schemas"]["OrderId"];
            /**
             * @description The client's identifier, or `null` when the order was placed without one.
             * @example my-order-1
             */
            clientOrderId: components["schemas"]["ClientOrderId"] | null;
            /**
             * @description The market the order trades on.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description Buy or sell.
             * @example buy
             */
            side: components["schemas"]["Side"];
            /**
             * @description Limit or market.
             * @example limit
             */
            type: components["schemas"]["OrderType"];
            /**
             * @description The limit price; `null` for a market order.
             * @example 50000.00
             */
            price: components["schemas"]["Decimal"] | null;
            /**
             * @description The order quantity in the base asset (after any amendment); `null` for a market buy placed with `quoteQuantity`.
             * @example 0.0100
             */
            quantity: components["schemas"]["Decimal"] | null;
            /**
             * @description The most quote asset a market buy spends (fees excluded); `null` otherwise.
             * @example null
             */
            quoteQuantity: components["schemas"]["Decimal"] | null;
            /**
             * @description The time in force in effect (`IOC` or `FOK` for market orders).
             * @example GTC
             */
            timeInForce: components["schemas"]["TimeInForce"];
            /**
             * @description When a GTD order expires; `null` for other time-in-force values.
             * @example null
             */
            expireAt: components["schemas"]["Timestamp"] | null;
            /**
             * @description True if the order may only add liquidity (it is rejected rather than trade on arrival).
             * @example false
             */
            postOnly: boolean;
            /**
             * @description The self-trade prevention mode in effect.
             * @example cancelTaker
             */
            selfTradePrevention: components["schemas"]["SelfTradePrevention"];
            /**
             * @description The current state of the order.
             * @example new
             */
            status: components["schemas"]["OrderStatus"];
            /**
             * @description How much of the base asset has traded so far.
             * @example 0.0000
             */
            filledQuantity: components["schemas"]["Decimal"];
            /**
             * @description The value of what has traded so far (sum of price times quantity), in the quote asset, with its decimals.
             * @example 0.000000
             */
            filledQuoteQuantity: components["schemas"]["Decimal"];
            /**
             * @description The volume-weighted average price of the fills, with the quote asset's decimals (truncated); `null` until something trades.
             * @example null
             */
            averagePrice: components["schemas"]["Decimal"] | null;
            /**
             * @description Why the order was canceled; `null` unless `status` is `canceled`.
             * @example null
             */
            cancelReason: components["schemas"]["CancelReason"] | null;
            /**
             * @description Why the order was rejected; `null` unless `status` is `rejected`.
             * @example null
             */
            rejectReason: components["schemas"]["RejectReason"] | null;
            /**
             * @description When the venue accepted (or rejected) the order.
             * @example 2026-11-21T12:00:00.123456Z
             */
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description When the order last changed (a fill, an amendment, a cancel).
             * @example 2026-11-21T12:00:00.123456Z
             */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * OrderPage
         * @description A page of your orders, newest first.
         */
        OrderPage: {
            /**
             * @description The orders, newest (by creation) first.
             * @example [
             *       {
             *         "orderId": "1042",
             *         "clientOrderId": "my-order-1",
             *         "market": "BTC-USD",
             *         "side": "buy",
             *         "type": "limit",
             *         "price": "50000.00",
             *         "quantity": "0.0100",
             *         "quoteQuantity": null,
             *         "timeInForce": "GTC",
             *         "expireAt": null,
             *         "postOnly": false,
             *         "selfTradePrevention": "cancelTaker",
             *         "status": "new",
             *         "filledQuantity": "0.0000",
             *         "filledQuoteQuantity": "0.000000",
             *         "averagePrice": null,
             *         "cancelReason": null,
             *         "rejectReason": null,
             *         "createdAt": "2026-11-21T12:00:00.123456Z",
             *         "updatedAt": "2026-11-21T12:00:00.123456Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Order"][];
            /**
             * @description Pass as `cursor` to get the next (older) page; `null` when this is the last page.
             * @example eyJpZCI6IjEwMzAifQ
             */
            nextCursor: string | null;
        };
        /**
         * LimitOrderRequest
         * @description A limit order: `price` and `quantity` are required, `quoteQuantity` is not accepted. `expireAt` is required when `timeInForce` is `GTD` and not accepted otherwise. `postOnly` orders must rest (`GTC` or `GTD`).
         * @example {
         *       "market": "BTC-USD",
         *       "side": "buy",
         *       "type": "limit",
         *       "price": "50000.00",
         *       "quantity": "0.0100",
         *       "timeInForce": "GTC",
         *       "clientOrderId": "my-order-1"
         *     }
         */
        LimitOrderRequest: {
            /**
             * @description The market to trade on.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description Buy or sell.
             * @example buy
             */
            side: components["schemas"]["Side"];
            /**
             * @description Always `limit` for this variant.
             * @example limit
             * @constant
             */
            type: "limit";
            /**
             * @description The limit price, on the market's tick grid and greater than zero.
             * @example 50000.00
             */
            price: components["schemas"]["Decimal"];
            /**
             * @description The quantity in the base asset, on the market's lot grid and at least `minQuantity`.
             * @example 0.0100
             */
            quantity: components["schemas"]["Decimal"];
            /**
             * @description How long the order works. Omitted means `GTC`.
             * @example GTC
             */
            timeInForce?: components["schemas"]["TimeInForce"];
            /**
             * @description When a `GTD` order expires; must be in the future (`EXPIRE_AT_IN_PAST`). Only with `GTD`.
             * @example 2026-11-22T00:00:00.000000Z
             */
            expireAt?: components["schemas"]["Timestamp"];
            /**
             * @description Only add liquidity: if the order would trade on arrival it is rejected with `POST_ONLY_WOULD_TAKE` instead. Requires `GTC` or `GTD`. Omitted means `false`.
             * @example false
             */
            postOnly?: boolean;
            /**
             * @description What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.
             * @example cancelTaker
             */
            selfTradePrevention?: components["schemas"]["SelfTradePrevention"];
            /**
             * @description Your identifier for the order, unique per account for 24 hours. Always send one: it makes a retry safe and lets you look up the outcome after a timeout.
             * @example my-order-1
             */
            clientOrderId?: components["schemas"]["ClientOrderId"];
        } & (unknown & unknown & unknown);
        /**
         * MarketOrderRequest
         * @description A market order: no `price`. Give exactly one of `quantity` (base asset) or `quoteQuantity` (quote asset to spend, market buys only). Whatever cannot trade at once expires.
         * @example {
         *       "market": "BTC-USD",
         *       "side": "buy",
         *       "type": "market",
         *       "quoteQuantity": "500.00",
         *       "clientOrderId": "mkt-buy-7"
         *     }
         */
        MarketOrderRequest: {
            /**
             * @description The market to trade on.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description Buy or sell.
             * @example buy
             */
            side: components["schemas"]["Side"];
            /**
             * @description Always `market` for this variant.
             * @example market
             * @constant
             */
            type: "market";
            /**
             * @description The quantity in the base asset, on the market's lot grid. Exclusive with `quoteQuantity`.
             * @example 0.0100
             */
            quantity?: components["schemas"]["Decimal"];
            /**
             * @description For market buys only: the most quote asset to spend, fees excluded, with at most the quote asset's decimals. Exclusive with `quantity`.
             * @example 500.00
             */
            quoteQuantity?: components["schemas"]["Decimal"];
            /**
             * @description `IOC` (when omitted) trades what it can and expires the rest; `FOK` trades everything or nothing.
             * @example IOC
             * @enum {string}
             */
            timeInForce?: "IOC" | "FOK";
            /**
             * @description What to do if the order would trade with the same account's resting order. Omitted means `cancelTaker`.
             * @example cancelTaker
             */
            selfTradePrevention?: components["schemas"]["SelfTradePrevention"];
            /**
             * @description Your identifier for the order, unique per account for 24 hours.
             * @example mkt-buy-7
             */
            clientOrderId?: components["schemas"]["ClientOrderId"];
        } & ({
            quantity: components["schemas"]["Decimal"];
        } | {
            quoteQuantity: components["schemas"]["Decimal"];
        });
        /**
         * PlaceOrderRequest
         * @description A new order: either a limit order or a market order, told apart by `type` (`limit` or `market`). Unknown properties are rejected (`VALIDATION_FAILED`).
         * @example {
         *       "market": "BTC-USD",
         *       "side": "buy",
         *       "type": "limit",
         *       "price": "50000.00",
         *       "quantity": "0.0100",
         *       "timeInForce": "GTC",
         *       "clientOrderId": "my-order-1"
         *     }
         */
        PlaceOrderRequest: components["schemas"]["LimitOrderRequest"] | components["schemas"]["MarketOrderRequest"];
        /**
         * CanceledOrders
         * @description The orders this request canceled (empty when there was nothing open).
         * @example {
         *       "data": []
         *     }
         */
        CanceledOrders: {
            /**
             * @description The canceled orders, each now with status `canceled` and `cancelReason` `cancelAll`.
             * @example []
             */
            data: components["schemas"]["Order"][];
        };
        /**
         * PlaceOrderBatchRequest
         * @description Up to 20 new orders, placed in the given order, each independently (one failing does not stop the others). A batch in which any order fails the schema is rejected whole with `400 VALIDATION_FAILED` (the `errors[]` paths say which, e.g. `/orders/3/price`).
         */
        PlaceOrderBatchRequest: {
            /**
             * @description The orders.
             * @example [
             *       {
             *         "market": "BTC-USD",
             *         "side": "buy",
             *         "type": "limit",
             *         "price": "49990.00",
             *         "quantity": "0.0100",
             *         "clientOrderId": "ladder-1"
             *       }
             *     ]
             */
            orders: components["schemas"]["PlaceOrderRequest"][];
        };
        /**
         * OrderResult
         * @description The outcome for one order of a batch: the Order (placed, replayed or canceled; a recorded rejection is an Order with status `rejected`) or a Problem saying why nothing happened. Tell them apart by the presence of `orderId` (an Order) or `code` (a Problem).
         */
        OrderResult: components["schemas"]["Order"] | components["schemas"]["Problem"];
        /**
         * OrderResultList
         * @description One result per requested order, in the order of the request.
         */
        OrderResultList: {
            /**
             * @description The results; `data[i]` answers the request's i-th entry.
             * @example [
             *       {
             *         "orderId": "1042",
             *         "clientOrderId": "my-order-1",
             *         "market": "BTC-USD",
             *         "side": "buy",
             *         "type": "limit",
             *         "price": "50000.00",
             *         "quantity": "0.0100",
             *         "quoteQuantity": null,
             *         "timeInForce": "GTC",
             *         "expireAt": null,
             *         "postOnly": false,
             *         "selfTradePrevention": "cancelTaker",
             *         "status": "new",
             *         "filledQuantity": "0.0000",
             *         "filledQuoteQuantity": "0.000000",
             *         "averagePrice": null,
             *         "cancelReason": null,
             *         "rejectReason": null,
             *         "createdAt": "2026-11-21T12:00:00.123456Z",
             *         "updatedAt": "2026-11-21T12:00:00.123456Z"
             *       }
             *     ]
             */
            data: components["schemas"]["OrderResult"][];
        };
        /**
         * OrderRef
         * @description Names one of your orders by exactly one of its venue id or its clientOrderId.
         */
        OrderRef: {
            /**
             * @description The venue's order id.
             * @example 1042
             */
            orderId: components["schemas"]["OrderId"];
        } | {
            /**
             * @description The order's clientOrderId.
             * @example ladder-1
             */
            clientOrderId: components["schemas"]["ClientOrderId"];
        };
        /**
         * CancelOrderBatchRequest
         * @description Up to 20 orders to cancel, each named by exactly one of `orderId` or `clientOrderId`.
         */
        CancelOrderBatchRequest: {
            /**
             * @description The orders to cancel.
             * @example [
             *       {
             *         "orderId": "1042"
             *       },
             *       {
             *         "clientOrderId": "ladder-1"
             *       }
             *     ]
             */
            orders: components["schemas"]["OrderRef"][];
        };
        /**
         * CancelAllAfterRequest
         * @description Arms, re-arms or disarms the account's dead man's switch.
         */
        CancelAllAfterRequest: {
            /**
             * @description Cancel all the account's open orders if no new call arrives within this many milliseconds (at most 10 minutes). `0` disarms the switch.
             * @example 60000
             */
            timeoutMs: number;
        };
        /**
         * CancelAllAfterStatus
         * @description The state of the dead man's switch after the call.
         */
        CancelAllAfterStatus: {
            /**
             * @description The timeout now in force; `0` when disarmed.
             * @example 60000
             */
            timeoutMs: number;
            /**
             * @description When all open orders will be canceled unless the switch is re-armed or disarmed; `null` when disarmed.
             * @example 2026-11-21T12:01:00.123456Z
             */
            triggerAt: components["schemas"]["Timestamp"] | null;
        };
        /**
         * AmendOrderRequest
         * @description A change to an open limit order's price and/or quantity (at least one). A quantity decrease keeps the order's queue priority; a price change or a quantity increase loses it. The new quantity is the order's total quantity (including what has already filled) and must exceed the filled quantity.
         * @example {
         *       "quantity": "0.0050"
         *     }
         */
        AmendOrderRequest: {
            /**
             * @description The new limit price, on the tick grid.
             * @example 49900.00
             */
            price?: components["schemas"]["Decimal"];
            /**
             * @description The new total quantity, on the lot grid.
             * @example 0.0050
             */
            quantity?: components["schemas"]["Decimal"];
        };
        /**
         * Balance
         * @description Your balance of one asset, written with the asset's decimals. `total = available + locked`; balances never go negative.
         * @example {
         *       "asset": "USD",
         *       "total": "100000.000000",
         *       "available": "99500.000000",
         *       "locked": "500.000000"
         *     }
         */
        Balance: {
            /**
             * @description The asset.
             * @example USD
             */
            asset: components["schemas"]["Asset"];
            /**
             * @description Everything you hold of the asset.
             * @example 100000.000000
             */
            total: components["schemas"]["Decimal"];
            /**
             * @description What new orders can use.
             * @example 99500.000000
             */
            available: components["schemas"]["Decimal"];
            /**
             * @description What is held by your open orders (released on cancel, consumed on fill).
             * @example 500.000000
             */
            locked: components["schemas"]["Decimal"];
        };
        /**
         * BalanceList
         * @description Your balances.
         */
        BalanceList: {
            /**
             * @description One entry per asset the venue knows, sorted by asset (zero balances included).
             * @example [
             *       {
             *         "asset": "USD",
             *         "total": "100000.000000",
             *         "available": "99500.000000",
             *         "locked": "500.000000"
             *       }
             *     ]
             */
            data: components["schemas"]["Balance"][];
        };
        /**
         * SignedDecimal
         * @description A decimal number that may be negative (a net position, a profit or loss), written as a JSON string with an optional leading minus and otherwise the same strict form as `Decimal`.
         * @example -12.50
         * @example 0.0100
         */
        SignedDecimal: string;
        /**
         * Position
         * @description Your position in one market, derived from your executions. Prices and PnL are in the market's quote asset, written with its decimals; unrealized PnL is marked to the mid price (halfway between the best bid and the best ask).
         * @example {
         *       "market": "BTC-USD",
         *       "baseAsset": "BTC",
         *       "quoteAsset": "USD",
         *       "netQuantity": "0.0100",
         *       "averageEntryPrice": "50000.000000",
         *       "markPrice": "50100.000000",
         *       "realizedPnl": "0.000000",
         *       "unrealizedPnl": "1.000000"
         *     }
         */
        Position: {
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The asset `netQuantity` is in.
             * @example BTC
             */
            baseAsset: components["schemas"]["Asset"];
            /**
             * @description The asset prices and PnL are in.
             * @example USD
             */
            quoteAsset: components["schemas"]["Asset"];
            /**
             * @description Base quantity bought minus sold; negative when net short, `0` when flat.
             * @example 0.0100
             */
            netQuantity: components["schemas"]["SignedDecimal"];
            /**
             * @description The average cost of the open quantity; `null` when the position is flat.
             * @example 50000.000000
             */
            averageEntryPrice: components["schemas"]["Decimal"] | null;
            /**
             * @description The mid price used for unrealized PnL; `null` unless both sides of the book have orders.
             * @example 50100.000000
             */
            markPrice: components["schemas"]["Decimal"] | null;
            /**
             * @description Profit or loss locked in by reducing the position, fees excluded.
             * @example 0.000000
             */
            realizedPnl: components["schemas"]["SignedDecimal"];
            /**
             * @description Profit or loss of the open quantity at `markPrice`, fees excluded, truncated toward zero; `null` when there is no mark price.
             * @example 1.000000
             */
            unrealizedPnl: components["schemas"]["SignedDecimal"] | null;
        };
        /**
         * PositionList
         * @description Your positions.
         */
        PositionList: {
            /**
             * @description One entry per market you have traded, sorted by market symbol.
             * @example [
             *       {
             *         "market": "BTC-USD",
             *         "baseAsset": "BTC",
             *         "quoteAsset": "USD",
             *         "netQuantity": "0.0100",
             *         "averageEntryPrice": "50000.000000",
             *         "markPrice": "50100.000000",
             *         "realizedPnl": "0.000000",
             *         "unrealizedPnl": "1.000000"
             *       }
             *     ]
             */
            data: components["schemas"]["Position"][];
        };
        /**
         * ExecutionId
         * @description Identifier the venue assigns to one execution (one fill of one order). Opaque string.
         * @example 2087
         */
        ExecutionId: string;
        /**
         * Liquidity
         * @description Whether an execution added liquidity (its order was resting) or removed it.
         * @example maker
         * @enum {string}
         */
        Liquidity: "maker" | "taker";
        /**
         * Execution
         * @description One fill of one of your orders.
         * @example {
         *       "executionId": "2087",
         *       "orderId": "1042",
         *       "clientOrderId": "my-order-1",
         *       "market": "BTC-USD",
         *       "side": "buy",
         *       "price": "50000.00",
         *       "quantity": "0.0040",
         *       "quoteQuantity": "200.000000",
         *       "fee": "0.200000",
         *       "feeAsset": "USD",
         *       "liquidity": "maker",
         *       "tradeId": "981",
         *       "executedAt": "2026-11-21T12:00:01.000250Z"
         *     }
         */
        Execution: {
            /**
             * @description The execution's identifier.
             * @example 2087
             */
            executionId: components["schemas"]["ExecutionId"];
            /**
             * @description The order that filled.
             * @example 1042
             */
            orderId: components["schemas"]["OrderId"];
            /**
             * @description That order's clientOrderId, or `null` if it had none.
             * @example my-order-1
             */
            clientOrderId: components["schemas"]["ClientOrderId"] | null;
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The side of your order.
             * @example buy
             */
            side: components["schemas"]["Side"];
            /**
             * @description The price of the fill (the resting order's price).
             * @example 50000.00
             */
            price: components["schemas"]["Decimal"];
            /**
             * @description The quantity filled, in the base asset.
             * @example 0.0040
             */
            quantity: components["schemas"]["Decimal"];
            /**
             * @description Price times quantity, in the quote asset, with its decimals.
             * @example 200.000000
             */
            quoteQuantity: components["schemas"]["Decimal"];
            /**
             * @description The fee charged for this fill, in `feeAsset`, with its decimals.
             * @example 0.200000
             */
            fee: components["schemas"]["Decimal"];
            /**
             * @description The asset the fee was charged in (the market's quote asset).
             * @example USD
             */
            feeAsset: components["schemas"]["Asset"];
            /**
             * @description Whether your order was the maker or the taker.
             * @example maker
             */
            liquidity: components["schemas"]["Liquidity"];
            /**
             * @description The trade this fill belongs to (the counterparty's execution has the same one).
             * @example 981
             */
            tradeId: components["schemas"]["TradeId"];
            /**
             * @description When the fill happened.
             * @example 2026-11-21T12:00:01.000250Z
             */
            executedAt: components["schemas"]["Timestamp"];
        };
        /**
         * ExecutionPage
         * @description A page of your executions, newest first.
         */
        ExecutionPage: {
            /**
             * @description The executions, newest first.
             * @example [
             *       {
             *         "executionId": "2087",
             *         "orderId": "1042",
             *         "clientOrderId": "my-order-1",
             *         "market": "BTC-USD",
             *         "side": "buy",
             *         "price": "50000.00",
             *         "quantity": "0.0040",
             *         "quoteQuantity": "200.000000",
             *         "fee": "0.200000",
             *         "feeAsset": "USD",
             *         "liquidity": "maker",
             *         "tradeId": "981",
             *         "executedAt": "2026-11-21T12:00:01.000250Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Execution"][];
            /**
             * @description Pass as `cursor` to get the next (older) page; `null` when this is the last page.
             * @example eyJpZCI6IjEwMzAifQ
             */
            nextCursor: string | null;
        };
        /**
         * AccountId
         * @description Identifier of a trading account. Opaque string.
         * @example acc_7
         */
        AccountId: string;
        /**
         * ApiKeyId
         * @description Identifier of an API key: the value sent in the `X-API-Key` header. Opaque string, not a secret.
         * @example key_3f9a1c2e7b
         */
        ApiKeyId: string;
        /**
         * ApiKeyType
         * @description How requests made with an API key are signed.
         * @example ed25519
         * @enum {string}
         */
        ApiKeyType: "hmac" | "ed25519";
        /**
         * ApiKeyScope
         * @description A permission granted to an API key. No scope moves funds out of the venue. A call needing a scope the key lacks is answered `403 INSUFFICIENT_SCOPE`.
         * @example trade
         * @enum {string}
         */
        ApiKeyScope: "read" | "trade";
        /**
         * IpCidr
         * @description An IP address range in CIDR notation, IPv4 (`203.0.113.0/24`) or IPv6 (`2001:db8::/32`). A single address is a `/32` (IPv4) or `/128` (IPv6).
         * @example 203.0.113.0/24
         * @example 2001:db8::/32
         */
        IpCidr: string | unknown | unknown;
        /**
         * RateLimitPolicy
         * @description One rate-limit bucket.
         */
        RateLimitPolicy: {
            /**
             * @description The bucket's name, as in the `RateLimit-Policy` header.
             * @example key
             */
            name: string;
            /**
             * @description What the bucket is counted per.
             * @example apiKey
             * @enum {string}
             */
            appliesTo: "apiKey" | "ip";
            /**
             * @description The weight units allowed per window (each operation costs its `x-rate-limit-weight`).
             * @example 1200
             */
            limit: number;
            /**
             * @description The window length in seconds.
             * @example 60
             */
            windowSeconds: number;
        };
        /**
         * Account
         * @description The calling account as seen through the API key that signed the request.
         */
        Account: {
            /**
             * @description The account.
             * @example acc_7
             */
            accountId: components["schemas"]["AccountId"];
            /**
             * @description The maker fee rate in basis points (1 bp = 0.01 %), charged in the quote asset.
             * @example 10
             */
            makerFeeBps: number;
            /**
             * @description The taker fee rate in basis points, charged in the quote asset.
             * @example 20
             */
            takerFeeBps: number;
            /**
             * @description The API key that signed this request.
             * @example {
             *       "keyId": "key_3f9a1c2e7b",
             *       "type": "ed25519",
             *       "scopes": [
             *         "read",
             *         "trade"
             *       ],
             *       "allowedIps": [
             *         "203.0.113.0/24"
             *       ]
             *     }
             */
            apiKey: {
                /**
                 * @description The key's id.
                 * @example key_3f9a1c2e7b
                 */
                keyId: components["schemas"]["ApiKeyId"];
                /**
                 * @description How the key signs.
                 * @example ed25519
                 */
                type: components["schemas"]["ApiKeyType"];
                /**
                 * @description What the key may do.
                 * @example [
                 *       "read",
                 *       "trade"
                 *     ]
                 */
                scopes: components["schemas"]["ApiKeyScope"][];
                /**
                 * @description The IP ranges the key may be used from; empty means anywhere.
                 * @example [
                 *       "203.0.113.0/24"
                 *     ]
                 */
                allowedIps: components["schemas"]["IpCidr"][];
            };
            /**
             * @description The rate-limit buckets that apply to the account's requests.
             * @example [
             *       {
             *         "name": "key",
             *         "appliesTo": "apiKey",
             *         "limit": 1200,
             *         "windowSeconds": 60
             *       }
             *     ]
             */
            rateLimits: components["schemas"]["RateLimitPolicy"][];
        };
    };
    responses: {
        /** @description A rate-limit bucket is exhausted; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected server error. For order entry, look the order up by clientOrderId before resending. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The venue is starting, stopping or cannot persist right now; retry after a back-off. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The query or path parameters do not match the schema (`VALIDATION_FAILED`, one `errors[]` entry per problem). */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No market has this symbol. */
        MarketNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is not authenticated; `code` says exactly why. `TIMESTAMP_OUT_OF_WINDOW` carries the server clock in `serverTime`. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Authenticated, but the key may not do this: wrong source IP or missing scope. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The order was refused. Static checks (schema, grid, minimums, `expireAt`) record nothing and leave the clientOrderId unused; `INSUFFICIENT_FUNDS`, `MARKET_HALTED` and `POST_ONLY_WOULD_TAKE` record the order as `rejected` (look it up by clientOrderId) and consume the clientOrderId. */
        OrderRejected: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The clientOrderId was used in the last 24 hours for an order with different parameters. */
        DuplicateClientOrderId: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 64 KiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body was sent with a `Content-Type` other than `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not JSON (`MALFORMED_JSON`) or does not match the schema (`VALIDATION_FAILED`). */
        BadRequestBody: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The account has no such order (another account's order is not found either). */
        OrderNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The order is in a final status and cannot change. */
        OrderAlreadyClosed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The amendment was refused and the order is unchanged (nothing is recorded). */
        AmendRejected: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
         * @example req_01JD8Y4N7K2M
         */
        RequestId: string;
        /**
         * @description The market symbol.
         * @example BTC-USD
         */
        MarketPath: components["schemas"]["MarketSymbol"];
        /**
         * @description The most price levels per side.
         * @example 20
         */
        Depth: number;
        /**
         * @description The most items per page.
         * @example 50
         */
        Limit: number;
        /**
         * @description The `nextCursor` of the previous page; omit it for the first (newest) page. Opaque: pass it back unchanged with the same filters. A cursor that is not one the venue issued answers `400 VALIDATION_FAILED`.
         * @example eyJpZCI6IjEwMzAifQ
         */
        Cursor: string;
        /**
         * @description Only this market. An unknown symbol answers `404 MARKET_NOT_FOUND`.
         * @example BTC-USD
         */
        MarketQuery: components["schemas"]["MarketSymbol"];
        /**
         * @description `open` (status `new` or `partiallyFilled`), `closed` (any final status) or `all`. Closed orders are kept for at least 24 hours.
         * @example open
         */
        OrderStatusFilter: "open" | "closed" | "all";
        /**
         * @description The clientOrderId the order was placed with (within the last 24 hours).
         * @example my-order-1
         */
        ClientOrderIdPath: components["schemas"]["ClientOrderId"];
        /**
         * @description The venue's order id. Another account's order id answers `404 ORDER_NOT_FOUND`.
         * @example 1042
         */
        OrderIdPath: components["schemas"]["OrderId"];
        /**
         * @description Only executions of this order.
         * @example 1042
         */
        OrderIdQuery: components["schemas"]["OrderId"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's id: the one the client sent in `X-Request-Id` if it was valid (1 to 64 characters of `A-Z a-z 0-9 . _ : -`), otherwise one the venue generated. Also in every problem's `requestId` and in the venue's logs.
         * @example req_01JD8Y4N7K2M
         */
        "X-Request-Id": string;
        /**
         * @description The quota policy that applies to this request (IETF `RateLimit-Policy`, draft-ietf-httpapi-ratelimit-headers): the bucket name, `q` the quota in weight units and `w` the window in seconds. Signed requests draw on the API key's bucket `key`, public requests on the client IP's bucket `ip`, back-office requests on the operator token's bucket `operator`.
         * @example "key";q=1200;w=60
         */
        "RateLimit-Policy": string;
        /**
         * @description The state of the bucket after this request (IETF `RateLimit`): `r` the weight units remaining, `t` the seconds until the window resets.
         * @example "key";r=1187;t=42
         */
        RateLimit: string;
        /**
         * @description Seconds to wait before the bucket has room again (RFC 9110).
         * @example 12
         */
        "Retry-After": number;
        /**
         * @description `true` when the answer is the original order returned for an identical resend of its `clientOrderId` rather than a new order.
         * @example true
         */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getServerTime: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server time. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTime"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMarkets: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The markets. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMarket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The market. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Market"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrderBook: {
        parameters: {
            query?: {
                /**
                 * @description The most price levels per side.
                 * @example 20
                 */
                depth?: components["parameters"]["Depth"];
            };
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The book snapshot. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderBook"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTrades: {
        parameters: {
            query?: {
                /**
                 * @description The most items per page.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page; omit it for the first (newest) page. Opaque: pass it back unchanged with the same filters. A cursor that is not one the venue issued answers `400 VALIDATION_FAILED`.
                 * @example eyJpZCI6IjEwMzAifQ
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of trades. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTicker: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The market symbol.
                 * @example BTC-USD
                 */
                market: components["parameters"]["MarketPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticker. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticker"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTickers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tickers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TickerList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only this market. An unknown symbol answers `404 MARKET_NOT_FOUND`.
                 * @example BTC-USD
                 */
                market?: components["parameters"]["MarketQuery"];
                /**
                 * @description `open` (status `new` or `partiallyFilled`), `closed` (any final status) or `all`. Closed orders are kept for at least 24 hours.
                 * @example open
                 */
                status?: components["parameters"]["OrderStatusFilter"];
                /**
                 * @description The most items per page.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page; omit it for the first (newest) page. Opaque: pass it back unchanged with the same filters. A cursor that is not one the venue issued answers `400 VALIDATION_FAILED`.
                 * @example eyJpZCI6IjEwMzAifQ
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderRequest"];
            };
        };
        responses: {
            /** @description An idempotent replay: an order with this clientOrderId and identical parameters was placed in the last 24 hours; this is that order as it is now. Nothing new was placed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description The order was accepted and recorded. It may already have traded (`partiallyFilled`, `filled`) or ended (`expired`) by the time the answer is sent. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["OrderRejected"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MarketNotFound"];
            409: components["responses"]["DuplicateClientOrderId"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelAllOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only this market. An unknown symbol answers `404 MARKET_NOT_FOUND`.
                 * @example BTC-USD
                 */
                market?: components["parameters"]["MarketQuery"];
            };
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled orders. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanceledOrders"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    placeOrderBatch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderBatchRequest"];
            };
        };
        responses: {
            /** @description One result per order, in request order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResultList"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelOrderBatch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrderBatchRequest"];
            };
        };
        responses: {
            /** @description One result per entry, in request order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResultList"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setCancelAllAfter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelAllAfterRequest"];
            };
        };
        responses: {
            /** @description The switch's new state. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelAllAfterStatus"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrderByClientOrderId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The clientOrderId the order was placed with (within the last 24 hours).
                 * @example my-order-1
                 */
                clientOrderId: components["parameters"]["ClientOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelOrderByClientOrderId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The clientOrderId the order was placed with (within the last 24 hours).
                 * @example my-order-1
                 */
                clientOrderId: components["parameters"]["ClientOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            409: components["responses"]["OrderAlreadyClosed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The venue's order id. Another account's order id answers `404 ORDER_NOT_FOUND`.
                 * @example 1042
                 */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The venue's order id. Another account's order id answers `404 ORDER_NOT_FOUND`.
                 * @example 1042
                 */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            409: components["responses"]["OrderAlreadyClosed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    amendOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The venue's order id. Another account's order id answers `404 ORDER_NOT_FOUND`.
                 * @example 1042
                 */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendOrderRequest"];
            };
        };
        responses: {
            /** @description The amended order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["AmendRejected"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            409: components["responses"]["OrderAlreadyClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBalances: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balances. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPositions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The positions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExecutions: {
        parameters: {
            query?: {
                /**
                 * @description Only this market. An unknown symbol answers `404 MARKET_NOT_FOUND`.
                 * @example BTC-USD
                 */
                market?: components["parameters"]["MarketQuery"];
                /**
                 * @description Only executions of this order.
                 * @example 1042
                 */
                orderId?: components["parameters"]["OrderIdQuery"];
                /**
                 * @description The most items per page.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page; omit it for the first (newest) page. Opaque: pass it back unchanged with the same filters. A cursor that is not one the venue issued answers `400 VALIDATION_FAILED`.
                 * @example eyJpZCI6IjEwMzAifQ
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of executions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MarketNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your id for this request, echoed in the `X-Request-Id` response header and in problems. If it is missing or not 1 to 64 characters of `A-Z a-z 0-9 . _ : -`, the venue generates one instead (it is never a reason to reject the request). Not part of the signature.
                 * @example req_01JD8Y4N7K2M
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
