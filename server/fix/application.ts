/**
 * The application layer: FIX order entry and queries translated into venue commands, and venue
 * results translated back. State changes (New, fills, cancels, expiries, replaces) are reported
 * from the venue's durable event stream, so every report follows durability and journal order,
 * and orders entered over REST or WebSocket reach FIX sessions of the same account too. Replies
 * that only the requester needs (static rejects, cancel rejects, status, mass-cancel reports)
 * come from the command's own result.
 */

import { ExecType, MsgType, Tag } from '../../generated/fix/dictionary.ts';
import type { OrderSnapshot, PlaceOrderCommand, SelfTradePrevention, TimeInForce } from '../core/index.ts';
import type { Venue, VenueEvent } from '../venue.ts';
import type { ClOrdIdAliases } from './aliases.ts';
import type { CancelOnDisconnect } from './cancel-on-disconnect.ts';
import type { Connection } from './connection.ts';
import { executionReport, ORD_STATUS, staticRejectReport } from './execution-report.ts';
import { type CancelInfo, type ReplaceInfo, type ReportContext, reportsFor } from './order-reports.ts';
import type { FixSession } from './session.ts';
import { parseUtcTimestamp } from './time.ts';
import type { FixMessage } from './validate.ts';

const TIF: Record<string, TimeInForce> = { '1': 'GTC', '3': 'IOC', '4': 'FOK', '6': 'GTD' };
const STP: Record<string, SelfTradePrevention> = { T: 'cancelTaker', M: 'cancelMaker', B: 'cancelBoth' };

/** FIX decimals may be written `5.` or `.5`; the core takes `digits[.digits]`. */
export function coreDecimal(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let t = text.endsWith('.') ? text.slice(0, -1) : text;
  if (t.startsWith('.')) t = `0${t}`;
  return t;
}

export class FixApplication {
  private readonly pendingReplace = new Map<string, ReplaceInfo & { accountId: string }>();
  private readonly pendingCancel = new Map<string, CancelInfo>();
  private execSeq = 0;
  private readonly reportContext: ReportContext;

  constructor(
    private readonly venue: Venue,
    private readonly aliases: ClOrdIdAliases,
    /** Sessions (connected or not) of an account, for reports. */
    private readonly sessionsOf: (accountId: string) => Iterable<FixSession>,
    private readonly cancelOnDisconnect: CancelOnDisconnect,
  ) {
    // Built once: the venue listener runs per durable command, so per-call closures add up.
    this.reportContext = {
      get engine() {
        return venue.engine;
      },
      wants: (accountId) => this.hasSessions(accountId),
      clOrdIdOf: this.clOrdIdOf,
      takeReplace: (orderId) => {
        const r = this.pendingReplace.get(orderId);
        if (!r) return undefined;
        this.pendingReplace.delete(orderId);
        this.aliases.add(r.accountId, r.clOrdId, orderId);
        return r;
      },
      takeCancel: (orderId) => {
        const c = this.pendingCancel.get(orderId);
        this.pendingCancel.delete(orderId);
        return c;
      },
    };
  }

  private hasSessions(accountId: string): boolean {
    for (const _ of this.sessionsOf(accountId)) return true;
    return false;
  }

  private clOrdIdOf = (order: OrderSnapshot): string | null =>
    this.aliases.currentClOrdId(order.orderId) ?? order.clientOrderId;

  /** Venue listener: reports for every account with a FIX session. */
  onVenueEvent(applied: VenueEvent) {
    this.cancelOnDisconnect.onVenueEvent(applied);
    const reports = reportsFor(applied, this.reportContext);
    for (const r of reports)
      for (const s of this.sessionsOf(r.accountId)) s.send(MsgType.ExecutionReport, r.body);
  }

  private nextExecId(): string {
    return `X${this.venue.now()}-${++this.execSeq}`;
  }

  private businessReject(
    conn: Connection,
    msg: FixMessage,
    reason: string,
    text: string,
    refId?: string,
  ): void {
    const body: Array<readonly [number, string | number]> = [
      [Tag.RefSeqNum, msg.seqNum],
      [Tag.RefMsgType, msg.msgType],
    ];
    if (refId) body.push([Tag.BusinessRejectRefID, refId]);
    body.push([Tag.BusinessRejectReason, reason], [Tag.Text, text]);
    conn.send(MsgType.BusinessMessageReject, body);
  }

