// Storage for the history projection: growable typed-array columns. Rows are numbers only, so
// millions of closed orders and executions cost the garbage collector nothing to trace (an object
// per order was ~40% of the engine's CPU in GC when history lived inside the matching engine).

/** A growable Float64Array of fixed-width rows, indexed by seq (row 0 unused). */
export class Rows {
  data: Float64Array;
  /** Highest seq written. */
  size = 0;

  constructor(readonly width: number) {
    this.data = new Float64Array(1024 * width);
  }

  /** Makes row `seq` addressable; answers its offset. */
  ensure(seq: number): number {
    const need = (seq + 1) * this.width;
    if (need > this.data.length) {
      let n = this.data.length * 2;
      while (n < need) n *= 2;
      const data = new Float64Array(n);
      data.set(this.data);
      this.data = data;
    }
    if (seq > this.size) this.size = seq;
    return seq * this.width;
  }

  /** Rows 1..size as a plain array (snapshots). */
  toJSON(): number[] {
    return Array.from(this.data.subarray(this.width, (this.size + 1) * this.width));
  }

  load(values: readonly number[]): void {
    const n = values.length / this.width;
    this.ensure(n);
    this.data.set(values, this.width);
    this.size = n;
  }
}

/** A growable ascending list of seqs. */
export class SeqList {
  items = new Float64Array(8);
  length = 0;

  push(seq: number): void {
    if (this.length === this.items.length) {
      const items = new Float64Array(this.items.length * 2);
      items.set(this.items);
      this.items = items;
    }
    this.items[this.length++] = seq;
  }

  /** Index of the last seq < bound (-1 if none). */
  lastBelow(bound: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as number) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export const TRADES_KEPT = 10_000;
/** seq, price, quantity, taker is buy (1/0), executedAt. */
export const TRADE_WIDTH = 5;

/** A market's recent public trades, oldest first: the last 10,000 to 20,000 are kept. */
export class TradeLog {
  readonly data = new Float64Array(2 * TRADES_KEPT * TRADE_WIDTH);
  length = 0;

  push(seq: number, price: number, quantity: number, takerBuys: boolean, executedAt: number): void {
    let i = this.length * TRADE_WIDTH;
    const d = this.data;
    d[i++] = seq;
    d[i++] = price;
    d[i++] = quantity;
    d[i++] = takerBuys ? 1 : 0;
    d[i] = executedAt;
    if (++this.length >= 2 * TRADES_KEPT) {
      d.copyWithin(0, (this.length - TRADES_KEPT) * TRADE_WIDTH, this.length * TRADE_WIDTH);
      this.length = TRADES_KEPT;
    }
  }

  seqAt(i: number): number {
    return this.data[i * TRADE_WIDTH] as number;
  }

  /** Index of the last trade with seq < bound (-1 if none). */
  lastBelow(bound: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.seqAt(mid) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  toJSON(): number[] {
    return Array.from(this.data.subarray(0, this.length * TRADE_WIDTH));
  }

  load(values: readonly number[]): void {
    this.data.set(values);
    this.length = values.length / TRADE_WIDTH;
  }
}
