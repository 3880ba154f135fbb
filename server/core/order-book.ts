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
  /**
   * levels[i].price, side by side: a search probes one contiguous array of small integers instead
   * of a Level object (a cache line of its own) per step.
   */
  private readonly prices: number[] = [];

  constructor(readonly isBid: boolean) {}

  best(): Level | undefined {
    // Never levels[-1] on an empty side: "-1" is a property name, not an index, and one such read
    // turns the read site (inlined into matching) into a generic megamorphic lookup for good.
    const n = this.levels.length;
    return n === 0 ? undefined : this.levels[n - 1];
  }

  /** Index of the first level that is worse-or-equal... i.e. insertion point keeping the order. */
  private search(price: number): number {
    const prices = this.prices;
    let lo = 0;
    let hi = prices.length;
    if (this.isBid) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((prices[mid] as number) < price) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((prices[mid] as number) > price) lo = mid + 1;
        else hi = mid;
      }
    }
    return lo;
  }

  find(price: number): Level | undefined {
    const top = this.best();
    if (top !== undefined && top.price === price) return top;
    const i = this.search(price);
    return this.prices[i] === price ? this.levels[i] : undefined;
  }

  /** The level at `price`, created if missing. */
  getOrCreate(price: number): Level {
    const levels = this.levels;
    const prices = this.prices;
    const n = levels.length;
    if (n !== 0) {
      const top = prices[n - 1] as number;
      if (top === price) return levels[n - 1] as Level;
      if (this.isBid ? price > top : price < top) {
        const level = new Level(price, this.isBid);
        levels.push(level);
        prices.push(price);
        return level;
      }
    }
    const i = this.search(price);
    // i === n on an empty side: reading prices[n] (undefined) there made this comparison generic, a
    // StrictEqual builtin call each time.
    if (i < n && prices[i] === price) return levels[i] as Level;
    const level = new Level(price, this.isBid);
    // By hand rather than splice, which allocates its (empty) result array; new levels are mostly
    // near the top of the book, i.e. near the end: few moves.
    for (let j = n; j > i; j--) {
      levels[j] = levels[j - 1] as Level;
      prices[j] = prices[j - 1] as number;
    }
    levels[i] = level;
    prices[i] = price;
    return level;
  }

  remove(level: Level): void {
    const levels = this.levels;
    const prices = this.prices;
    const last = levels.length - 1;
    if (levels[last] === level) {
      levels.pop();
      prices.pop();
      return;
    }
    const i = this.search(level.price);
    if (levels[i] !== level) return;
    for (let j = i; j < last; j++) {
      levels[j] = levels[j + 1] as Level;
      prices[j] = prices[j + 1] as number;
    }
    levels.pop();
    prices.pop();
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
