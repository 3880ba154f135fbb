// Storage for the history projection: typed-array rows in fixed-size chunks. Rows are numbers
// only, so millions of closed orders and executions cost the garbage collector nothing to trace
// (an object per order was ~40% of the engine's CPU when history lived inside the matching
// engine), and chunks are never copied or re-faulted as they grow (doubling an array touches
// about three times the memory it keeps).

const CHUNK_BITS = 14;
const CHUNK_ROWS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ROWS - 1;

// Two concrete classes rather than one generic: each keeps its element accesses monomorphic.

/** Fixed-width rows of Float64Arrays, indexed by seq (row 0 unused). */
export class Float64Rows {
  readonly chunks: Float64Array[] = [];
  /** Highest seq made addressable. */
  size = 0;

  constructor(readonly width: number) {}

  /** Makes row `seq` addressable. */
  ensure(seq: number): void {
    while (seq >>> CHUNK_BITS >= this.chunks.length)
      this.chunks.push(new Float64Array(CHUNK_ROWS * this.width));
    if (seq > this.size) this.size = seq;
  }

  /** The chunk holding row `seq`; its offset is offset(seq). */
  chunk(seq: number): Float64Array {
    return this.chunks[seq >>> CHUNK_BITS] as Float64Array;
  }

  offset(seq: number): number {
    return (seq & CHUNK_MASK) * this.width;
  }

  get(seq: number, column: number): number {
    return (this.chunks[seq >>> CHUNK_BITS] as Float64Array)[
      (seq & CHUNK_MASK) * this.width + column
    ] as number;
  }

  set(seq: number, column: number, value: number): void {
    (this.chunks[seq >>> CHUNK_BITS] as Float64Array)[(seq & CHUNK_MASK) * this.width + column] = value;
  }

  /** Rows 1..size as a plain array (snapshots). */
  toJSON(): number[] {
    const out: number[] = [];
    for (let seq = 1; seq <= this.size; seq++) {
      const c = this.chunk(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) out.push(c[at + k] as number);
    }
    return out;
  }

  load(values: readonly number[]): void {
    const n = values.length / this.width;
    this.ensure(n);
    for (let seq = 1; seq <= n; seq++) {
      const c = this.chunk(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) c[at + k] = values[(seq - 1) * this.width + k] as number;
    }
    this.size = n;
  }
}

/** Fixed-width rows of Int32Arrays, indexed by seq (row 0 unused). */
export class Int32Rows {
  readonly chunks: Int32Array[] = [];
  /** Highest seq made addressable. */
  size = 0;

  constructor(readonly width: number) {}

  /** Makes row `seq` addressable. */
  ensure(seq: number): void {
    while (seq >>> CHUNK_BITS >= this.chunks.length)
      this.chunks.push(new Int32Array(CHUNK_ROWS * this.width));
    if (seq > this.size) this.size = seq;
  }

  /** The chunk holding row `seq`; its offset is offset(seq). */
  chunk(seq: number): Int32Array {
    return this.chunks[seq >>> CHUNK_BITS] as Int32Array;
  }

  offset(seq: number): number {
    return (seq & CHUNK_MASK) * this.width;
  }

  get(seq: number, column: number): number {
    return (this.chunks[seq >>> CHUNK_BITS] as Int32Array)[
      (seq & CHUNK_MASK) * this.width + column
    ] as number;
  }

  set(seq: number, column: number, value: number): void {
    (this.chunks[seq >>> CHUNK_BITS] as Int32Array)[(seq & CHUNK_MASK) * this.width + column] = value;
  }

  /** Rows 1..size as a plain array (snapshots). */
  toJSON(): number[] {
    const out: number[] = [];
    for (let seq = 1; seq <= this.size; seq++) {
      const c = this.chunk(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) out.push(c[at + k] as number);
    }
    return out;
  }

  load(values: readonly number[]): void {
    const n = values.length / this.width;
    this.ensure(n);
    for (let seq = 1; seq <= n; seq++) {
      const c = this.chunk(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) c[at + k] = values[(seq - 1) * this.width + k] as number;
    }
    this.size = n;
  }
}

/**
 * A growable ascending list of seqs. A JS array of double elements: nothing in it for the GC to
 * trace (like a Float64Array), while push and growth stay on the V8 heap (a Float64Array that grows
 * allocates and copies an off-heap buffer, and its length check cost a cache miss per push).
 */
export class SeqList {
  readonly items: number[] = doubles();

  get length(): number {
    return this.items.length;
  }

  push(seq: number): void {
    this.items.push(seq);
  }

  /** Index of the last seq < bound (-1 if none). */
  lastBelow(bound: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as number) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** An empty array whose elements kind is already double (so it never holds tagged values). */
function doubles(): number[] {
  const a = [0.5];
  a.pop();
  return a;
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
