/**
 * Cancel-on-disconnect for FIX (ADR 0002): a connection that logged on with
 * `CancelOnDisconnect(8013)=Y` cancels, when it ends, the open orders entered through its session
 * (the API key's FIX session, across connections and restarts), including placements still in
 * flight; never the account's REST, WebSocket or other sessions' orders.
 */
import type { EngineEvent, OrderSnapshot } from '../core/index.ts';
import type { Venue, VenueEvent } from '../venue.ts';
import type { FixSession } from './session.ts';

export function isOpen(status: OrderSnapshot['status']): boolean {
  return status === 'new' || status === 'partiallyFilled';
}

interface Placement {
  ok: boolean;
  replayed?: boolean;
  order?: OrderSnapshot;
}

export class CancelOnDisconnect {
  private readonly ending = new Set<Promise<void>>();

  constructor(
    private readonly venue: Venue,
    private readonly sessionsOf: (accountId: string) => Iterable<FixSession>,
  ) {}

  /**
   * A NewOrderSingle of `session` submitted to the venue: in flight until acknowledged (so a
   * disconnect meanwhile waits for it), then tracked while the order is open.
   */
  placing(session: FixSession, submitted: Promise<Placement>): void {
    const placing = submitted.then(
      (r) => {
        const placed = r.ok && !r.replayed && r.order && isOpen(r.order.status) ? r.order.orderId : undefined;
        if (placed !== undefined) session.orders.add(placed);
        return placed;
      },
      () => undefined,
    );
    session.placing.add(placing);
    void placing.then(() => session.placing.delete(placing));
  }

  /** Venue listener: closed orders leave their session's set. */
  onVenueEvent(applied: VenueEvent): void {
    const events = (applied.result as { events?: readonly EngineEvent[] }).events;
    if (!events) return;
    for (const e of events) {
      if (e.type !== 'order' || isOpen(e.order.status)) continue;
      for (const s of this.sessionsOf(e.order.accountId)) s.orders.forget(e.order.orderId);
    }
  }

  /** A logged-on connection of `session` ended; `requested` is its Logon's CancelOnDisconnect. */
  ended(session: FixSession, requested: boolean): void {
    if (!requested) return;
    const ending = this.cancel(session);
    this.ending.add(ending);
    void ending.then(() => this.ending.delete(ending));
  }

  private async cancel(session: FixSession): Promise<void> {
    // Taken now: orders a new connection of the same session places from here on are not ours.
    const tracked = session.orders.list();
    const late = await Promise.all([...session.placing]);
    const ids = new Set([...tracked, ...late.filter((id) => id !== undefined)]);
    const { accountId } = session;
    await Promise.all(
      [...ids]
        .filter((orderId) => {
          const order = this.venue.engine.getOrder(accountId, orderId);
          return order !== undefined && isOpen(order.status);
        })
        .map((orderId) =>
          this.venue.submit({ type: 'cancelOrder', accountId, orderId, reason: 'disconnect' }).catch(() => {
            // The venue is stopping: nothing more can be canceled or reported.
          }),
        ),
    );
  }

  /** Resolves once every cancel-on-disconnect under way has been answered by the venue. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.ending]);
  }
}
