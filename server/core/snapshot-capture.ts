// Capturing the engine's state for a snapshot in O(open state) and writing its JSON text later, in
// pieces (the layout: snapshot.ts). Orders closed at the capture never change again, so what
// grows with history is read while commands go on, not copied while they wait.

import { type ClientIdEntry, type ClosedClientOrders, isClosedEntry } from './client-ids.ts';
import { arrayText, type FrozenRows, frozenBatches } from './history-store.ts';
import type { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import type { OrderRec } from './order.ts';
import type { AccountState, CoreSnapshot, MarketState, OrderRow } from './snapshot.ts';
import type { State } from './state.ts';
import type { AddMarketCommand } from './types.ts';

function orderRow(o: OrderRec): OrderRow {
  return [
    o.seq,
    o.clientOrderId,
    o.account.accountId,
    o.market.index,
    o.isBuy,
    o.orderType,
    o.timeInForce,
    o.priceTicks,
    o.quantityLots,
    o.quoteQuantity,
    o.postOnly,
    o.stp,
    o.expireAt,
    o.createdAt,
    o.updatedAt,
    o.filledLots,
    o.filledQuote,
    o.feeCharged,
    o.feeWhole,
    o.feeRem,
    o.hold,
    o.status,
    o.cancelReason,
    o.rejectReason,
    o.placedPriceTicks,
    o.placedQuantityLots,
  ];
}

function levelRows(m: MarketRec, isBid: boolean): number[][] {
  const levels = m.book.side(isBid).levels;
  const rows: number[][] = [];
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    if (level === undefined) continue;
    const row = [level.price];
    for (let o = level.head; o !== null; o = o.next) row.push(o.seq);
    rows.push(row);
  }
  return rows;
}

/**
 * The engine's state as it is now. Synchronous work is O(open orders + accounts + book levels):
 * what grows with history (the order index, the orders that clientOrderIds name) is frozen or read
 * later, in CoreCapture.pieces, while commands go on.
 */
export function captureSnapshot(s: State, marketConfigs: AddMarketCommand[]): CoreCapture {
  const t = (m: MarketRec) => m.ticker;
  const head = {
    now: s.now,
    orderSeq: s.orderSeq,
    executionSeq: s.executionSeq,
    tradeSeq: s.tradeSeq,
    assets: s.assets.map((a) => ({ symbol: a.symbol, decimals: a.decimals, supply: a.supply })),
  };
  const markets: MarketState[] = s.markets.map((m, i) => ({
    config: marketConfigs[i] as AddMarketCommand,
    status: m.status,
    bookSeq: m.bookSeq,
    lastPriceTicks: m.lastPriceTicks,
    ticker: [t(m).minute, t(m).open, t(m).high, t(m).low, t(m).volume, t(m).quoteVolume].map((a) =>
      a.slice(),
    ),
    bids: levelRows(m, true),
    asks: levelRows(m, false),
  }));
  const accounts = s.accountList.map((a) => ({
    rec: a,
    state: {
      accountId: a.accountId,
      name: a.name,
      makerFeeBps: a.makerFeeBps,
      takerFeeBps: a.takerFeeBps,
      createdAt: a.createdAt,
      total: s.assets.map((asset) => a.total(asset.index)),
      locked: s.assets.map((asset) => a.locked(asset.index)),
      positions: s.markets.flatMap((m) => {
        const p = a.position(m.index);
        return p === undefined ? [] : [[m.index, p.netLots, p.cost, p.realized]];
      }),
    },
  }));
  const open = new Map<number, OrderRow>();
  for (const a of s.accountList)
    for (let o = a.openHead; o !== null; o = o.openNext) open.set(o.seq, orderRow(o));
  return new CoreCapture(s, head, markets, accounts, open, s.orders.freezeRows());
}

interface CapturedAccount {
  rec: AccountRec;
  state: Omit<AccountState, 'clientIds'>;
}

