/**
 * Order replies serialised by a fixed layout instead of JSON.stringify. Every placeOrder,
 * cancelOrder and amendOrder reply carries one order body, and on Node 20 JSON.stringify of that
 * ~500-byte object cost about twice what this does; the reply object still exists (handlers
 * and tests read it) and carries its text under a symbol key, which JSON.stringify ignores.
 *
 * The text is exactly JSON.stringify's: the same keys in the same order (orderBody's), the same
 * escaping (a string that is not plain printable ASCII goes through JSON.stringify).
 * test/ws/reply-text.test.ts compares the two on real and generated bodies.
 *
 * The pieces go into one reused array and are joined once: a template literal (or `+`) of some
 * forty pieces builds a rope of forty intermediate strings that the socket write then flattens,
 * about 2.5 KB of young garbage per reply against about 1 KB for the join (its buffer and the flat
 * result), at less CPU. A reply is built and joined synchronously, so one array serves them all.
 */
import type { PlaceOrderReplyMessage } from '../../generated/asyncapi/messages.ts';

/** The contract's Order, as orderBody (server/api/views.ts) builds it. */
export type OrderJson = PlaceOrderReplyMessage['result'];

/** The serialised reply, when its builder made it. */
export const REPLY_TEXT: unique symbol = Symbol('openvenue.replyText');

/** Printable ASCII without `"` and `\`: the strings JSON writes as they are. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** orderBody's keys, in its order (server/api/views.ts). */
const ORDER_KEYS = [
  'orderId',
  'clientOrderId',
  'market',
  'side',
  'type',
  'price',
  'quantity',
  'quoteQuantity',
  'timeInForce',
  'expireAt',
  'postOnly',
  'selfTradePrevention',
  'status',
  'filledQuantity',
  'filledQuoteQuantity',
  'averagePrice',
  'cancelReason',
  'rejectReason',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof OrderJson)[];

/** Each value takes three slots: the key with or without the opening quote, the value, the closing quote or ''. */
const SLOTS = 3;
const QUOTED_KEY = ORDER_KEYS.map((key, i) => `${i === 0 ? '{' : ','}"${key}":"`);
const BARE_KEY = ORDER_KEYS.map((key, i) => `${i === 0 ? '{' : ','}"${key}":`);

/** JSON text of a value that is not a plain string. */
function json(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value) ?? 'null';
}

/** Writes `value` into slots `at`, `at + 1`, `at + 2`: quoted as it is when plain, else as JSON. */
function put(parts: string[], at: number, quotedPrefix: string, barePrefix: string, value: unknown): void {
  if (typeof value === 'string' && PLAIN.test(value)) {
    parts[at] = quotedPrefix;
    parts[at + 1] = value;
    parts[at + 2] = '"';
  } else {
    parts[at] = barePrefix;
    parts[at + 1] = json(value);
    parts[at + 2] = '';
  }
}

/**
 * The order body's pieces into `parts` from `at` (ORDER_KEYS.length * SLOTS of them). Unrolled: a
 * loop would read the fields by computed key or gather them into an array per reply.
 */
function putOrder(parts: string[], at: number, o: OrderJson): void {
  field(parts, at, 0, o.orderId);
  field(parts, at, 1, o.clientOrderId);
  field(parts, at, 2, o.market);
  field(parts, at, 3, o.side);
  field(parts, at, 4, o.type);
  field(parts, at, 5, o.price);
  field(parts, at, 6, o.quantity);
  field(parts, at, 7, o.quoteQuantity);
  field(parts, at, 8, o.timeInForce);
  field(parts, at, 9, o.expireAt);
  field(parts, at, 10, o.postOnly);
  field(parts, at, 11, o.selfTradePrevention);
  field(parts, at, 12, o.status);
  field(parts, at, 13, o.filledQuantity);
  field(parts, at, 14, o.filledQuoteQuantity);
  field(parts, at, 15, o.averagePrice);
  field(parts, at, 16, o.cancelReason);
  field(parts, at, 17, o.rejectReason);
  field(parts, at, 18, o.createdAt);
  field(parts, at, 19, o.updatedAt);
}

function field(parts: string[], at: number, index: number, value: unknown): void {
  put(parts, at + index * SLOTS, QUOTED_KEY[index] as string, BARE_KEY[index] as string, value);
}

/** An array of `length` pieces that stays packed (holes would slow the join). */
function pieces(length: number): string[] {
  return Array.from({ length }, () => '');
}

/** orderText's pieces: the body, then its closing brace. */
const ORDER_PARTS = pieces(ORDER_KEYS.length * SLOTS + 1);
ORDER_PARTS[ORDER_KEYS.length * SLOTS] = '}';

/** One order body, keys in orderBody's order (server/api/views.ts). */
export function orderText(o: OrderJson): string {
  putOrder(ORDER_PARTS, 0, o);
  return ORDER_PARTS.join('');
}

/**
 * A reply's pieces: `{"id":` and the id (three slots, as a value), the fields up to `"result":`
 * (one slot), the order, and the two closing braces.
 */
const REPLY_ORDER_AT = SLOTS + 1;
const REPLY_PARTS = pieces(REPLY_ORDER_AT + ORDER_KEYS.length * SLOTS + 1);
REPLY_PARTS[REPLY_PARTS.length - 1] = '}}';

/** `{"id":<id>,<fields>"result":<order>}` as one flat string; `fields` ends with `"result":`. */
function replyWithOrder(id: number | string, fields: string, result: OrderJson): string {
  const parts = REPLY_PARTS;
  if (typeof id === 'number') {
    parts[0] = '{"id":';
    parts[1] = json(id);
    parts[2] = '';
  } else {
    put(parts, 0, '{"id":"', '{"id":', id);
  }
  parts[SLOTS] = fields;
  putOrder(parts, REPLY_ORDER_AT, result);
  return parts.join('');
}

/** `{id, op, result}`: the cancelOrder and amendOrder replies, with their text. */
export function orderReply<Op extends 'cancelOrder' | 'amendOrder'>(
  id: number | string,
  op: Op,
  result: OrderJson,
) {
  const text = replyWithOrder(id, op === 'cancelOrder' ? CANCEL_FIELDS : AMEND_FIELDS, result);
  return { id, op, result, [REPLY_TEXT]: text };
}

const CANCEL_FIELDS = ',"op":"cancelOrder","result":';
const AMEND_FIELDS = ',"op":"amendOrder","result":';
const PLACED_FIELDS = ',"op":"placeOrder","replayed":false,"result":';
const REPLAYED_FIELDS = ',"op":"placeOrder","replayed":true,"result":';

/** `{id, op, replayed, result}`: the placeOrder reply, with its text. */
export function placeOrderReply(id: number | string, result: OrderJson, replayed: boolean) {
  const text = replyWithOrder(id, replayed ? REPLAYED_FIELDS : PLACED_FIELDS, result);
  return { id, op: 'placeOrder' as const, replayed, result, [REPLY_TEXT]: text };
}

/** The reply's text: the one its builder made, else JSON.stringify. */
export function replyText(reply: object): string {
  return (reply as { [REPLY_TEXT]?: string })[REPLY_TEXT] ?? JSON.stringify(reply);
}
