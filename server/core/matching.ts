// Price-time matching of one taker against the opposite side, and the settlement of each fill:
// ledger (holds, fees), executions, public trade, positions, ticker. Called by order entry and
// amend; all state changes go through State so the command's book/balance events stay exact.

import { accrueFees, feeHeadroom } from './fees.ts';
import type { MarketRec } from './market.ts';
import type { OrderRec } from './order.ts';
import { type Level, unlinkOrder } from './order-book.ts';
import { applyFill } from './positions.ts';
import type { State } from './state.ts';
import { minuteOf } from './ticker.ts';

/** Why matching stopped. */
export const STOP_DONE = 0; // the taker wants nothing more
export const STOP_NO_LIQUIDITY = 1; // no more crossing makers
export const STOP_SELF_TRADE = 2; // self-trade prevention canceled the taker
export const STOP_FUNDS = 3; // a market buy by quantity ran out of funds

/** The hold a resting limit buy needs for its remaining quantity (see index.ts LEDGER). */
export function limitBuyHold(o: OrderRec): number {
  const n = o.market.notional(o.priceTicks, o.remainingLots);
  return n + feeHeadroom(o, n, o.account.maxFeeBps);
}

/** Lots the taker still wants at `ticks` (quoteQuantity orders: what the quote left buys). */
function wantedLots(taker: OrderRec, m: MarketRec, ticks: number): number {
  if (taker.quantityLots >= 0) return taker.quantityLots - taker.filledLots;
  return Math.floor((taker.quoteQuantity - taker.filledQuote) / (ticks * m.unitNotional));
}

/** Largest q <= cap whose notional plus fee fits a market buy's remaining funds. */
function affordableLots(taker: OrderRec, m: MarketRec, ticks: number, cap: number): number {
  const budget = taker.hold;
  const bps = taker.account.takerFeeBps;
  if (lotsCost(taker, m, ticks, cap, bps) <= budget) return cap;
  const perLot = ticks * m.unitNotional;
  let q = Math.min(cap, Math.max(0, Math.floor((budget * 10_000) / (perLot * (10_000 + bps)))));
  while (q > 0 && lotsCost(taker, m, ticks, q, bps) > budget) q--;
  while (q < cap && lotsCost(taker, m, ticks, q + 1, bps) <= budget) q++;
  return q;
}

/** Notional of q lots plus the fee the taker would be charged for it. */
function lotsCost(taker: OrderRec, m: MarketRec, ticks: number, q: number, bps: number): number {
  const n = m.notional(ticks, q);
  return n + feeHeadroom(taker, n, bps);
}

/** Matches `taker` while it crosses; returns a STOP_* reason. */
export function match(s: State, taker: OrderRec): number {
  const m = taker.market;
  const side = m.book.side(!taker.isBuy);
  const isMarket = taker.orderType === 'market';
  const limit = taker.priceTicks;
  const acct = taker.account;
  const marketBuyByQuantity = isMarket && taker.isBuy && taker.quantityLots >= 0;
  for (;;) {
    const level = side.best();
    if (level === undefined) return STOP_NO_LIQUIDITY;
    const price = level.price;
    if (!isMarket && (taker.isBuy ? price > limit : price < limit)) return STOP_NO_LIQUIDITY;
    let maker = level.head;
    while (maker !== null) {
      const want = wantedLots(taker, m, price);
      if (want <= 0) return STOP_DONE;
      // Funds first: a buyer who cannot pay for one more lot never meets its own order, so there
      // is no self-trade to prevent.
      if (marketBuyByQuantity && affordableLots(taker, m, price, 1) === 0) return STOP_FUNDS;
      const next = maker.next;
      if (maker.account === acct) {
        if (taker.stp === 'cancelTaker') return STOP_SELF_TRADE;
        s.close(maker, 'canceled', 'selfTradePrevention');
        s.emitOrder(maker);
        if (taker.stp === 'cancelBoth') return STOP_SELF_TRADE;
        maker = next;
        continue;
      }
      const makerLots = maker.remainingLots;
      let lots = Math.min(want, makerLots);
      if (marketBuyByQuantity) {
        lots = affordableLots(taker, m, price, lots);
        if (lots === 0) return STOP_FUNDS;
      }
      fill(s, m, level, maker, taker, lots);
      maker = next;
    }
  }
}

/** Whether a FOK order can fill completely right now (see index.ts MATCHING). */
export function fokFillable(taker: OrderRec): boolean {
  const m = taker.market;
  const levels = m.book.side(!taker.isBuy).levels;
  let need = taker.quantityLots - taker.filledLots;
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i] as Level;
    if (taker.isBuy ? level.price > taker.priceTicks : level.price < taker.priceTicks) return false;
    for (let maker = level.head; maker !== null; maker = maker.next) {
      if (maker.account === taker.account) {
        if (taker.stp === 'cancelMaker') continue;
        return false;
      }
      need -= maker.remainingLots;
      if (need <= 0) return true;
    }
  }
  return false;
}

