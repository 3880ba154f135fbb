// What the clientOrderId rules need of closed orders (24 h idempotency, lookups and cancels by
// clientOrderId), kept as rows of numbers instead of one OrderRec object graph per order:
// integrators send a clientOrderId with every order, and keeping each closed one as objects (with
// its µs timestamps as heap numbers) made the young generation copy and promote nearly every
// order. An account's entry (AccountRec.clientIds) names its newest order: the OrderRec while it is
// open, a key into these rows once it closed.
//
// Rows are appended in close order and dropped from the front once expired (24 h after the order's
// createdAt), a few per close: expiry follows command timestamps only (State.now, the latest, so it
// never goes back). A dropped entry is already treated as absent by every reader (expired() at
// State.now, the snapshot capture), so when the drop happens is unobservable (a restored engine
// drops in another order and answers the same), and a snapshot being serialised suspends it
// (hold/release) to read the rows and entries as they were.

import { CLIENT_ORDER_ID_TTL_US } from './constants.ts';
import { seqId } from './decimal.ts';
import {
  bits,
  cancelReasonOf,
  F_MARKET,
  F_POST_ONLY,
  F_SELL,
  F_STATUS,
  F_STP,
  F_TIF,
  outcomeFlags,
  rejectReasonOf,
  STATUSES,
  STPS,
  TIFS,
} from './history-layout.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import { OrderRec, orderFlags } from './order.ts';
import type { OrderStatus } from './types.ts';

/** An account's clientOrderId entry: its open order, or the key of its closed order's row. */
export type ClientIdEntry = OrderRec | number;

// Row columns (Float64: quantities and µs timestamps pass 2^31).
const SEQ = 0;
const ACCOUNT = 1;
/** market index × 2^CODE_BITS + the history row's flag bits (parameters, status, reasons). */
const CODES = 2;
const PRICE = 3;
const QTY = 4;
const PLACED_PRICE = 5;
const PLACED_QTY = 6;
const QUOTE_QTY = 7;
const EXPIRE_AT = 8;
const CREATED = 9;
const UPDATED = 10;
const FILLED = 11;
const FILLED_QUOTE = 12;
const FEE = 13;
const FEE_WHOLE = 14;
const FEE_REM = 15;
const HOLD = 16;
const WIDTH = 17;

const CODE_BITS = 18;
const CODE_SPAN = 2 ** CODE_BITS;
const CHUNK_BITS = 10;
const CHUNK_ROWS = 1 << CHUNK_BITS;
/**
 * Keys are row positions modulo 2^30, so an entry always holds a small integer (no heap number)
 * however many orders ever closed; the rows kept at once are far fewer than 2^30.
 */
const KEY_MASK = 2 ** 30 - 1;
/** Rows dropped at most per close: more than one, so the rows catch up after a snapshot's hold. */
const DROPS_PER_CLOSE = 3;

export function isClosedEntry(e: ClientIdEntry): e is number {
  return typeof e === 'number';
}

/**
 * A new order takes its clientOrderId's entry. The entry moves to the end of the map (delete, then
 * set): so an account's entries are always in ascending seq of the orders they name, however
 * entries were dropped before (client-ids drop, reuse after 24 h), and snapshots list them in that
 * order whatever the engine's history of drops and restores.
 */
export function nameClientOrder(order: OrderRec, clientOrderId: string): void {
  const ids = order.account.clientIds;
  ids.delete(clientOrderId);
  ids.set(clientOrderId, order);
}

/** Whether an entry made by an order created at `createdAt` has expired at `ts`. */
export function clientIdExpired(createdAt: number, ts: number): boolean {
  return ts >= createdAt + CLIENT_ORDER_ID_TTL_US;
}

export class ClosedClientOrders {
  private readonly chunks: Float64Array[] = [];
  /** The clientOrderId of each row (to drop its entry), chunked like the rows. */
  private readonly cids: string[][] = [];
  /** Chunk number (position >> CHUNK_BITS) of chunks[0]. */
  private firstChunk = 0;
  /** Positions of the oldest kept row and of the next row. */
  private head = 0;
  private tail = 0;
  /** Snapshots being serialised: rows and entries are not dropped meanwhile. */
  private holds = 0;

  constructor(
    private readonly markets: readonly MarketRec[],
    private readonly accounts: readonly AccountRec[],
  ) {}

  /** Rows kept (closed orders whose entry may still be read). */
  get size(): number {
    return this.tail - this.head;
  }

  /**
   * An order with a clientOrderId closed (at command time `ts`): if its account's entry names it,
   * the entry becomes a row. Drops a few rows that nothing can read any more first.
   */
  keep(order: OrderRec, ts: number): void {
    const ids = order.account.clientIds;
    const cid = order.clientOrderId as string;
    if (ids.get(cid) !== order) return;
    if (this.holds === 0) this.drop(ts);
    ids.set(cid, this.add(order));
  }

