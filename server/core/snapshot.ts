// The matching engine's state as plain JSON and back (the history projection snapshots itself,
// history.ts). Live order records (open orders and the orders clientOrderIds name) are rows;
// every other order is its owner and final status; books list resting order seqs in priority
// order, so restore rebuilds the exact queues.

import { arrayText, type FrozenRows, frozenBatches } from './history-store.ts';
import { AccountRec } from './ledger.ts';
import { createMarket, type MarketRec } from './market.ts';
import { OrderRec } from './order.ts';
import { linkOrder } from './order-book.ts';
import { State } from './state.ts';
import type { AddMarketCommand } from './types.ts';

export interface MarketState {
  config: AddMarketCommand;
  status: MarketRec['status'];
  bookSeq: number;
  lastPriceTicks: number;
  ticker: number[][];
  /** Resting order seqs, best level first, queue order within a level; [price, ...seqs] per level. */
  bids: number[][];
  asks: number[][];
}

export interface AccountState {
  accountId: string;
  name: string | null;
  makerFeeBps: number;
  takerFeeBps: number;
  createdAt: number;
  total: number[];
  locked: number[];
  /** [marketIndex, netLots, cost, realized] */
  positions: number[][];
  /** [clientOrderId, seq] of the newest order per clientOrderId. */
  clientIds: [string, number][];
}

export type OrderRow = [
  number,
  string | null,
  string,
  number,
  boolean,
  string,
  string,
  number,
  number,
  number,
  boolean,
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  string,
  string | null,
  string | null,
  number,
  number,
];

export interface CoreSnapshot {
  now: number;
  orderSeq: number;
  executionSeq: number;
  tradeSeq: number;
  assets: { symbol: string; decimals: number; supply: number }[];
  markets: MarketState[];
  accounts: AccountState[];
  /** Records of live orders (open, or named by a clientOrderId). */
  orders: OrderRow[];
  /** [owner account index, status code] per order seq from 1. */
  orderIndex: number[];
}

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

/** The plain snapshot (MatchingEngine.snapshot): the same text the venue writes, parsed. */
export function takeSnapshot(s: State, marketConfigs: AddMarketCommand[]): CoreSnapshot {
  return JSON.parse([...captureSnapshot(s, marketConfigs).pieces()].join('')) as CoreSnapshot;
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
    clientIdCount: a.clientIds.size,
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
  /** Entries of rec.clientIds at the capture: the first ones in insertion order (none is deleted). */
  clientIdCount: number;
  state: Omit<AccountState, 'clientIds'>;
}

const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** A live order at the capture: its row copied then (open), or its record (closed: frozen). */
type Live = OrderRow | OrderRec;

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
 * capture watches new orders and keeps the entry's order at the capture (OrderIndex.beforeAdd).
 */
export class CoreCapture {
  private readonly orderSeq: number;
  /** Per account: clientOrderId -> its order at the capture, for entries replaced since. */
  private readonly replaced = new Map<AccountRec, Map<string, OrderRec>>();
  private readonly watch = (order: OrderRec): void => {
    const cid = order.clientOrderId;
    if (cid === null) return;
    const before = order.account.clientIds.get(cid);
    if (before === undefined || before.seq > this.orderSeq) return;
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
    s.orders.beforeAdd.push(this.watch);
    this.watching = true;
  }

