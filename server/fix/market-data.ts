/**
 * MarketDataRequest (35=V): a snapshot (35=W) from the live book, then incremental refreshes
 * (35=X) from the venue's durable `book` and `trade` events. Each subscription mirrors the levels
 * it has reported, so an update can say New, Change or Delete; book events at or below the
 * snapshot's sequence are already in the snapshot and skipped.
 */

import { MsgType, Tag } from '../../generated/fix/dictionary.ts';
import type { BookEvent, BookLevelView, EngineEvent, MarketView, Trade } from '../core/index.ts';
import { parseScaled } from '../core/index.ts';
import type { EngineQueries } from '../venue.ts';
import type { BodyFields } from './session.ts';
import type { FixMessage } from './validate.ts';

interface Subscription {
  mdReqId: string;
  markets: Map<string, { seq: number; bids: Map<number, number>; asks: Map<number, number> }>;
  bids: boolean;
  offers: boolean;
  trades: boolean;
}

export type Send = (msgType: string, body: BodyFields) => void;

const reject = (send: Send, mdReqId: string, reason: string, text: string) =>
  send(MsgType.MarketDataRequestReject, [
    [Tag.MDReqID, mdReqId],
    [Tag.MDReqRejReason, reason],
    [Tag.Text, text],
  ]);

/** One FIX connection's market data subscriptions. */
export class MarketDataSubscriptions {
  private readonly subs = new Map<string, Subscription>();

  constructor(
    private readonly engine: EngineQueries,
    private readonly send: Send,
  ) {}

  request(msg: FixMessage) {
    const mdReqId = msg.body.get(Tag.MDReqID) ?? '';
    const type = msg.body.get(Tag.SubscriptionRequestType);
    if (type === '2') {
      if (!this.subs.delete(mdReqId)) reject(this.send, mdReqId, '0', `no subscription ${mdReqId}`);
      return;
    }
    if (this.subs.has(mdReqId))
      return reject(this.send, mdReqId, '1', `MDReqID ${mdReqId} is already in use`);
    const depth = Number(msg.body.get(Tag.MarketDepth));
    if (depth < 0)
      return reject(
        this.send,
        mdReqId,
        '5',
        'MarketDepth must be 0 (full book) or a positive number of levels',
      );
    if (type === '1' && depth !== 0)
      return reject(this.send, mdReqId, '5', 'incremental updates need MarketDepth=0 (full book)');
    if (msg.body.has(Tag.MDUpdateType) && msg.body.get(Tag.MDUpdateType) !== '1') {
      return reject(this.send, mdReqId, '6', 'only MDUpdateType=1 (incremental) is supported');
    }
    const types = new Set((msg.groups.get(Tag.NoMDEntryTypes) ?? []).map((g) => g.get(Tag.MDEntryType)));
    const symbols = (msg.groups.get(Tag.NoRelatedSym) ?? []).map((g) => g.get(Tag.Symbol) ?? '');
    const views: MarketView[] = [];
    for (const s of symbols) {
      const m = this.engine.market(s);
      if (!m) return reject(this.send, mdReqId, '0', `unknown symbol ${s}`);
      views.push(m);
    }
    const sub: Subscription = {
      mdReqId,
      markets: new Map(),
      bids: types.has('0'),
      offers: types.has('1'),
      trades: types.has('2'),
    };
    for (const m of views) {
      const book = this.engine.book(m.symbol, depth === 0 ? 1_000_000 : depth);
      if (!book) continue;
      const entries: Array<readonly [number, string | number]> = [];
      const bids = new Map<number, number>();
      const asks = new Map<number, number>();
      let count = 0;
      if (sub.bids) {
        for (const l of book.bids) {
          entries.push([Tag.MDEntryType, '0'], [Tag.MDEntryPx, l.price], [Tag.MDEntrySize, l.quantity]);
          bids.set(parseScaled(l.price, m.priceDecimals), 1);
          count++;
        }
      }
      if (sub.offers) {
        for (const l of book.asks) {
          entries.push([Tag.MDEntryType, '1'], [Tag.MDEntryPx, l.price], [Tag.MDEntrySize, l.quantity]);
          asks.set(parseScaled(l.price, m.priceDecimals), 1);
          count++;
        }
      }
      if (sub.trades) {
        const last = this.engine.trades(m.symbol, { limit: 1 })?.data[0];
        if (last) {
          entries.push(
            [Tag.MDEntryType, '2'],
            [Tag.MDEntryPx, last.price],
            [Tag.MDEntrySize, last.quantity],
            [Tag.TradeID, last.tradeId],
          );
          count++;
        }
      }
      this.send(MsgType.MarketDataSnapshotFullRefresh, [
        [Tag.MDReqID, mdReqId],
        [Tag.Symbol, m.symbol],
        [Tag.MDBookSeqNum, book.seq],
        [Tag.NoMDEntries, count],
        ...entries,
      ]);
      sub.markets.set(m.symbol, { seq: book.seq, bids, asks });
    }
    if (type === '1') this.subs.set(mdReqId, sub);
  }

