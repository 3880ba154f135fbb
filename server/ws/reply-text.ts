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

/**
 * Each value takes two slots: what comes before it (the previous value's closing quote, the
 * separator, the key, this value's opening quote) and the value. Four variants of the first per
 * key, by whether the previous value and this one are quoted: `SEPARATORS[key * 4 + prev * 2 + this]`.
 */
const SLOTS = 2;
const SEPARATORS = ORDER_KEYS.flatMap((key, i) =>
  [false, true].flatMap((previous) =>
    [false, true].map(
      (quoted) => `${previous ? '"' : ''}${i === 0 ? '{' : ','}"${key}":${quoted ? '"' : ''}`,
    ),
  ),
);

/** JSON text of a value that is not a plain string. */
function json(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value) ?? 'null';
}

/** Writes field `index` (its separator and value) from `at`; answers whether the value is quoted as it is. */
function field(parts: string[], at: number, index: number, previousQuoted: boolean, value: unknown): boolean {
  const plain = typeof value === 'string' && PLAIN.test(value);
  const slot = at + index * SLOTS;
  parts[slot] = SEPARATORS[index * 4 + (previousQuoted ? 2 : 0) + (plain ? 1 : 0)] as string;
  parts[slot + 1] = plain ? (value as string) : json(value);
  return plain;
}

/**
 * The order body's pieces into `parts` from `at` (ORDER_KEYS.length * SLOTS of them), without
 * its end; answers whether the last value is quoted (its closing quote goes with the end).
 * Unrolled: a loop would read the fields by computed key or gather them into an array per reply.
 */
function putOrder(parts: string[], at: number, o: OrderJson): boolean {
  let q = field(parts, at, 0, false, o.orderId);
  q = field(parts, at, 1, q, o.clientOrderId);
  q = field(parts, at, 2, q, o.market);
  q = field(parts, at, 3, q, o.side);
  q = field(parts, at, 4, q, o.type);
  q = field(parts, at, 5, q, o.price);
  q = field(parts, at, 6, q, o.quantity);
  q = field(parts, at, 7, q, o.quoteQuantity);
  q = field(parts, at, 8, q, o.timeInForce);
  q = field(parts, at, 9, q, o.expireAt);
  q = field(parts, at, 10, q, o.postOnly);
  q = field(parts, at, 11, q, o.selfTradePrevention);
  q = field(parts, at, 12, q, o.status);
  q = field(parts, at, 13, q, o.filledQuantity);
  q = field(parts, at, 14, q, o.filledQuoteQuantity);
  q = field(parts, at, 15, q, o.averagePrice);
  q = field(parts, at, 16, q, o.cancelReason);
  q = field(parts, at, 17, q, o.rejectReason);
  q = field(parts, at, 18, q, o.createdAt);
  q = field(parts, at, 19, q, o.updatedAt);
  return q;
}

/** An array of `length` pieces that stays packed (holes would slow the join). */
function pieces(length: number): string[] {
  return Array.from({ length }, () => '');
}

const ORDER_END = ORDER_KEYS.length * SLOTS;
/** orderText's pieces: the body, then its end. */
const ORDER_PARTS = pieces(ORDER_END + 1);

/** One order body, keys in orderBody's order (server/api/views.ts). */
export function orderText(o: OrderJson): string {
  ORDER_PARTS[ORDER_END] = putOrder(ORDER_PARTS, 0, o) ? '"}' : '}';
  return ORDER_PARTS.join('');
}

/**
 * A reply's pieces: `{"id":` with the id's opening quote, the id, its closing quote with the
 * fields up to `"result":`, the order, and the end of both objects.
 */
const REPLY_ORDER_AT = 3;
const REPLY_END = REPLY_ORDER_AT + ORDER_KEYS.length * SLOTS;
const REPLY_PARTS = pieces(REPLY_END + 1);

/** `{"id":<id>,<fields>"result":<order>}` as one flat string; `fields` ends with `"result":`. */
function replyWithOrder(id: number | string, fields: string, result: OrderJson): string {
  const parts = REPLY_PARTS;
  const quoted = typeof id === 'string' && PLAIN.test(id);
  parts[0] = quoted ? '{"id":"' : '{"id":';
  parts[1] = quoted ? id : json(id);
  parts[2] = quoted ? `"${fields}` : fields;
  parts[REPLY_END] = putOrder(parts, REPLY_ORDER_AT, result) ? '"}}' : '}}';
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