  /** Stops watching the engine (after serialising, or when giving up on it). */
  release(): void {
    if (!this.watching) return;
    this.watching = false;
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

  private *clientIdBatches(a: CapturedAccount, live: SeqSlots): Generator<string, void, void> {
    let left = a.clientIdCount;
    let batch: [string, number][] = [];
    for (const [cid, now] of a.rec.clientIds) {
      if (left-- === 0) break;
      const o = now.seq <= this.orderSeq ? now : this.replaced.get(a.rec)?.get(cid);
      if (o === undefined) throw new Error(`snapshot: clientOrderId ${cid} was replaced unseen`);
      batch.push([cid, o.seq]);
      if (live.get(o.seq) === undefined) live.set(o.seq, o);
      if (batch.length === CLIENT_ID_BATCH) {
        yield JSON.stringify(batch).slice(1, -1);
        batch = [];
      }
    }
    yield JSON.stringify(batch).slice(1, -1);
  }

  /** Open and named orders' rows, ascending seq (a scan by seq: no sort of a million entries). */
  private *liveBatches(live: SeqSlots): Generator<string, void, void> {
    for (let from = 1; from <= this.orderSeq; from += SEQ_BATCH) {
      const rows: OrderRow[] = [];
      for (let seq = from; seq <= this.orderSeq && seq < from + SEQ_BATCH; seq++) {
        const o = live.get(seq);
        if (o !== undefined) rows.push(Array.isArray(o) ? o : orderRow(o));
        if (rows.length === ROW_BATCH) {
          yield JSON.stringify(rows).slice(1, -1);
          rows.length = 0;
        }
      }
      yield JSON.stringify(rows).slice(1, -1);
    }
  }
}

export function restoreSnapshot(body: CoreSnapshot): {
  state: State;
  marketConfigs: AddMarketCommand[];
} {
  const s = new State();
  s.now = body.now;
  s.orderSeq = body.orderSeq;
  s.executionSeq = body.executionSeq;
  s.tradeSeq = body.tradeSeq;
  for (const a of body.assets) {
    const asset = { index: s.assets.length, symbol: a.symbol, decimals: a.decimals, supply: a.supply };
    s.assets.push(asset);
    s.assetSymbols.push(a.symbol);
    s.assetBySymbol.set(a.symbol, asset);
  }
  const marketConfigs: AddMarketCommand[] = [];
  for (const ms of body.markets) {
    const c = ms.config;
    const m = createMarket(
      s.markets.length,
      c,
      s.assetBySymbol.get(c.baseAsset) as never,
      s.assetBySymbol.get(c.quoteAsset) as never,
    );
    if (typeof m === 'string') throw new Error(`snapshot market ${c.market}: ${m}`);
    m.status = ms.status;
    m.bookSeq = ms.bookSeq;
    m.lastPriceTicks = ms.lastPriceTicks;
    const arrays = [
      m.ticker.minute,
      m.ticker.open,
      m.ticker.high,
      m.ticker.low,
      m.ticker.volume,
      m.ticker.quoteVolume,
    ];
    arrays.forEach((target, k) => {
      const source = ms.ticker[k] as number[];
      for (let i = 0; i < target.length; i++) target[i] = source[i] as number;
    });
    s.markets.push(m);
    s.marketBySymbol.set(m.symbol, m);
    marketConfigs.push(c);
  }
  for (const a of body.accounts) {
    const acct = new AccountRec(
      a.accountId,
      a.name,
      a.makerFeeBps,
      a.takerFeeBps,
      a.createdAt,
      s.assets.length,
    );
    a.total.forEach((v, i) => {
      acct.setBalance(i, v, a.locked[i] as number);
    });
    for (const [index, netLots, cost, realized] of a.positions) {
      acct.setPosition(index as number, netLots as number, cost as number, realized as number);
    }
    s.addAccount(acct);
  }
  s.orders.restoreRows(body.orderIndex);
  const bySeq = new Map<number, OrderRec>();
  for (const r of body.orders) {
    const acct = s.accounts.get(r[2]) as AccountRec;
    const o = new OrderRec(
      r[0],
      String(r[0]),
      r[1],
      acct,
      s.markets[r[3]] as MarketRec,
      r[4],
      r[5] as never,
      r[6] as never,
      r[24],
      r[25],
      r[9],
      r[10],
      r[11] as never,
      r[12],
      r[13],
    );
    o.priceTicks = r[7];
    o.quantityLots = r[8];
    o.updatedAt = r[14];
    o.filledLots = r[15];
    o.filledQuote = r[16];
    o.feeCharged = r[17];
    o.feeWhole = r[18];
    o.feeRem = r[19];
    o.hold = r[20];
    o.status = r[21] as never;
    o.cancelReason = r[22] as never;
    o.rejectReason = r[23] as never;
    bySeq.set(o.seq, o);
    if (o.isOpen) {
      s.orders.add(o);
      acct.addOpen(o);
      if (o.expireAt >= 0) s.expiry.push(o);
    }
  }
  for (const a of body.accounts) {
    const acct = s.accounts.get(a.accountId) as AccountRec;
    for (const [cid, seq] of a.clientIds) acct.clientIds.set(cid, bySeq.get(seq) as OrderRec);
  }
  body.markets.forEach((ms, i) => {
    const m = s.markets[i] as MarketRec;
    for (const [isBid, rows] of [
      [true, ms.bids],
      [false, ms.asks],
    ] as const) {
      // Rows are best first; creating worst first keeps every insert an append.
      for (let r = rows.length - 1; r >= 0; r--) {
        const [price, ...seqs] = rows[r] as number[];
        const level = m.book.side(isBid).getOrCreate(price as number);
        for (const seq of seqs) {
          const o = bySeq.get(seq) as OrderRec;
          linkOrder(level, o, o.remainingLots);
          m.book.count++;
        }
      }
    }
  });
  s.feeAccount = s.accounts.get('fees') as AccountRec;
  return { state: s, marketConfigs };
}
