// The matching engine: matching, ledger, holds, idempotency, positions, book and ticker. Applies
// commands (dispatch below) delivering events to a sink (sink.ts: reused objects, no allocation
// per event), and answers the queries that need live state. Order history is not kept here
// (history.ts); Engine (engine.ts) combines the two behind the venue's query API.

import { isClosedEntry } from './client-ids.ts';
import { FEE_ACCOUNT_ID } from './constants.ts';
import { formatScaled } from './decimal.ts';
import { AccountRec } from './ledger.ts';
import type { MarketRec } from './market.ts';
import { type OrderRec, orderView } from './order.ts';
import { amendOrder, cancelAll, cancelOrder } from './order-changes.ts';
import { fail, placeOrder } from './order-entry.ts';
import { positionView } from './positions.ts';
import { executionView, tradeView } from './queries.ts';
import { addAsset, addMarket, createAccount, deposit, setMarketStatus } from './setup.ts';
import { blankOrderSnapshot, type CommandOutcome, type EventSink, type Mutable } from './sink.ts';
import { type CoreSnapshot, restoreSnapshot, takeSnapshot } from './snapshot.ts';
import { type CoreCapture, captureSnapshot } from './snapshot-capture.ts';
import { type Outcome, State } from './state.ts';
import type {
  AddMarketCommand,
  BalanceEvent,
  BookEvent,
  Command,
  Execution,
  OrderSnapshot,
  Trade,
} from './types.ts';
import { err, isSafeTime } from './validation.ts';
import type {
  AccountView,
  AssetView,
  BalanceView,
  BookLevelView,
  BookView,
  ExecutionView,
  MarketView,
  OrderView,
  PositionView,
  TickerView,
  TradeView,
} from './views.ts';

const DEFAULT_DEPTH = 50;

export class MatchingEngine {
  private s: State;
  /** addMarket commands as applied, kept for snapshots. */
  private marketConfigs: AddMarketCommand[];
  private readonly outcome: Mutable<CommandOutcome> = { ok: true, error: null, order: null, replayed: false };
  private readonly outcomeOrder = blankOrderSnapshot();

  constructor() {
    this.s = new State();
    this.marketConfigs = [];
    const fees = new AccountRec(FEE_ACCOUNT_ID, null, 0, 0, 0, 0);
    this.s.addAccount(fees);
    this.s.feeAccount = fees;
  }

  static restore(snapshot: CoreSnapshot): MatchingEngine {
    const engine = new MatchingEngine();
    const { state, marketConfigs } = restoreSnapshot(snapshot);
    engine.s = state;
    engine.marketConfigs = marketConfigs;
    return engine;
  }

  get now(): number {
    return this.s.now;
  }

  /**
   * Applies one command, delivering its events to `sink` (valid only during each call, see
   * sink.ts). The answer is reused: valid until the next command.
   */
  applyTo(cmd: Command, sink: EventSink): CommandOutcome {
    const o = this.run(cmd, sink);
    const out = this.outcome;
    out.ok = o.ok;
    out.error = o.error;
    out.replayed = o.replayed;
    // Every change of an order emits its event, so when the command's last order event was this
    // order's, the event's snapshot already holds its final state and stays untouched until the next
    // command: no second 22-field copy.
    if (o.order === null) out.order = null;
    else if (this.s.snapshotOf === o.order) out.order = this.s.out.orderSnapshot;
    else out.order = o.order.writeSnapshot(this.outcomeOrder);
    return out;
  }

