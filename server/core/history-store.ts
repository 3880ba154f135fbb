// Storage for the history projection: typed-array rows in fixed-size chunks. Rows are numbers
// only, so millions of closed orders and executions cost the garbage collector nothing to trace
// (an object per order was ~40% of the engine's CPU when history lived inside the matching
// engine), and chunks are never copied or re-faulted as they grow (doubling an array touches
// about three times the memory it keeps). Snapshots freeze the rows in O(chunks) and read them
// while commands go on: a chunk handed to a snapshot is copied before its next write.

// The chunk geometry as a file-local const enum: esbuild writes its members into the code as
// literals, while TurboFan reloads a module-level const from the module context, with a check, at
// every use (three per order recorded in OrderIndex.add, see ledger.ts).
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see above)
const enum Chunk {
  BITS = 14,
  ROWS = 1 << BITS,
  MASK = ROWS - 1,
}

export const CHUNK_BITS = Chunk.BITS;
export const CHUNK_MASK = Chunk.MASK;

// Two concrete classes rather than one generic: each keeps its element accesses monomorphic.

/** Fixed-width rows of Float64Arrays, indexed by seq (row 0 unused), copy-on-write after freeze(). */
export class Float64Rows {
  readonly chunks: Float64Array[] = [];
  /** Highest seq made addressable. */
  size = 0;
  /** Per chunk: the freeze epoch in which this store made its own copy (writable until the next). */
  private readonly ownedIn: number[] = [];
  private epoch = 0;

  constructor(readonly width: number) {}

  /** Makes row `seq` addressable. */
  ensure(seq: number): void {
    while (seq >>> Chunk.BITS >= this.chunks.length) {
      this.chunks.push(new Float64Array(Chunk.ROWS * this.width));
      this.ownedIn.push(this.epoch);
    }
    if (seq > this.size) this.size = seq;
  }

  /** The chunk holding row `seq`, for reading; its offset is offset(seq). */
  chunk(seq: number): Float64Array {
    return this.chunks[seq >>> Chunk.BITS] as Float64Array;
  }

  /** The chunk holding row `seq`, for writing (every write goes through here or set()). */
  writable(seq: number): Float64Array {
    const i = seq >>> Chunk.BITS;
    if (this.ownedIn[i] !== this.epoch) this.own(i);
    return this.chunks[i] as Float64Array;
  }

  private own(i: number): void {
    this.chunks[i] = (this.chunks[i] as Float64Array).slice();
    this.ownedIn[i] = this.epoch;
  }

  offset(seq: number): number {
    return (seq & Chunk.MASK) * this.width;
  }

  get(seq: number, column: number): number {
    return (this.chunks[seq >>> Chunk.BITS] as Float64Array)[
      (seq & Chunk.MASK) * this.width + column
    ] as number;
  }

  set(seq: number, column: number, value: number): void {
    this.writable(seq)[(seq & Chunk.MASK) * this.width + column] = value;
  }

  /**
   * Rows 1..size as they are now, in O(chunks): the chunks are handed over and never written again
   * (the next write to one copies it first), so a snapshot can read them later while commands go on.
   */
  freeze(): FrozenRows<Float64Array> {
    this.epoch++;
    return { chunks: this.chunks.slice(), size: this.size, width: this.width };
  }

  load(values: readonly number[]): void {
    const n = values.length / this.width;
    this.ensure(n);
    for (let seq = 1; seq <= n; seq++) {
      const c = this.writable(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) c[at + k] = values[(seq - 1) * this.width + k] as number;
    }
    this.size = n;
  }
}

/** Fixed-width rows of Int32Arrays, indexed by seq (row 0 unused), copy-on-write after freeze(). */
export class Int32Rows {
  readonly chunks: Int32Array[] = [];
  /** Highest seq made addressable. */
  size = 0;
  /** Per chunk: the freeze epoch in which this store made its own copy (writable until the next). */
  private readonly ownedIn: number[] = [];
  private epoch = 0;

  constructor(readonly width: number) {}

  /** Makes row `seq` addressable. */
  ensure(seq: number): void {
    while (seq >>> Chunk.BITS >= this.chunks.length) {
      this.chunks.push(new Int32Array(Chunk.ROWS * this.width));
      this.ownedIn.push(this.epoch);
    }
    if (seq > this.size) this.size = seq;
  }

  /** The chunk holding row `seq`, for reading; its offset is offset(seq). */
  chunk(seq: number): Int32Array {
    return this.chunks[seq >>> Chunk.BITS] as Int32Array;
  }

  /** The chunk holding row `seq`, for writing (every write goes through here or set()). */
  writable(seq: number): Int32Array {
    const i = seq >>> Chunk.BITS;
    if (this.ownedIn[i] !== this.epoch) this.own(i);
    return this.chunks[i] as Int32Array;
  }

  private own(i: number): void {
    this.chunks[i] = (this.chunks[i] as Int32Array).slice();
    this.ownedIn[i] = this.epoch;
  }

  offset(seq: number): number {
    return (seq & Chunk.MASK) * this.width;
  }

