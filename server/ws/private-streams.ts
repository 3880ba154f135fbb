/**
 * Private channels (`orders`, `executions`, `balances`): the logged-in connections of each
 * account and the delivery of the venue's durable events to them. A message's `data` is built and
 * serialised once per event; per connection only the envelope with its own `seq` is written
 * around that text (`streamText`), so an account with many connections pays one JSON.stringify.
 */
import {
  balancesSnapshotEvent,
  balancesUpdateEvent,
  executionsEvent,
  ordersSnapshotEvent,
  ordersUpdateEvent,
} from '../../generated/asyncapi/events.ts';
import type { BalancesUpdateMessage, OrdersUpdateMessage } from '../../generated/asyncapi/messages.ts';
import { balanceBody, executionBody, orderBody } from '../api/views.ts';
import type { EngineEvent, OrderView } from '../core/index.ts';
import type { VenueEvent } from '../venue.ts';
import type { PrivateChannel, WsConnection } from './connection.ts';
import type { WsVenue } from './types.ts';

type OrderData = OrdersUpdateMessage['data'];
type BalanceData = BalancesUpdateMessage['data'][number];

const OPEN = new Set(['new', 'partiallyFilled']);

export function isOpen(status: string): boolean {
  return OPEN.has(status);
}

const SEQ_MARK = -1;

/**
 * The message's text for any `seq`, from the generated event builder: the message is serialised
 * once with a marker `seq` and split there, so each connection's text is exactly
 * `JSON.stringify(build({seq, data}))` (same keys, same order) at the cost of two concatenations.
 */
export function streamText<D>(
  build: (fields: { seq: number; data: D }) => object,
  data: D,
): (seq: number) => string {
  const text = JSON.stringify(build({ seq: SEQ_MARK, data }));
  const mark = `"seq":${SEQ_MARK}`;
  const at = text.indexOf(mark);
  if (at < 0) return (seq) => JSON.stringify(build({ seq, data }));
  // The builders write `channel`, `type`, then the fields in order (`seq` before `data`), so the
  // first match is the envelope's own field.
  const head = `${text.slice(0, at)}"seq":`;
  const tail = text.slice(at + mark.length);
  return (seq) => head + seq + tail;
}

/**
 * One account's logged-in connections, indexed by what each event needs, so an order event costs
 * nothing for the many connections that neither stream it nor cancel on disconnect.
 */
interface AccountConnections {
  readonly all: Set<WsConnection>;
  readonly streams: Record<PrivateChannel, Set<WsConnection>>;
  /** Sessions with cancel-on-disconnect: they track the open orders they placed. */
  readonly tracking: Set<WsConnection>;
}

export class PrivateStreams {
  readonly #accounts = new Map<string, AccountConnections>();
  /**
   * Entries in every account's `streams` and `tracking` sets: while none, no event concerns any
   * connection and `onApplied` returns at once (an order-entry-only gateway walks no events).
   */
  #interested = 0;

  constructor(private readonly venue: WsVenue) {}

  /** A connection logged in to `accountId` (its session is set). */
  add(connection: WsConnection, accountId: string): void {
    let account = this.#accounts.get(accountId);
    if (account === undefined) {
      account = {
        all: new Set(),
        streams: { orders: new Set(), executions: new Set(), balances: new Set() },
        tracking: new Set(),
      };
      this.#accounts.set(accountId, account);
    }
    account.all.add(connection);
    if (connection.session?.cancelOnDisconnect) this.#join(account.tracking, connection);
  }

  drop(connection: WsConnection): void {
    const accountId = connection.session?.accountId;
    if (accountId === undefined) return;
    const account = this.#accounts.get(accountId);
    if (account === undefined) return;
    account.all.delete(connection);
    this.#leave(account.tracking, connection);
    for (const set of Object.values(account.streams)) this.#leave(set, connection);
    if (account.all.size === 0) this.#accounts.delete(accountId);
  }

  /** Every logged-in connection, for key revocation. */
  *connections(): Iterable<WsConnection> {
    for (const account of this.#accounts.values()) yield* account.all;
  }

  /** Adds the channel and sends its snapshot (orders, balances); called after the reply is written. */
  subscribe(connection: WsConnection, channel: PrivateChannel): void {
    const accountId = connection.session?.accountId;
    if (accountId === undefined) return;
    connection.channels.add(channel);
    // A connection that ended before its subscribe reply went out is not indexed again.
    const account = this.#accounts.get(accountId);
    if (account?.all.has(connection)) this.#join(account.streams[channel], connection);
    if (channel === 'orders') {
      const data = this.#openOrders(accountId).map(orderBody) as OrderData[];
      connection.sendPrivate('orders', (seq) => JSON.stringify(ordersSnapshotEvent({ seq, data })));
    } else if (channel === 'balances') {
      const data = (this.venue.engine.balances(accountId) ?? []).map(balanceBody);
      connection.sendPrivate('balances', (seq) => JSON.stringify(balancesSnapshotEvent({ seq, data })));
    }
  }

  unsubscribe(connection: WsConnection, channel: PrivateChannel): void {
    connection.channels.delete(channel);
    const accountId = connection.session?.accountId;
    const account = accountId === undefined ? undefined : this.#accounts.get(accountId);
    if (account !== undefined) this.#leave(account.streams[channel], connection);
  }

  #join(set: Set<WsConnection>, connection: WsConnection): void {
    if (set.has(connection)) return;
    set.add(connection);
    this.#interested += 1;
  }

  #leave(set: Set<WsConnection>, connection: WsConnection): void {
    if (set.delete(connection)) this.#interested -= 1;
  }

  /** One durable venue command: its order, execution and balance events, per account. */
  onApplied(applied: VenueEvent): void {
    if (this.#interested === 0) return;
    const events = (applied.result as { events?: readonly EngineEvent[] }).events;
    if (events === undefined || events.length === 0) return;
    let balances: Map<AccountConnections, BalanceData[]> | undefined;
    for (const event of events) {
      if (event.type === 'order') {
        const account = this.#accounts.get(event.order.accountId);
        if (account === undefined) continue;
        if (account.tracking.size > 0 && !isOpen(event.order.status)) {
          for (const connection of account.tracking) connection.placedOrders.delete(event.order.orderId);
        }
        const subscribers = account.streams.orders;
        if (subscribers.size === 0) continue;
        const data = orderBody(this.venue.engine.orderView(event.order)) as OrderData;
        const text = streamText(ordersUpdateEvent, data);
        for (const connection of subscribers) connection.sendPrivate('orders', text);
      } else if (event.type === 'execution') {
        const subscribers = this.#accounts.get(event.execution.accountId)?.streams.executions;
        if (!subscribers?.size) continue;
        const data = executionBody(this.venue.engine.executionView(event.execution));
        const text = streamText(executionsEvent, data);
        for (const connection of subscribers) connection.sendPrivate('executions', text);
      } else if (event.type === 'balance') {
        // Balance bodies are built only for accounts with a connection that streams them.
        const account = this.#accounts.get(event.accountId);
        if (!account?.streams.balances.size) continue;
        balances ??= new Map();
        const list = balances.get(account) ?? [];
        list.push(balanceBody(this.venue.engine.balanceView(event)));
        balances.set(account, list);
      }
    }
    // One message per account and command, so a fill's base and quote changes arrive together.
    for (const [account, data] of balances ?? []) {
      const text = streamText(balancesUpdateEvent, data);
      for (const connection of account.streams.balances) connection.sendPrivate('balances', text);
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
