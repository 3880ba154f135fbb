/**
 * The gateway's own copy of one market's level-2 book, advanced only by durable `book` events.
 *
 * The engine's live book can be a few commands ahead of the journal (applied, not yet synced), so
 * a snapshot read from it would not line up with the next durable update; this mirror always
 * matches the last update sent, which makes "snapshot at seq S, then S+1, S+2..." exact and lets
 * every update carry the checksum of the book as the client will have it.
 *
 * Levels are kept as integers (price units, base units) and formatted only when a message needs
 * them (an update's changes and the checksummed top of book, a snapshot), each level at most once:
 * a market nobody watches costs a sorted insert per changed level and no strings.
 */
import type { BookEvent, BookLevel, BookLevelView } from '../core/index.ts';
import { bookChecksum, formatTimestamp, parseScaled } from '../core/index.ts';

/** One level: integers always, the formatted strings once something needed them. */
interface Level {
  /** Price in price units, for ordering. */
  readonly units: number;
  /** Total quantity in base units; -1 for a level seeded from formatted strings. */
  readonly lots: number;
  view: BookLevelView | undefined;
}

type Pair = [string, string];

/** Formats levels of the mirror's market as the contract writes them (Engine.bookLevelsView). */
export type FormatLevels = (levels: readonly BookLevel[]) => readonly BookLevelView[];

/** The data of a book snapshot or update message (the contract's OrderBook / BookUpdate). */
export interface BookData {
  market: string;
  seq: number;
  checksum: number;
  bids: Pair[];
  asks: Pair[];
  updatedAt: string;
}

class Side {
  /** Best first: highest bid or lowest ask. */
  readonly levels: Level[] = [];

  constructor(private readonly better: (a: number, b: number) => boolean) {}

  /** Index of the level at `units`, or where it would go (as `-(index + 1)`). */
  #find(units: number): number {
    let lo = 0;
    let hi = this.levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = (this.levels[mid] as Level).units;
      if (at === units) return mid;
      if (this.better(at, units)) lo = mid + 1;
      else hi = mid;
    }
    return -(lo + 1);
  }

  /** Sets a level's total quantity; `gone` removes it. */
  set(level: Level, gone: boolean): void {
    const i = this.#find(level.units);
    if (i >= 0) {
      if (gone) this.levels.splice(i, 1);
      else this.levels[i] = level;
    } else if (!gone) {
      this.levels.splice(-(i + 1), 0, level);
    }
  }
}

export class BookMirror {
  readonly bids = new Side((a, b) => a > b);
  readonly asks = new Side((a, b) => a < b);
  seq: number;
  updatedAt: number;
  #snapshotText: string | undefined;
  /** The levels the last applied event set, in its order: `update` formats them once for both uses. */
  #appliedBids: Level[] = [];
  #appliedAsks: Level[] = [];

  private constructor(
    readonly market: string,
    seq: number,
    updatedAt: number,
    private readonly format: FormatLevels,
  ) {
    this.seq = seq;
    this.updatedAt = updatedAt;
  }

  /** Seeds a mirror from the engine's full-depth book at its current `seq`. */
  static seed(
    market: string,
    book: { seq: number; bids: readonly BookLevelView[]; asks: readonly BookLevelView[] },
    priceDecimals: number,
    now: number,
    format: FormatLevels,
  ): BookMirror {
    const mirror = new BookMirror(market, book.seq, now, format);
    const level = (view: BookLevelView): Level => ({
      units: parseScaled(view.price, priceDecimals),
      lots: -1,
      view,
    });
    mirror.bids.levels.push(...book.bids.map(level));
    mirror.asks.levels.push(...book.asks.map(level));
    return mirror;
  }

  get checksum(): number {
    return bookChecksum(this.#views(this.bids.levels, 10), this.#views(this.asks.levels, 10));
  }

  /**
   * Applies a durable book event; false for an event the mirror already contains (seeded after it
   * was applied). The update message is built separately (`update`), so a market nobody watches
   * keeps its mirror exact without paying for strings, checksums and bodies.
   */
  apply(event: BookEvent, ts: number): boolean {
    if (event.seq <= this.seq) return false;
    this.#appliedBids = applySide(this.bids, event.bids);
    this.#appliedAsks = applySide(this.asks, event.asks);
    this.seq = event.seq;
    this.updatedAt = ts;
    this.#snapshotText = undefined;
    return true;
  }

  /** The update message's data for the event just applied, checksummed against the book now. */
  update(event: BookEvent): BookData {
    const bids = this.#formatApplied(event.bids, this.#appliedBids);
    const asks = this.#formatApplied(event.asks, this.#appliedAsks);
    return {
      market: this.market,
      seq: this.seq,
      checksum: this.checksum,
      bids,
      asks,
      updatedAt: formatTimestamp(this.updatedAt),
    };
  }

  /** The event's changes as pairs; the levels it set keep their strings for the checksum. */
  #formatApplied(levels: readonly BookLevel[], applied: Level[]): Pair[] {
    if (levels.length === 0) return [];
    const views = this.format(levels);
    for (let i = 0; i < applied.length; i++) (applied[i] as Level).view ??= views[i];
    return changes(levels, views);
  }

  snapshot(): BookData {
    return {
      market: this.market,
      seq: this.seq,
      checksum: this.checksum,
      bids: this.#views(this.bids.levels, this.bids.levels.length).map(pair),
      asks: this.#views(this.asks.levels, this.asks.levels.length).map(pair),
      updatedAt: formatTimestamp(this.updatedAt),
    };
  }

  /** The snapshot message, serialised once per book state however many clients subscribe. */
  snapshotText(serialise: (data: BookData) => string): string {
    this.#snapshotText ??= serialise(this.snapshot());
    return this.#snapshotText;
  }

  /** The first `count` levels formatted, formatting (in one call) those not formatted yet. */
  #views(levels: readonly Level[], count: number): BookLevelView[] {
    const n = Math.min(count, levels.length);
    const missing: Level[] = [];
    for (let i = 0; i < n; i++) if ((levels[i] as Level).view === undefined) missing.push(levels[i] as Level);
    if (missing.length > 0) {
      const views = this.format(missing.map((l) => ({ price: l.units, quantity: l.lots })));
      for (let i = 0; i < missing.length; i++) (missing[i] as Level).view = views[i];
    }
    const out: BookLevelView[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = (levels[i] as Level).view as BookLevelView;
    return out;
  }
}

/** Copies the integers (the event's level objects belong to the engine); the levels it set. */
function applySide(side: Side, levels: readonly BookLevel[]): Level[] {
  const applied: Level[] = new Array(levels.length);
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as BookLevel;
    const next: Level = { units: level.price, lots: level.quantity, view: undefined };
    side.set(next, level.quantity === 0);
    applied[i] = next;
  }
  return applied;
}

/** One side's changes as the update carries them; a removed level is written `"0"`, as the contract spells it. */
function changes(levels: readonly BookLevel[], views: readonly BookLevelView[]): Pair[] {
  return levels.map((level, i) => {
    const view = views[i] as BookLevelView;
    return [view.price, level.quantity === 0 ? '0' : view.quantity];
  });
}

function pair(level: BookLevelView): Pair {
  return [level.price, level.quantity];
}
