// Changes to open orders: amend (priority rules, holds, crossing), cancel, cancel-all.

import { isClosedEntry } from './client-ids.ts';
import { STATUSES, statusIndex } from './history-layout.ts';
import type { AccountRec } from './ledger.ts';
import { limitBuyHold, match } from './matching.ts';
import type { OrderRec } from './order.ts';
import { fail, finalize } from './order-entry.ts';
import type { Outcome, State } from './state.ts';
import type {
  AmendOrderCommand,
  CancelAllCommand,
  CancelOrderCommand,
  CancelReason,
  CoreError,
  OrderStatus,
} from './types.ts';
import { checkNotional, err, parsePrice, parseQuantity } from './validation.ts';

const CANCEL_REASONS: ReadonlySet<unknown> = new Set([
  'user',
  'cancelAll',
  'deadMansSwitch',
  'disconnect',
  'selfTradePrevention',
]);

/** The caller's open order named by orderId or clientOrderId, or the error to answer. */
function findOpenOrder(
  s: State,
  acct: AccountRec,
  cmd: { readonly orderId?: string; readonly clientOrderId?: string },
): OrderRec | CoreError {
  // Each field read once (the command is cold in memory), and String() only for a non-string: the
  // conversion is a builtin call even when its argument is already a string.
  const orderId: unknown = cmd.orderId;
  const clientOrderId: unknown = cmd.clientOrderId;
  const byId = orderId !== undefined;
  if (byId === (clientOrderId !== undefined)) {
    return err('VALIDATION_FAILED', 'give exactly one of orderId and clientOrderId');
  }
  if (byId) {
    const seq = s.orders.seqOf(typeof orderId === 'string' ? orderId : String(orderId));
    // An open order carries its owner: the index's owner row (another cache line) is only read for
    // closed or unknown orders.
    const open = s.orders.open(seq);
    if (open !== undefined) return open.account === acct ? open : NOT_FOUND;
    if (seq === 0 || s.orders.owner(seq) !== acct.index) return NOT_FOUND;
    return alreadyClosed(s.orders.status(seq));
  }
  const order = acct.clientIds.get(typeof clientOrderId === 'string' ? clientOrderId : String(clientOrderId));
  if (order === undefined) return NOT_FOUND;
  if (isClosedEntry(order)) {
    const closed = s.closedClientIds;
    return closed.expired(order, s.now) ? NOT_FOUND : alreadyClosed(closed.status(order));
  }
  return order.isOpen ? order : alreadyClosed(order.status);
}

// Frequent answers (clients cancel orders that have just filled) as constants: no allocation.
const NOT_FOUND = err('ORDER_NOT_FOUND', 'no such order');
// By status index, not by status name: a keyed read with six different names goes megamorphic.
const ALREADY_CLOSED: readonly CoreError[] = STATUSES.map((status) =>
  err('ORDER_ALREADY_CLOSED', `the order is ${status}`),
);

function alreadyClosed(status: OrderStatus): CoreError {
  return ALREADY_CLOSED[statusIndex(status)] as CoreError;
}

function ok(s: State, order: OrderRec): Outcome {
  s.emitOrder(order);
  const o = s.finish();
  o.order = order;
  return o;
}

