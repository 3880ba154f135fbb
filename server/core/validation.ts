// Static checks of order input: shape, grid, minimums, overflow. They run before anything is
// recorded, in the order documented in index.ts, and share their codes with every gateway.

import { clientIdExpired, isClosedEntry } from './client-ids.ts';
import { PARSE_PRECISION, PARSE_RANGE, PARSE_SYNTAX, parseScaled } from './decimal.ts';
import type { CoreErrorCode } from './errors.ts';
import { feeCeil } from './fees.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import { type OrderRec, orderFlags } from './order.ts';
import type { Mutable } from './sink.ts';
import type { State } from './state.ts';
import type { CoreError, PlaceOrderCommand, TimeInForce } from './types.ts';

export function err(code: CoreErrorCode, message: string): CoreError {
  return { code, message };
}

const CLIENT_ORDER_ID = /^[A-Za-z0-9_-]{1,36}$/;
const STP_MODES: ReadonlySet<unknown> = new Set(['cancelTaker', 'cancelMaker', 'cancelBoth']);
const TIFS: ReadonlySet<unknown> = new Set(['GTC', 'IOC', 'FOK', 'GTD']);

export function isClientOrderId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ORDER_ID.test(value);
}

export function isSafeTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A placeOrder command after parsing (matching units) and defaults; its market is the caller's. */
export interface ParsedOrder {
  readonly isBuy: boolean;
  /** orderType is 'limit'. */
  readonly isLimit: boolean;
  /** timeInForce is 'FOK'. */
  readonly fillOrKill: boolean;
  readonly postOnly: boolean;
  /**
   * isBuy, orderType, postOnly, timeInForce and stp packed as OrderRec keeps them (orderFlags):
   * numbers rather than three strings in the reused answer, each a store with a write barrier (the
   * answer is an old-space object), and no string switches when the record is written.
   */
  readonly flags: number;
  readonly priceTicks: number;
  readonly quantityLots: number;
  readonly quoteQuantity: number;
  readonly expireAt: number;
  readonly clientOrderId: string | null;
}

// orderFlags' bits (order.ts) as a file-local const enum: esbuild writes its members into the code
// as literals (a module constant is reloaded from the module context, with a check, at each use).
// Checked against orderFlags below.
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see ledger.ts)
const enum Pack {
  SELL = 1,
  MARKET = 2,
  POST_ONLY = 4,
  IOC = 1 << 3,
  FOK = 2 << 3,
  GTD = 3 << 3,
  CANCEL_MAKER = 1 << 5,
  CANCEL_BOTH = 2 << 5,
}
if (
  orderFlags(false, 'limit', 'GTC', false, 'cancelTaker') !== Pack.SELL ||
  orderFlags(true, 'market', 'GTC', false, 'cancelTaker') !== Pack.MARKET ||
  orderFlags(true, 'limit', 'GTC', true, 'cancelTaker') !== Pack.POST_ONLY ||
  orderFlags(true, 'limit', 'IOC', false, 'cancelTaker') !== Pack.IOC ||
  orderFlags(true, 'limit', 'FOK', false, 'cancelTaker') !== Pack.FOK ||
  orderFlags(true, 'limit', 'GTD', false, 'cancelTaker') !== Pack.GTD ||
  orderFlags(true, 'limit', 'GTC', false, 'cancelMaker') !== Pack.CANCEL_MAKER ||
  orderFlags(true, 'limit', 'GTC', false, 'cancelBoth') !== Pack.CANCEL_BOTH
)
  throw new Error('validation.ts: Pack differs from orderFlags');

// The parsers test their value once on the common path (the PARSE_* codes are negative) and tell
// the errors apart in a function of their own: the error messages' code stays out of the parser's
// bytecode, which leaves TurboFan's inlining budget for parseScaled in parsePlaceOrder.

/** Ticks, or an error. */
export function parsePrice(m: MarketRec, text: unknown): number | CoreError {
  if (typeof text !== 'string') return priceError(m, PARSE_SYNTAX);
  const v = parseScaled(text, m.priceDecimals);
  if (v <= 0 || v % m.tickUnits !== 0) return priceError(m, v);
  return v / m.tickUnits;
}

/** parsePrice's error for a parsed value that is not a positive multiple of the tick. */
function priceError(m: MarketRec, v: number): CoreError {
  if (v === PARSE_SYNTAX) return err('VALIDATION_FAILED', 'price must be a decimal string');
  if (v === PARSE_PRECISION) return err('PRICE_NOT_ON_TICK', `price must be a multiple of ${m.tickSize}`);
  if (v === PARSE_RANGE) return err('VALUE_OUT_OF_RANGE', 'price is too large');
  if (v % m.tickUnits !== 0) return err('PRICE_NOT_ON_TICK', `price must be a multiple of ${m.tickSize}`);
  return err('VALUE_OUT_OF_RANGE', 'price must be positive');
}

