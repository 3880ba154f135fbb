/**
 * Turns one durable venue command into the ExecutionReports each account's FIX sessions get,
 * in FIX order: New (or Replaced) first, then one Trade report per fill with the order's
 * cumulative state at that fill, then the terminal report (canceled, expired) if any.
 */

import { ExecType } from '../../generated/fix/dictionary.ts';
import type { EngineEvent, Execution, OrderSnapshot } from '../core/index.ts';
import type { EngineQueries, VenueEvent } from '../venue.ts';
import { executionReport, terminalExecType } from './execution-report.ts';
import type { BodyFields } from './session.ts';

export interface ReplaceInfo {
  clOrdId: string;
  origClOrdId: string;
}

export interface CancelInfo {
  clOrdId: string;
  origClOrdId: string;
}

export interface ReportContext {
  engine: EngineQueries;
  /** The ClOrdID an order is known by over FIX (the newest after replaces). */
  clOrdIdOf(order: OrderSnapshot): string | null;
  /** A replace / cancel in flight for this order from a FIX session, consumed on use. */
  takeReplace(orderId: string): ReplaceInfo | undefined;
  takeCancel(orderId: string): CancelInfo | undefined;
}

export interface AccountReport {
  accountId: string;
  body: BodyFields;
}

/** Reports for every order a command touched, grouped per order in first-touched order. */
export function reportsFor(applied: VenueEvent, ctx: ReportContext): AccountReport[] {
  const result = applied.result as { events?: readonly EngineEvent[] };
  if (!result.events || result.events.length === 0) return [];
  const touched = new Map<string, { fills: Execution[]; final?: OrderSnapshot }>();
  for (const e of result.events) {
    if (e.type === 'execution') {
      const entry = touched.get(e.execution.orderId) ?? { fills: [] };
      entry.fills.push(e.execution);
      touched.set(e.execution.orderId, entry);
    } else if (e.type === 'order') {
      const entry = touched.get(e.order.orderId) ?? { fills: [] };
      entry.final = e.order;
      touched.set(e.order.orderId, entry);
    }
  }
  const command = applied.command;
  const ownOrderId =
    (command.type === 'placeOrder' || command.type === 'amendOrder') && 'order' in applied.result
      ? applied.result.order?.orderId
      : undefined;
  const out: AccountReport[] = [];
  for (const [orderId, { fills, final }] of touched) {
    if (!final) continue;
    const push = (body: BodyFields) => out.push({ accountId: final.accountId, body });
    const clOrdId = ctx.clOrdIdOf(final);
    const execId = (suffix: string) => `${orderId}-${applied.seq}${suffix}`;
    // The order's state before the first fill of this command, then after each fill.
    let filled = final.filledQuantity;
    let filledQuote = final.filledQuoteQuantity;
    for (const f of fills) {
      filled -= f.quantity;
      filledQuote -= f.quoteQuantity;
    }
    const stateAt = (fq: number, fqq: number, status: OrderSnapshot['status']): OrderSnapshot => ({
      ...final,
      filledQuantity: fq,
      filledQuoteQuantity: fqq,
      status,
    });
    const openStatus = (fq: number) =>
      fq === 0 ? 'new' : fq === final.quantity ? 'filled' : 'partiallyFilled';
    if (orderId === ownOrderId && command.type === 'placeOrder') {
      if (final.status === 'rejected') {
        push(
          executionReport(ctx.engine, ctx.engine.orderView(final), {
            execId: execId('-8'),
            execType: ExecType.Rejected,
            clOrdId,
          }),
        );
        continue;
      }
      const entry = ctx.engine.orderView(stateAt(0, 0, 'new'));
      push(executionReport(ctx.engine, entry, { execId: execId('-0'), execType: ExecType.New, clOrdId }));
    } else if (orderId === ownOrderId && command.type === 'amendOrder') {
      const replace = ctx.takeReplace(orderId);
      const before = ctx.engine.orderView(stateAt(filled, filledQuote, openStatus(filled)));
      push(
        executionReport(ctx.engine, before, {
          execId: execId('-5'),
          execType: ExecType.Replaced,
          clOrdId: replace?.clOrdId ?? clOrdId,
          ...(replace && { origClOrdId: replace.origClOrdId }),
        }),
      );
    }
    for (const f of fills) {
      filled += f.quantity;
      filledQuote += f.quoteQuantity;
      const view = ctx.engine.orderView(stateAt(filled, filledQuote, openStatus(filled)));
      push(
        executionReport(ctx.engine, view, {
          execId: `E${f.executionId}`,
          execType: ExecType.Trade,
          clOrdId,
          execution: f,
        }),
      );
    }
    const terminal = terminalExecType(final);
    if (
      terminal !== null &&
      !(orderId === ownOrderId && command.type === 'placeOrder' && final.status === 'rejected')
    ) {
      const cancel = final.status === 'canceled' ? ctx.takeCancel(orderId) : undefined;
      push(
        executionReport(ctx.engine, ctx.engine.orderView(final), {
          execId: execId(`-${terminal}`),
          execType: terminal,
          clOrdId: cancel?.clOrdId ?? clOrdId,
          ...(cancel && { origClOrdId: cancel.origClOrdId }),
        }),
      );
    }
  }
  return out;
}
