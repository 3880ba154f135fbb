// Generated from spec/admin/openapi.yaml by generators/openapi/types.ts — do not edit.
export interface paths {
    "/admin/v1/accounts": {
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
         * Create an account
         * @description Creates a trading account with the given (or the default) maker and taker fees and no balances. Fund it with `createDeposit` and give it keys with `createApiKey`.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}": {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an account
         * @description Answers one account with its fees and balances.
         */
        get: operations["getAccountById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/deposits": {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit a deposit
         * @description Credits an amount of an asset to the account's available balance, durably, before answering. Not idempotent: a retry after a lost answer credits again, so check the balance (`getAccountById`) before retrying.
         */
        post: operations["createDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/api-keys": {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        /**
         * List API keys
         * @description Answers the account's keys, active and revoked, oldest first. Secrets are never shown.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key for the account with the given scopes and optional IP allowlist. For an `ed25519` key the client supplies its public key and keeps the private key (recommended: the venue never holds anything that can sign). For an `hmac` key the venue generates a random secret and returns it in this answer only: it is never shown again and never logged.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/api-keys/{keyId}": {
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
                 * @description The API key's id.
                 * @example key_3f9a1c2e7b
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key at once: every later request signed with it answers `401 API_KEY_REVOKED`, and WebSocket and FIX sessions logged in with it are closed. Revoking is final (create a new key instead) and idempotent: revoking a revoked key answers it unchanged.
         */
        delete: operations["revokeApiKey"];
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
         * CreateAccountRequest
         * @description A new trading account. Every property is optional; an empty object creates an account with the default fees.
         */
        CreateAccountRequest: {
            /**
             * @description A label for operators.
             * @example Acme Trading desk 1
             */
            name?: string;
            /**
             * @description The maker fee rate in basis points. Defaults to the venue's default (10 in the demo).
             * @example 10
             */
            makerFeeBps?: number;
            /**
             * @description The taker fee rate in basis points. Defaults to the venue's default (20 in the demo).
             * @example 20
             */
            takerFeeBps?: number;
        };
        /**
         * AccountId
         * @description Identifier of a trading account. Opaque string.
         * @example acc_7
         */
        AccountId: string;
        /**
         * Timestamp
         * Format: date-time
         * @description An instant as an RFC 3339 string in UTC (`Z`), always with exactly six fractional digits (microseconds), as every OpenVenue timestamp is written.
         * @example 2026-11-21T12:00:00.123456Z
         */
        Timestamp: string;
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
         * AdminAccount
         * @description A trading account as the back office sees it, with its balances.
         */
        AdminAccount: {
            /**
             * @description The account's id, assigned by the venue.
             * @example acc_7
             */
            accountId: components["schemas"]["AccountId"];
            /**
             * @description A label for operators; `null` when none was given.
             * @example Acme Trading desk 1
             */
            name: string | null;
            /**
             * @description The maker fee rate in basis points (1 bp = 0.01 %).
             * @example 10
             */
            makerFeeBps: number;
            /**
             * @description The taker fee rate in basis points.
             * @example 20
             */
            takerFeeBps: number;
            /**
             * @description When the account was created.
             * @example 2026-11-21T11:00:00.000000Z
             */
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description The account's balance of every asset, sorted by asset.
             * @example [
             *       {
             *         "asset": "USD",
             *         "total": "100000.000000",
             *         "available": "100000.000000",
             *         "locked": "0.000000"
             *       }
             *     ]
             */
            balances: components["schemas"]["Balance"][];
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
         * CreateDepositRequest
         * @description Credits an amount of an asset to an account (funds arriving from outside the venue).
         */
        CreateDepositRequest: {
            /**
             * @description The asset credited. An asset the venue does not list answers `404 ASSET_NOT_FOUND`.
             * @example USD
             */
            asset: components["schemas"]["Asset"];
            /**
             * @description The amount, greater than zero, with at most the asset's decimals (USD 6, BTC 8, ETH 8 in the demo) (`VALUE_OUT_OF_RANGE` otherwise).
             * @example 100000.00
             */
            amount: components["schemas"]["Decimal"];
        };
        /**
         * Deposit
         * @description A credited deposit and the balance it produced.
         */
        Deposit: {
            /**
             * @description The account credited.
             * @example acc_7
             */
            accountId: components["schemas"]["AccountId"];
            /**
             * @description The asset credited.
             * @example USD
             */
            asset: components["schemas"]["Asset"];
            /**
             * @description The amount credited.
             * @example 100000.000000
             */
            amount: components["schemas"]["Decimal"];
            /**
             * @description The account's balance of the asset after the deposit.
             * @example {
             *       "asset": "USD",
             *       "total": "100000.000000",
             *       "available": "100000.000000",
             *       "locked": "0.000000"
             *     }
             */
            balanceAfter: components["schemas"]["Balance"];
            /**
             * @description When the deposit was credited.
             * @example 2026-11-21T11:00:01.000000Z
             */
            createdAt: components["schemas"]["Timestamp"];
        };
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
         * Ed25519PublicKey
         * @description An Ed25519 public key, the raw 32 bytes in base64 (standard alphabet, with padding).
         * @example ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=
         */
        Ed25519PublicKey: string;
        /**
         * ApiKey
         * @description An API key, without any secret.
         */
        ApiKey: {
            /**
             * @description The key id (the `X-API-Key` header value).
             * @example key_3f9a1c2e7b
             */
            keyId: components["schemas"]["ApiKeyId"];
            /**
             * @description The account the key acts for.
             * @example acc_7
             */
            accountId: components["schemas"]["AccountId"];
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
            /**
             * @description The key's label, or `null`.
             * @example market maker primary
             */
            label: string | null;
            /**
             * @description The Ed25519 public key; `null` for HMAC keys.
             * @example ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=
             */
            publicKey: components["schemas"]["Ed25519PublicKey"] | null;
            /**
             * @description Whether the key can be used.
             * @example active
             * @enum {string}
             */
            status: "active" | "revoked";
            /**
             * @description When the key was created.
             * @example 2026-11-21T11:00:02.000000Z
             */
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description When the key was revoked; `null` while active.
             * @example null
             */
            revokedAt: components["schemas"]["Timestamp"] | null;
        };
        /**
         * ApiKeyList
         * @description An account's API keys, active and revoked, oldest first. Secrets are never shown.
         */
        ApiKeyList: {
            /**
             * @description The keys.
             * @example [
             *       {
             *         "keyId": "key_3f9a1c2e7b",
             *         "accountId": "acc_7",
             *         "type": "ed25519",
             *         "scopes": [
             *           "read",
             *           "trade"
             *         ],
             *         "allowedIps": [
             *           "203.0.113.0/24"
             *         ],
             *         "label": "market maker primary",
             *         "publicKey": "ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=",
             *         "status": "active",
             *         "createdAt": "2026-11-21T11:00:02.000000Z",
             *         "revokedAt": null
             *       }
             *     ]
             */
            data: components["schemas"]["ApiKey"][];
        };
        /**
         * CreateHmacKeyRequest
         * @description An HMAC-SHA256 key. The venue generates a secret and returns it once, in the creation answer.
         */
        CreateHmacKeyRequest: {
            /**
             * @description Always `hmac` for this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CreateHmacKeyRequest";
            /**
             * @description What the key may do (`read`, `trade`). Nothing moves funds out of the venue.
             * @example [
             *       "read",
             *       "trade"
             *     ]
             */
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * @description The IP ranges the key may be used from; omitted or empty means anywhere.
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedIps?: components["schemas"]["IpCidr"][];
            /**
             * @description A label for operators and the account holder.
             * @example market maker primary
             */
            label?: string;
        };
        /**
         * CreateEd25519KeyRequest
         * @description An Ed25519 key (recommended). The client generates the key pair and supplies the public key.
         */
        CreateEd25519KeyRequest: {
            /**
             * @description Always `ed25519` for this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "CreateEd25519KeyRequest";
            /**
             * @description What the key may do (`read`, `trade`). Nothing moves funds out of the venue.
             * @example [
             *       "read",
             *       "trade"
             *     ]
             */
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * @description The IP ranges the key may be used from; omitted or empty means anywhere.
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedIps?: components["schemas"]["IpCidr"][];
            /**
             * @description A label for operators and the account holder.
             * @example market maker primary
             */
            label?: string;
            /**
             * @description The key's public half; the venue never sees the private key.
             * @example ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=
             */
            publicKey: components["schemas"]["Ed25519PublicKey"];
        };
        /**
         * CreateApiKeyRequest
         * @description A new API key for the account: HMAC (the venue generates the secret and returns it once) or Ed25519 (the client keeps the private key and supplies the public key), told apart by `type`.
         */
        CreateApiKeyRequest: components["schemas"]["CreateHmacKeyRequest"] | components["schemas"]["CreateEd25519KeyRequest"];
        /**
         * CreatedApiKey
         * @description A newly created key. For an HMAC key, `secret` is the shared secret: it is shown this once, never logged, and cannot be retrieved again (create a new key if it is lost). For an Ed25519 key `secret` is `null`.
         */
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The HMAC secret (shown once), or `null` for an Ed25519 key.
             * @example kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA
             */
            secret: string | null;
        };
    };
    responses: {
        /** @description The body is not JSON (`MALFORMED_JSON`) or does not match the schema (`VALIDATION_FAILED`). */
        AdminBadRequest: {
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
        /** @description The `Authorization: Bearer` operator token is missing or wrong. */
        InvalidOperatorToken: {
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
        AdminPayloadTooLarge: {
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
        AdminUnsupportedMediaType: {
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
        /** @description The operator bucket is exhausted; retry after `Retry-After` seconds. */
        AdminTooManyRequests: {
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
        /** @description An unexpected server error. */
        AdminInternalError: {
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
        AdminServiceUnavailable: {
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
        /** @description A path parameter does not match the schema (`VALIDATION_FAILED`). */
        AdminValidationFailed: {
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
        /** @description No account has this id. */
        AccountNotFound: {
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
        /** @description The body is not JSON (`MALFORMED_JSON`), does not match the schema (`VALIDATION_FAILED`), or the amount is zero or has more decimals than the asset (`VALUE_OUT_OF_RANGE`). */
        DepositRejected: {
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
        /** @description No account has this id, or the venue does not list the asset. */
        AccountOrAssetNotFound: {
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
        /** @description No API key has this id. */
        ApiKeyNotFound: {
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
         * @description The account's id.
         * @example acc_7
         */
        AccountIdPath: components["schemas"]["AccountId"];
        /**
         * @description The API key's id.
         * @example key_3f9a1c2e7b
         */
        KeyIdPath: components["schemas"]["ApiKeyId"];
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
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAccount: {
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
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The new account. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["InvalidOperatorToken"];
            413: components["responses"]["AdminPayloadTooLarge"];
            415: components["responses"]["AdminUnsupportedMediaType"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
    getAccountById: {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
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
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            400: components["responses"]["AdminValidationFailed"];
            401: components["responses"]["InvalidOperatorToken"];
            404: components["responses"]["AccountNotFound"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
    createDeposit: {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepositRequest"];
            };
        };
        responses: {
            /** @description The deposit and the resulting balance. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            400: components["responses"]["DepositRejected"];
            401: components["responses"]["InvalidOperatorToken"];
            404: components["responses"]["AccountOrAssetNotFound"];
            413: components["responses"]["AdminPayloadTooLarge"];
            415: components["responses"]["AdminUnsupportedMediaType"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
    listApiKeys: {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["AdminValidationFailed"];
            401: components["responses"]["InvalidOperatorToken"];
            404: components["responses"]["AccountNotFound"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
    createApiKey: {
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
                 * @description The account's id.
                 * @example acc_7
                 */
                accountId: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key; for HMAC, with its secret, shown this once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["InvalidOperatorToken"];
            404: components["responses"]["AccountNotFound"];
            413: components["responses"]["AdminPayloadTooLarge"];
            415: components["responses"]["AdminUnsupportedMediaType"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
    revokeApiKey: {
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
                 * @description The API key's id.
                 * @example key_3f9a1c2e7b
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["AdminValidationFailed"];
            401: components["responses"]["InvalidOperatorToken"];
            404: components["responses"]["ApiKeyNotFound"];
            429: components["responses"]["AdminTooManyRequests"];
            500: components["responses"]["AdminInternalError"];
            503: components["responses"]["AdminServiceUnavailable"];
        };
    };
}