function fill(s: State, m: MarketRec, level: Level, maker: OrderRec, taker: OrderRec, lots: number): void {
  const ts = s.ts;
  const ticks = level.price;
  const n = m.notional(ticks, lots);
  const baseUnits = lots * m.lotUnits;
  // Read once: the getter's flag mask is a module constant, reloaded with a check at each use.
  const takerBuys = taker.isBuy;
  const makerCharged = maker.feeCharged;
  const takerCharged = taker.feeCharged;
  accrueFees(maker, maker.account.makerFeeBps, taker, taker.account.takerFeeBps, n);
  const makerFee = maker.feeCharged - makerCharged;
  const takerFee = taker.feeCharged - takerCharged;

  s.touchLevel(m, level);
  level.lots -= lots;
  maker.filledLots += lots;
  maker.filledQuote += n;
  maker.updatedAt = ts;
  taker.filledLots += lots;
  taker.filledQuote += n;
  taker.updatedAt = ts;
  taker.status = 'partiallyFilled';

  const ledger = s.ledger;
  const quote = m.quote.index;
  const base = m.base.index;
  const buyer = takerBuys ? taker : maker;
  const seller = takerBuys ? maker : taker;
  const buyerFee = takerBuys ? takerFee : makerFee;
  const sellerFee = takerBuys ? makerFee : takerFee;
  const spent = n + buyerFee;
  if (buyer.orderType === 'limit') {
    const newHold = limitBuyHold(buyer);
    ledger.settleHold(buyer.account, quote, spent, buyer.hold - spent - newHold);
    buyer.hold = newHold;
  } else {
    ledger.settleHold(buyer.account, quote, spent, 0);
    buyer.hold -= spent;
  }
  ledger.credit(buyer.account, base, baseUnits);
  ledger.settleHold(seller.account, base, baseUnits, 0);
  seller.hold -= baseUnits;
  ledger.credit(seller.account, quote, n - sellerFee);
  if (makerFee + takerFee > 0) ledger.credit(s.feeAccount, quote, makerFee + takerFee);

  if (maker.remainingLots === 0) {
    unlinkOrder(level, maker, 0);
    m.book.count--;
    if (level.head === null) m.book.side(!takerBuys).remove(level);
    maker.status = 'filled';
    maker.account.removeOpen(maker);
  } else {
    maker.status = 'partiallyFilled';
  }

  const tradeSeq = ++s.tradeSeq;
  const tradeId = s.tradeIds.id(tradeSeq);
  const price = ticks * m.tickUnits;
  m.ticker.record(minuteOf(ts), ticks, lots, n);
  m.lastPriceTicks = ticks;
  const out = s.out;
  const trade = out.tradeRecord;
  trade.tradeId = tradeId;
  trade.seq = tradeSeq;
  trade.market = m.symbol;
  trade.price = price;
  trade.quantity = baseUnits;
  trade.takerSide = takerBuys ? 'buy' : 'sell';
  trade.executedAt = ts;
  s.sink.event(out.trade);
  execute(s, m, maker, taker, takerBuys, tradeId, ticks, price, baseUnits, lots, n, makerFee, takerFee);
  s.emitOrder(maker);
}

/**
 * Publishes the fill's executions, the maker's then the taker's, and applies each to its account's
 * position. One call for both (TurboFan does not inline it, and a call costs some 25 instructions):
 * the taker's execution rewrites only the fields in which it differs from the maker's, in the
 * engine's reused record (see sink.ts LIFETIME).
 */
function execute(
  s: State,
  m: MarketRec,
  maker: OrderRec,
  taker: OrderRec,
  takerBuys: boolean,
  tradeId: string,
  ticks: number,
  price: number,
  baseUnits: number,
  lots: number,
  notional: number,
  makerFee: number,
  takerFee: number,
): void {
  const e = s.out.executionRecord;
  const event = s.out.execution;
  const ids = s.executionIds;
  let seq = ++s.executionSeq;
  const makerAcct = maker.account;
  e.executionId = ids.id(seq);
  e.seq = seq;
  e.orderId = maker.orderId;
  e.clientOrderId = maker.clientOrderId;
  e.accountId = makerAcct.accountId;
  e.market = m.symbol;
  e.side = takerBuys ? 'sell' : 'buy';
  e.price = price;
  e.quantity = baseUnits;
  e.quoteQuantity = notional;
  e.fee = makerFee;
  e.feeAsset = m.quote.symbol;
  e.liquidity = 'maker';
  e.tradeId = tradeId;
  e.executedAt = s.ts;
  s.sink.event(event);
  applyFill(makerAcct.pos, makerAcct.positionAt(m.index), !takerBuys, lots, notional, m, ticks);

  seq = ++s.executionSeq;
  const takerAcct = taker.account;
  e.executionId = ids.id(seq);
  e.seq = seq;
  e.orderId = taker.orderId;
  e.clientOrderId = taker.clientOrderId;
  e.accountId = takerAcct.accountId;
  e.side = takerBuys ? 'buy' : 'sell';
  e.fee = takerFee;
  e.liquidity = 'taker';
  s.sink.event(event);
  applyFill(takerAcct.pos, takerAcct.positionAt(m.index), takerBuys, lots, notional, m, ticks);
}
