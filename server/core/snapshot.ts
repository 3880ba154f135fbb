// The matching engine's state as plain JSON and back (the history projection snapshots itself,
// history.ts). Live order records (open orders and the orders clientOrderIds name) are rows;
// every other order is its owner and final status; books list resting order seqs in priority
// order, so restore rebuilds the exact queues.

import { AccountRec } from './ledger.ts';
import { createMarket, type MarketRec } from './market.ts';
import { OrderRec, orderFlags } from './order.ts';
import { linkOrder } from './order-book.ts';
import { captureSnapshot } from './snapshot-capture.ts';
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
  /** [clientOrderId, seq] of the newest order per clientOrderId (a closed one's for 24 h). */
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

/** The plain snapshot (MatchingEngine.snapshot): the same text the venue writes, parsed. */
export function takeSnapshot(s: State, marketConfigs: AddMarketCommand[]): CoreSnapshot {
  return JSON.parse([...captureSnapshot(s, marketConfigs).pieces()].join('')) as CoreSnapshot;
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
    const o = new OrderRec().reset(
      r[0],
      String(r[0]),
      r[1],
      acct,
      s.markets[r[3]] as MarketRec,
      orderFlags(r[4], r[5] as never, r[6] as never, r[10], r[11] as never),
      r[24],
      r[25],
      r[9],
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
    // In ascending seq, as the engine keeps them (client-ids.ts nameClientOrder): snapshots written
    // before kept a reused id at its first place.
    const ids = a.clientIds.slice().sort((x, y) => x[1] - y[1]);
    for (const [cid, seq] of ids) {
      const o = bySeq.get(seq) as OrderRec;
      acct.clientIds.set(cid, o.isOpen ? o : s.closedClientIds.add(o));
    }
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
