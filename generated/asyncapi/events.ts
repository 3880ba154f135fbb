// Generated from spec/asyncapi/asyncapi.yaml by generators/ws-template — do not edit.
import type { DistributiveOmit } from '../runtime/ws.ts';
import type { BalancesSnapshotMessage, BalancesUpdateMessage, BookSnapshotMessage, BookUpdateMessage, ExecutionsMessage, OrdersSnapshotMessage, OrdersUpdateMessage, TickerMessage, TradesMessage } from './messages.ts';

/** All your balances. (receiveBalances) */
export function balancesSnapshotEvent(fields: DistributiveOmit<BalancesSnapshotMessage, "channel" | "type">): BalancesSnapshotMessage {
  return { "channel": "balances", "type": "snapshot", ...fields } as BalancesSnapshotMessage;
}

/** Balances that changed. (receiveBalances) */
export function balancesUpdateEvent(fields: DistributiveOmit<BalancesUpdateMessage, "channel" | "type">): BalancesUpdateMessage {
  return { "channel": "balances", "type": "update", ...fields } as BalancesUpdateMessage;
}

/** The full level-2 book of one market. (receiveBook) */
export function bookSnapshotEvent(fields: DistributiveOmit<BookSnapshotMessage, "channel" | "type">): BookSnapshotMessage {
  return { "channel": "book", "type": "snapshot", ...fields } as BookSnapshotMessage;
}

/** The levels of one market's book that changed. (receiveBook) */
export function bookUpdateEvent(fields: DistributiveOmit<BookUpdateMessage, "channel" | "type">): BookUpdateMessage {
  return { "channel": "book", "type": "update", ...fields } as BookUpdateMessage;
}

/** One fill of one of your orders. (receiveExecutions) */
export function executionsEvent(fields: DistributiveOmit<ExecutionsMessage, "channel" | "type">): ExecutionsMessage {
  return { "channel": "executions", "type": "update", ...fields } as ExecutionsMessage;
}

/** Your open orders, all markets. (receiveOrders) */
export function ordersSnapshotEvent(fields: DistributiveOmit<OrdersSnapshotMessage, "channel" | "type">): OrdersSnapshotMessage {
  return { "channel": "orders", "type": "snapshot", ...fields } as OrdersSnapshotMessage;
}

/** One of your orders changed. (receiveOrders) */
export function ordersUpdateEvent(fields: DistributiveOmit<OrdersUpdateMessage, "channel" | "type">): OrdersUpdateMessage {
  return { "channel": "orders", "type": "update", ...fields } as OrdersUpdateMessage;
}

/** A market's best prices and 24-hour statistics. (receiveTicker) */
export function tickerEvent(fields: DistributiveOmit<TickerMessage, "channel" | "type">): TickerMessage {
  return { "channel": "ticker", "type": "update", ...fields } as TickerMessage;
}

/** New public trades of one market. (receiveTrades) */
export function tradesEvent(fields: DistributiveOmit<TradesMessage, "channel" | "type">): TradesMessage {
  return { "channel": "trades", "type": "update", ...fields } as TradesMessage;
}
