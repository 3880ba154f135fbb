// The mutable order record the engine works on, and its conversions to snapshots and views.
// Matching works in ticks and lots; snapshots and views use API units (see index.ts "UNITS").

import type { CoreErrorCode } from './errors.ts';
import {
  F_MARKET,
  F_POST_ONLY,
  F_SELL,
  F_STP,
  F_TIF,
  STPS,
  stpIndex,
  TIFS,
  tifIndex,
} from './history-layout.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import type { Level } from './order-book.ts';
import { blankOrderSnapshot, copyOrderSnapshot, type Mutable } from './sink.ts';
import type {
  CancelReason,
  OrderSnapshot,
  OrderStatus,
  OrderType,
  SelfTradePrevention,
  TimeInForce,
} from './types.ts';
import type { OrderView } from './views.ts';

const SCRATCH = blankOrderSnapshot();

// history-layout.ts's flag bits of an order's parameters (F_SELL...) as a file-local const enum:
// tsx/esbuild write its members into the code as literals, while TurboFan reloads an imported
// constant (or the TIFS / STPS tables) from the module context, with checks, at every use in the
// getters matching inlines and in writeSnapshot (each order event). Checked against those below.
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see above)
const enum Flag {
  SELL = 1,
  MARKET = 2,
  POST_ONLY = 4,
  /** Shifts of the 2-bit TIFS and STPS indexes. */
  TIF = 3,
  STP = 5,
}
if (
  F_SELL !== Flag.SELL ||
  F_MARKET !== Flag.MARKET ||
  F_POST_ONLY !== Flag.POST_ONLY ||
  F_TIF !== Flag.TIF ||
  F_STP !== Flag.STP ||
  TIFS.join() !== 'GTC,IOC,FOK,GTD' ||
  STPS.join() !== 'cancelTaker,cancelMaker,cancelBoth'
)
  throw new Error('order.ts: Flag differs from history-layout.ts');

/** isBuy, orderType, postOnly, timeInForce and stp packed as OrderRec.reset takes them. */
export function orderFlags(
  isBuy: boolean,
  orderType: OrderType,
  timeInForce: TimeInForce,
  postOnly: boolean,
  stp: SelfTradePrevention,
): number {
  return (
    (isBuy ? 0 : Flag.SELL) |
    (orderType === 'market' ? Flag.MARKET : 0) |
    (postOnly ? Flag.POST_ONLY : 0) |
    (tifIndex(timeInForce) << Flag.TIF) |
    (stpIndex(stp) << Flag.STP)
  );
}

/**
 * An order as the engine works on it. Records are recycled (State.recycle / takeRecord): a record
 * whose order closed is reset for a later order, so a record read after its order closed, beyond
 * the command's answer (valid until the next command), may describe another order.
 */
export class OrderRec {
  // Book links (intrusive FIFO per level).
  prev: OrderRec | null = null;
  next: OrderRec | null = null;
  level: Level | null = null;
  // Links in the account's list of open orders.
  openPrev: OrderRec | null = null;
  openNext: OrderRec | null = null;

  filledLots = 0;
  /** Quote units. */
  filledQuote = 0;
  /** Fees charged so far (quote units) = ceil of the exact accrued fee. */
  feeCharged = 0;
  /** Exact accrued fee = feeWhole + feeRem / 10000 quote units. */
  feeWhole = 0;
  feeRem = 0;
  /** Amount this order currently holds (base units for sells, quote units for buys). */
  hold = 0;
  status: OrderStatus = 'new';
  cancelReason: CancelReason | null = null;
  rejectReason: CoreErrorCode | null = null;
  updatedAt = 0;
  /** Price and quantity as placed (amend changes priceTicks / quantityLots): idempotency compares these. */
  readonly placedPriceTicks: number = 0;
  readonly placedQuantityLots: number = 0;
  /**
   * isBuy, orderType, postOnly, timeInForce and stp packed as in a history row's flags
   * (history-layout.ts): four fewer fields (32 bytes) in a record allocated per order.
   */
  private flags = 0;
  readonly seq: number = 0;
  readonly orderId: string = '';
  readonly clientOrderId: string | null = null;
  readonly account!: AccountRec;
  readonly market!: MarketRec;
  /** Ticks; 0 for market orders. */
  priceTicks = 0;
  /** Lots; -1 for market buys by quoteQuantity. */
  quantityLots = 0;
  /** Quote units; -1 unless a market buy by quoteQuantity. */
  readonly quoteQuantity: number = 0;
  /** µs; -1 unless GTD. */
  readonly expireAt: number = 0;
  readonly createdAt: number = 0;

