// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import { type ClientOpBinding, type DispatchOutcome, dispatchFrame } from '../runtime/ws.ts';
import type { AmendOrderMessage, AmendOrderReplyMessage, CancelAllOrdersMessage, CancelAllOrdersReplyMessage, CancelOrderMessage, CancelOrderReplyMessage, ErrorReplyMessage, LoginMessage, LoginReplyMessage, PingMessage, PlaceOrderMessage, PlaceOrderReplyMessage, PongMessage, SetCancelAllAfterMessage, SetCancelAllAfterReplyMessage, SubscribeMessage, SubscribeReplyMessage, UnsubscribeMessage, UnsubscribeReplyMessage } from './messages.ts';
import * as v from './validators.js';

/** One handler per client operation; the transport sends the reply it returns (which echoes the request's `id`). */
export interface ClientHandlers<Ctx> {
  /** Change an open limit order's price and/or quantity. */
  amendOrder(message: AmendOrderMessage, ctx: Ctx): AmendOrderReplyMessage | ErrorReplyMessage | Promise<AmendOrderReplyMessage | ErrorReplyMessage>;
  /** Cancel every open order of the account, optionally in one market. */
  cancelAllOrders(message: CancelAllOrdersMessage, ctx: Ctx): CancelAllOrdersReplyMessage | ErrorReplyMessage | Promise<CancelAllOrdersReplyMessage | ErrorReplyMessage>;
  /** Cancel one open order by `orderId` or by `clientOrderId`. */
  cancelOrder(message: CancelOrderMessage, ctx: Ctx): CancelOrderReplyMessage | ErrorReplyMessage | Promise<CancelOrderReplyMessage | ErrorReplyMessage>;
  /** Authenticate the connection with an API key. */
  login(message: LoginMessage, ctx: Ctx): LoginReplyMessage | ErrorReplyMessage | Promise<LoginReplyMessage | ErrorReplyMessage>;
  /** Application-level liveness check. */
  ping(message: PingMessage, ctx: Ctx): PongMessage | ErrorReplyMessage | Promise<PongMessage | ErrorReplyMessage>;
  /** Place an order; the same order body as `POST /v1/orders`. */
  placeOrder(message: PlaceOrderMessage, ctx: Ctx): PlaceOrderReplyMessage | ErrorReplyMessage | Promise<PlaceOrderReplyMessage | ErrorReplyMessage>;
  /** Arm, re-arm or disarm the account's dead man's switch. */
  setCancelAllAfter(message: SetCancelAllAfterMessage, ctx: Ctx): SetCancelAllAfterReplyMessage | ErrorReplyMessage | Promise<SetCancelAllAfterReplyMessage | ErrorReplyMessage>;
  /** Start receiving a channel. */
  subscribe(message: SubscribeMessage, ctx: Ctx): SubscribeReplyMessage | ErrorReplyMessage | Promise<SubscribeReplyMessage | ErrorReplyMessage>;
  /** Stop receiving a channel. */
  unsubscribe(message: UnsubscribeMessage, ctx: Ctx): UnsubscribeReplyMessage | ErrorReplyMessage | Promise<UnsubscribeReplyMessage | ErrorReplyMessage>;
}

export type ReplyMessage = AmendOrderReplyMessage | CancelAllOrdersReplyMessage | CancelOrderReplyMessage | ErrorReplyMessage | LoginReplyMessage | PlaceOrderReplyMessage | PongMessage | SetCancelAllAfterReplyMessage | SubscribeReplyMessage | UnsubscribeReplyMessage;

/** A function that takes one text frame and answers what to send back. */
export function createDispatcher<Ctx>(
  handlers: ClientHandlers<Ctx>,
): (frame: string, ctx: Ctx) => Promise<DispatchOutcome<ReplyMessage>> {
  const table: Record<string, ClientOpBinding<Ctx>> = {
    amendOrder: { validate: v.clientAmendOrder, handle: (message, ctx) => handlers.amendOrder(message as AmendOrderMessage, ctx) },
    cancelAllOrders: { validate: v.clientCancelAllOrders, handle: (message, ctx) => handlers.cancelAllOrders(message as CancelAllOrdersMessage, ctx) },
    cancelOrder: { validate: v.clientCancelOrder, handle: (message, ctx) => handlers.cancelOrder(message as CancelOrderMessage, ctx) },
    login: { validate: v.clientLogin, handle: (message, ctx) => handlers.login(message as LoginMessage, ctx) },
    ping: { validate: v.clientPing, handle: (message, ctx) => handlers.ping(message as PingMessage, ctx) },
    placeOrder: { validate: v.clientPlaceOrder, handle: (message, ctx) => handlers.placeOrder(message as PlaceOrderMessage, ctx) },
    setCancelAllAfter: { validate: v.clientSetCancelAllAfter, handle: (message, ctx) => handlers.setCancelAllAfter(message as SetCancelAllAfterMessage, ctx) },
    subscribe: { validate: v.clientSubscribe, handle: (message, ctx) => handlers.subscribe(message as SubscribeMessage, ctx) },
    unsubscribe: { validate: v.clientUnsubscribe, handle: (message, ctx) => handlers.unsubscribe(message as UnsubscribeMessage, ctx) },
  };
  return (frame, ctx) => dispatchFrame<Ctx, ReplyMessage>(table, frame, ctx);
}
