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
  /** Whether any FIX session listens for this account's orders. */
  wants(accountId: string): boolean;
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
  const own = ownOrderId === undefined ? undefined : { orderId: ownOrderId, type: command.type };
  const out: AccountReport[] = [];
  for (const [orderId, { fills, final }] of touched) {
    // Reports are built only for accounts a FIX session listens for.
    if (!final || !ctx.wants(final.accountId)) continue;
    for (const body of orderReports(
      ctx,
      applied.seq,
      final,
      fills,
      orderId === own?.orderId ? own.type : undefined,
    )) {
      out.push({ accountId: final.accountId, body });
    }
  }
  return out;
}

/** The order as it stood with `filled` base and `filledQuote` quote units filled. */
function stateAt(final: OrderSnapshot, filled: number, filledQuote: number): OrderSnapshot {
  const status = filled === 0 ? 'new' : filled === final.quantity ? 'filled' : 'partiallyFilled';
  return { ...final, filledQuantity: filled, filledQuoteQuantity: filledQuote, status };
}

/** One order's reports for one command; `ownCommand` when the command placed or amended it. */
function orderReports(
  ctx: ReportContext,
  journalSeq: number,
  final: OrderSnapshot,
  fills: readonly Execution[],
  ownCommand: string | undefined,
): BodyFields[] {
  const { engine } = ctx;
  const out: BodyFields[] = [];
  const clOrdId = ctx.clOrdIdOf(final);
  const execId = `${final.orderId}-${journalSeq}-`;
  if (ownCommand === 'placeOrder' && final.status === 'rejected') {
    out.push(
      executionReport(engine, engine.orderView(final), {
        execId: `${execId}8`,
        execType: ExecType.Rejected,
        clOrdId,
      }),
    );
    return out;
  }
  // The order's state before the first fill of this command, then after each fill.
  let filled = final.filledQuantity;
  let filledQuote = final.filledQuoteQuantity;
  for (const f of fills) {
    filled -= f.quantity;
    filledQuote -= f.quoteQuantity;
  }
  if (ownCommand === 'placeOrder') {
    const entry = engine.orderView(stateAt(final, 0, 0));
    out.push(executionReport(engine, entry, { execId: `${execId}0`, execType: ExecType.New, clOrdId }));
  } else if (ownCommand === 'amendOrder') {
    const replace = ctx.takeReplace(final.orderId);
    out.push(
      executionReport(engine, engine.orderView(stateAt(final, filled, filledQuote)), {
        execId: `${execId}5`,
        execType: ExecType.Replaced,
        clOrdId: replace?.clOrdId ?? clOrdId,
        ...(replace && { origClOrdId: replace.origClOrdId }),
      }),
    );
  }
  for (const f of fills) {
    filled += f.quantity;
    filledQuote += f.quoteQuantity;
    const view = engine.orderView(stateAt(final, filled, filledQuote));
    out.push(
      executionReport(engine, view, {
        execId: `E${f.executionId}`,
        execType: ExecType.Trade,
        clOrdId,
        execution: f,
      }),
    );
  }
  const terminal = terminalExecType(final);
  if (terminal !== null) {
    const cancel = final.status === 'canceled' ? ctx.takeCancel(final.orderId) : undefined;
    out.push(
      executionReport(engine, engine.orderView(final), {
        execId: `${execId}${terminal}`,
        execType: terminal,
        clOrdId: cancel?.clOrdId ?? clOrdId,
        ...(cancel && { origClOrdId: cancel.origClOrdId }),
      }),
    );
  }
  return out;
}
