/**
 * Replay protection: each signature is accepted at most once while its timestamp is inside the
 * acceptance window. Outside the window the timestamp check already rejects a replay, so an entry
 * is needed only until `timestamp + windowMs`; after that it is dropped. Memory is therefore
 * bounded by the request rate over two windows, and a hard cap bounds it absolutely.
 *
 * When the cap is reached the cache refuses new signatures (`full`) rather than forgetting old
 * ones: forgetting would reopen the replay window for whatever was dropped (fail closed).
 */

/** Outcome of `checkAndRecord`. */
export type ReplayVerdict = 'accepted' | 'replayed' | 'full';

/** Options for a replay cache. */
export interface ReplayCacheOptions {
  /** The timestamp acceptance window in ms (the same one the authenticator uses). Default 5,000. */
  windowMs?: number;
  /** Most signatures held at once. Default 200,000 (tens of MB at worst). */
  maxEntries?: number;
}

/** Default acceptance window, ms. */
export const DEFAULT_WINDOW_MS = 5_000;
/** Default hard cap on entries. */
export const DEFAULT_REPLAY_CACHE_MAX_ENTRIES = 200_000;

/** A set of recently accepted signatures with time-based expiry; time is always an argument. */
export class ReplayCache {
  readonly windowMs: number;
  readonly maxEntries: number;
  readonly #expiry = new Map<string, number>();
  // Min-heap on expiry time: expiries are not in insertion order because timestamps may be up to
  // one window in the past or future of the arrival time.
  readonly #heapAt: number[] = [];
  readonly #heapId: string[] = [];

  constructor(options: ReplayCacheOptions = {}) {
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_REPLAY_CACHE_MAX_ENTRIES;
    if (!Number.isSafeInteger(this.windowMs) || this.windowMs < 0)
      throw new RangeError('windowMs: a non-negative integer');
    if (!Number.isSafeInteger(this.maxEntries) || this.maxEntries < 1)
      throw new RangeError('maxEntries: a positive integer');
  }

  /** Signatures currently held. */
  get size(): number {
    return this.#expiry.size;
  }

  /**
   * Records `id` (key id and signature) for a request whose timestamp is `timestampMs`, unless it
   * was already recorded. Call only after the signature verified, so garbage cannot fill the cache.
   * O(log n) per call, amortised over the expiries it sweeps.
   */
  checkAndRecord(id: string, timestampMs: number, nowMs: number): ReplayVerdict {
    this.sweep(nowMs);
    if (this.#expiry.has(id)) return 'replayed';
    if (this.#expiry.size >= this.maxEntries) return 'full';
    const at = timestampMs + this.windowMs;
    this.#expiry.set(id, at);
    this.#push(at, id);
    return 'accepted';
  }

  /** Drops every entry whose request could no longer pass the timestamp check at `nowMs`. */
  sweep(nowMs: number): void {
    while (this.#heapAt.length > 0 && (this.#heapAt[0] ?? 0) < nowMs) {
      const id = this.#pop();
      this.#expiry.delete(id);
    }
  }

  #push(at: number, id: string): void {
    const a = this.#heapAt;
    const ids = this.#heapId;
    let i = a.length;
    a.push(at);
    ids.push(id);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] ?? 0) <= at) break;
      a[i] = a[parent] ?? 0;
      ids[i] = ids[parent] ?? '';
      i = parent;
    }
    a[i] = at;
    ids[i] = id;
  }

  #pop(): string {
    const a = this.#heapAt;
    const ids = this.#heapId;
    const top = ids[0] ?? '';
    const lastAt = a.pop() ?? 0;
    const lastId = ids.pop() ?? '';
    const n = a.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (a[r] ?? 0) < (a[l] ?? 0) ? r : l;
      if ((a[c] ?? 0) >= lastAt) break;
      a[i] = a[c] ?? 0;
      ids[i] = ids[c] ?? '';
      i = c;
    }
    a[i] = lastAt;
    ids[i] = lastId;
    return top;
  }
}
