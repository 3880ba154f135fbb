/**
 * Private channels (`orders`, `executions`, `balances`): the logged-in connections of each
 * account and the delivery of the venue's durable events to them. A message's `data` is built
 * once per event; only the envelope with the connection's own `seq` is serialised per connection.
 */
import {
  balancesSnapshotEvent,
  balancesUpdateEvent,
  executionsEvent,
  ordersSnapshotEvent,
  ordersUpdateEvent,
} from '../../generated/asyncapi/events.ts';
import type { BalancesUpdateMessage, OrdersUpdateMessage } from '../../generated/asyncapi/messages.ts';
import type { EngineEvent, OrderView } from '../core/index.ts';
import { balanceBody, executionBody, orderBody } from '../http/views.ts';
import type { VenueEvent } from '../venue.ts';
import type { PrivateChannel, WsConnection } from './connection.ts';
import type { WsVenue } from './types.ts';

type OrderData = OrdersUpdateMessage['data'];
type BalanceData = BalancesUpdateMessage['data'][number];

const OPEN = new Set(['new', 'partiallyFilled']);

export function isOpen(status: string): boolean {
  return OPEN.has(status);
}

export class PrivateStreams {
  readonly #accounts = new Map<string, Set<WsConnection>>();

  constructor(private readonly venue: WsVenue) {}

  /** A connection logged in to `accountId`. */
  add(connection: WsConnection, accountId: string): void {
    let set = this.#accounts.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.#accounts.set(accountId, set);
    }
    set.add(connection);
  }

  drop(connection: WsConnection): void {
    const accountId = connection.session?.accountId;
    if (accountId === undefined) return;
    const set = this.#accounts.get(accountId);
    set?.delete(connection);
    if (set?.size === 0) this.#accounts.delete(accountId);
  }

  /** Every logged-in connection, for key revocation. */
  *connections(): Iterable<WsConnection> {
    for (const set of this.#accounts.values()) yield* set;
  }

  /** Adds the channel and sends its snapshot (orders, balances); called after the reply is written. */
  subscribe(connection: WsConnection, channel: PrivateChannel): void {
    const accountId = connection.session?.accountId;
    if (accountId === undefined) return;
    connection.channels.add(channel);
    if (channel === 'orders') {
      const data = this.#openOrders(accountId).map(orderBody) as OrderData[];
      connection.sendPrivate('orders', (seq) => ordersSnapshotEvent({ seq, data }));
    } else if (channel === 'balances') {
      const data = (this.venue.engine.balances(accountId) ?? []).map(balanceBody);
      connection.sendPrivate('balances', (seq) => balancesSnapshotEvent({ seq, data }));
    }
  }

  unsubscribe(connection: WsConnection, channel: PrivateChannel): void {
    connection.channels.delete(channel);
  }

  /** One durable venue command: its order, execution and balance events, per account. */
  onApplied(applied: VenueEvent): void {
    const events = (applied.result as { events?: readonly EngineEvent[] }).events;
    if (events === undefined || events.length === 0) return;
    let balances: Map<string, BalanceData[]> | undefined;
    for (const event of events) {
      if (event.type === 'order') {
        const connections = this.#accounts.get(event.order.accountId);
        if (connections === undefined) continue;
        let data: OrderData | undefined;
        for (const connection of connections) {
          if (!isOpen(event.order.status)) connection.placedOrders.delete(event.order.orderId);
          if (!connection.channels.has('orders')) continue;
          data ??= orderBody(this.venue.engine.orderView(event.order)) as OrderData;
          const order = data;
          connection.sendPrivate('orders', (seq) => ordersUpdateEvent({ seq, data: order }));
        }
      } else if (event.type === 'execution') {
        const connections = this.#accounts.get(event.execution.accountId);
        if (connections === undefined) continue;
        let data: ReturnType<typeof executionBody> | undefined;
        for (const connection of connections) {
          if (!connection.channels.has('executions')) continue;
          data ??= executionBody(this.venue.engine.executionView(event.execution));
          const execution = data;
          connection.sendPrivate('executions', (seq) => executionsEvent({ seq, data: execution }));
        }
      } else if (event.type === 'balance' && this.#accounts.has(event.accountId)) {
        balances ??= new Map();
        const list = balances.get(event.accountId) ?? [];
        list.push(balanceBody(this.venue.engine.balanceView(event)));
        balances.set(event.accountId, list);
      }
    }
    // One message per account and command, so a fill's base and quote changes arrive together.
    for (const [accountId, data] of balances ?? []) {
      for (const connection of this.#accounts.get(accountId) ?? []) {
        if (connection.channels.has('balances')) {
          connection.sendPrivate('balances', (seq) => balancesUpdateEvent({ seq, data }));
        }
      }
    }
  }

  /** Every open order of the account, oldest first (the engine pages newest first). */
  #openOrders(accountId: string): OrderView[] {
    const all: OrderView[] = [];
    let cursor: string | undefined;
    do {
      const page = this.venue.engine.listOrders(accountId, {
        status: 'open',
        limit: 1000,
        ...(cursor !== undefined && { cursor }),
      });
      all.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all.reverse();
  }
}