  /**
   * Makes this record a new order's, a fresh one (`new OrderRec().reset(...)`) or a closed order's
   * reused one (State.takeRecord): every field is written. `parameterFlags` packs isBuy, orderType,
   * postOnly, timeInForce and stp (orderFlags; parsePlaceOrder packs them as it checks them).
   */
  reset(
    seq: number,
    orderId: string,
    clientOrderId: string | null,
    account: AccountRec,
    market: MarketRec,
    parameterFlags: number,
    priceTicks: number,
    quantityLots: number,
    quoteQuantity: number,
    expireAt: number,
    createdAt: number,
  ): this {
    const w = this as Mutable<OrderRec>;
    w.prev = null;
    w.next = null;
    w.level = null;
    w.openPrev = null;
    w.openNext = null;
    w.filledLots = 0;
    w.filledQuote = 0;
    w.feeCharged = 0;
    w.feeWhole = 0;
    w.feeRem = 0;
    w.hold = 0;
    w.status = 'new';
    w.cancelReason = null;
    w.rejectReason = null;
    w.updatedAt = createdAt;
    w.placedPriceTicks = priceTicks;
    w.placedQuantityLots = quantityLots;
    this.flags = parameterFlags;
    w.seq = seq;
    w.orderId = orderId;
    w.clientOrderId = clientOrderId;
    w.account = account;
    w.market = market;
    w.priceTicks = priceTicks;
    w.quantityLots = quantityLots;
    w.quoteQuantity = quoteQuantity;
    w.expireAt = expireAt;
    w.createdAt = createdAt;
    return this;
  }

  /** isBuy, orderType, postOnly, timeInForce and stp as a history row's flag bits. */
  get parameterFlags(): number {
    return this.flags;
  }

  get isBuy(): boolean {
    return (this.flags & Flag.SELL) === 0;
  }

  get orderType(): OrderType {
    return (this.flags & Flag.MARKET) !== 0 ? 'market' : 'limit';
  }

  get postOnly(): boolean {
    return (this.flags & Flag.POST_ONLY) !== 0;
  }

  get timeInForce(): TimeInForce {
    return tifOf((this.flags >>> Flag.TIF) & 3);
  }

  get stp(): SelfTradePrevention {
    return stpOf((this.flags >>> Flag.STP) & 3);
  }

  get remainingLots(): number {
    return this.quantityLots - this.filledLots;
  }

  get isOpen(): boolean {
    return this.status === 'new' || this.status === 'partiallyFilled';
  }