  onMessage(conn: Connection, msg: FixMessage) {
    const key = conn.key;
    if (!key) return;
    const trading = msg.msgType === 'D' || msg.msgType === 'F' || msg.msgType === 'G' || msg.msgType === 'q';
    if (trading && !key.scopes.includes('trade')) {
      return this.businessReject(
        conn,
        msg,
        '6',
        'INSUFFICIENT_SCOPE: this API key lacks the "trade" scope',
        msg.body.get(Tag.ClOrdID),
      );
    }
    const done = (p: Promise<void>) =>
      p.catch((err: unknown) =>
        this.businessReject(conn, msg, '4', `SERVICE_UNAVAILABLE: ${String(err)}`, msg.body.get(Tag.ClOrdID)),
      );
    switch (msg.msgType) {
      case MsgType.OrderSingle:
        return void done(this.newOrder(conn, key.accountId, msg));
      case MsgType.OrderCancelRequest:
        return void done(this.cancel(conn, key.accountId, msg));
      case MsgType.OrderCancelReplaceRequest:
        return void done(this.replace(conn, key.accountId, msg));
      case MsgType.OrderMassCancelRequest:
        return void done(this.massCancel(conn, key.accountId, msg));
      case MsgType.OrderStatusRequest:
        return this.status(conn, key.accountId, msg);
      case MsgType.MarketDataRequest:
        return conn.marketData?.request(msg);
      default:
        return this.businessReject(conn, msg, '3', `MsgType ${msg.msgType} is not accepted from clients`);
    }
  }

  private async newOrder(conn: Connection, accountId: string, msg: FixMessage): Promise<void> {
    const b = msg.body;
    const ordType = b.get(Tag.OrdType) ?? '';
    const expire = b.get(Tag.ExpireTime);
    const command: Record<string, unknown> = {
      type: 'placeOrder',
      accountId,
      market: b.get(Tag.Symbol),
      side: b.get(Tag.Side) === '1' ? 'buy' : 'sell',
      orderType: ordType === '2' ? 'limit' : 'market',
      clientOrderId: b.get(Tag.ClOrdID),
    };
    const put = (k: string, v: unknown) => {
      if (v !== undefined) command[k] = v;
    };
    put('price', coreDecimal(b.get(Tag.Price)));
    put('quantity', coreDecimal(b.get(Tag.OrderQty)));
    put('quoteQuantity', coreDecimal(b.get(Tag.CashOrderQty)));
    const tif = b.get(Tag.TimeInForce);
    put('timeInForce', tif === undefined ? undefined : TIF[tif]);
    put('expireAt', expire === undefined ? undefined : (parseUtcTimestamp(expire) ?? undefined));
    if ((b.get(Tag.ExecInst) ?? '').split(' ').includes('6')) command.postOnly = true;
    const stp = b.get(Tag.SelfTradePrevention);
    put('selfTradePrevention', stp === undefined ? undefined : STP[stp]);
    const submitted = this.venue.submit(command as unknown as Omit<PlaceOrderCommand, 'ts'>);
    if (conn.session) this.cancelOnDisconnect.placing(conn.session, submitted);
    const result = await submitted;
    if (result.ok && !result.replayed) return; // New and fills come from the event stream
    if (result.order && !result.replayed) return; // a recorded rejection: reported from the stream too
    if (result.order) {
      // An identical resend of a known ClOrdID: report where the original order stands.
      const view = this.venue.engine.orderView(result.order);
      conn.send(
        MsgType.ExecutionReport,
        executionReport(this.venue.engine, view, {
          execId: this.nextExecId(),
          execType: ExecType.OrderStatus,
          clOrdId: this.clOrdIdOf(result.order),
        }),
      );
      return;
    }
    const code = result.error?.code ?? 'INTERNAL_ERROR';
    const report = staticRejectReport(
      {
        clOrdId: b.get(Tag.ClOrdID) ?? '',
        symbol: b.get(Tag.Symbol) ?? '',
        side: b.get(Tag.Side) ?? '',
        ordType,
        execId: this.nextExecId(),
        now: this.venue.now(),
      },
      code,
      result.error?.message ?? 'rejected',
    );
    conn.send(MsgType.ExecutionReport, report);
  }

