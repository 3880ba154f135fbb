/**
 * A local level-2 order book, maintained as the WebSocket guide's *Maintaining a local order book*
 * says: replace on a snapshot, apply updates whose `seq` is exactly the next one, and verify the
 * CRC-32 checksum of the top 10 levels per side after each message. The book never guesses: a gap
 * or a mismatch marks it unsynchronised until the fresh snapshot the socket asks for arrives.
 */
import type { components } from '../../../generated/asyncapi/types.ts';
import { crc32 } from './crc32.ts';

export type BookData = components['schemas']['OrderBook'];
/** `[price, quantity]`, the exact decimal strings the venue sent. */
export type Level = readonly [price: string, quantity: string];

export type ApplyResult = 'applied' | 'stale' | 'gap' | 'checksum';

/** Compares two non-negative decimal strings numerically without floating point. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length - bInt.length;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const aFrac = af.padEnd(width, '0');
  const bFrac = bf.padEnd(width, '0');
  return aFrac === bFrac ? 0 : aFrac < bFrac ? -1 : 1;
}

const ZERO = /^0*(?:\.0*)?$/;

/** Sets one level in a side kept sorted best first (`sign` -1 for bids: highest first). */
function setLevel(side: Level[], price: string, quantity: string, sign: 1 | -1): void {
  let lo = 0;
  let hi = side.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sign * compareDecimal((side[mid] as Level)[0], price) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = lo < side.length && compareDecimal((side[lo] as Level)[0], price) === 0;
  if (ZERO.test(quantity)) {
    if (found) side.splice(lo, 1);
  } else if (found) {
    side[lo] = [price, quantity];
  } else {
    side.splice(lo, 0, [price, quantity]);
  }
}

export function bookChecksum(bids: readonly Level[], asks: readonly Level[]): number {
  const levels = [...bids.slice(0, 10), ...asks.slice(0, 10)];
  return crc32(levels.map(([p, q]) => `${p}:${q}`).join(','));
}

export class LocalOrderBook {
  readonly market: string;
  #bids: Level[] = [];
  #asks: Level[] = [];
  #seq: number | undefined;
  #synced = false;
  /** Updates applied and verified since the book was created. */
  updates = 0;
  /** Snapshots applied (the first one and every resynchronisation). */
  snapshots = 0;
  /** Gaps and checksum mismatches detected (each led to a resynchronisation). */
  resyncs = 0;
  readonly #listeners = new Set<(book: LocalOrderBook) => void>();

  constructor(market: string) {
    this.market = market;
  }

  get seq(): number | undefined {
    return this.#seq;
  }

  /** True between a verified snapshot and the next gap or mismatch. */
  get synced(): boolean {
    return this.#synced;
  }

  /** Bids, best (highest) first. */
  get bids(): readonly Level[] {
    return this.#bids;
  }

  /** Asks, best (lowest) first. */
  get asks(): readonly Level[] {
    return this.#asks;
  }

  get bestBid(): Level | undefined {
    return this.#bids[0];
  }

  get bestAsk(): Level | undefined {
    return this.#asks[0];
  }

  /** The checksum of the book as held now. */
  checksum(): number {
    return bookChecksum(this.#bids, this.#asks);
  }

  /** Called after every verified snapshot or update. */
  onUpdate(listener: (book: LocalOrderBook) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  applySnapshot(data: BookData): ApplyResult {
    this.#bids = [];
    this.#asks = [];
    for (const [price, quantity] of data.bids) setLevel(this.#bids, price as string, quantity as string, -1);
    for (const [price, quantity] of data.asks) setLevel(this.#asks, price as string, quantity as string, 1);
    this.#seq = data.seq;
    return this.#verify(data.checksum, () => {
      this.snapshots += 1;
    });
  }

  applyUpdate(data: BookData): ApplyResult {
    if (!this.#synced || this.#seq === undefined) return 'stale';
    if (data.seq <= this.#seq) return 'stale';
    if (data.seq !== this.#seq + 1) {
      this.#desync();
      return 'gap';
    }
    for (const [price, quantity] of data.bids) setLevel(this.#bids, price as string, quantity as string, -1);
    for (const [price, quantity] of data.asks) setLevel(this.#asks, price as string, quantity as string, 1);
    this.#seq = data.seq;
    return this.#verify(data.checksum, () => {
      this.updates += 1;
    });
  }

  /** Marks the book unsynchronised, e.g. while the connection is down. */
  invalidate(): void {
    this.#synced = false;
  }

  #verify(expected: number, count: () => void): ApplyResult {
    if (this.checksum() !== expected) {
      this.#desync();
      return 'checksum';
    }
    this.#synced = true;
    count();
    for (const listener of this.#listeners) listener(this);
    return 'applied';
  }

  #desync(): void {
    this.#synced = false;
    this.resyncs += 1;
  }
}
