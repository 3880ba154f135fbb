/**
 * The FIX gateway's Prometheus metrics, registered on the server's shared registry
 * (`Metrics.registry`) beside the REST and WebSocket ones:
 * - `openvenue_fix_sessions_logged_on`: connections past Logon right now;
 * - `openvenue_fix_messages_total{direction, msg_type}`: frames parsed from clients (`in`) and
 *   written to them (`out`, resends included);
 * - `openvenue_fix_rejects_total{msg_type, reason}`: every refusal the venue sends: a refused Logon
 *   (`A`, the catalogue code), Reject (`3`, SessionRejectReason), BusinessMessageReject (`j`),
 *   a rejected order (`8`), OrderCancelReject (`9`), a refused mass cancel (`r`) or market data
 *   request (`Y`); the reason is the venue's catalogue code where there is one, else FIX's reason.
 * Failed Logon signatures also count in the shared `openvenue_auth_failures_total{gateway="fix"}`.
 * Label values come from the dictionary or the catalogue only, so clients cannot grow the series.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import { ExecType, MsgType, Tag } from '../../generated/fix/dictionary.ts';
import type { Metrics } from '../observability/metrics.ts';
import { FIX44_MSG_TYPES } from './dictionary.ts';
import type { BodyFields } from './session.ts';

export interface FixMetrics {
  loggedOn(): void;
  loggedOff(): void;
  received(msgType: string): void;
  /** A frame written to a client (frames start `8=FIX.4.4 SOH 9=n SOH 35=type SOH`). */
  written(frame: Buffer): void;
  /** A sequenced message the venue sends: counted when it refuses something. */
  sending(msgType: string, body: BodyFields): void;
  logonRefused(text: string): void;
}

export const NO_FIX_METRICS: FixMetrics = {
  loggedOn() {},
  loggedOff() {},
  received() {},
  written() {},
  sending() {},
  logonRefused() {},
};

/** Logon refusals whose Text starts with an authentication code (as REST and WebSocket count them). */
const AUTH_CODES = new Set([
  'UNKNOWN_API_KEY',
  'API_KEY_REVOKED',
  'INVALID_SIGNATURE',
  'TIMESTAMP_OUT_OF_WINDOW',
  'REPLAYED_REQUEST',
  'IP_NOT_ALLOWED',
]);

/** Where each refusing message carries its reason; catalogue code (8015) first where allowed. */
const REASON_TAGS: Record<string, readonly number[]> = {
  [MsgType.Reject]: [Tag.SessionRejectReason],
  [MsgType.BusinessMessageReject]: [Tag.BusinessRejectReason],
  [MsgType.ExecutionReport]: [Tag.VenueRejectCode],
  [MsgType.OrderCancelReject]: [Tag.VenueRejectCode, Tag.CxlRejReason],
  [MsgType.OrderMassCancelReport]: [Tag.MassCancelRejectReason],
  [MsgType.MarketDataRequestReject]: [Tag.MDReqRejReason],
};

function value(body: BodyFields, tag: number): string | undefined {
  for (const [t, v] of body) if (t === tag) return String(v);
  return undefined;
}

function isRefusal(msgType: string, body: BodyFields): boolean {
  if (msgType === MsgType.ExecutionReport) return value(body, Tag.ExecType) === ExecType.Rejected;
  if (msgType === MsgType.OrderMassCancelReport) return value(body, Tag.MassCancelRejectReason) !== undefined;
  return msgType in REASON_TAGS;
}

function labelType(msgType: string): string {
  return FIX44_MSG_TYPES.has(msgType) ? msgType : 'other';
}

function frameMsgType(frame: Buffer): string {
  const start = frame.indexOf('\x0135=');
  if (start < 0) return 'other';
  const end = frame.indexOf(1, start + 4);
  return end < 0 ? 'other' : frame.toString('latin1', start + 4, end);
}

function counter<T extends string>(registry: Registry, name: string, help: string, labels: T[]) {
  // A gateway restarted over the same registry (tests, a reload) keeps counting into the same series.
  return (
    (registry.getSingleMetric(name) as Counter<T> | undefined) ??
    new Counter({ name, help, labelNames: labels, registers: [registry] })
  );
}

export function fixMetrics(metrics: Metrics): FixMetrics {
  const { registry } = metrics;
  const sessions =
    (registry.getSingleMetric('openvenue_fix_sessions_logged_on') as Gauge | undefined) ??
    new Gauge({
      name: 'openvenue_fix_sessions_logged_on',
      help: 'FIX connections past Logon right now.',
      registers: [registry],
    });
  const messages = counter(
    registry,
    'openvenue_fix_messages_total',
    'FIX messages received from clients (in) and written to them (out, resends included), by MsgType.',
    ['direction', 'msg_type'],
  );
  const rejects = counter(
    registry,
    'openvenue_fix_rejects_total',
    'FIX refusals sent (refused Logon, Reject, BusinessMessageReject, rejected order, cancel reject, ...), by MsgType and reason.',
    ['msg_type', 'reason'],
  );
  return {
    loggedOn: () => sessions.inc(),
    loggedOff: () => sessions.dec(),
    received: (msgType) => messages.inc({ direction: 'in', msg_type: labelType(msgType) }),
    written: (frame) => messages.inc({ direction: 'out', msg_type: labelType(frameMsgType(frame)) }),
    sending(msgType, body) {
      if (!isRefusal(msgType, body)) return;
      let reason = 'unspecified';
      for (const tag of REASON_TAGS[msgType] ?? []) {
        const v = value(body, tag);
        if (v !== undefined) {
          reason = v;
          break;
        }
      }
      rejects.inc({ msg_type: msgType, reason });
    },
    logonRefused(text) {
      const code = /^([A-Z_]+):/.exec(text)?.[1];
      const known = code !== undefined && AUTH_CODES.has(code);
      if (known) metrics.authFailures.inc({ gateway: 'fix', code });
      rejects.inc({ msg_type: MsgType.Logon, reason: known ? code : 'SESSION_PROTOCOL' });
    },
  };
}
