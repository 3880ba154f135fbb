// Generated from spec/openapi/openapi.yaml by generators/openapi/router.ts — do not edit.
import { notImplemented } from '../runtime/http.ts';
import type { Handlers } from './router.ts';

/** A starting point for a new server: every operation answers 501 NOT_IMPLEMENTED. */
export function createStubHandlers<Auth = unknown>(): Handlers<Auth> {
  return {
    amendOrder: () => notImplemented("amendOrder"),
    cancelAllOrders: () => notImplemented("cancelAllOrders"),
    cancelOrder: () => notImplemented("cancelOrder"),
    cancelOrderBatch: () => notImplemented("cancelOrderBatch"),
    cancelOrderByClientOrderId: () => notImplemented("cancelOrderByClientOrderId"),
    getAccount: () => notImplemented("getAccount"),
    getMarket: () => notImplemented("getMarket"),
    getOrder: () => notImplemented("getOrder"),
    getOrderBook: () => notImplemented("getOrderBook"),
    getOrderByClientOrderId: () => notImplemented("getOrderByClientOrderId"),
    getServerTime: () => notImplemented("getServerTime"),
    getTicker: () => notImplemented("getTicker"),
    listBalances: () => notImplemented("listBalances"),
    listExecutions: () => notImplemented("listExecutions"),
    listMarkets: () => notImplemented("listMarkets"),
    listOrders: () => notImplemented("listOrders"),
    listPositions: () => notImplemented("listPositions"),
    listTickers: () => notImplemented("listTickers"),
    listTrades: () => notImplemented("listTrades"),
    placeOrder: () => notImplemented("placeOrder"),
    placeOrderBatch: () => notImplemented("placeOrderBatch"),
    setCancelAllAfter: () => notImplemented("setCancelAllAfter"),
  };
}
