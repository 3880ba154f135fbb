// Spot positions per account and market, derived from the account's executions.
// Method: weighted average cost. `cost` is the basis of the open quantity (quote units, >= 0);
// a reduction realizes (fill price − average) × reduced quantity (sign-adjusted for shorts) and
// removes cost × reduced / open from the basis, truncated toward zero, so the rounding remainder
// stays in the basis and is realized exactly when the position returns to zero. Fees excluded.

import type { MarketRec } from './market.ts';
import { derivedPriceDecimals, formatBig } from './order.ts';
import type { PositionView } from './views.ts';

/** A position as the views and snapshots see it (the engine keeps it in AccountRec.pos). */
export class Position {
  /** Signed lots: positive long, negative short. */
  netLots = 0;
  /** Quote units paid (long) or received (short) for the open quantity. */
  cost = 0;
  /** Quote units. */
  realized = 0;
}

// An account's positions live in one number array (AccountRec.pos), POS_WIDTH slots per market
// index: no object per position, and a fill reads one array next to the account's balances.
// applyFill uses the file-local const enum, which esbuild writes into the code as literals: TurboFan
// reloads a module-level const from the module context, with a check, at every use.
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see above)
const enum Pos {
  OPEN = 0,
  NET = 1,
  COST = 2,
  REALIZED = 3,
  WIDTH = 4,
}
/** 1 once the account has had an execution in the market (it then has a position, maybe flat). */
export const POS_OPEN = Pos.OPEN;
export const POS_NET = Pos.NET;
export const POS_COST = Pos.COST;
export const POS_REALIZED = Pos.REALIZED;
export const POS_WIDTH = Pos.WIDTH;

/** Removes `part` of `whole` lots from the cost basis: trunc(cost × part / whole), exact. */
function costShare(cost: number, part: number, whole: number): number {
  const product = cost * part;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / whole);
  return Number((BigInt(cost) * BigInt(part)) / BigInt(whole));
}

/** Applies one execution to the position at `at` in `pos` (an AccountRec.pos). */
export function applyFill(
  pos: number[],
  at: number,
  isBuy: boolean,
  lots: number,
  notional: number,
  m: MarketRec,
  ticks: number,
): void {
  pos[at + Pos.OPEN] = 1;
  const net = pos[at + Pos.NET] as number;
  const cost = pos[at + Pos.COST] as number;
  if (isBuy ? net >= 0 : net <= 0) {
    pos[at + Pos.NET] = isBuy ? net + lots : net - lots;
    pos[at + Pos.COST] = cost + notional;
    return;
  }
  const open = isBuy ? -net : net;
  const reduce = Math.min(lots, open);
  const removed = reduce === open ? cost : costShare(cost, reduce, open);
  const value = reduce === lots ? notional : m.notional(ticks, reduce);
  // Long reduced by a sell gains value − removed; a short bought back gains removed − value.
  pos[at + Pos.REALIZED] = (pos[at + Pos.REALIZED] as number) + (isBuy ? removed - value : value - removed);
  if (lots <= open) {
    pos[at + Pos.NET] = isBuy ? net + lots : net - lots;
    pos[at + Pos.COST] = cost - removed;
    return;
  }
  const flip = lots - open;
  pos[at + Pos.NET] = isBuy ? flip : -flip;
  pos[at + Pos.COST] = m.notional(ticks, flip);
}

/** bestBid/bestAsk in ticks, 0 when missing. */
export function positionView(pos: Position, m: MarketRec, bestBid: number, bestAsk: number): PositionView {
  const netBase = pos.netLots * m.lotUnits;
  const d = derivedPriceDecimals(m);
  const scale = 10n ** BigInt(m.base.decimals + d - m.quote.decimals);
  let average: string | null = null;
  if (netBase !== 0) average = formatBig((BigInt(pos.cost) * scale) / BigInt(Math.abs(netBase)), d);
  let unrealized: string | null = null;
  let mark: string | null = null;
  if (bestBid > 0 && bestAsk > 0) {
    const mid2 = BigInt(bestBid + bestAsk); // twice the mid, in ticks
    // mark = mid in price units rescaled to d decimals.
    const markScaled = (mid2 * BigInt(m.tickUnits) * 10n ** BigInt(d - m.priceDecimals)) / 2n;
    mark = formatBig(markScaled, d);
    const absLots = BigInt(Math.abs(pos.netLots));
    const value2 = mid2 * absLots * BigInt(m.unitNotional); // twice the open quantity's value
    const cost2 = 2n * BigInt(pos.cost);
    const pnl2 = pos.netLots >= 0 ? value2 - cost2 : cost2 - value2;
    unrealized = formatBig(pnl2 / 2n, m.quote.decimals); // bigint division truncates toward zero
  }
  return {
    market: m.symbol,
    baseAsset: m.base.symbol,
    quoteAsset: m.quote.symbol,
    netQuantity: m.formatQuantity(netBase),
    averageEntryPrice: average,
    realizedPnl: m.formatQuote(pos.realized),
    unrealizedPnl: unrealized,
    markPrice: mark,
  };
}
