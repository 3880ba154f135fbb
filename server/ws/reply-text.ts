/**
 * Order replies serialised by a fixed template instead of JSON.stringify. Every placeOrder,
 * cancelOrder and amendOrder reply carries one order body, and on Node 20 JSON.stringify of that
 * ~500-byte object cost about twice what the template does; the reply object still exists (handlers
 * and tests read it) and carries its text under a symbol key, which JSON.stringify ignores.
 *
 * The text is exactly JSON.stringify's: the same keys in the same order (orderBody's), the same
 * escaping (a string that is not plain printable ASCII goes through JSON.stringify).
 * test/ws/reply-text.test.ts compares the two on real and generated bodies.
 */
import type { PlaceOrderReplyMessage } from '../../generated/asyncapi/messages.ts';

/** The contract's Order, as orderBody (server/api/views.ts) builds it. */
export type OrderJson = PlaceOrderReplyMessage['result'];

/** The serialised reply, when its builder made it. */
export const REPLY_TEXT: unique symbol = Symbol('openvenue.replyText');

/** Printable ASCII without `"` and `\`: the strings JSON writes as they are. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function json(value: unknown): string {
  if (typeof value === 'string') return PLAIN.test(value) ? `"${value}"` : JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value) ?? 'null';
}

/** One order body, keys in orderBody's order (server/api/views.ts). */
export function orderText(o: OrderJson): string {
  return `{"orderId":${json(o.orderId)},"clientOrderId":${json(o.clientOrderId)},"market":${json(o.market)},"side":${json(o.side)},"type":${json(o.type)},"price":${json(o.price)},"quantity":${json(o.quantity)},"quoteQuantity":${json(o.quoteQuantity)},"timeInForce":${json(o.timeInForce)},"expireAt":${json(o.expireAt)},"postOnly":${json(o.postOnly)},"selfTradePrevention":${json(o.selfTradePrevention)},"status":${json(o.status)},"filledQuantity":${json(o.filledQuantity)},"filledQuoteQuantity":${json(o.filledQuoteQuantity)},"averagePrice":${json(o.averagePrice)},"cancelReason":${json(o.cancelReason)},"rejectReason":${json(o.rejectReason)},"createdAt":${json(o.createdAt)},"updatedAt":${json(o.updatedAt)}}`;
}

/** `{id, op, result}`: the cancelOrder and amendOrder replies, with their text. */
export function orderReply<Op extends 'cancelOrder' | 'amendOrder'>(
  id: number | string,
  op: Op,
  result: OrderJson,
) {
  const text = `{"id":${json(id)},"op":"${op}","result":${orderText(result)}}`;
  return { id, op, result, [REPLY_TEXT]: text };
}

/** `{id, op, replayed, result}`: the placeOrder reply, with its text. */
export function placeOrderReply(id: number | string, result: OrderJson, replayed: boolean) {
  const text = `{"id":${json(id)},"op":"placeOrder","replayed":${replayed},"result":${orderText(result)}}`;
  return { id, op: 'placeOrder' as const, replayed, result, [REPLY_TEXT]: text };
}

/** The reply's text: the one its builder made, else JSON.stringify. */
export function replyText(reply: object): string {
  return (reply as { [REPLY_TEXT]?: string })[REPLY_TEXT] ?? JSON.stringify(reply);
}
