// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import { type DistributiveOmit, WsClientCore, type WsClientOptions, type WsTransport } from '../runtime/ws.ts';
import { eventMatchers, type ServerEvents, type AmendOrderMessage, type AmendOrderReplyMessage, type CancelAllOrdersMessage, type CancelAllOrdersReplyMessage, type CancelOrderMessage, type CancelOrderReplyMessage, type ErrorReplyMessage, type LoginMessage, type LoginReplyMessage, type PingMessage, type PlaceOrderMessage, type PlaceOrderReplyMessage, type PongMessage, type SetCancelAllAfterMessage, type SetCancelAllAfterReplyMessage, type SubscribeMessage, type SubscribeReplyMessage, type UnsubscribeMessage, type UnsubscribeReplyMessage } from './messages.ts';
import * as v from './validators.js';

/** The typed WebSocket client surface: one method per client operation, `on()` per event. */
export class WsClient extends WsClientCore<ServerEvents> {
  /** Change an open limit order's price and/or quantity. */
  amendOrder(fields: DistributiveOmit<AmendOrderMessage, 'op' | 'id'>): Promise<AmendOrderReplyMessage | ErrorReplyMessage> {
    return this.request("amendOrder", fields) as Promise<AmendOrderReplyMessage | ErrorReplyMessage>;
  }

  /** Cancel every open order of the account, optionally in one market. */
  cancelAllOrders(fields: DistributiveOmit<CancelAllOrdersMessage, 'op' | 'id'> = {} as DistributiveOmit<CancelAllOrdersMessage, 'op' | 'id'>): Promise<CancelAllOrdersReplyMessage | ErrorReplyMessage> {
    return this.request("cancelAllOrders", fields) as Promise<CancelAllOrdersReplyMessage | ErrorReplyMessage>;
  }

  /** Cancel one open order by `orderId` or by `clientOrderId`. */
  cancelOrder(fields: DistributiveOmit<CancelOrderMessage, 'op' | 'id'> = {} as DistributiveOmit<CancelOrderMessage, 'op' | 'id'>): Promise<CancelOrderReplyMessage | ErrorReplyMessage> {
    return this.request("cancelOrder", fields) as Promise<CancelOrderReplyMessage | ErrorReplyMessage>;
  }

  /** Authenticate the connection with an API key. */
  login(fields: DistributiveOmit<LoginMessage, 'op' | 'id'>): Promise<LoginReplyMessage | ErrorReplyMessage> {
    return this.request("login", fields) as Promise<LoginReplyMessage | ErrorReplyMessage>;
  }

  /** Application-level liveness check. */
  ping(fields: DistributiveOmit<PingMessage, 'op' | 'id'> = {} as DistributiveOmit<PingMessage, 'op' | 'id'>): Promise<PongMessage | ErrorReplyMessage> {
    return this.request("ping", fields) as Promise<PongMessage | ErrorReplyMessage>;
  }

  /** Place an order; the same order body as `POST /v1/orders`. */
  placeOrder(fields: DistributiveOmit<PlaceOrderMessage, 'op' | 'id'>): Promise<PlaceOrderReplyMessage | ErrorReplyMessage> {
    return this.request("placeOrder", fields) as Promise<PlaceOrderReplyMessage | ErrorReplyMessage>;
  }

  /** Arm, re-arm or disarm the account's dead man's switch. */
  setCancelAllAfter(fields: DistributiveOmit<SetCancelAllAfterMessage, 'op' | 'id'>): Promise<SetCancelAllAfterReplyMessage | ErrorReplyMessage> {
    return this.request("setCancelAllAfter", fields) as Promise<SetCancelAllAfterReplyMessage | ErrorReplyMessage>;
  }

  /** Start receiving a channel. */
  subscribe(fields: DistributiveOmit<SubscribeMessage, 'op' | 'id'>): Promise<SubscribeReplyMessage | ErrorReplyMessage> {
    return this.request("subscribe", fields) as Promise<SubscribeReplyMessage | ErrorReplyMessage>;
  }

  /** Stop receiving a channel. */
  unsubscribe(fields: DistributiveOmit<UnsubscribeMessage, 'op' | 'id'>): Promise<UnsubscribeReplyMessage | ErrorReplyMessage> {
    return this.request("unsubscribe", fields) as Promise<UnsubscribeReplyMessage | ErrorReplyMessage>;
  }
}

export function createWsClient(transport: WsTransport, options: WsClientOptions = {}): WsClient {
  return new WsClient(
    transport,
    {
      events: eventMatchers,
      idType: "string",
      replyValidators: {
        "amendOrder": [v.serverAmendOrderReply, v.serverErrorReply],
        "cancelAllOrders": [v.serverCancelAllOrdersReply, v.serverErrorReply],
        "cancelOrder": [v.serverCancelOrderReply, v.serverErrorReply],
        "login": [v.serverLoginReply, v.serverErrorReply],
        "ping": [v.serverPong, v.serverErrorReply],
        "placeOrder": [v.serverPlaceOrderReply, v.serverErrorReply],
        "setCancelAllAfter": [v.serverSetCancelAllAfterReply, v.serverErrorReply],
        "subscribe": [v.serverSubscribeReply, v.serverErrorReply],
        "unsubscribe": [v.serverUnsubscribeReply, v.serverErrorReply],
      },
      eventValidators: {
        "balancesSnapshot": v.serverBalancesSnapshot,
        "balancesUpdate": v.serverBalancesUpdate,
        "bookSnapshot": v.serverBookSnapshot,
        "bookUpdate": v.serverBookUpdate,
        "executions": v.serverExecutions,
        "ordersSnapshot": v.serverOrdersSnapshot,
        "ordersUpdate": v.serverOrdersUpdate,
        "ticker": v.serverTicker,
        "trades": v.serverTrades,
      },
    },
    options,
  );
}
