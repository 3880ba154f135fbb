// The reference engine's vocabulary and its stateless rules: record types, placeOrder's static
// checks (what is rejected before anything is recorded), and small bigint helpers. Stateful
// behaviour (ledger, matching, amend) lives in reference-engine.ts.

import type {
  CancelReason,
  CoreErrorCode,
  OrderStatus,
  OrderType,
  PlaceOrderCommand,
  SelfTradePrevention,
  Side,
  TimeInForce,
} from '../../server/core/index.ts';
import { parseDecimal } from './gen-reference-views.ts';

/** price × quantity in quote units for a market. */
export type Notional = (m: RefMarket, price: bigint, qty: bigint) => bigint;

export const REF_FEE_ACCOUNT = 'fees';
export const DEFAULT_MAKER_BPS = 10;
export const DEFAULT_TAKER_BPS = 20;
export const CID_TTL_US = 86_400_000_000;
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
export const CID_RE = /^[A-Za-z0-9_-]{1,36}$/;

export interface RefMarket {
  symbol: string;
  base: string;
  quote: string;
  priceDecimals: number;
  tick: bigint; // price units
  lot: bigint; // base units
  minQty: bigint; // base units
  minNotional: bigint; // quote units
  tickText: string;
  lotText: string;
  minQtyText: string;
  minNotionalText: string;
  quantityDecimals: number;
  status: 'open' | 'halted';
  bookSeq: number;
}

export interface RefAccount {
  id: string;
  name: string | null;
  maker: number;
  taker: number;
  createdAt: number;
  totals: Map<string, bigint>;
}

export interface RefOrder {
  orderId: string;
  seq: number;
  clientOrderId: string | null;
  accountId: string;
  market: string;
  side: Side;
  orderType: OrderType;
  timeInForce: TimeInForce;
  price: bigint | null;
  quantity: bigint | null;
  quoteQuantity: bigint | null;
  filled: bigint;
  filledQuote: bigint;
  fee: bigint;
  /** Exact fee accrued so far, times 10,000 (bps denominator), so it stays an integer. */
  feeExact10k: bigint;
  status: OrderStatus;
  postOnly: boolean;
  stp: SelfTradePrevention;
  expireAt: number | null;
  cancelReason: CancelReason | null;
  rejectReason: CoreErrorCode | null;
  createdAt: number;
  updatedAt: number;
  /** Queue position: a fresh number each time the order (re)enters the book. */
  priority: number;
  /** Canonical parsed parameters of the original request, for clientOrderId replays. */
  params: string;
}

export interface RefExecution {
  seq: number;
  orderId: string;
  clientOrderId: string | null;
  accountId: string;
  market: string;
  side: Side;
  price: bigint;
  quantity: bigint;
  quoteQuantity: bigint;
  fee: bigint;
  feeAsset: string;
  liquidity: 'maker' | 'taker';
  tradeId: string;
  executedAt: number;
}

export interface RefTrade {
  seq: number;
  market: string;
  price: bigint;
  quantity: bigint;
  takerSide: Side;
  executedAt: number;
}

export class Reject extends Error {
  constructor(readonly code: CoreErrorCode) {
    super(code);
  }
}

const OPEN: ReadonlySet<OrderStatus> = new Set(['new', 'partiallyFilled']);
export const isOpen = (o: RefOrder): boolean => OPEN.has(o.status);

/**
 * placeOrder's static checks, numbered as in index.ts (shape, expireAt, price, quantity,
 * quoteQuantity, notional): the parsed parameters, or a Reject. `feeBps` is the account's
 * [maker, taker] rate, for the documented notional-plus-fee range limits.
 */
