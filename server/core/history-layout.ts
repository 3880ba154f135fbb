// Row layout of the history projection (history.ts): column indexes, flag bits, enum tables. The
// flag bits of an order's fixed parameters are also OrderRec's own (order.ts), and the status
// codes the order index's (state.ts).

import { CORE_ERROR_CODES, type CoreErrorCode } from './errors.ts';
import type { CancelReason, OrderSnapshot, OrderStatus, SelfTradePrevention, TimeInForce } from './types.ts';

// Order rows: numbers (Float64) and small integers (Int32). quoteQuantity and expireAt, set on few
// orders, live in maps. 88 bytes an order.
export const O_PRICE = 0; // -1 = null (also quantity)
export const O_QTY = 1;
export const O_FILLED = 2;
export const O_FILLED_QUOTE = 3;
export const O_FEE = 4;
export const O_CREATED = 5;
export const O_UPDATED = 6;
export const O_LAST_EXEC = 7; // newest execution of the order, 0 = none
export const ORDER_NUMBERS = 8;
export const O_ACCOUNT = 0;
export const O_MARKET = 1;
export const O_FLAGS = 2; // see flags()
export const ORDER_INTS = 3;

// Execution rows; account, market and side are the order's. 64 bytes an execution.
export const E_ORDER = 0; // the order's seq, negative when the execution is the taker's
export const E_PRICE = 1;
export const E_QTY = 2;
export const E_QUOTE_QTY = 3;
export const E_FEE = 4;
export const E_TRADE = 5;
export const E_AT = 6;
export const E_PREV = 7; // the order's previous execution, 0 = none
export const EXECUTION_WIDTH = 8;

// Flag bits of an order.
export const F_SELL = 1;
export const F_MARKET = 2;
export const F_POST_ONLY = 4;
export const F_TIF = 3; // shifts: 2 bits
export const F_STP = 5; // 2 bits
export const F_STATUS = 7; // 3 bits
export const F_CANCEL = 10; // 3 bits, reason index + 1 (0 = null)
export const F_REJECT = 13; // 5 bits, code index + 1 (0 = null)

export const TIFS: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK', 'GTD'];
export const STPS: readonly SelfTradePrevention[] = ['cancelTaker', 'cancelMaker', 'cancelBoth'];
export const STATUSES: readonly OrderStatus[] = [
  'new',
  'partiallyFilled',
  'filled',
  'canceled',
  'rejected',
  'expired',
];
export const CANCEL_REASONS: readonly CancelReason[] = [
  'user',
  'cancelAll',
  'deadMansSwitch',
  'disconnect',
  'selfTradePrevention',
];

export const nullable = (v: number | null): number => (v === null ? -1 : v);
export const orNull = (v: number): number | null => (v < 0 ? null : v);

export function flags(o: OrderSnapshot): number {
  return (
    (o.side === 'sell' ? F_SELL : 0) |
    (o.orderType === 'market' ? F_MARKET : 0) |
    (o.postOnly ? F_POST_ONLY : 0) |
    (tifIndex(o.timeInForce) << F_TIF) |
    (stpIndex(o.selfTradePrevention) << F_STP) |
    outcomeFlags(o.status, o.cancelReason, o.rejectReason)
  );
}

/** The outcome bits of a row's flags: status, cancel reason, reject reason. */
export function outcomeFlags(
  status: OrderStatus,
  cancelReason: CancelReason | null,
  rejectReason: CoreErrorCode | null,
): number {
  return (
    (statusIndex(status) << F_STATUS) |
    ((cancelReason === null ? 0 : CANCEL_REASONS.indexOf(cancelReason) + 1) << F_CANCEL) |
    ((rejectReason === null ? 0 : CORE_ERROR_CODES.indexOf(rejectReason) + 1) << F_REJECT)
  );
}

export function cancelReasonOf(f: number): CancelReason | null {
  const i = bits(f, F_CANCEL, 3);
  return i === 0 ? null : (CANCEL_REASONS[i - 1] as CancelReason);
}

export function rejectReasonOf(f: number): CoreErrorCode | null {
  const i = bits(f, F_REJECT, 5);
  return i === 0 ? null : (CORE_ERROR_CODES[i - 1] as CoreErrorCode);
}

export const bits = (f: number, shift: number, width: number): number => (f >>> shift) & ((1 << width) - 1);

// Switches on the constant strings the engine writes (identity compares): cheaper than indexOf on
// every order event. The tables above stay the reference order (asserted by the round trips).
export function tifIndex(t: TimeInForce): number {
  switch (t) {
    case 'GTC':
      return 0;
    case 'IOC':
      return 1;
    case 'FOK':
      return 2;
    default:
      return 3;
  }
}

export function stpIndex(s: SelfTradePrevention): number {
  switch (s) {
    case 'cancelTaker':
      return 0;
    case 'cancelMaker':
      return 1;
    default:
      return 2;
  }
}

export function statusIndex(s: OrderStatus): number {
  switch (s) {
    case 'new':
      return 0;
    case 'partiallyFilled':
      return 1;
    case 'filled':
      return 2;
    case 'canceled':
      return 3;
    case 'rejected':
      return 4;
    default:
      return 5;
  }
}