  /** Appends a closed order's row; answers its key. */
  add(order: OrderRec): number {
    const pos = this.tail++;
    const n = Math.floor(pos / CHUNK_ROWS) - this.firstChunk;
    if (n === this.chunks.length) {
      this.chunks.push(new Float64Array(CHUNK_ROWS * WIDTH));
      this.cids.push([]);
    }
    const i = pos % CHUNK_ROWS;
    const c = this.chunks[n] as Float64Array;
    const at = i * WIDTH;
    c[at + SEQ] = order.seq;
    c[at + ACCOUNT] = order.account.index;
    c[at + CODES] = order.market.index * CODE_SPAN + codes(order);
    c[at + PRICE] = order.priceTicks;
    c[at + QTY] = order.quantityLots;
    c[at + PLACED_PRICE] = order.placedPriceTicks;
    c[at + PLACED_QTY] = order.placedQuantityLots;
    c[at + QUOTE_QTY] = order.quoteQuantity;
    c[at + EXPIRE_AT] = order.expireAt;
    c[at + CREATED] = order.createdAt;
    c[at + UPDATED] = order.updatedAt;
    c[at + FILLED] = order.filledLots;
    c[at + FILLED_QUOTE] = order.filledQuote;
    c[at + FEE] = order.feeCharged;
    c[at + FEE_WHOLE] = order.feeWhole;
    c[at + FEE_REM] = order.feeRem;
    c[at + HOLD] = order.hold;
    (this.cids[n] as string[])[i] = order.clientOrderId as string;
    return pos & KEY_MASK;
  }

  seq(key: number): number {
    return this.get(key, SEQ);
  }

  createdAt(key: number): number {
    return this.get(key, CREATED);
  }

  status(key: number): OrderStatus {
    return STATUSES[bits(this.get(key, CODES) % CODE_SPAN, F_STATUS, 3)] as OrderStatus;
  }

  /** Whether the row's entry has expired at `ts` (readers treat it as absent: it may be dropped). */
  expired(key: number, ts: number): boolean {
    return clientIdExpired(this.get(key, CREATED), ts);
  }

  /** A new OrderRec holding the row's order as it closed (replays, snapshots: off the hot path). */
  order(key: number): OrderRec {
    const pos = this.position(key);
    const c = this.chunks[Math.floor(pos / CHUNK_ROWS) - this.firstChunk] as Float64Array;
    const at = (pos % CHUNK_ROWS) * WIDTH;
    const seq = c[at + SEQ] as number;
    const all = c[at + CODES] as number;
    const f = all % CODE_SPAN;
    const o = new OrderRec().reset(
      seq,
      seqId(seq),
      (this.cids[Math.floor(pos / CHUNK_ROWS) - this.firstChunk] as string[])[pos % CHUNK_ROWS] as string,
      this.accounts[c[at + ACCOUNT] as number] as AccountRec,
      this.markets[(all - f) / CODE_SPAN] as MarketRec,
      orderFlags(
        (f & F_SELL) === 0,
        (f & F_MARKET) !== 0 ? 'market' : 'limit',
        TIFS[bits(f, F_TIF, 2)] as OrderRec['timeInForce'],
        (f & F_POST_ONLY) !== 0,
        STPS[bits(f, F_STP, 2)] as OrderRec['stp'],
      ),
      c[at + PLACED_PRICE] as number,
      c[at + PLACED_QTY] as number,
      c[at + QUOTE_QTY] as number,
      c[at + EXPIRE_AT] as number,
      c[at + CREATED] as number,
    );
    o.priceTicks = c[at + PRICE] as number;
    o.quantityLots = c[at + QTY] as number;
    o.updatedAt = c[at + UPDATED] as number;
    o.filledLots = c[at + FILLED] as number;
    o.filledQuote = c[at + FILLED_QUOTE] as number;
    o.feeCharged = c[at + FEE] as number;
    o.feeWhole = c[at + FEE_WHOLE] as number;
    o.feeRem = c[at + FEE_REM] as number;
    o.hold = c[at + HOLD] as number;
    o.status = STATUSES[bits(f, F_STATUS, 3)] as OrderStatus;
    o.cancelReason = cancelReasonOf(f);
    o.rejectReason = rejectReasonOf(f);
    return o;
  }

  /** A snapshot is being serialised: keep every row and entry until release(). */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds--;
  }

  /**
   * Drops up to DROPS_PER_CLOSE expired rows from the front, and their entries unless they name a
   * newer order (the clientOrderId was used again). Rows close in another order than they were
   * created, so an unexpired row can hold back expired ones behind it, at most until it expires
   * itself: a row outlives its order's close by 24 h at most. The usual case (the front row has not
   * expired) reads one number.
   */
  private drop(ts: number): void {
    for (let k = 0; k < DROPS_PER_CLOSE && this.head < this.tail; k++) {
      const pos = this.head;
      const n = Math.floor(pos / CHUNK_ROWS) - this.firstChunk;
      const i = pos % CHUNK_ROWS;
      const c = this.chunks[n] as Float64Array;
      const at = i * WIDTH;
      if (!clientIdExpired(c[at + CREATED] as number, ts)) return;
      const ids = (this.accounts[c[at + ACCOUNT] as number] as AccountRec).clientIds;
      const cid = (this.cids[n] as string[])[i] as string;
      if (ids.get(cid) === (pos & KEY_MASK)) ids.delete(cid);
      this.head++;
      if (this.head % CHUNK_ROWS === 0) {
        this.chunks.shift();
        this.cids.shift();
        this.firstChunk++;
      }
    }
  }

  /** The row position of a key: the kept one (positions tail − 2^30 .. tail − 1) it is modulo 2^30. */
  private position(key: number): number {
    const last = this.tail - 1;
    return last - ((last - key) & KEY_MASK);
  }

  private get(key: number, column: number): number {
    const pos = this.position(key);
    return (this.chunks[Math.floor(pos / CHUNK_ROWS) - this.firstChunk] as Float64Array)[
      (pos % CHUNK_ROWS) * WIDTH + column
    ] as number;
  }
}

/** The history row's flag bits of a closed order: parameters, status and reasons. */
function codes(o: OrderRec): number {
  return o.parameterFlags | outcomeFlags(o.status, o.cancelReason, o.rejectReason);
}