export function staticChecks(
  cmd: PlaceOrderCommand,
  m: RefMarket,
  decimals: (asset: string) => number,
  now: number,
  notional: Notional,
  feeBps: readonly [number, number],
) {
  const isLimit = cmd.orderType === 'limit';
  const bad = (cond: boolean) => {
    if (cond) throw new Reject('VALIDATION_FAILED');
  };
  // 3: shape (every failure here is the same code, so their order is immaterial)
  bad(cmd.side !== 'buy' && cmd.side !== 'sell');
  bad(cmd.orderType !== 'limit' && cmd.orderType !== 'market');
  bad(cmd.clientOrderId !== undefined && !CID_RE.test(cmd.clientOrderId));
  const tif: TimeInForce = cmd.timeInForce ?? (isLimit ? 'GTC' : 'IOC');
  bad(!['GTC', 'IOC', 'FOK', 'GTD'].includes(tif));
  const stp: SelfTradePrevention = cmd.selfTradePrevention ?? 'cancelTaker';
  bad(!['cancelTaker', 'cancelMaker', 'cancelBoth'].includes(stp));
  bad(cmd.postOnly !== undefined && typeof cmd.postOnly !== 'boolean');
  if (isLimit) bad(cmd.price === undefined || cmd.quantity === undefined || cmd.quoteQuantity !== undefined);
  else bad((cmd.quantity === undefined) === (cmd.quoteQuantity === undefined) || cmd.price !== undefined);
  bad(cmd.quoteQuantity !== undefined && cmd.side !== 'buy');
  bad(!isLimit && tif !== 'IOC');
  bad((tif === 'GTD') !== (cmd.expireAt !== undefined));
  bad(cmd.expireAt !== undefined && !Number.isSafeInteger(cmd.expireAt));
  const postOnly = cmd.postOnly ?? false;
  bad(postOnly && !(isLimit && (tif === 'GTC' || tif === 'GTD')));
  // 4
  if (cmd.expireAt !== undefined && cmd.expireAt <= now) throw new Reject('EXPIRE_AT_IN_PAST');
  // 5, 6
  const price = cmd.price === undefined ? null : checkPrice(cmd.price, m);
  const qty = cmd.quantity === undefined ? null : checkQuantity(cmd.quantity, m, decimals(m.base));
  // 7
  let quote: bigint | null = null;
  if (cmd.quoteQuantity !== undefined) {
    const q = parseDecimal(cmd.quoteQuantity, decimals(m.quote));
    if (typeof q !== 'bigint') throw new Reject('VALIDATION_FAILED');
    if (q === 0n || q + feeCeil(q, feeBps[1]) > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
    if (q < m.minNotional) throw new Reject('NOTIONAL_BELOW_MINIMUM');
    quote = q;
  }
  // 8
  if (price !== null && qty !== null)
    checkNotional(notional(m, price, qty), m, cmd.side === 'buy' ? feeBps : null);
  return { price, quantity: qty, quoteQuantity: quote, tif, expireAt: cmd.expireAt ?? null, postOnly, stp };
}

/** ceil(amount × bps / 10,000): a fee rounded up, as the payer never pays less. */
export function feeCeil(amount: bigint, bps: number): bigint {
  return (amount * BigInt(bps) + 9_999n) / 10_000n;
}

/** Step 5: syntax, grid digits, range, tick multiple, zero. */
export function checkPrice(text: string, m: RefMarket): bigint {
  const p = parseDecimal(text, m.priceDecimals);
  if (p === 'syntax') throw new Reject('VALIDATION_FAILED');
  if (p === 'precision') throw new Reject('PRICE_NOT_ON_TICK');
  if (p > MAX_SAFE || text.length > 64) throw new Reject('VALUE_OUT_OF_RANGE');
  if (p % m.tick !== 0n) throw new Reject('PRICE_NOT_ON_TICK');
  if (p === 0n) throw new Reject('VALUE_OUT_OF_RANGE');
  return p;
}

/** Step 6: the same for quantities (the lot), then the minimum. */
export function checkQuantity(text: string, m: RefMarket, baseDecimals: number): bigint {
  const q = parseDecimal(text, baseDecimals);
  if (q === 'syntax') throw new Reject('VALIDATION_FAILED');
  if (q === 'precision') throw new Reject('QUANTITY_NOT_ON_LOT');
  if (q > MAX_SAFE || text.length > 64) throw new Reject('VALUE_OUT_OF_RANGE');
  if (q % m.lot !== 0n) throw new Reject('QUANTITY_NOT_ON_LOT');
  if (q === 0n || q < m.minQty) throw new Reject('QUANTITY_BELOW_MINIMUM');
  return q;
}

/** Step 8: a buy must also be able to hold its notional plus the fee at its worst rate. */
export function checkNotional(n: bigint, m: RefMarket, buyFeeBps: readonly [number, number] | null): void {
  if (n > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
  if (buyFeeBps && n + feeCeil(n, Math.max(...buyFeeBps)) > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
  if (n < m.minNotional) throw new Reject('NOTIONAL_BELOW_MINIMUM');
}

export type Level = { price: bigint; quantity: bigint };

export function diffLevels(
  before: Level[],
  after: Level[],
  side: Side,
): Array<{ price: number; quantity: number }> {
  const prices = new Set([...before.map((l) => l.price), ...after.map((l) => l.price)]);
  const out: Level[] = [];
  for (const price of prices) {
    const was = before.find((l) => l.price === price)?.quantity ?? 0n;
    const now = after.find((l) => l.price === price)?.quantity ?? 0n;
    if (was !== now) out.push({ price, quantity: now });
  }
  out.sort((a, b) => (side === 'buy' ? cmp(b.price, a.price) : cmp(a.price, b.price)));
  return out.map((l) => ({ price: Number(l.price), quantity: Number(l.quantity) }));
}

export function crosses(o: Pick<RefOrder, 'side' | 'price'>, makerPrice: bigint): boolean {
  return o.side === 'buy' ? makerPrice <= (o.price as bigint) : makerPrice >= (o.price as bigint);
}

export function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function num(v: bigint | null): number | null {
  return v === null ? null : Number(v);
}

export function decimalsIn(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
