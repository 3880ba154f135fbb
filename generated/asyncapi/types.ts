// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * RequestId
         * @description The client's identifier for a request, echoed unchanged in the reply's `id` so the client can match the two: a string of 1 to 64 characters of `A-Z a-z 0-9 _ . : -`, or a non-negative safe integer. The server does not interpret it and does not require it to be unique, but a client that reuses an id while a request with that id is still unanswered cannot tell the replies apart.
         * @example 42
         * @example place-7f3a
         */
        RequestId: string | number;
        /**
         * ApiKeyId
         * @description Identifier of an API key: the value sent in the `X-API-Key` header. Opaque string, not a secret.
         * @example key_3f9a1c2e7b
         */
        ApiKeyId: string;
        /**
         * ReplyId
         * @description The `id` of the request this message answers, exactly as the client sent it (same JSON type), or `null` when the request had no `id` or could not be read (`MALFORMED_JSON`, or a `VALIDATION_FAILED` whose `id` itself was invalid).
         * @example 42
         * @example null
         */
        ReplyId: components["schemas"]["RequestId"] | null;
        /**
         * AccountId
         * @description Identifier of a trading account. Opaque string.
         * @example acc_7
         */
        AccountId: string;
        /**
         * ApiKeyScope
         * @description A permission granted to an API key. No scope moves funds out of the venue. A call needing a scope the key lacks is answered `403 INSUFFICIENT_SCOPE`.
         * @example trade
         * @enum {string}
         */
        ApiKeyScope: "read" | "trade";
        /**
         * Timestamp
         * Format: date-time
         * @description An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.
         * @example 2026-11-21T12:00:00.123456Z
         */
        Timestamp: string;
        /**
         * StreamChannel
         * @description A stream a connection can subscribe to. `book`, `trades` and `ticker` are public and per market; `orders`, `executions` and `balances` are private (they need a successful `login` with a key that has the `read` scope) and cover the whole account.
         * @example book
         * @enum {string}
         */
        StreamChannel: "book" | "trades" | "ticker" | "orders" | "executions" | "balances";
        /**
         * MarketSymbol
         * @description A market (spot pair) symbol: the base asset, a hyphen, the quote asset, in upper case.
         * @example BTC-USD
         * @example ETH-BTC
         */
        MarketSymbol: string;
        /**
         * MarketSymbolList
         * @description One or more market symbols, each at most once.
         * @example [
         *       "BTC-USD",
         *       "ETH-USD"
         *     ]
         */
        MarketSymbolList: components["schemas"]["MarketSymbol"][];
        /**
         * SubscribeRequest
         * @description Start receiving a channel. `markets` only for the public channels; omitted, it means every market listed now.
         * @example {
         *       "op": "subscribe",
         *       "id": 2,
         *       "channel": "book",
         *       "markets": [
         *         "BTC-USD"
         *       ]
         *     }
         */
        SubscribeRequest: {
            /**
             * @description Always `subscribe`.
             * @constant
             */
            op: "subscribe";
            /** @description Echoed in the reply. */
            id?: components["schemas"]["RequestId"];
            /** @description The channel. */
            channel: components["schemas"]["StreamChannel"];
            /** @description The markets (public channels only). */
            markets?: components["schemas"]["MarketSymbolList"];
        };
        /**
         * SubscriptionResult
         * @description What a subscribe or unsubscribe request changed.
         * @example {
         *       "channel": "book",
         *       "markets": [
         *         "BTC-USD",
         *         "ETH-USD"
         *       ]
         *     }
         */
        SubscriptionResult: {
            /** @description The channel. */
            channel: components["schemas"]["StreamChannel"];
            /** @description For a public channel, the markets the request covered (all markets listed at that moment when the request named none); `null` for a private channel. */
            markets: components["schemas"]["MarketSymbolList"] | null;
        };
        /**
         * UnsubscribeRequest
         * @description Stop receiving a channel. `markets` only for the public channels; omitted, it means every market.
         * @example {
         *       "op": "unsubscribe",
         *       "id": 2,
         *       "channel": "book",
         *       "markets": [
         *         "BTC-USD"
         *       ]
         *     }
         */
        UnsubscribeRequest: {
            /**
             * @description Always `unsubscribe`.
             * @constant
             */
            op: "unsubscribe";
            /** @description Echoed in the reply. */
            id?: components["schemas"]["RequestId"];
            /** @description The channel. */
            channel: components["schemas"]["StreamChannel"];
            /** @description The markets (public channels only). */
            markets?: components["schemas"]["MarketSymbolList"];
        };
        /**
         * ClientOp
         * @description The operation a client message asks for (its `op`), as echoed in error replies. The list is that of release 1.0.0 and declared extensible: operations added later (`setCancelAllAfter`, 1.1.0) are not echoed while 1.0.0 is supported, since a client validating replies against 1.0.0 would reject a value it has never seen; their error replies carry `op` `null`. Match replies by `id`, and treat an unknown value as a known operation you did not send.
         * @example placeOrder
         * @enum {string}
         */
        ClientOp: "login" | "subscribe" | "unsubscribe" | "ping" | "placeOrder" | "cancelOrder" | "amendOrder" | "cancelAllOrders";
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
         * Side
         * @description The side of an order or execution. `buy` acquires the base asset, `sell` gives it up.
         * @example buy
         * @enum {string}
         */
        Side: "buy" | "sell";
        /**
         * Decimal
         * @description A non-negative decimal number written as a JSON string, never a JSON number, so that no floating point ever touches a price, quantity, amount or fee. Plain digits with an optional fractional part: no sign, no exponent, no leading zeros, no leading or trailing dot. Prices are written with the market's tick decimals (`"50000.10"`), quantities with its lot decimals (`"0.0100"`). A value off the market's grid is rejected (`PRICE_NOT_ON_TICK`, `QUANTITY_NOT_ON_LOT`), never rounded.
         * @example 50000.10
         * @example 0.0100
         * @example 0
         */
        Decimal: string;
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
         * ClientOrderId
         * @description The client's own identifier for an order: 1 to 36 characters of `A-Z a-z 0-9 _ -`. Unique per account for 24 hours (not just among open orders). Resending an order with the same `clientOrderId` and identical parameters returns the original order instead of placing a new one; with different parameters it is rejected with `DUPLICATE_CLIENT_ORDER_ID`. An order can be looked up and canceled by it while it is open and for 24 hours after it was placed; after that the identifier is free again (lookups by it answer `ORDER_NOT_FOUND`) and the order stays reachable by its `orderId`.
         * @example my-order-1
         */
        ClientOrderId: string;
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
         * OrderId
         * @description Identifier the venue assigns to an order. Opaque: compare it as a string, never parse it.
         * @example 1042
         */
        OrderId: string;
        /**
         * OrderType
         * @description The order type.
         * @example limit
         * @enum {string}
         */
        OrderType: "limit" | "market";
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
         * BookUpdate
         * @description The levels of one market's book that changed since the previous book message, with the book's new `seq` (exactly one more than the previous message's) and the `checksum` of the book after the change. Each level carries the new total quantity at that price (not a delta); quantity `"0"` removes the level. Apply every level, then compare the checksum.
         * @example {
         *       "market": "BTC-USD",
         *       "seq": 184468,
         *       "checksum": 733457629,
         *       "bids": [
         *         [
         *           "49999.50",
         *           "0"
         *         ]
         *       ],
         *       "asks": [
         *         [
         *           "50000.10",
         *           "0.0800"
         *         ],
         *         [
         *           "50000.50",
         *           "0.3000"
         *         ]
         *       ],
         *       "updatedAt": "2026-11-21T12:00:02.500000Z"
         *     }
         */
        BookUpdate: {
            /**
             * @description The market.
             * @example BTC-USD
             */
            market: components["schemas"]["MarketSymbol"];
            /**
             * @description The market's book sequence number after this update (previous message's `seq` + 1).
             * @example 184468
             */
            seq: components["schemas"]["SequenceNumber"];
            /**
             * @description CRC-32 of the top 10 levels per side of the book after this update.
             * @example 733457629
             */
            checksum: components["schemas"]["BookChecksum"];
            /**
             * @description Changed bid levels (possibly none), highest price first.
             * @example [
             *       [
             *         "49999.50",
             *         "0"
             *       ]
             *     ]
             */
            bids: components["schemas"]["BookLevel"][];
            /**
             * @description Changed ask levels (possibly none), lowest price first.
             * @example [
             *       [
             *         "50000.10",
             *         "0.0800"
             *       ],
             *       [
             *         "50000.50",
             *         "0.3000"
             *       ]
             *     ]
             */
            asks: components["schemas"]["BookLevel"][];
            /**
             * @description When the change happened in the matching engine.
             * @example 2026-11-21T12:00:02.500000Z
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
         * PrivateSeq
         * @description Sequence number of a private channel message on this connection: each private channel (`orders`, `executions`, `balances`) has its own counter per connection, the first message the channel sends on the connection carries 1 and every later one exactly 1 more, across unsubscribe and resubscribe. The server never skips or drops a message (it closes a slow connection instead), so a gap means the stream is broken: reconnect and reconcile over REST.
         * @example 17
         */
        PrivateSeq: number;
        /**
         * ExecutionId
         * @description Identifier the venue assigns to one execution (one fill of one order). Opaque string.
         * @example 2087
         */
        ExecutionId: string;
        /**
         * Asset
         * @description An asset (currency) code in upper case.
         * @example BTC
         * @example USD
         */
        Asset: string;
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
        "message.amendOrder": {
            /**
             * @description Always `amendOrder`.
             * @constant
             */
            op: "amendOrder";
            /** @description Required for order entry; echoed in the reply. */
            id: components["schemas"]["RequestId"];
            /** @description The venue's id of the order. */
            orderId?: components["schemas"]["OrderId"];
            /** @description Your id of the order. */
            clientOrderId?: components["schemas"]["ClientOrderId"];
            /** @description The new price and/or quantity. */
            changes: components["schemas"]["AmendOrderRequest"];
        } & ({
            orderId: components["schemas"]["OrderId"];
        } | {
            clientOrderId: components["schemas"]["ClientOrderId"];
        });
        "message.cancelAllOrders": {
            /**
             * @description Always `cancelAllOrders`.
             * @constant
             */
            op: "cancelAllOrders";
            /** @description Required for order entry; echoed in the reply. */
            id: components["schemas"]["RequestId"];
            /** @description Only this market's orders; all markets when omitted. */
            market?: components["schemas"]["MarketSymbol"];
        };
        "message.cancelOrder": {
            /**
             * @description Always `cancelOrder`.
             * @constant
             */
            op: "cancelOrder";
            /** @description Required for order entry; echoed in the reply. */
            id: components["schemas"]["RequestId"];
            /** @description The venue's id of the order. */
            orderId?: components["schemas"]["OrderId"];
            /** @description Your id of the order. */
            clientOrderId?: components["schemas"]["ClientOrderId"];
        } & ({
            orderId: components["schemas"]["OrderId"];
        } | {
            clientOrderId: components["schemas"]["ClientOrderId"];
        });
        "message.login": {
            /**
             * @description Always `login`.
             * @constant
             */
            op: "login";
            /** @description Echoed in the reply. */
            id?: components["schemas"]["RequestId"];
            /** @description The API key id (what REST sends in `X-API-Key`). */
            key: components["schemas"]["ApiKeyId"];
            /**
             * @description Unix epoch milliseconds, the same unit as REST's `X-API-Timestamp`. The prehash uses its plain decimal digits (`1767225600000`).
             * @example 1767225600000
             */
            timestamp: number;
            /**
             * @description Base64 (with padding) of HMAC-SHA256(secret, prehash) for an HMAC key (44 characters) or of Ed25519-sign(prehash) for an Ed25519 key (88 characters).
             * @example HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44=
             */
            signature: string;
            /**
             * @description When true, every order placed through this connection that is still open when the connection closes (for any reason: client close, network loss, slow consumer, server shutdown) is canceled with `cancelReason` `disconnect`. A venue crash is the exception: recovery restores acknowledged orders as they were.
             * @default false
             */
            cancelOnDisconnect: boolean;
        };
        "message.ping": {
            /**
             * @description Always `ping`.
             * @constant
             */
            op: "ping";
            /** @description Echoed in the reply. */
            id?: components["schemas"]["RequestId"];
        };
        "message.placeOrder": {
            /**
             * @description Always `placeOrder`.
             * @constant
             */
            op: "placeOrder";
            /** @description Required for order entry; echoed in the reply. */
            id: components["schemas"]["RequestId"];
            /** @description The order, as in the body of `POST /v1/orders` (a limit or a market order). */
            order: components["schemas"]["PlaceOrderRequest"];
        };
        "message.setCancelAllAfter": {
            /**
             * @description Always `setCancelAllAfter`.
             * @constant
             */
            op: "setCancelAllAfter";
            /** @description Required for order entry; echoed in the reply. */
            id: components["schemas"]["RequestId"];
            /**
             * @description Cancel all the account's open orders if the switch is not set again within this many milliseconds (at most 10 minutes). `0` disarms the switch.
             * @example 60000
             */
            timeoutMs: number;
        };
        "message.subscribe": components["schemas"]["SubscribeRequest"];
        "message.unsubscribe": components["schemas"]["UnsubscribeRequest"];
        "message.amendOrderReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "amendOrder";
            /** @description The order after the change. */
            result: components["schemas"]["Order"];
        };
        "message.balancesSnapshot": {
            /**
             * @description Always `balances`.
             * @constant
             */
            channel: "balances";
            /**
             * @description Always `snapshot`.
             * @constant
             */
            type: "snapshot";
            seq: components["schemas"]["PrivateSeq"];
            /** @description One balance per asset the account holds or has held. */
            data: components["schemas"]["Balance"][];
        };
        "message.balancesUpdate": {
            /**
             * @description Always `balances`.
             * @constant
             */
            channel: "balances";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            seq: components["schemas"]["PrivateSeq"];
            /** @description The changed balances. */
            data: components["schemas"]["Balance"][];
        };
        "message.bookSnapshot": {
            /**
             * @description Always `book`.
             * @constant
             */
            channel: "book";
            /**
             * @description Always `snapshot`.
             * @constant
             */
            type: "snapshot";
            /** @description The book. */
            data: components["schemas"]["OrderBook"];
        };
        "message.bookUpdate": {
            /**
             * @description Always `book`.
             * @constant
             */
            channel: "book";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            /** @description The changed levels. */
            data: components["schemas"]["BookUpdate"];
        };
        "message.cancelAllOrdersReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "cancelAllOrders";
            /** @description Every order this request canceled (an empty list if none was open). */
            result: components["schemas"]["CanceledOrders"];
        };
        "message.cancelOrderReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "cancelOrder";
            /** @description The order, now `canceled` with `cancelReason` `user`. */
            result: components["schemas"]["Order"];
        };
        "message.errorReply": {
            id: components["schemas"]["ReplyId"];
            /** @description The request's `op`, or `null` when it could not be read, is not a known operation, or is one added after 1.0.0 (`setCancelAllAfter`; see `ClientOp`). */
            op: components["schemas"]["ClientOp"] | null;
            /** @description What went wrong. */
            error: components["schemas"]["Problem"];
        };
        "message.executions": {
            /**
             * @description Always `executions`.
             * @constant
             */
            channel: "executions";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            seq: components["schemas"]["PrivateSeq"];
            /** @description The fill. */
            data: components["schemas"]["Execution"];
        };
        "message.loginReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "login";
            /** @description The session now established. */
            result: {
                /** @description The account the key belongs to. */
                accountId: components["schemas"]["AccountId"];
                /** @description The key the session logged in with. */
                keyId: components["schemas"]["ApiKeyId"];
                /** @description The key's scopes. */
                scopes: components["schemas"]["ApiKeyScope"][];
                /** @description Whether cancel-on-disconnect is armed for this connection. */
                cancelOnDisconnect: boolean;
                /** @description The server clock when the login was accepted. */
                serverTime: components["schemas"]["Timestamp"];
            };
        };
        "message.ordersSnapshot": {
            /**
             * @description Always `orders`.
             * @constant
             */
            channel: "orders";
            /**
             * @description Always `snapshot`.
             * @constant
             */
            type: "snapshot";
            seq: components["schemas"]["PrivateSeq"];
            /** @description The open orders, oldest first. */
            data: components["schemas"]["Order"][];
        };
        "message.ordersUpdate": {
            /**
             * @description Always `orders`.
             * @constant
             */
            channel: "orders";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            seq: components["schemas"]["PrivateSeq"];
            /** @description The order as it is now. */
            data: components["schemas"]["Order"];
        };
        "message.placeOrderReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "placeOrder";
            /** @description True if the order already existed with this `clientOrderId` and identical parameters. */
            replayed: boolean;
            /** @description The order. */
            result: components["schemas"]["Order"];
        };
        "message.pong": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "ping";
            /** @description The server's answer. */
            result: {
                /** @description The server clock when the ping was answered. */
                serverTime: components["schemas"]["Timestamp"];
            };
        };
        "message.setCancelAllAfterReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "setCancelAllAfter";
            /** @description The state of the switch after the request, as REST answers it. */
            result: components["schemas"]["CancelAllAfterStatus"];
        };
        "message.subscribeReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "subscribe";
            result: components["schemas"]["SubscriptionResult"];
        };
        "message.ticker": {
            /**
             * @description Always `ticker`.
             * @constant
             */
            channel: "ticker";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            /** @description The ticker. */
            data: components["schemas"]["Ticker"];
        };
        "message.trades": {
            /**
             * @description Always `trades`.
             * @constant
             */
            channel: "trades";
            /**
             * @description Always `update`.
             * @constant
             */
            type: "update";
            /** @description The trades, oldest first, all of the same market. */
            data: components["schemas"]["Trade"][];
        };
        "message.unsubscribeReply": {
            id: components["schemas"]["ReplyId"];
            /**
             * @description The request's `op`.
             * @constant
             */
            op: "unsubscribe";
            result: components["schemas"]["SubscriptionResult"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
