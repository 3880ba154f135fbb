/**
 * The open orders a bench's command generator knows of, followed from the engine's order events:
 * ids in an array with swap-remove on close, so a random open order is one index away (cancels
 * name real orders). bench:engine and bench:snapshot build their streams on it.
 */
import type { EngineEvent } from '../../server/core/index.ts';

export class LiveOrders {
  /** Open order ids, in no meaningful order (swap-remove). */
  readonly ids: string[] = [];
  readonly #at = new Map<string, number>();
  readonly #owner = new Map<string, string>();

  get size(): number {
    return this.ids.length;
  }

  has(orderId: string): boolean {
    return this.#at.has(orderId);
  }

  /** The accountId of an open order. */
  owner(orderId: string): string | undefined {
    return this.#owner.get(orderId);
  }

  /** A uniformly drawn open order id (`u` in [0, 1)); undefined when none is open. */
  pick(u: number): string | undefined {
    return this.ids[Math.floor(u * this.ids.length)];
  }

  track(events: readonly EngineEvent[]): void {
    for (const e of events) {
      if (e.type !== 'order') continue;
      const o = e.order;
      const open = o.status === 'new' || o.status === 'partiallyFilled';
      const at = this.#at.get(o.orderId);
      if (open && at === undefined) {
        this.#at.set(o.orderId, this.ids.length);
        this.ids.push(o.orderId);
        this.#owner.set(o.orderId, o.accountId);
      } else if (!open && at !== undefined) {
        const last = this.ids.pop() as string;
        if (last !== o.orderId) {
          this.ids[at] = last;
          this.#at.set(last, at);
        }
        this.#at.delete(o.orderId);
        this.#owner.delete(o.orderId);
      }
    }
  }
}