  /** Writes the order's current state into `t` (a reused snapshot, see sink.ts) and returns it. */
  writeSnapshot(t: Mutable<OrderSnapshot>): OrderSnapshot {
    const m = this.market;
    const f = this.flags;
    t.orderId = this.orderId;
    t.seq = this.seq;
    t.clientOrderId = this.clientOrderId;
    t.accountId = this.account.accountId;
    t.market = m.symbol;
    t.side = (f & Flag.SELL) === 0 ? 'buy' : 'sell';
    const isLimit = (f & Flag.MARKET) === 0;
    t.orderType = isLimit ? 'limit' : 'market';
    t.timeInForce = tifOf((f >>> Flag.TIF) & 3);
    t.price = isLimit ? this.priceTicks * m.tickUnits : null;
    t.quantity = this.quantityLots >= 0 ? this.quantityLots * m.lotUnits : null;
    t.quoteQuantity = this.quoteQuantity >= 0 ? this.quoteQuantity : null;
    t.filledQuantity = this.filledLots * m.lotUnits;
    t.filledQuoteQuantity = this.filledQuote;
    t.fee = this.feeCharged;
    t.status = this.status;
    t.postOnly = (f & Flag.POST_ONLY) !== 0;
    t.selfTradePrevention = stpOf((f >>> Flag.STP) & 3);
    t.expireAt = this.expireAt >= 0 ? this.expireAt : null;
    t.cancelReason = this.cancelReason;
    t.rejectReason = this.rejectReason;
    t.createdAt = this.createdAt;
    t.updatedAt = this.updatedAt;
    return t;
  }

  /** An owned snapshot (off the hot path: replays, query answers). */
  snapshot(): OrderSnapshot {
    return copyOrderSnapshot(this.writeSnapshot(SCRATCH));
  }
}

// TIFS[i] and STPS[i] as switches on literals (see Flag above): constant strings in the code.
function tifOf(i: number): TimeInForce {
  switch (i) {
    case 0:
      return 'GTC';
    case 1:
      return 'IOC';
    case 2:
      return 'FOK';
    default:
      return 'GTD';
  }
}

function stpOf(i: number): SelfTradePrevention {
  switch (i) {
    case 0:
      return 'cancelTaker';
    case 1:
      return 'cancelMaker';
    default:
      return 'cancelBoth';
  }
}

/** Formats an order snapshot with exact decimal strings. */
export function orderView(m: MarketRec, o: OrderSnapshot): OrderView {
  const filled = o.filledQuantity;
  return {
    orderId: o.orderId,
    clientOrderId: o.clientOrderId,
    accountId: o.accountId,
    market: o.market,
    side: o.side,
    type: o.orderType,
    timeInForce: o.timeInForce,
    price: o.price === null ? null : m.formatPrice(o.price),
    quantity: o.quantity === null ? null : m.formatQuantity(o.quantity),
    quoteQuantity: o.quoteQuantity === null ? null : m.formatQuote(o.quoteQuantity),
    filledQuantity: m.formatQuantity(filled),
    remainingQuantity: o.quantity === null ? null : m.formatQuantity(o.quantity - filled),
    filledQuoteQuantity: m.formatQuote(o.filledQuoteQuantity),
    averagePrice: filled === 0 ? null : averagePrice(m, o.filledQuoteQuantity, filled),
    fee: m.formatQuote(o.fee),
    feeAsset: m.quote.symbol,
    status: o.status,
    postOnly: o.postOnly,
    selfTradePrevention: o.selfTradePrevention,
    expireAt: o.expireAt,
    cancelReason: o.cancelReason,
    rejectReason: o.rejectReason,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/** Decimals used for derived prices (averages, mid): the quote asset's, or finer if the tick is. */
export function derivedPriceDecimals(m: MarketRec): number {
  return Math.max(m.quote.decimals, m.priceDecimals + 1);
}

/**
 * quoteUnits / baseUnits as a price, truncated to derivedPriceDecimals. Price in quote units per
 * whole base unit = quote × 10^baseDecimals / base (then rescaled), done in bigint: off the hot path.
 */
export function averagePrice(m: MarketRec, quoteUnits: number, baseUnits: number): string {
  const d = derivedPriceDecimals(m);
  const scaled =
    (BigInt(quoteUnits) * 10n ** BigInt(m.base.decimals + d - m.quote.decimals)) / BigInt(baseUnits);
  return formatBig(scaled, d);
}

export function formatBig(value: bigint, decimals: number): string {
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  if (decimals > 0) {
    if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  }
  return negative ? `-${digits}` : digits;
}