  /** applyTo with the internal outcome (records, not snapshots): Engine builds owned results from it. */
  run(cmd: Command, sink: EventSink): Outcome {
    if (cmd === null || typeof cmd !== 'object') return this.badCommand(sink);
    const s = this.s;
    const type = cmd.type;
    // `ts` is read per command type, then goes straight into State's field: a read site that sees
    // every command shape is megamorphic, and a megamorphic read of a double field (µs timestamps are
    // above 2^31) boxes it, as does passing it to a call that is not inlined. A read site for the
    // order commands sees one or two shapes. Each through its own variable: V8 gives all reads of
    // one name from one variable in a function a single feedback slot, so `cmd.ts` in every case
    // would be one megamorphic site again.
    let ts: unknown;
    switch (type) {
      case 'placeOrder': {
        const place = cmd;
        ts = place.ts;
        break;
      }
      case 'cancelOrder': {
        const cancel = cmd;
        ts = cancel.ts;
        break;
      }
      case 'amendOrder': {
        const amend = cmd;
        ts = amend.ts;
        break;
      }
      case 'cancelAll': {
        const all = cmd;
        ts = all.ts;
        break;
      }
      default:
        ts = (cmd as { ts?: unknown }).ts;
    }
    if (!isSafeTime(ts)) return this.badCommand(sink);
    s.ts = ts;
    s.begin(sink);
    s.expireDue();
    switch (type) {
      case 'placeOrder':
        return placeOrder(s, cmd);
      case 'cancelOrder':
        return cancelOrder(s, cmd);
      case 'amendOrder':
        return amendOrder(s, cmd);
      case 'cancelAll':
        return cancelAll(s, cmd);
      case 'expireOrders':
        return s.finish();
      case 'deposit':
        return deposit(s, cmd);
      case 'createAccount':
        return createAccount(s, cmd);
      case 'setMarketStatus':
        return setMarketStatus(s, cmd);
      case 'addAsset':
        return addAsset(s, cmd);
      case 'addMarket': {
        const result = addMarket(s, cmd);
        if (result.ok) this.marketConfigs.push({ ...cmd, status: 'open' });
        return result;
      }
      default:
        return fail(s, err('VALIDATION_FAILED', `unknown command type ${(cmd as { type?: unknown }).type}`));
    }
  }

  private badCommand(sink: EventSink): Outcome {
    const s = this.s;
    s.ts = s.now;
    s.begin(sink);
    return fail(s, err('VALIDATION_FAILED', 'a command is an object with an integer ts (µs)'));
  }

  snapshot(): CoreSnapshot {
    return takeSnapshot(this.s, this.marketConfigs);
  }

  /**
   * The state as it is now in O(open orders + accounts + chunks), serialised later in pieces
   * (snapshot-capture.ts): what Engine.snapshot hands to the venue instead of the O(history) body.
   */
  capture(): CoreCapture {
    return captureSnapshot(this.s, this.marketConfigs);
  }

  // --- queries -------------------------------------------------------------------------------

  assets(): AssetView[] {
    return this.s.assets.map((a) => ({ asset: a.symbol, decimals: a.decimals }));
  }

  markets(): MarketView[] {
    return this.s.markets.map((m) => m.view());
  }

  market(symbol: string): MarketView | undefined {
    return this.s.marketBySymbol.get(symbol)?.view();
  }

  account(accountId: string): AccountView | undefined {
    const a = this.s.accounts.get(accountId);
    if (a === undefined) return undefined;
    const { makerFeeBps, takerFeeBps, name, createdAt } = a;
    return { accountId, name, makerFeeBps, takerFeeBps, createdAt };
  }

  /** Markets by creation index (the history projection's market index). */
  marketList(): readonly MarketRec[] {
    return this.s.markets;
  }

  marketRec(symbol: string): MarketRec | undefined {
    return this.s.marketBySymbol.get(symbol);
  }

  /**
   * Open orders of an account, ascending seq (undefined for an unknown account). The live records:
   * valid until the next command (a closed order's record is reused, see OrderRec).
   */
  openOrders(accountId: string): OrderRec[] | undefined {
    return this.s.accounts.get(accountId)?.openOrders();
  }

  /** Seq of the newest order carrying a clientOrderId in an account (closed ones for 24 h). */
  clientOrderSeq(accountId: string, clientOrderId: string): number | undefined {
    const e = this.s.accounts.get(accountId)?.clientIds.get(clientOrderId);
    if (e === undefined || !isClosedEntry(e)) return e?.seq;
    const closed = this.s.closedClientIds;
    return closed.expired(e, this.s.now) ? undefined : closed.seq(e);
  }

  balances(accountId: string): BalanceView[] | undefined {
    const a = this.s.accounts.get(accountId);
    if (a === undefined) return undefined;
    const views = this.s.assets.map((asset) => {
      const total = a.total(asset.index);
      const locked = a.locked(asset.index);
      return balanceStrings(asset.symbol, asset.decimals, total, locked);
    });
    return views.sort((x, y) => (x.asset < y.asset ? -1 : x.asset > y.asset ? 1 : 0));
  }

