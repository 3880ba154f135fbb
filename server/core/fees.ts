// Fee arithmetic in basis points without ever forming notional × bps (which could pass 2^53):
// x × b / 10000 = floor(x / 10000) × b + (x mod 10000) × b / 10000, the second part < 10^8.
//
// Rounding: fees are rounded UP so the payer never pays less than the exact fee, but only once per
// order: the order accrues its exact fee (whole + rem/10000 units) and each execution is charged
// the increase of ceil(accrued). This keeps the limit-buy hold formula (index.ts) sufficient.

import type { OrderRec } from './order.ts';

// A const enum, not a module constant: esbuild writes it into the code as a literal, so TurboFan
// divides by a known 10,000 (a multiply and shifts) instead of reloading a module-level const with
// a check at each use and dividing by it (idiv, or a float division and a floor).
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see above)
const enum Bps {
  DENOMINATOR = 10_000,
}

/**
 * Accrues the exact fees of one fill on its maker (rate `makerBps`) and taker (`takerBps`); what
 * each is charged for the fill is the increase of its feeCharged. Both in one call, the notional
 * split once: fill does not inline fee code (its inlining budget goes to other callees), and each
 * call costs some 25 instructions.
 */
export function accrueFees(
  maker: OrderRec,
  makerBps: number,
  taker: OrderRec,
  takerBps: number,
  notional: number,
): void {
  const rest = notional % Bps.DENOMINATOR;
  const units = (notional - rest) / Bps.DENOMINATOR;
  if (makerBps !== 0) accrue(maker, units, rest, makerBps);
  if (takerBps !== 0) accrue(taker, units, rest, takerBps);
}

/** Adds (units × 10000 + rest) × bps / 10000 to the order's exact fee and rounds feeCharged up. */
function accrue(order: OrderRec, units: number, rest: number, bps: number): void {
  let whole = order.feeWhole + units * bps;
  let rem = order.feeRem + rest * bps;
  if (rem >= Bps.DENOMINATOR) {
    // rem >= 0: an exact integer division (multiplies), not a float division and a floor.
    const left = rem % Bps.DENOMINATOR;
    whole += (rem - left) / Bps.DENOMINATOR;
    rem = left;
  }
  order.feeWhole = whole;
  order.feeRem = rem;
  order.feeCharged = rem > 0 ? whole + 1 : whole;
}

/**
 * ceil(accrued + notional × bps / 10000) − charged: the most the order can still be charged in fees
 * if `notional` more trades at rate `bps`.
 */
export function feeHeadroom(order: OrderRec, notional: number, bps: number): number {
  const rest = notional % Bps.DENOMINATOR;
  let whole = order.feeWhole + ((notional - rest) / Bps.DENOMINATOR) * bps;
  let rem = order.feeRem + rest * bps;
  if (rem >= Bps.DENOMINATOR) {
    const carry = Math.floor(rem / Bps.DENOMINATOR);
    whole += carry;
    rem -= carry * Bps.DENOMINATOR;
  }
  return (rem > 0 ? whole + 1 : whole) - order.feeCharged;
}

/** ceil(notional × bps / 10000) for a fresh order. */
export function feeCeil(notional: number, bps: number): number {
  const rest = notional % Bps.DENOMINATOR;
  const whole = ((notional - rest) / Bps.DENOMINATOR) * bps;
  const part = rest * bps;
  return whole + Math.ceil(part / Bps.DENOMINATOR);
}