  /** OrderID if given, else the newest ClOrdID alias, else the core's clientOrderId. */
  private resolve(accountId: string, msg: FixMessage): { orderId?: string; clientOrderId?: string } {
    const orderId = msg.body.get(Tag.OrderID);
    if (orderId && orderId !== 'NONE') return { orderId };
    const orig = msg.body.get(Tag.OrigClOrdID) ?? msg.body.get(Tag.ClOrdID) ?? '';
    const aliased = this.aliases.orderIdOf(accountId, orig);
    return aliased ? { orderId: aliased } : { clientOrderId: orig };
  }

  private cancelReject(
    conn: Connection,
    msg: FixMessage,
    to: '1' | '2',
    code: string,
    text: string,
    orderId?: string,
  ): void {
    const order = orderId ? this.venue.engine.getOrder(conn.key?.accountId ?? '', orderId) : undefined;
    const reason = code === 'ORDER_NOT_FOUND' ? '1' : code === 'ORDER_ALREADY_CLOSED' ? '0' : '99';
    conn.send(MsgType.OrderCancelReject, [
      [Tag.OrderID, order?.orderId ?? 'NONE'],
      [Tag.ClOrdID, msg.body.get(Tag.ClOrdID) ?? ''],
      [Tag.OrigClOrdID, msg.body.get(Tag.OrigClOrdID) ?? ''],
      [Tag.OrdStatus, order ? ORD_STATUS[order.status] : '8'],
      [Tag.CxlRejResponseTo, to],
      [Tag.CxlRejReason, reason],
      [Tag.Text, `${code}: ${text}`],
      [Tag.VenueRejectCode, code],
    ]);
  }

  private lookup(accountId: string, ref: { orderId?: string; clientOrderId?: string }) {
    const e = this.venue.engine;
    return ref.orderId
      ? e.getOrder(accountId, ref.orderId)
      : e.getOrderByClientOrderId(accountId, ref.clientOrderId ?? '');
  }

  private async cancel(conn: Connection, accountId: string, msg: FixMessage): Promise<void> {
    const ref = this.resolve(accountId, msg);
    const known = this.lookup(accountId, ref);
    if (known)
      this.pendingCancel.set(known.orderId, {
        clOrdId: msg.body.get(Tag.ClOrdID) ?? '',
        origClOrdId: msg.body.get(Tag.OrigClOrdID) ?? '',
      });
    const result = await this.venue.submit({ type: 'cancelOrder', accountId, ...ref });
    if (result.ok) return; // the Canceled report comes from the event stream
    if (known) this.pendingCancel.delete(known.orderId);
    this.cancelReject(
      conn,
      msg,
      '1',
      result.error?.code ?? 'INTERNAL_ERROR',
      result.error?.message ?? '',
      known?.orderId,
    );
  }

  private async replace(conn: Connection, accountId: string, msg: FixMessage): Promise<void> {
    const ref = this.resolve(accountId, msg);
    const known = this.lookup(accountId, ref);
    if (!known) return this.cancelReject(conn, msg, '2', 'ORDER_NOT_FOUND', 'no such order');
    if (msg.body.get(Tag.OrdType) !== '2' || known.type !== 'limit') {
      return this.cancelReject(
        conn,
        msg,
        '2',
        'VALIDATION_FAILED',
        'only limit orders can be replaced (OrdType=2)',
        known.orderId,
      );
    }
    if (
      msg.body.get(Tag.Symbol) !== known.market ||
      (msg.body.get(Tag.Side) === '1') !== (known.side === 'buy')
    ) {
      return this.cancelReject(
        conn,
        msg,
        '2',
        'VALIDATION_FAILED',
        'Symbol and Side must match the order',
        known.orderId,
      );
    }
    const clOrdId = msg.body.get(Tag.ClOrdID) ?? '';
    const info = { accountId, clOrdId, origClOrdId: msg.body.get(Tag.OrigClOrdID) ?? '' };
    this.pendingReplace.set(known.orderId, info);
    const command: Record<string, unknown> = { type: 'amendOrder', accountId, orderId: known.orderId };
    const price = coreDecimal(msg.body.get(Tag.Price));
    const quantity = coreDecimal(msg.body.get(Tag.OrderQty));
    if (price !== undefined) command.price = price;
    if (quantity !== undefined) command.quantity = quantity;
    const result = await this.venue.submit(command as { type: 'amendOrder'; accountId: string });
    const pending = this.pendingReplace.get(known.orderId) === info;
    if (pending) this.pendingReplace.delete(known.orderId);
    if (!result.ok) {
      return this.cancelReject(
        conn,
        msg,
        '2',
        result.error?.code ?? 'INTERNAL_ERROR',
        result.error?.message ?? '',
        known.orderId,
      );
    }
    if (pending && result.order) {
      // An amend that changed nothing emits no events: report the replace here.
      this.aliases.add(accountId, clOrdId, known.orderId);
      const view = this.venue.engine.orderView(result.order);
      conn.send(
        MsgType.ExecutionReport,
        executionReport(this.venue.engine, view, {
          execId: this.nextExecId(),
          execType: ExecType.Replaced,
          clOrdId,
          origClOrdId: info.origClOrdId,
        }),
      );
    }
  }