const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** A live order at the capture: its row copied then (open), or its closed row's key (unchanging). */
type Live = OrderRow | number;

/**
 * Live orders by seq in fixed-size chunks: a Map of a million entries would rehash them all in
 * one turn each time it grows (tens of milliseconds), a plain array that large would turn sparse.
 */
class SeqSlots {
  private readonly chunks: (Live | undefined)[][] = [];

  set(seq: number, o: Live): void {
    const i = seq >>> SLOT_BITS;
    while (this.chunks.length <= i)
      this.chunks.push(new Array<Live | undefined>(SLOT_MASK + 1).fill(undefined));
    (this.chunks[i] as (Live | undefined)[])[seq & SLOT_MASK] = o;
  }

  get(seq: number): Live | undefined {
    return this.chunks[seq >>> SLOT_BITS]?.[seq & SLOT_MASK];
  }
}

/** Accounts' clientOrderId entries per piece of snapshot text. */
const CLIENT_ID_BATCH = 256;
/** Live order rows (26 fields each) per piece of snapshot text. */
const ROW_BATCH = 64;
/** Seqs scanned per piece of snapshot text for the live order rows. */
const SEQ_BATCH = 2048;

/**
 * A captured engine state, serialised once by pieces(). Orders closed at the capture never change
 * again, so their records are read when serialised; open ones were copied at the capture. A
 * clientOrderId entry can still be replaced afterwards (a reuse after 24 h): until serialised, the
 * capture watches new orders and keeps the entry's order at the capture (OrderIndex.beforeAdd), and
 * holds the closed orders' rows (nothing is dropped meanwhile). Closed orders whose entry had
 * expired at the capture are left out, as they are to every reader (client-ids.ts).
 */
export class CoreCapture {
  private readonly orderSeq: number;
  /** Per account: clientOrderId -> its entry at the capture, for entries replaced since. */
  private readonly replaced = new Map<AccountRec, Map<string, ClientIdEntry>>();
  private readonly closed: ClosedClientOrders;
  private readonly watch = (order: OrderRec): void => {
    const cid = order.clientOrderId;
    if (cid === null) return;
    const before = order.account.clientIds.get(cid);
    if (before === undefined || this.seqOf(before) > this.orderSeq) return;
    let kept = this.replaced.get(order.account);
    if (kept === undefined) {
      kept = new Map();
      this.replaced.set(order.account, kept);
    }
    kept.set(cid, before);
  };
  private watching: boolean;

  constructor(
    private readonly s: State,
    private readonly head: Pick<CoreSnapshot, 'now' | 'orderSeq' | 'executionSeq' | 'tradeSeq' | 'assets'>,
    private readonly markets: MarketState[],
    private readonly accounts: CapturedAccount[],
    private readonly open: Map<number, OrderRow>,
    private readonly orderIndex: FrozenRows<Int32Array>,
  ) {
    this.orderSeq = head.orderSeq;
    this.closed = s.closedClientIds;
    s.orders.beforeAdd.push(this.watch);
    this.closed.hold();
    this.watching = true;
  }

  private seqOf(e: ClientIdEntry): number {
    return isClosedEntry(e) ? this.closed.seq(e) : e.seq;
  }

  /** Stops watching the engine (after serialising, or when giving up on it). */
  release(): void {
    if (!this.watching) return;
    this.watching = false;
    this.closed.release();
    const list = this.s.orders.beforeAdd;
    list.splice(list.indexOf(this.watch), 1);
  }