/** Lots, or an error. */
export function parseQuantity(m: MarketRec, text: unknown): number | CoreError {
  if (typeof text !== 'string') return quantityError(m, PARSE_SYNTAX);
  const v = parseScaled(text, m.base.decimals);
  if (v <= 0 || v % m.lotUnits !== 0) return quantityError(m, v);
  const lots = v / m.lotUnits;
  if (lots < m.minLots) return quantityError(m, v);
  return lots;
}

/** parseQuantity's error for a parsed value that is not a positive multiple of the lot, or too small. */
function quantityError(m: MarketRec, v: number): CoreError {
  if (v === PARSE_SYNTAX) return err('VALIDATION_FAILED', 'quantity must be a decimal string');
  if (v === PARSE_PRECISION) return err('QUANTITY_NOT_ON_LOT', `quantity must be a multiple of ${m.lotSize}`);
  if (v === PARSE_RANGE) return err('VALUE_OUT_OF_RANGE', 'quantity is too large');
  if (v % m.lotUnits !== 0) return err('QUANTITY_NOT_ON_LOT', `quantity must be a multiple of ${m.lotSize}`);
  return err('QUANTITY_BELOW_MINIMUM', `quantity must be at least ${m.minQuantity}`);
}

/** Checks a limit order's notional (range, including a buyer's largest fee, and minimum). */
export function checkNotional(
  m: MarketRec,
  acct: AccountRec,
  isBuy: boolean,
  ticks: number,
  lots: number,
): CoreError | undefined {
  const n = m.notional(ticks, lots);
  if (n > Number.MAX_SAFE_INTEGER || (isBuy && overflowsWithFee(n, acct.maxFeeBps))) {
    return err('VALUE_OUT_OF_RANGE', 'price × quantity is too large');
  }
  if (n < m.minNotionalUnits)
    return err('NOTIONAL_BELOW_MINIMUM', `notional must be at least ${m.minNotional}`);
  return undefined;
}

/** Whether n plus a fee of `bps` on it, rounded up, is above MAX_SAFE_INTEGER. */
function overflowsWithFee(n: number, bps: number): boolean {
  // n × (10000 + bps) below 9e19 (under MAX_SAFE_INTEGER × 10000 by far more than the product's
  // rounding) puts n + ceil(n × bps / 10000) below MAX_SAFE_INTEGER: the fee itself (a division
  // and its rounding) is only computed near the limit.
  return n * (10_000 + bps) >= 9e19 && n + feeCeil(n, bps) > Number.MAX_SAFE_INTEGER;
}

/**
 * All static checks of placeOrder after the account and market lookups, in the order index.ts
 * documents. Answers a reused object (the caller copies what it keeps before the next command).
 */
