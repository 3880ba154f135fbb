// placeOrder: static checks, idempotency, state checks, hold, matching, and the order's final
// state. The whole order lifecycle on entry reads top to bottom here.

import { nameClientOrder } from './client-ids.ts';
import type { CoreErrorCode } from './errors.ts';
import { feeCeil } from './fees.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import { fokFillable, limitBuyHold, match, STOP_DONE, STOP_SELF_TRADE } from './matching.ts';
import { OrderRec } from './order.ts';
import type { Outcome, State } from './state.ts';
import type { CoreError, OrderStatus, PlaceOrderCommand } from './types.ts';
import { err, liveClientOrder, type ParsedOrder, parsePlaceOrder, sameParameters } from './validation.ts';

export function fail(s: State, error: CoreError): Outcome {
  return s.fail(error);
}

export function placeOrder(s: State, cmd: PlaceOrderCommand): Outcome {
  const acct = s.accounts.get(cmd.accountId);
  if (acct === undefined) return fail(s, err('ACCOUNT_NOT_FOUND', `no account ${cmd.accountId}`));
  const m = s.market(cmd.market);
  if (m === undefined) return fail(s, err('MARKET_NOT_FOUND', `no market ${cmd.market}`));
  const p = parsePlaceOrder(cmd, m, acct, s);
  if ('code' in p) return fail(s, p);

  if (p.clientOrderId !== null) {
    const existing = liveClientOrder(s, acct, p.clientOrderId);
    if (existing !== undefined) {
      if (!sameParameters(existing, m, p)) {
        return fail(s, err('DUPLICATE_CLIENT_ORDER_ID', `clientOrderId ${p.clientOrderId} is in use`));
      }
      const o = s.finish();
      o.order = existing;
      o.replayed = true;
      if (existing.rejectReason !== null) {
        o.ok = false;
        o.error = err(existing.rejectReason, `order ${existing.orderId} was rejected`);
      }
      return o;
    }
  }

  const order = record(s, acct, m, p);
  if (m.status === 'halted') return reject(s, order, 'MARKET_HALTED', `market ${m.symbol} is halted`);

  const quote = m.quote.index;
  // Balances pass 2^31, so a balance returned from a call that is not inlined is boxed (a heap
  // number per order): the common paths ask covers(), a boolean, and only a market buy by
  // quantity, which holds all that is available, reads the amount.
  let hold: number;
  if (!p.isBuy) hold = p.quantityLots * m.lotUnits;
  else if (p.isLimit) hold = limitBuyHold(order);
  else if (p.quoteQuantity >= 0) hold = p.quoteQuantity + feeCeil(p.quoteQuantity, acct.takerFeeBps);
  else {
    const available = acct.available(quote);
    hold = available > 0 ? available : 1; // a market buy by quantity spends what is available
  }
  if (!acct.covers(p.isBuy ? quote : m.base.index, hold))
    return reject(s, order, 'INSUFFICIENT_FUNDS', 'insufficient available balance');

  if (p.postOnly) {
    const best = m.book.side(!p.isBuy).best();
    if (best !== undefined && (p.isBuy ? best.price <= p.priceTicks : best.price >= p.priceTicks)) {
      return reject(s, order, 'POST_ONLY_WOULD_TAKE', 'a post-only order would take liquidity');
    }
  }
  if (p.fillOrKill && !fokFillable(order)) {
    order.status = 'expired';
    s.emitOrder(order);
    return done(s, order);
  }

  s.ledger.lock(acct, p.isBuy ? quote : m.base.index, hold);
  order.hold = hold;
  finalize(s, order, match(s, order), true);
  s.emitOrder(order);
  return done(s, order);
}

function done(s: State, order: OrderRec): Outcome {
  const o = s.finish();
  o.order = order;
  return o;
}

function record(s: State, acct: AccountRec, m: MarketRec, p: ParsedOrder): OrderRec {
  const seq = ++s.orderSeq;
  const order = (s.takeRecord() ?? new OrderRec()).reset(
    seq,
    s.orderIds.id(seq),
    p.clientOrderId,
    acct,
    m,
    p.flags,
    p.priceTicks,
    p.quantityLots,
    p.quoteQuantity,
    p.expireAt,
    s.ts,
  );
  s.orders.add(order);
  if (p.clientOrderId !== null) nameClientOrder(order, p.clientOrderId);
  return order;
}

function reject(s: State, order: OrderRec, code: CoreErrorCode, message: string): Outcome {
  order.status = 'rejected';
  order.rejectReason = code;
  s.emitOrder(order);
  const o = s.fail(err(code, message));
  o.order = order;
  return o;
}

/**
 * After matching: rest a GTC/GTD remainder, otherwise end the order (filled, expired, or canceled
 * by self-trade prevention) and release what it still holds.
 */
export function finalize(s: State, order: OrderRec, stop: number, fresh: boolean): void {
  if (stop === STOP_SELF_TRADE) {
    s.close(order, 'canceled', 'selfTradePrevention');
    return;
  }
  if (order.quantityLots >= 0 && order.remainingLots === 0) {
    s.close(order, 'filled', null);
    return;
  }
  const tif = order.timeInForce;
  if (order.orderType === 'limit' && (tif === 'GTC' || tif === 'GTD')) {
    order.status = order.filledLots > 0 ? 'partiallyFilled' : 'new';
    // Joins the account's open orders only when it rests (still in seq order: it is the newest
    // order). An order that ends within its placing command never touches the list's tail.
    if (fresh) order.account.addOpen(order);
    s.rest(order, fresh);
    return;
  }
  // A quoteQuantity buy is complete once what is left of its budget cannot buy one more lot, at
  // the next maker's price (STOP_DONE) or, when the book ran out, at its last fill's price (the
  // market's last trade). Anything else left over expires.
  const m = order.market;
  const spent =
    order.quantityLots < 0 &&
    order.filledLots > 0 &&
    (stop === STOP_DONE || order.quoteQuantity - order.filledQuote < m.notional(m.lastPriceTicks, 1));
  const status: OrderStatus = spent ? 'filled' : 'expired';
  s.close(order, status, null);
}
