// Price levels per side in one array sorted so that the best level is LAST: best access is O(1),
// removing the best (the common case after a sweep) is a pop, and inserts near the top of the book
// move few elements. Each level is an intrusive FIFO of orders (O(1) append and unlink).

import type { OrderRec } from './order.ts';

export class Level {
  /** Total lots resting at this level. */
  lots = 0;
  head: OrderRec | null = null;
  tail: OrderRec | null = null;
  /** Command epoch in which this level was first touched, and its lots at that moment. */
  touchedEpoch = -1;
  lotsBefore = 0;

  constructor(
    readonly price: number,
    readonly isBid: boolean,
  ) {}
}

export class BookSide {
  /** Bids ascending, asks descending: best last. */
  readonly levels: Level[] = [];

  constructor(readonly isBid: boolean) {}

  best(): Level | undefined {
    return this.levels[this.levels.length - 1];
  }

  /** Index of the first level that is worse-or-equal... i.e. insertion point keeping the order. */
  private search(price: number): number {
    const levels = this.levels;
    let lo = 0;
    let hi = levels.length;
    if (this.isBid) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((levels[mid] as Level).price < price) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((levels[mid] as Level).price > price) lo = mid + 1;
        else hi = mid;
      }
    }
    return lo;
  }

  find(price: number): Level | undefined {
    const top = this.levels[this.levels.length - 1];
    if (top !== undefined && top.price === price) return top;
    const i = this.search(price);
    const level = this.levels[i];
    return level !== undefined && level.price === price ? level : undefined;
  }

  /** The level at `price`, created if missing; `created` reports whether it was. */
  getOrCreate(price: number): Level {
    const levels = this.levels;
    const top = levels[levels.length - 1];
    if (top !== undefined) {
      if (top.price === price) return top;
      if (this.isBid ? price > top.price : price < top.price) {
        const level = new Level(price, this.isBid);
        levels.push(level);
        return level;
      }
    }
    const i = this.search(price);
    const existing = levels[i];
    if (existing !== undefined && existing.price === price) return existing;
    const level = new Level(price, this.isBid);
    // By hand rather than splice, which allocates its (empty) result array; new levels are mostly
    // near the top of the book, i.e. near the end: few moves.
    for (let j = levels.length; j > i; j--) levels[j] = levels[j - 1] as Level;
    levels[i] = level;
    return level;
  }

  remove(level: Level): void {
    const levels = this.levels;
    if (levels[levels.length - 1] === level) {
      levels.pop();
      return;
    }
    const i = this.search(level.price);
    if (levels[i] !== level) return;
    const last = levels.length - 1;
    for (let j = i; j < last; j++) levels[j] = levels[j + 1] as Level;
    levels.pop();
  }
}

export class OrderBook {
  readonly bids = new BookSide(true);
  readonly asks = new BookSide(false);
  /** Resting orders. */
  count = 0;

  side(isBid: boolean): BookSide {
    return isBid ? this.bids : this.asks;
  }
}

/** Appends an order at the back of its level's queue. */
export function linkOrder(level: Level, order: OrderRec, lots: number): void {
  order.level = level;
  order.next = null;
  order.prev = level.tail;
  if (level.tail === null) level.head = order;
  else level.tail.next = order;
  level.tail = order;
  level.lots += lots;
}

/** Unlinks an order from its level; the caller removes the level when it becomes empty. */
export function unlinkOrder(level: Level, order: OrderRec, lots: number): void {
  if (order.prev === null) level.head = order.next;
  else order.prev.next = order.next;
  if (order.next === null) level.tail = order.prev;
  else order.next.prev = order.prev;
  order.prev = null;
  order.next = null;
  order.level = null;
  level.lots -= lots;
}