  /** Feeds one durable command's events to the incremental subscriptions. */
  onEvents(events: readonly EngineEvent[]) {
    if (this.subs.size === 0) return;
    for (const e of events) {
      if (e.type === 'book') this.onBook(e);
      else if (e.type === 'trade') this.onTrade(e.trade);
    }
  }

  private onBook(e: BookEvent) {
    // The core's own formatting of the levels, aligned with e.bids / e.asks.
    const views = this.engine.bookLevelsView(e);
    for (const sub of this.subs.values()) {
      const state = sub.markets.get(e.market);
      if (!state || e.seq <= state.seq) continue;
      state.seq = e.seq;
      const entries: Array<readonly [number, string | number]> = [];
      let count = 0;
      const side = (
        levels: BookEvent['bids'],
        texts: readonly BookLevelView[],
        mirror: Map<number, number>,
        type: string,
      ) => {
        levels.forEach((l, i) => {
          const action = l.quantity === 0 ? '2' : mirror.has(l.price) ? '1' : '0';
          if (l.quantity === 0) {
            if (!mirror.delete(l.price)) return;
          } else mirror.set(l.price, l.quantity);
          const text = texts[i];
          if (!text) return;
          entries.push([Tag.MDUpdateAction, action], [Tag.MDEntryType, type], [Tag.Symbol, e.market]);
          entries.push([Tag.MDEntryPx, text.price]);
          if (l.quantity !== 0) entries.push([Tag.MDEntrySize, text.quantity]);
          count++;
        });
      };
      if (sub.bids) side(e.bids, views.bids, state.bids, '0');
      if (sub.offers) side(e.asks, views.asks, state.asks, '1');
      if (count === 0) continue;
      this.send(MsgType.MarketDataIncrementalRefresh, [
        [Tag.MDReqID, sub.mdReqId],
        [Tag.MDBookSeqNum, e.seq],
        [Tag.NoMDEntries, count],
        ...entries,
      ]);
    }
  }

  private onTrade(t: Trade) {
    for (const sub of this.subs.values()) {
      if (!sub.trades || !sub.markets.has(t.market)) continue;
      const view = this.engine.tradeView(t);
      this.send(MsgType.MarketDataIncrementalRefresh, [
        [Tag.MDReqID, sub.mdReqId],
        [Tag.NoMDEntries, 1],
        [Tag.MDUpdateAction, '0'],
        [Tag.MDEntryType, '2'],
        [Tag.Symbol, t.market],
        [Tag.MDEntryPx, view.price],
        [Tag.MDEntrySize, view.quantity],
        [Tag.TradeID, view.tradeId],
        [Tag.AggressorSide, view.takerSide === 'buy' ? '1' : '2'],
      ]);
    }
  }
}
