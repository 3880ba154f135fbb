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
 * placeOrder's static checks in the documented order (shape and syntax, expireAt, price,
 * quantity, quoteQuantity, notional): the parsed parameters, or a Reject.
 */
export function staticChecks(
  cmd: PlaceOrderCommand,
  m: RefMarket,
  decimals: (asset: string) => number,
  now: number,
  notional: Notional,
) {
  const qd = decimals(m.quote);
  const bd = decimals(m.base);
  const isLimit = cmd.orderType === 'limit';
  const bad = (cond: boolean) => {
    if (cond) throw new Reject('VALIDATION_FAILED');
  };
  bad(cmd.side !== 'buy' && cmd.side !== 'sell');
  bad(cmd.orderType !== 'limit' && cmd.orderType !== 'market');
  bad(cmd.clientOrderId !== undefined && !CID_RE.test(cmd.clientOrderId));
  if (isLimit) bad(cmd.price === undefined || cmd.quantity === undefined || cmd.quoteQuantity !== undefined);
  else bad((cmd.quantity === undefined) === (cmd.quoteQuantity === undefined) || cmd.price !== undefined);
  bad(cmd.quoteQuantity !== undefined && !(cmd.orderType === 'market' && cmd.side === 'buy'));
  const tif: TimeInForce = cmd.timeInForce ?? (isLimit ? 'GTC' : 'IOC');
  bad(!['GTC', 'IOC', 'FOK', 'GTD'].includes(tif));
  bad(!isLimit && tif !== 'IOC');
  bad((tif === 'GTD') !== (cmd.expireAt !== undefined));
  bad(cmd.expireAt !== undefined && !Number.isSafeInteger(cmd.expireAt));
  const postOnly = cmd.postOnly ?? false;
  bad(postOnly && !(isLimit && (tif === 'GTC' || tif === 'GTD')));
  const stp: SelfTradePrevention = cmd.selfTradePrevention ?? 'cancelTaker';
  bad(!['cancelTaker', 'cancelMaker', 'cancelBoth'].includes(stp));
  const price = cmd.price === undefined ? null : parseDecimal(cmd.price, m.priceDecimals);
  const qty = cmd.quantity === undefined ? null : parseDecimal(cmd.quantity, bd);
  const quote = cmd.quoteQuantity === undefined ? null : parseDecimal(cmd.quoteQuantity, qd);
  bad(price === 'syntax' || qty === 'syntax' || quote === 'syntax' || quote === 'precision');
  if (cmd.expireAt !== undefined && cmd.expireAt <= now) throw new Reject('EXPIRE_AT_IN_PAST');
  if (price !== null && price !== 'syntax') checkPrice(price, m);
  if (qty !== null && qty !== 'syntax') checkQuantity(qty, m);
  if (typeof quote === 'bigint') {
    if (quote === 0n || quote > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
    if (quote < m.minNotional) throw new Reject('NOTIONAL_BELOW_MINIMUM');
  }
  if (typeof price === 'bigint' && typeof qty === 'bigint') checkNotional(notional(m, price, qty), m);
  return {
    price: typeof price === 'bigint' ? price : null,
    quantity: typeof qty === 'bigint' ? qty : null,
    quoteQuantity: typeof quote === 'bigint' ? quote : null,
    tif,
    expireAt: cmd.expireAt ?? null,
    postOnly,
    stp,
  };
}

export function checkPrice(price: bigint | 'precision', m: RefMarket): void {
  if (price === 'precision' || price % m.tick !== 0n) throw new Reject('PRICE_NOT_ON_TICK');
  if (price === 0n || price > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
}

export function checkQuantity(qty: bigint | 'precision', m: RefMarket): void {
  if (qty === 'precision' || qty % m.lot !== 0n) throw new Reject('QUANTITY_NOT_ON_LOT');
  if (qty > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
  if (qty < m.minQty || qty === 0n) throw new Reject('QUANTITY_BELOW_MINIMUM');
}

export function checkNotional(n: bigint, m: RefMarket): void {
  if (n > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
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
