/**
 * Builds ExecutionReports (35=8) from the core's order and execution records. Values are the
 * core's exact decimal strings (orderView), never recomputed in floating point.
 */

import { ExecType, OrdStatus, Tag, TimeInForce } from '../../generated/fix/dictionary.ts';
import type { Execution, OrderSnapshot, OrderStatus, OrderView } from '../core/index.ts';
import type { EngineQueries } from '../venue.ts';
import type { BodyFields } from './session.ts';
import { formatUtcTimestamp } from './time.ts';

export const ORD_STATUS: Record<OrderStatus, string> = {
  new: OrdStatus.New,
  partiallyFilled: OrdStatus.PartiallyFilled,
  filled: OrdStatus.Filled,
  canceled: OrdStatus.Canceled,
  rejected: OrdStatus.Rejected,
  expired: OrdStatus.Expired,
};

const TIF: Record<string, string> = {
  GTC: TimeInForce.GoodTillCancel,
  IOC: TimeInForce.ImmediateOrCancel,
  FOK: TimeInForce.FillOrKill,
  GTD: TimeInForce.GoodTillDate,
};

const REJ_REASON: Record<string, string> = {
  MARKET_NOT_FOUND: '1',
  MARKET_HALTED: '2',
  INSUFFICIENT_FUNDS: '3',
  ORDER_NOT_FOUND: '5',
  DUPLICATE_CLIENT_ORDER_ID: '6',
};

/** OrdRejReason(103) for a catalogue code. */
export function ordRejReason(code: string): string {
  return REJ_REASON[code] ?? '99';
}

export interface ReportExtras {
  execId: string;
  execType: string;
  clOrdId?: string | null;
  origClOrdId?: string;
  ordStatusReqId?: string;
  execution?: Execution;
  text?: string;
}

/** An ExecutionReport body for an order in the state `view`. */
export function executionReport(engine: EngineQueries, view: OrderView, x: ReportExtras): BodyFields {
  const open = view.status === 'new' || view.status === 'partiallyFilled';
  const body: Array<readonly [number, string | number]> = [[Tag.OrderID, view.orderId]];
  const clOrdId = x.clOrdId === undefined ? view.clientOrderId : x.clOrdId;
  if (clOrdId) body.push([Tag.ClOrdID, clOrdId]);
  if (x.origClOrdId) body.push([Tag.OrigClOrdID, x.origClOrdId]);
  if (x.ordStatusReqId) body.push([Tag.OrdStatusReqID, x.ordStatusReqId]);
  body.push([Tag.ExecID, x.execId], [Tag.ExecType, x.execType], [Tag.OrdStatus, ORD_STATUS[view.status]]);
  if (view.status === 'rejected' && view.rejectReason)
    body.push([Tag.OrdRejReason, ordRejReason(view.rejectReason)]);
  body.push(
    [Tag.Symbol, view.market],
    [Tag.Side, view.side === 'buy' ? '1' : '2'],
    [Tag.OrdType, view.type === 'limit' ? '2' : '1'],
  );
  if (view.price !== null) body.push([Tag.Price, view.price]);
  if (view.quantity !== null) body.push([Tag.OrderQty, view.quantity]);
  if (view.quoteQuantity !== null) body.push([Tag.CashOrderQty, view.quoteQuantity]);
  body.push([Tag.TimeInForce, TIF[view.timeInForce] ?? TimeInForce.GoodTillCancel]);
  if (view.expireAt !== null) body.push([Tag.ExpireTime, formatUtcTimestamp(view.expireAt)]);
  if (view.postOnly) body.push([Tag.ExecInst, '6']);
  const e = x.execution;
  if (e) {
    const ev = engine.executionView(e);
    body.push([Tag.LastPx, ev.price], [Tag.LastQty, ev.quantity], [Tag.TradeID, ev.tradeId]);
    body.push(
      [Tag.LastLiquidityInd, ev.liquidity === 'maker' ? '1' : '2'],
      [Tag.Commission, ev.fee],
      [Tag.CommType, '3'],
    );
  }
  // A closed order has nothing left; written with the quantity's decimals like CumQty.
  const leaves =
    open && view.remainingQuantity !== null
      ? view.remainingQuantity
      : view.filledQuantity.replace(/[1-9]/g, '0');
  body.push(
    [Tag.LeavesQty, leaves],
    [Tag.CumQty, view.filledQuantity],
    [Tag.AvgPx, view.averagePrice ?? '0'],
  );
  body.push([Tag.TransactTime, formatUtcTimestamp(e ? e.executedAt : view.updatedAt)]);
  const text =
    x.text ?? view.rejectReason ?? (view.cancelReason ? `canceled: ${view.cancelReason}` : undefined);
  if (text) body.push([Tag.Text, text]);
  if (view.rejectReason) body.push([Tag.VenueRejectCode, view.rejectReason]);
  return body;
}

/** The ExecType(150) an order's terminal state is reported with, or null if it is not terminal. */
export function terminalExecType(order: OrderSnapshot): string | null {
  if (order.status === 'canceled') return ExecType.Canceled;
  if (order.status === 'expired') return ExecType.Expired;
  if (order.status === 'rejected') return ExecType.Rejected;
  return null;
}

/** A report for an order the venue refused without recording it (static checks). */
export function staticRejectReport(
  fields: { clOrdId: string; symbol: string; side: string; ordType: string; execId: string; now: number },
  code: string,
  message: string,
): BodyFields {
  return [
    [Tag.OrderID, 'NONE'],
    [Tag.ClOrdID, fields.clOrdId],
    [Tag.ExecID, fields.execId],
    [Tag.ExecType, ExecType.Rejected],
    [Tag.OrdStatus, OrdStatus.Rejected],
    [Tag.OrdRejReason, ordRejReason(code)],
    [Tag.Symbol, fields.symbol],
    [Tag.Side, fields.side],
    [Tag.OrdType, fields.ordType],
    [Tag.LeavesQty, '0'],
    [Tag.CumQty, '0'],
    [Tag.AvgPx, '0'],
    [Tag.TransactTime, formatUtcTimestamp(fields.now)],
    [Tag.Text, `${code}: ${message}`],
    [Tag.VenueRejectCode, code],
  ];
}