  get(seq: number, column: number): number {
    return (this.chunks[seq >>> Chunk.BITS] as Int32Array)[
      (seq & Chunk.MASK) * this.width + column
    ] as number;
  }

  set(seq: number, column: number, value: number): void {
    this.writable(seq)[(seq & Chunk.MASK) * this.width + column] = value;
  }

  /**
   * Rows 1..size as they are now, in O(chunks): the chunks are handed over and never written again
   * (the next write to one copies it first), so a snapshot can read them later while commands go on.
   */
  freeze(): FrozenRows<Int32Array> {
    this.epoch++;
    return { chunks: this.chunks.slice(), size: this.size, width: this.width };
  }

  load(values: readonly number[]): void {
    const n = values.length / this.width;
    this.ensure(n);
    for (let seq = 1; seq <= n; seq++) {
      const c = this.writable(seq);
      const at = this.offset(seq);
      for (let k = 0; k < this.width; k++) c[at + k] = values[(seq - 1) * this.width + k] as number;
    }
    this.size = n;
  }
}

/** Rows 1..size of a frozen store: chunks no one writes any more. */
export interface FrozenRows<A extends Float64Array | Int32Array> {
  readonly chunks: readonly A[];
  readonly size: number;
  readonly width: number;
}

/** Row `seq` column `column` of frozen rows. */
export function frozenAt(f: FrozenRows<Float64Array | Int32Array>, seq: number, column: number): number {
  return (f.chunks[seq >>> Chunk.BITS] as Float64Array | Int32Array)[
    (seq & Chunk.MASK) * f.width + column
  ] as number;
}

/** Rows `from`..`to` (inclusive) of frozen rows as comma-separated JSON numbers. */
export function frozenText(f: FrozenRows<Float64Array | Int32Array>, from: number, to: number): string {
  const out: number[] = [];
  for (let seq = from; seq <= to; seq++) {
    const c = f.chunks[seq >>> Chunk.BITS] as Float64Array | Int32Array;
    const at = (seq & Chunk.MASK) * f.width;
    for (let k = 0; k < f.width; k++) out.push(c[at + k] as number);
  }
  return JSON.stringify(out).slice(1, -1);
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
  data = new Float64Array(2 * TRADES_KEPT * TRADE_WIDTH);
  length = 0;
  /** A snapshot holds a prefix of `data`: pushes only append, but compaction must not rewrite it. */
  private shared = false;

  push(seq: number, price: number, quantity: number, takerBuys: boolean, executedAt: number): void {
    let i = this.length * TRADE_WIDTH;
    const d = this.data;
    d[i++] = seq;
    d[i++] = price;
    d[i++] = quantity;
    d[i++] = takerBuys ? 1 : 0;
    d[i] = executedAt;
    if (++this.length >= 2 * TRADES_KEPT) {
      const from = (this.length - TRADES_KEPT) * TRADE_WIDTH;
      const to = this.length * TRADE_WIDTH;
      if (this.shared) {
        this.data = new Float64Array(d.length);
        this.data.set(d.subarray(from, to));
        this.shared = false;
      } else d.copyWithin(0, from, to);
      this.length = TRADES_KEPT;
    }
  }

  /** The kept trades as they are now, in O(1) (see `shared`). */
  freeze(): Float64Array {
    this.shared = true;
    return this.data.subarray(0, this.length * TRADE_WIDTH);
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

  load(values: readonly number[]): void {
    this.data.set(values);
    this.length = values.length / TRADE_WIDTH;
  }
}

/**
 * Marks a value that serialises itself as JSON text in pieces, each a small bounded amount of
 * work (server/venue/json-slices.ts yields to the event loop between pieces). A registry symbol,
 * so the venue's serialiser needs nothing from the core to recognise it.
 */
export const JSON_PIECES: unique symbol = Symbol.for('openvenue.jsonPieces') as never;

/** A JSON array from batches of comma-separated element text ('' for an empty batch). */
export function* arrayText(batches: Iterable<string>): Generator<string, void, void> {
  yield '[';
  let first = true;
  for (const batch of batches) {
    if (batch === '') continue;
    yield first ? batch : `,${batch}`;
    first = false;
  }
  yield ']';
}

/** Rows 1..size of frozen rows, a bounded batch of numbers at a time. */
export function* frozenBatches(f: FrozenRows<Float64Array | Int32Array>): Generator<string, void, void> {
  const rows = Math.max(1, Math.floor(BATCH_NUMBERS / f.width));
  for (let from = 1; from <= f.size; from += rows)
    yield frozenText(f, from, Math.min(f.size, from + rows - 1));
}

/** A Float64Array's numbers, a bounded batch at a time. */
export function* numberBatches(values: Float64Array): Generator<string, void, void> {
  for (let from = 0; from < values.length; from += BATCH_NUMBERS) {
    yield JSON.stringify(Array.from(values.subarray(from, from + BATCH_NUMBERS))).slice(1, -1);
  }
}

/** Numbers per piece of snapshot text: well under a millisecond of work. */
export const BATCH_NUMBERS = 1024;