  positions(accountId: string): PositionView[] | undefined {
    const a = this.s.accounts.get(accountId);
    if (a === undefined) return undefined;
    const out: PositionView[] = [];
    for (const m of this.s.markets) {
      const p = a.position(m.index);
      if (p === undefined) continue;
      out.push(positionView(p, m, m.book.bids.best()?.price ?? 0, m.book.asks.best()?.price ?? 0));
    }
    return out;
  }

  book(market: string, depth = DEFAULT_DEPTH): BookView | undefined {
    const m = this.s.marketBySymbol.get(market);
    if (m === undefined) return undefined;
    const n = Math.max(1, Math.floor(depth));
    const side = (isBid: boolean): BookLevelView[] => {
      const levels = m.book.side(isBid).levels;
      const out: BookLevelView[] = [];
      for (let i = levels.length - 1; i >= 0 && out.length < n; i--) {
        const level = levels[i];
        if (level === undefined) continue;
        out.push({
          price: m.formatPrice(level.price * m.tickUnits),
          quantity: m.formatQuantity(level.lots * m.lotUnits),
        });
      }
      return out;
    };
    return { market, seq: m.bookSeq, bids: side(true), asks: side(false) };
  }

  ticker(market: string): TickerView | undefined {
    const m = this.s.marketBySymbol.get(market);
    return m === undefined ? undefined : this.tickerOf(m);
  }

  tickers(): TickerView[] {
    return this.s.markets.map((m) => this.tickerOf(m));
  }

  private tickerOf(m: MarketRec): TickerView {
    const w = m.ticker.window(this.s.now);
    const price = (ticks: number) => m.formatPrice(ticks * m.tickUnits);
    const bid = m.book.bids.best();
    const ask = m.book.asks.best();
    const traded = w.volume > 0;
    return {
      market: m.symbol,
      lastPrice: m.lastPriceTicks > 0 ? price(m.lastPriceTicks) : null,
      bestBid: bid === undefined ? null : price(bid.price),
      bestBidQuantity: bid === undefined ? null : m.formatQuantity(bid.lots * m.lotUnits),
      bestAsk: ask === undefined ? null : price(ask.price),
      bestAskQuantity: ask === undefined ? null : m.formatQuantity(ask.lots * m.lotUnits),
      open24h: traded ? price(w.open) : null,
      high24h: traded ? price(w.high) : null,
      low24h: traded ? price(w.low) : null,
      volume24h: m.formatQuantity(w.volume * m.lotUnits),
      quoteVolume24h: m.formatQuote(w.quoteVolume),
      asOf: this.s.now,
    };
  }

  // --- formatting of event payloads ----------------------------------------------------------

  private marketOf(symbol: string): MarketRec {
    const m = this.s.marketBySymbol.get(symbol);
    if (m === undefined) throw new Error(`unknown market ${symbol}`);
    return m;
  }

  orderView(order: OrderSnapshot): OrderView {
    return orderView(this.marketOf(order.market), order);
  }

  executionView(execution: Execution): ExecutionView {
    return executionView(this.marketOf(execution.market), execution);
  }

  tradeView(trade: Trade): TradeView {
    return tradeView(this.marketOf(trade.market), trade);
  }

  bookLevelsView(event: BookEvent): { bids: BookLevelView[]; asks: BookLevelView[] } {
    const m = this.marketOf(event.market);
    const view = (l: { price: number; quantity: number }) => ({
      price: m.formatPrice(l.price),
      quantity: m.formatQuantity(l.quantity),
    });
    return { bids: event.bids.map(view), asks: event.asks.map(view) };
  }

  balanceView(event: BalanceEvent): BalanceView {
    const asset = this.s.assetBySymbol.get(event.asset);
    if (asset === undefined) throw new Error(`unknown asset ${event.asset}`);
    return balanceStrings(asset.symbol, asset.decimals, event.total, event.locked);
  }
}

function balanceStrings(asset: string, decimals: number, total: number, locked: number): BalanceView {
  const f = (v: number) => formatScaled(v, decimals);
  return { asset, total: f(total), available: f(total - locked), locked: f(locked) };
}