  /** The JSON text of the CoreSnapshot, in pieces of bounded work; once only. */
  *pieces(): Generator<string, void, void> {
    if (!this.watching) throw new Error('a snapshot capture serialises once');
    try {
      const head = JSON.stringify(this.head);
      yield `${head.slice(0, -1)},"markets":[`;
      for (let i = 0; i < this.markets.length; i++)
        yield (i > 0 ? ',' : '') + JSON.stringify(this.markets[i]);
      yield '],"accounts":[';
      // Open orders' rows, then the records of the closed orders clientOrderIds name.
      const live = new SeqSlots();
      for (const [seq, row] of this.open) live.set(seq, row);
      for (let i = 0; i < this.accounts.length; i++) {
        const a = this.accounts[i] as CapturedAccount;
        yield `${i > 0 ? ',' : ''}${JSON.stringify(a.state).slice(0, -1)},"clientIds":`;
        yield* arrayText(this.clientIdBatches(a, live));
        yield '}';
      }
      yield '],"orders":';
      yield* arrayText(this.liveBatches(live));
      yield ',"orderIndex":';
      yield* arrayText(frozenBatches(this.orderIndex));
      yield '}';
    } finally {
      this.release();
    }
  }

  /**
   * The account's entries at the capture, ascending seq. The map is in that order (client-ids.ts
   * nameClientOrder); an entry given to a new order since has moved to its end, so it is merged back
   * in from `replaced` at its seq. Entries named since the capture are skipped.
   */
  private *clientIdBatches(a: CapturedAccount, live: SeqSlots): Generator<string, void, void> {
    let batch: [string, number][] = [];
    let last = 0;
    /** Moved entries not yet written, ascending seq; `seen`: how many of `replaced` were looked at. */
    const moved: [string, ClientIdEntry, number][] = [];
    let seen = 0;
    const refresh = () => {
      const kept = this.replaced.get(a.rec);
      if (kept === undefined || kept.size === seen) return;
      for (const [cid, e] of [...kept].slice(seen)) {
        const seq = this.seqOf(e);
        // Moved after it was written (a lower seq) or still to come: merged at its place.
        if (seq <= last) continue;
        let at = moved.length;
        while (at > 0 && (moved[at - 1] as [string, ClientIdEntry, number])[2] > seq) at--;
        moved.splice(at, 0, [cid, e, seq]);
      }
      seen = kept.size;
    };
    const take = (cid: string, e: ClientIdEntry, seq: number) => {
      last = seq;
      // Not an open order's row: the order was closed at the capture (open ones are never closed
      // entries then, and orders do not reopen).
      if (live.get(seq) === undefined) {
        if (!isClosedEntry(e)) throw new Error(`snapshot: clientOrderId ${cid} names no recorded order`);
        if (this.closed.expired(e, this.head.now)) return;
        live.set(seq, e);
      }
      batch.push([cid, seq]);
    };
    for (const [cid, now] of a.rec.clientIds) {
      const seq = this.seqOf(now);
      if (seq > this.orderSeq) continue;
      refresh();
      while (moved.length > 0 && (moved[0] as [string, ClientIdEntry, number])[2] < seq) {
        const [c, e, s] = moved.shift() as [string, ClientIdEntry, number];
        take(c, e, s);
      }
      take(cid, now, seq);
      if (batch.length >= CLIENT_ID_BATCH) {
        yield JSON.stringify(batch).slice(1, -1);
        batch = [];
      }
    }
    refresh();
    for (const [c, e, s] of moved) take(c, e, s);
    yield JSON.stringify(batch).slice(1, -1);
  }

  /** Open and named orders' rows, ascending seq (a scan by seq: no sort of a million entries). */
  private *liveBatches(live: SeqSlots): Generator<string, void, void> {
    for (let from = 1; from <= this.orderSeq; from += SEQ_BATCH) {
      const rows: OrderRow[] = [];
      for (let seq = from; seq <= this.orderSeq && seq < from + SEQ_BATCH; seq++) {
        const o = live.get(seq);
        if (o !== undefined) rows.push(typeof o === 'number' ? orderRow(this.closed.order(o)) : o);
        if (rows.length === ROW_BATCH) {
          yield JSON.stringify(rows).slice(1, -1);
          rows.length = 0;
        }
      }
      yield JSON.stringify(rows).slice(1, -1);
    }
  }
}
