/**
 * The contract's `PlaceOrderRequest` (REST body, and the WebSocket `order` member unchanged) turned
 * into the core's `placeOrder` command. Shared by every transport so an order means the same thing
 * however it arrives; the transport wraps the returned issue in its own problem shape.
 */
import { type PlaceOrderCommand, parseTimestamp } from '../core/index.ts';

/** A body the generated validator has accepted. */
export interface PlaceOrderBody {
  market: string;
  side: 'buy' | 'sell';
  type: 'limit' | 'market';
  price?: string;
  quantity?: string;
  quoteQuantity?: string;
  timeInForce?: 'GTC' | 'IOC' | 'FOK' | 'GTD';
  expireAt?: string;
  postOnly?: boolean;
  selfTradePrevention?: 'cancelTaker' | 'cancelMaker' | 'cancelBoth';
  clientOrderId?: string;
}

export type PlaceOrderInput = Omit<PlaceOrderCommand, 'ts'>;

/** Where a body is wrong: a JSON Pointer under the transport's root, and what is wrong there. */
export interface PlaceOrderIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The core command for a validated body, or the issue with its timestamp (the schema checks the
 * date-time shape; this also refuses dates that do not exist). `at` is the body's JSON Pointer.
 */
export function placeOrderCommand(
  accountId: string,
  b: PlaceOrderBody,
  at: string,
): PlaceOrderInput | PlaceOrderIssue {
  let expireAt: number | undefined;
  if (b.expireAt !== undefined) {
    expireAt = parseTimestamp(b.expireAt);
    if (expireAt === undefined) return { path: `${at}/expireAt`, message: 'must be an RFC 3339 timestamp' };
  }
  // Only the fields sent: absent ones stay absent (exactOptionalPropertyTypes), set one by one
  // rather than through a generic copy because this runs for every order.
  const command: { -readonly [K in keyof PlaceOrderInput]: PlaceOrderInput[K] } = {
    type: 'placeOrder',
    accountId,
    market: b.market,
    side: b.side,
    orderType: b.type,
  };
  if (b.price !== undefined) command.price = b.price;
  if (b.quantity !== undefined) command.quantity = b.quantity;
  if (b.quoteQuantity !== undefined) command.quoteQuantity = b.quoteQuantity;
  if (b.timeInForce !== undefined) command.timeInForce = b.timeInForce;
  if (expireAt !== undefined) command.expireAt = expireAt;
  if (b.postOnly !== undefined) command.postOnly = b.postOnly;
  if (b.selfTradePrevention !== undefined) command.selfTradePrevention = b.selfTradePrevention;
  if (b.clientOrderId !== undefined) command.clientOrderId = b.clientOrderId;
  return command;
}

export function isPlaceOrderIssue(x: PlaceOrderInput | PlaceOrderIssue): x is PlaceOrderIssue {
  return 'message' in x;
}