export function parsePlaceOrder(
  cmd: PlaceOrderCommand,
  m: MarketRec,
  acct: AccountRec,
  s: State,
): ParsedOrder | CoreError {
  // Shape. The command's fields are each read once (a command object is read from memory cold: one
  // load per field rather than one per check), into locals: the shape checks, the parsing below and
  // the answer are one function, so nothing is passed through module-level objects (stores into
  // old-space objects pay a write barrier each) or a call.
  const c = cmd as unknown as Record<string, unknown>;
  const side = c.side;
  if (side !== 'buy' && side !== 'sell') return err('VALIDATION_FAILED', 'side must be buy or sell');
  const type = c.orderType;
  if (type !== 'limit' && type !== 'market')
    return err('VALIDATION_FAILED', 'orderType must be limit or market');
  const clientOrderId = c.clientOrderId;
  if (clientOrderId !== undefined && !isClientOrderId(clientOrderId)) {
    return err('VALIDATION_FAILED', 'clientOrderId must match ^[A-Za-z0-9_-]{1,36}$');
  }
  const timeInForce = c.timeInForce;
  if (timeInForce !== undefined && !TIFS.has(timeInForce)) {
    return err('VALIDATION_FAILED', 'timeInForce must be GTC, IOC, FOK or GTD');
  }
  const stp = c.selfTradePrevention;
  if (stp !== undefined && !STP_MODES.has(stp)) {
    return err('VALIDATION_FAILED', 'selfTradePrevention must be cancelTaker, cancelMaker or cancelBoth');
  }
  const postOnly = c.postOnly;
  if (postOnly !== undefined && typeof postOnly !== 'boolean') {
    return err('VALIDATION_FAILED', 'postOnly must be a boolean');
  }
  const price = c.price;
  const quantity = c.quantity;
  const quoteText = c.quoteQuantity;
  const isLimit = type === 'limit';
  if (isLimit) {
    if (price === undefined || quantity === undefined) {
      return err('VALIDATION_FAILED', 'a limit order needs price and quantity');
    }
    if (quoteText !== undefined) return err('VALIDATION_FAILED', 'quoteQuantity is for market buys only');
  } else {
    if (price !== undefined) return err('VALIDATION_FAILED', 'a market order has no price');
    if ((quantity === undefined) === (quoteText === undefined)) {
      return err('VALIDATION_FAILED', 'a market order needs exactly one of quantity and quoteQuantity');
    }
    if (quoteText !== undefined && side !== 'buy') {
      return err('VALIDATION_FAILED', 'quoteQuantity is for market buys only');
    }
    if (timeInForce !== undefined && timeInForce !== 'IOC') {
      return err('VALIDATION_FAILED', 'market orders are IOC');
    }
  }
  const tif = (timeInForce ?? (isLimit ? 'GTC' : 'IOC')) as TimeInForce;
  const expireText = c.expireAt;
  let expireAt = -1;
  if (tif === 'GTD') {
    if (!isSafeTime(expireText)) return err('VALIDATION_FAILED', 'GTD needs expireAt (integer µs)');
    expireAt = expireText;
  } else if (expireText !== undefined) {
    return err('VALIDATION_FAILED', 'expireAt is for GTD orders only');
  }
  if (postOnly === true && (!isLimit || (tif !== 'GTC' && tif !== 'GTD'))) {
    return err('VALIDATION_FAILED', 'postOnly is for GTC and GTD limit orders only');
  }
  const isBuy = side === 'buy';

  // The command's time is read here, not passed in: a µs time passed to a call is boxed.
  if (tif === 'GTD' && expireAt <= s.ts) return err('EXPIRE_AT_IN_PAST', 'expireAt must be in the future');
  let priceTicks = 0;
  if (isLimit) {
    const v = parsePrice(m, price);
    if (typeof v !== 'number') return v;
    priceTicks = v;
  }
  let quantityLots = -1;
  if (quantity !== undefined) {
    const q = parseQuantity(m, quantity);
    if (typeof q !== 'number') return q;
    quantityLots = q;
  }
  let quoteQuantity = -1;
  if (quoteText !== undefined) {
    const v = typeof quoteText === 'string' ? parseScaled(quoteText, m.quote.decimals) : PARSE_SYNTAX;
    if (v === PARSE_SYNTAX || v === PARSE_PRECISION) {
      return err(
        'VALIDATION_FAILED',
        `quoteQuantity must be a decimal string with at most ${m.quote.decimals} decimals`,
      );
    }
    if (v === PARSE_RANGE || v === 0 || overflowsWithFee(v, acct.takerFeeBps)) {
      return err('VALUE_OUT_OF_RANGE', 'quoteQuantity is out of range');
    }
    if (v < m.minNotionalUnits)
      return err('NOTIONAL_BELOW_MINIMUM', `notional must be at least ${m.minNotional}`);
    quoteQuantity = v;
  }
  if (isLimit) {
    const e = checkNotional(m, acct, isBuy, priceTicks, quantityLots);
    if (e !== undefined) return e;
  }
  const p = scratch;
  p.isBuy = isBuy;
  p.isLimit = isLimit;
  p.fillOrKill = tif === 'FOK';
  p.postOnly = postOnly === true;
  p.flags =
    (isBuy ? 0 : Pack.SELL) |
    (isLimit ? 0 : Pack.MARKET) |
    (postOnly === true ? Pack.POST_ONLY : 0) |
    (tif === 'GTC' ? 0 : tif === 'IOC' ? Pack.IOC : tif === 'FOK' ? Pack.FOK : Pack.GTD) |
    (stp === undefined || stp === 'cancelTaker'
      ? 0
      : stp === 'cancelMaker'
        ? Pack.CANCEL_MAKER
        : Pack.CANCEL_BOTH);
  p.priceTicks = priceTicks;
  p.quantityLots = quantityLots;
  p.quoteQuantity = quoteQuantity;
  p.expireAt = expireAt;
  p.clientOrderId = (clientOrderId ?? null) as string | null;
  return p;
}

/** parsePlaceOrder's answer (reused: no allocation per command). */
const scratch: Mutable<ParsedOrder> = {
  isBuy: false,
  isLimit: true,
  fillOrKill: false,
  postOnly: false,
  flags: 0,
  priceTicks: 0,
  quantityLots: 0,
  quoteQuantity: 0,
  expireAt: 0,
  clientOrderId: null,
};

/**
 * The order an unexpired clientOrderId refers to, if any (a closed one as a new OrderRec). A closed
 * order's entry expires at the latest command time (`now`), as it is dropped (client-ids.ts).
 */
export function liveClientOrder(s: State, acct: AccountRec, clientOrderId: string): OrderRec | undefined {
  const existing = acct.clientIds.get(clientOrderId);
  if (existing === undefined) return undefined;
  if (isClosedEntry(existing)) {
    const closed = s.closedClientIds;
    return closed.expired(existing, s.now) ? undefined : closed.order(existing);
  }
  return clientIdExpired(existing.createdAt, s.ts) ? undefined : existing;
}

/** Whether a resend (for market `m`) carries the same parameters as the recorded order. */
export function sameParameters(o: OrderRec, m: MarketRec, p: ParsedOrder): boolean {
  return (
    o.market === m &&
    o.parameterFlags === p.flags &&
    o.placedPriceTicks === p.priceTicks &&
    o.placedQuantityLots === p.quantityLots &&
    o.quoteQuantity === p.quoteQuantity &&
    o.expireAt === p.expireAt
  );
}
