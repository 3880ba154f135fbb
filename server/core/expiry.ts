// GTD orders by (expireAt, seq) in a binary heap. Orders closed before their expiry stay in the
// heap and are skipped when popped, which keeps cancels O(1).

import type { OrderRec } from './order.ts';

function before(a: OrderRec, b: OrderRec): boolean {
  return a.expireAt < b.expireAt || (a.expireAt === b.expireAt && a.seq < b.seq);
}

export class ExpiryQueue {
  private readonly heap: OrderRec[] = [];

  push(order: OrderRec): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(order);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as OrderRec;
      if (!before(order, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = order;
  }

  /** Removes and returns the earliest order if its expireAt <= ts. */
  popDue(ts: number): OrderRec | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined || top.expireAt > ts) return undefined;
    const last = heap.pop() as OrderRec;
    if (heap.length > 0) {
      let i = 0;
      const n = heap.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n && before(heap[r] as OrderRec, heap[l] as OrderRec)) c = r;
        if (!before(heap[c] as OrderRec, last)) break;
        heap[i] = heap[c] as OrderRec;
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }

  get size(): number {
    return this.heap.length;
  }
}