  private async massCancel(conn: Connection, accountId: string, msg: FixMessage): Promise<void> {
    const type = msg.body.get(Tag.MassCancelRequestType) ?? '';
    const symbol = msg.body.get(Tag.Symbol);
    const base: Array<readonly [number, string | number]> = [
      [Tag.ClOrdID, msg.body.get(Tag.ClOrdID) ?? ''],
      [Tag.OrderID, `MC${this.venue.now()}`],
      [Tag.MassCancelRequestType, type],
    ];
    if (type === '1' && (!symbol || !this.venue.engine.market(symbol))) {
      conn.send(MsgType.OrderMassCancelReport, [
        ...base,
        [Tag.MassCancelResponse, '0'],
        [Tag.MassCancelRejectReason, '1'],
        [Tag.Text, `MARKET_NOT_FOUND: ${symbol ?? '(no Symbol)'}`],
      ]);
      return;
    }
    const result = await this.venue.submit({
      type: 'cancelAll',
      accountId,
      ...(type === '1' && symbol ? { market: symbol } : {}),
    });
    if (!result.ok) {
      conn.send(MsgType.OrderMassCancelReport, [
        ...base,
        [Tag.MassCancelResponse, '0'],
        [Tag.MassCancelRejectReason, '99'],
        [Tag.Text, `${result.error?.code}: ${result.error?.message}`],
      ]);
      return;
    }
    const report = [
      ...base,
      [Tag.MassCancelResponse, type] as const,
      [Tag.TotalAffectedOrders, result.canceled?.length ?? 0] as const,
    ];
    if (type === '1' && symbol) report.push([Tag.Symbol, symbol]);
    conn.send(MsgType.OrderMassCancelReport, report);
  }

  private status(conn: Connection, accountId: string, msg: FixMessage) {
    const ref = this.resolve(accountId, {
      ...msg,
      body: new Map([...msg.body].filter(([t]) => t !== Tag.OrigClOrdID)),
    });
    const order = this.lookup(accountId, ref);
    const reqId = msg.body.get(Tag.OrdStatusReqID);
    if (!order) {
      const body = staticRejectReport(
        {
          clOrdId: msg.body.get(Tag.ClOrdID) ?? '',
          symbol: msg.body.get(Tag.Symbol) ?? '',
          side: msg.body.get(Tag.Side) ?? '',
          ordType: '2',
          execId: this.nextExecId(),
          now: this.venue.now(),
        },
        'ORDER_NOT_FOUND',
        'no such order',
      ).map((f) => (f[0] === Tag.ExecType ? ([Tag.ExecType, ExecType.OrderStatus] as const) : f));
      conn.send(MsgType.ExecutionReport, reqId ? [...body, [Tag.OrdStatusReqID, reqId]] : body);
      return;
    }
    conn.send(
      MsgType.ExecutionReport,
      executionReport(this.venue.engine, order, {
        execId: this.nextExecId(),
        execType: ExecType.OrderStatus,
        clOrdId: this.aliases.currentClOrdId(order.orderId) ?? order.clientOrderId,
        ...(reqId && { ordStatusReqId: reqId }),
      }),
    );
  }
}