export function amendOrder(s: State, cmd: AmendOrderCommand): Outcome {
  const acct = s.accounts.get(cmd.accountId);
  if (acct === undefined) return fail(s, err('ACCOUNT_NOT_FOUND', `no account ${cmd.accountId}`));
  const order = findOpenOrder(s, acct, cmd);
  if (!('orderId' in order)) return fail(s, order);
  if (cmd.price === undefined && cmd.quantity === undefined) {
    return fail(s, err('VALIDATION_FAILED', 'give price and/or quantity'));
  }
  const m = order.market;
  if (m.status === 'halted') return fail(s, err('MARKET_HALTED', `market ${m.symbol} is halted`));
  let ticks = order.priceTicks;
  if (cmd.price !== undefined) {
    const p = parsePrice(m, cmd.price);
    if (typeof p !== 'number') return fail(s, p);
    ticks = p;
  }
  let lots = order.quantityLots;
  if (cmd.quantity !== undefined) {
    const q = parseQuantity(m, cmd.quantity);
    if (typeof q !== 'number') return fail(s, q);
    lots = q;
  }
  const notionalError = checkNotional(m, acct, order.isBuy, ticks, lots);
  if (notionalError !== undefined) return fail(s, notionalError);
  if (lots <= order.filledLots) {
    return fail(s, err('VALIDATION_FAILED', 'quantity must exceed the filled quantity'));
  }
  const priceChanged = ticks !== order.priceTicks;
  if (!priceChanged && lots === order.quantityLots) {
    const o = s.finish();
    o.order = order;
    return o;
  }
  const opposite = m.book.side(!order.isBuy).best();
  const crosses =
    priceChanged &&
    opposite !== undefined &&
    (order.isBuy ? opposite.price <= ticks : opposite.price >= ticks);
  if (crosses && order.postOnly) {
    return fail(s, err('POST_ONLY_WOULD_TAKE', 'the new price would take liquidity'));
  }

  const oldTicks = order.priceTicks;
  const oldLots = order.quantityLots;
  const asset = order.isBuy ? m.quote.index : m.base.index;
  order.priceTicks = ticks;
  order.quantityLots = lots;
  const newHold = order.isBuy ? limitBuyHold(order) : order.remainingLots * m.lotUnits;
  if (newHold - order.hold > acct.available(asset)) {
    order.priceTicks = oldTicks;
    order.quantityLots = oldLots;
    return fail(s, err('INSUFFICIENT_FUNDS', 'insufficient available balance for the amended order'));
  }

  const ledger = s.ledger;
  if (newHold > order.hold) ledger.lock(acct, asset, newHold - order.hold);
  else ledger.unlock(acct, asset, order.hold - newHold);
  order.hold = newHold;
  order.updatedAt = s.ts;
  const level = order.level;
  if (level !== null && !priceChanged && lots < oldLots) {
    // A pure decrease keeps the order's place in the queue.
    s.touchLevel(m, level);
    level.lots -= oldLots - lots;
    return ok(s, order);
  }
  // Loses priority: out of the book (with its old remaining quantity), then in again at the back.
  order.quantityLots = oldLots;
  s.unrest(order);
  order.quantityLots = lots;
  if (crosses) finalize(s, order, match(s, order), false);
  else s.rest(order, false);
  return ok(s, order);
}

export function cancelOrder(s: State, cmd: CancelOrderCommand): Outcome {
  const acct = s.accounts.get(cmd.accountId);
  if (acct === undefined) return fail(s, err('ACCOUNT_NOT_FOUND', `no account ${cmd.accountId}`));
  const reason = cmd.reason ?? 'user';
  // The default needs no hash lookup (a Set probe per cancel).
  if (reason !== 'user' && !CANCEL_REASONS.has(reason))
    return fail(s, err('VALIDATION_FAILED', 'unknown cancel reason'));
  const order = findOpenOrder(s, acct, cmd);
  if (!('orderId' in order)) return fail(s, order);
  s.close(order, 'canceled', reason);
  return ok(s, order);
}

export function cancelAll(s: State, cmd: CancelAllCommand): Outcome {
  const acct = s.accounts.get(cmd.accountId);
  if (acct === undefined) return fail(s, err('ACCOUNT_NOT_FOUND', `no account ${cmd.accountId}`));
  const reason: CancelReason = cmd.reason ?? 'cancelAll';
  if (reason !== 'cancelAll' && !CANCEL_REASONS.has(reason))
    return fail(s, err('VALIDATION_FAILED', 'unknown cancel reason'));
  let market = null;
  if (cmd.market !== undefined) {
    market = s.marketBySymbol.get(cmd.market) ?? null;
    if (market === null) return fail(s, err('MARKET_NOT_FOUND', `no market ${cmd.market}`));
  }
  const canceled = s.outcome.canceled;
  let count = 0;
  for (let order = acct.openHead; order !== null; ) {
    const next = order.openNext; // close unlinks it
    if (market === null || order.market === market) {
      s.close(order, 'canceled', reason);
      s.emitOrder(order);
      canceled[count++] = order;
    }
    order = next;
  }
  const o = s.finish();
  o.canceledCount = count;
  return o;
}
