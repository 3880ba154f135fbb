// Generated from spec/openapi/openapi.yaml by generators/openapi/sdk.ts — do not edit.
import createClient, { type Client, type ClientOptions, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './types.ts';

export type ApiClient = Client<paths>;

/** The server base path; openapi-fetch's `baseUrl` is the origin followed by it. */
export const basePath = "";

export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>(options);
}

/** Resource methods over an openapi-fetch client, one per operation. */
export function createResources(client: ApiClient) {
  return {
    account: {
      /** GET /v1/account: Get the account */
      getAccount: (init?: MaybeOptionalInit<paths["/v1/account"], "get">) => client.GET("/v1/account", init),
      /** GET /v1/balances: List balances */
      listBalances: (init?: MaybeOptionalInit<paths["/v1/balances"], "get">) => client.GET("/v1/balances", init),
      /** GET /v1/executions: List executions */
      listExecutions: (init?: MaybeOptionalInit<paths["/v1/executions"], "get">) => client.GET("/v1/executions", init),
      /** GET /v1/positions: List positions */
      listPositions: (init?: MaybeOptionalInit<paths["/v1/positions"], "get">) => client.GET("/v1/positions", init),
    },
    marketData: {
      /** GET /v1/markets/:market: Get a market */
      getMarket: (init: MaybeOptionalInit<paths["/v1/markets/{market}"], "get">) => client.GET("/v1/markets/{market}", init),
      /** GET /v1/markets/:market/book: Get the order book */
      getOrderBook: (init: MaybeOptionalInit<paths["/v1/markets/{market}/book"], "get">) => client.GET("/v1/markets/{market}/book", init),
      /** GET /v1/markets/:market/ticker: Get a ticker */
      getTicker: (init: MaybeOptionalInit<paths["/v1/markets/{market}/ticker"], "get">) => client.GET("/v1/markets/{market}/ticker", init),
      /** GET /v1/markets: List markets */
      listMarkets: (init?: MaybeOptionalInit<paths["/v1/markets"], "get">) => client.GET("/v1/markets", init),
      /** GET /v1/tickers: List tickers */
      listTickers: (init?: MaybeOptionalInit<paths["/v1/tickers"], "get">) => client.GET("/v1/tickers", init),
      /** GET /v1/markets/:market/trades: List public trades */
      listTrades: (init: MaybeOptionalInit<paths["/v1/markets/{market}/trades"], "get">) => client.GET("/v1/markets/{market}/trades", init),
    },
    orders: {
      /** PATCH /v1/orders/:orderId: Amend an order */
      amendOrder: (init: MaybeOptionalInit<paths["/v1/orders/{orderId}"], "patch">) => client.PATCH("/v1/orders/{orderId}", init),
      /** DELETE /v1/orders: Cancel all orders */
      cancelAllOrders: (init?: MaybeOptionalInit<paths["/v1/orders"], "delete">) => client.DELETE("/v1/orders", init),
      /** DELETE /v1/orders/:orderId: Cancel an order */
      cancelOrder: (init: MaybeOptionalInit<paths["/v1/orders/{orderId}"], "delete">) => client.DELETE("/v1/orders/{orderId}", init),
      /** POST /v1/orders/cancel-batch: Cancel a batch of orders */
      cancelOrderBatch: (init: MaybeOptionalInit<paths["/v1/orders/cancel-batch"], "post">) => client.POST("/v1/orders/cancel-batch", init),
      /** DELETE /v1/orders/by-client-id/:clientOrderId: Cancel an order by clientOrderId */
      cancelOrderByClientOrderId: (init: MaybeOptionalInit<paths["/v1/orders/by-client-id/{clientOrderId}"], "delete">) => client.DELETE("/v1/orders/by-client-id/{clientOrderId}", init),
      /** GET /v1/orders/:orderId: Get an order */
      getOrder: (init: MaybeOptionalInit<paths["/v1/orders/{orderId}"], "get">) => client.GET("/v1/orders/{orderId}", init),
      /** GET /v1/orders/by-client-id/:clientOrderId: Get an order by clientOrderId */
      getOrderByClientOrderId: (init: MaybeOptionalInit<paths["/v1/orders/by-client-id/{clientOrderId}"], "get">) => client.GET("/v1/orders/by-client-id/{clientOrderId}", init),
      /** GET /v1/orders: List orders */
      listOrders: (init?: MaybeOptionalInit<paths["/v1/orders"], "get">) => client.GET("/v1/orders", init),
      /** POST /v1/orders: Place an order */
      placeOrder: (init: MaybeOptionalInit<paths["/v1/orders"], "post">) => client.POST("/v1/orders", init),
      /** POST /v1/orders/batch: Place a batch of orders */
      placeOrderBatch: (init: MaybeOptionalInit<paths["/v1/orders/batch"], "post">) => client.POST("/v1/orders/batch", init),
      /** POST /v1/orders/cancel-all-after: Set the dead man's switch */
      setCancelAllAfter: (init: MaybeOptionalInit<paths["/v1/orders/cancel-all-after"], "post">) => client.POST("/v1/orders/cancel-all-after", init),
    },
    system: {
      /** GET /v1/time: Get the server time */
      getServerTime: (init?: MaybeOptionalInit<paths["/v1/time"], "get">) => client.GET("/v1/time", init),
    },
  } as const;
}

export type Resources = ReturnType<typeof createResources>;
