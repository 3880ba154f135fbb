// A deliberately naive reference engine for the trading core's Command -> Event contract
// (server/core/index.ts). Written from the documented semantics, not from the optimised code:
// bigint arithmetic, plain arrays, linear scans, and derived values (locked, book levels,
// positions) recomputed from scratch whenever they are needed, so that each rule is visible in
// one place. Speed is irrelevant here; obviousness is the point.

import type {
  CancelReason,
  Command,
  CommandResult,
  CoreErrorCode,
  EngineEvent,
  OrderSnapshot,
  PlaceOrderCommand,
  Side,
} from '../../server/core/index.ts';
import {
  CID_TTL_US,
  checkNotional,
  checkPrice,
  checkQuantity,
  cmp,
  crosses,
  DEFAULT_MAKER_BPS,
  DEFAULT_TAKER_BPS,
  decimalsIn,
  diffLevels,
  isOpen,
  type Level,
  MAX_SAFE,
  num,
  REF_FEE_ACCOUNT,
  type RefAccount,
  type RefExecution,
  type RefMarket,
  type RefOrder,
  type RefTrade,
  Reject,
  staticChecks,
} from './gen-reference-rules.ts';
import { ceilDiv, parseDecimal, pow10, type RefViews, refViews } from './gen-reference-views.ts';

const CANCEL_REASONS: readonly CancelReason[] = [
  'user',
  'cancelAll',
  'deadMansSwitch',
  'disconnect',
  'selfTradePrevention',
];

export { isOpen, REF_FEE_ACCOUNT, type RefExecution, type RefMarket, type RefOrder, type RefTrade };

export class ReferenceEngine {
  readonly assets = new Map<string, number>();
  readonly markets: RefMarket[] = [];
  readonly accounts = new Map<string, RefAccount>();
  readonly orders: RefOrder[] = [];
  readonly executions: RefExecution[] = [];
  readonly trades: RefTrade[] = [];
  now = 0;
  private prio = 0;
  private events: EngineEvent[] = [];
  private ts = 0;
  readonly views: RefViews;

  constructor() {
    this.accounts.set(REF_FEE_ACCOUNT, this.newAccount(REF_FEE_ACCOUNT, null, 0, 0, 0));
    this.views = refViews(this);
  }

  private newAccount(id: string, name: string | null, maker: number, taker: number, ts: number): RefAccount {
    return { id, name, maker, taker, createdAt: ts, totals: new Map() };
  }

  market(symbol: string): RefMarket | undefined {
    return this.markets.find((m) => m.symbol === symbol);
  }

  total(accountId: string, asset: string): bigint {
    return this.accounts.get(accountId)?.totals.get(asset) ?? 0n;
  }

  private addTotal(accountId: string, asset: string, delta: bigint): void {
    const acc = this.accounts.get(accountId);
    if (!acc) throw new Error(`reference: no account ${accountId}`);
    const next = (acc.totals.get(asset) ?? 0n) + delta;
    if (next < 0n) throw new Error(`reference invariant: ${accountId} ${asset} would go negative`);
    acc.totals.set(asset, next);
  }

  /** price × quantity in quote units; exact by the addMarket grid check. */
  notional(m: RefMarket, price: bigint, qty: bigint): bigint {
    const num = price * qty * pow10(this.assets.get(m.quote) ?? 0);
    const den = pow10(m.priceDecimals + (this.assets.get(m.base) ?? 0));
    if (num % den !== 0n) throw new Error('reference: inexact notional');
    return num / den;
  }

  /** The quote/base an open order holds, straight from the documented formula. */
  hold(o: RefOrder): { asset: string; amount: bigint } {
    const m = this.market(o.market) as RefMarket;
    const rem = (o.quantity ?? 0n) - o.filled;
    if (o.side === 'sell') return { asset: m.base, amount: rem };
    const acc = this.accounts.get(o.accountId) as RefAccount;
    const maxBps = BigInt(Math.max(acc.maker, acc.taker));
    const n = this.notional(m, o.price ?? 0n, rem);
    return { asset: m.quote, amount: n + ceilDiv(o.feeExact10k + n * maxBps, 10_000n) - o.fee };
  }

  locked(accountId: string, asset: string): bigint {
    let sum = 0n;
    for (const o of this.orders) {
      if (o.accountId !== accountId || !isOpen(o)) continue;
      const h = this.hold(o);
      if (h.asset === asset) sum += h.amount;
    }
    return sum;
  }

  available(accountId: string, asset: string): bigint {
    return this.total(accountId, asset) - this.locked(accountId, asset);
  }

  /** Aggregated levels, best first. */
  levels(symbol: string, side: Side): Array<{ price: bigint; quantity: bigint }> {
    const byPrice = new Map<bigint, bigint>();
    for (const o of this.orders) {
      if (o.market !== symbol || o.side !== side || !isOpen(o)) continue;
      const p = o.price as bigint;
      byPrice.set(p, (byPrice.get(p) ?? 0n) + ((o.quantity as bigint) - o.filled));
    }
    const out = [...byPrice].map(([price, quantity]) => ({ price, quantity }));
    out.sort((a, b) => (side === 'buy' ? cmp(b.price, a.price) : cmp(a.price, b.price)));
    return out;
  }

  /** Resting orders of one side in matching order (best price, then queue position). */
  queue(symbol: string, side: Side): RefOrder[] {
    const q = this.orders.filter((o) => o.market === symbol && o.side === side && isOpen(o));
    q.sort((a, b) => {
      const byPrice =
        side === 'buy'
          ? cmp(b.price as bigint, a.price as bigint)
          : cmp(a.price as bigint, b.price as bigint);
      return byPrice !== 0 ? byPrice : a.priority - b.priority;
    });
    return q;
  }

  snapshotOf(o: RefOrder): OrderSnapshot {
    return {
      orderId: o.orderId,
      seq: o.seq,
      clientOrderId: o.clientOrderId,
      accountId: o.accountId,
      market: o.market,
      side: o.side,
      orderType: o.orderType,
      timeInForce: o.timeInForce,
      price: num(o.price),
      quantity: num(o.quantity),
      quoteQuantity: num(o.quoteQuantity),
      filledQuantity: Number(o.filled),
      filledQuoteQuantity: Number(o.filledQuote),
      fee: Number(o.fee),
      status: o.status,
      postOnly: o.postOnly,
      selfTradePrevention: o.stp,
      expireAt: o.expireAt,
      cancelReason: o.cancelReason,
      rejectReason: o.rejectReason,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
    };
  }

  private emitOrder(o: RefOrder): void {
    this.events.push({ type: 'order', order: this.snapshotOf(o) });
  }

  // -------------------------------------------------------------------------------------------

  apply(cmd: Command): CommandResult {
    if (typeof cmd !== 'object' || cmd === null || !Number.isSafeInteger(cmd.ts) || cmd.ts < 0) {
      return { ok: false, error: { code: 'VALIDATION_FAILED', message: 'ts' }, events: [] };
    }
    this.ts = cmd.ts;
    this.now = cmd.ts;
    this.events = [];
    const beforeBooks = this.markets.map((m) => ({
      bids: this.levels(m.symbol, 'buy'),
      asks: this.levels(m.symbol, 'sell'),
    }));
    const beforeBalances = this.balanceTable();
    this.expire(cmd.ts);
    let result: Omit<CommandResult, 'events'>;
    try {
      result = this.dispatch(cmd);
    } catch (e) {
      if (!(e instanceof Reject)) throw e;
      result = { ok: false, error: { code: e.code, message: e.code } };
    }
    this.emitBookChanges(beforeBooks);
    this.emitBalanceChanges(beforeBalances);
    return { ...result, events: this.events };
  }

  private expire(ts: number): void {
    const due = this.orders.filter((o) => isOpen(o) && o.expireAt !== null && o.expireAt <= ts);
    due.sort((a, b) => (a.expireAt as number) - (b.expireAt as number) || a.seq - b.seq);
    for (const o of due) {
      o.status = 'expired';
      o.updatedAt = o.expireAt as number;
      this.emitOrder(o);
    }
  }

  private emitBookChanges(before: Array<{ bids: Level[]; asks: Level[] }>): void {
    this.markets.forEach((m, i) => {
      const prev = before[i] ?? { bids: [], asks: [] };
      const bids = diffLevels(prev.bids, this.levels(m.symbol, 'buy'), 'buy');
      const asks = diffLevels(prev.asks, this.levels(m.symbol, 'sell'), 'sell');
      if (bids.length === 0 && asks.length === 0) return;
      m.bookSeq += 1;
      this.events.push({ type: 'book', market: m.symbol, seq: m.bookSeq, bids, asks });
    });
  }

  private balanceTable(): Map<string, [bigint, bigint, bigint]> {
    // One pass over the open orders instead of one per account and asset: same sums, less time.
    const lockedBy = new Map<string, bigint>();
    for (const o of this.orders) {
      if (!isOpen(o)) continue;
      const h = this.hold(o);
      const key = `${o.accountId}\u0000${h.asset}`;
      lockedBy.set(key, (lockedBy.get(key) ?? 0n) + h.amount);
    }
    const table = new Map<string, [bigint, bigint, bigint]>();
    for (const acc of this.accounts.values()) {
      for (const asset of this.assets.keys()) {
        const key = `${acc.id}\u0000${asset}`;
        const total = this.total(acc.id, asset);
        const locked = lockedBy.get(key) ?? 0n;
        table.set(key, [total, total - locked, locked]);
      }
    }
    return table;
  }

  private emitBalanceChanges(before: Map<string, [bigint, bigint, bigint]>): void {
    const after = this.balanceTable();
    // `account NUL asset` sorts exactly like (account, asset) in JS string order: NUL is the least code unit.
    const keys = [...after.keys()].sort();
    for (const key of keys) {
      const now = after.get(key) as [bigint, bigint, bigint];
      const was = before.get(key) ?? [0n, 0n, 0n];
      if (now[0] === was[0] && now[1] === was[1] && now[2] === was[2]) continue;
      const [accountId = '', asset = ''] = key.split('\u0000');
      const [total, available, locked] = now;
      this.events.push({
        type: 'balance',
        accountId,
        asset,
        total: Number(total),
        available: Number(available),
        locked: Number(locked),
      });
    }
  }

  private dispatch(cmd: Command): Omit<CommandResult, 'events'> {
    switch (cmd.type) {
      case 'addAsset': {
        if (
          this.assets.has(cmd.asset) ||
          !Number.isInteger(cmd.decimals) ||
          cmd.decimals < 0 ||
          cmd.decimals > 12
        )
          throw new Reject('VALIDATION_FAILED');
        this.assets.set(cmd.asset, cmd.decimals);
        this.events.push({ type: 'assetAdded', asset: cmd.asset, decimals: cmd.decimals });
        return { ok: true };
      }
      case 'addMarket':
        return this.addMarket(cmd);
      case 'setMarketStatus': {
        const m = this.market(cmd.market);
        if (!m) throw new Reject('MARKET_NOT_FOUND');
        // Events report changes: re-asserting the current status is a successful no-op.
        if (m.status === cmd.status) return { ok: true };
        m.status = cmd.status;
        this.events.push({ type: 'market', market: m.symbol, status: m.status });
        return { ok: true };
      }
      case 'createAccount': {
        if (this.accounts.has(cmd.accountId)) throw new Reject('VALIDATION_FAILED');
        const maker = cmd.makerFeeBps ?? DEFAULT_MAKER_BPS;
        const taker = cmd.takerFeeBps ?? DEFAULT_TAKER_BPS;
        this.accounts.set(
          cmd.accountId,
          this.newAccount(cmd.accountId, cmd.name ?? null, maker, taker, cmd.ts),
        );
        this.events.push({
          type: 'accountCreated',
          accountId: cmd.accountId,
          makerFeeBps: maker,
          takerFeeBps: taker,
        });
        return { ok: true };
      }
      case 'deposit': {
        if (!this.accounts.has(cmd.accountId)) throw new Reject('ACCOUNT_NOT_FOUND');
        const decimals = this.assets.get(cmd.asset);
        if (decimals === undefined) throw new Reject('ASSET_NOT_FOUND');
        const amount = parseDecimal(cmd.amount, decimals);
        if (typeof amount !== 'bigint') throw new Reject('VALIDATION_FAILED');
        // Zero is well-formed but out of range, as for prices and quoteQuantity.
        if (amount === 0n) throw new Reject('VALUE_OUT_OF_RANGE');
        // The asset's whole supply stays a safe integer, so no balance can ever overflow.
        let supply = amount;
        for (const acc of this.accounts.values()) supply += acc.totals.get(cmd.asset) ?? 0n;
        if (supply > MAX_SAFE) throw new Reject('VALUE_OUT_OF_RANGE');
        this.addTotal(cmd.accountId, cmd.asset, amount);
        return { ok: true };
      }
      case 'placeOrder':
        return this.place(cmd);
      case 'amendOrder':
        return this.amend(cmd);
      case 'cancelOrder': {
        if (!this.accounts.has(cmd.accountId)) throw new Reject('ACCOUNT_NOT_FOUND');
        if (cmd.reason !== undefined && !CANCEL_REASONS.includes(cmd.reason))
          throw new Reject('VALIDATION_FAILED');
        const o = this.lookup(cmd.accountId, cmd.orderId, cmd.clientOrderId);
        if (!isOpen(o)) throw new Reject('ORDER_ALREADY_CLOSED');
        this.cancel(o, cmd.reason ?? 'user');
        return { ok: true, order: this.snapshotOf(o) };
      }
      case 'cancelAll': {
        if (!this.accounts.has(cmd.accountId)) throw new Reject('ACCOUNT_NOT_FOUND');
        if (cmd.reason !== undefined && !CANCEL_REASONS.includes(cmd.reason))
          throw new Reject('VALIDATION_FAILED');
        if (cmd.market !== undefined && !this.market(cmd.market)) throw new Reject('MARKET_NOT_FOUND');
        const victims = this.orders.filter(
          (o) =>
            o.accountId === cmd.accountId &&
            isOpen(o) &&
            (cmd.market === undefined || o.market === cmd.market),
        );
        for (const o of victims) this.cancel(o, cmd.reason ?? 'cancelAll');
        return { ok: true, canceled: victims.map((o) => this.snapshotOf(o)) };
      }
      case 'expireOrders':
        return { ok: true };
    }
  }

  private addMarket(cmd: Extract<Command, { type: 'addMarket' }>): Omit<CommandResult, 'events'> {
    const bd = this.assets.get(cmd.baseAsset);
    const qd = this.assets.get(cmd.quoteAsset);
    if (bd === undefined || qd === undefined) throw new Reject('ASSET_NOT_FOUND');
    if (this.market(cmd.market)) throw new Reject('VALIDATION_FAILED');
    const pd = decimalsIn(cmd.tickSize);
    const tick = parseDecimal(cmd.tickSize, pd);
    const lot = parseDecimal(cmd.lotSize, bd);
    const minQty = parseDecimal(cmd.minQuantity, bd);
    const minNotional = parseDecimal(cmd.minNotional, qd);
    if (
      typeof tick !== 'bigint' ||
      typeof lot !== 'bigint' ||
      typeof minQty !== 'bigint' ||
      typeof minNotional !== 'bigint'
    )
      throw new Reject('VALIDATION_FAILED');
    if (tick === 0n || lot === 0n) throw new Reject('VALIDATION_FAILED');
    // Every notional must be a whole number of quote units.
    if ((tick * lot * pow10(qd)) % pow10(pd + bd) !== 0n) throw new Reject('VALIDATION_FAILED');
    const m: RefMarket = {
      symbol: cmd.market,
      base: cmd.baseAsset,
      quote: cmd.quoteAsset,
      priceDecimals: pd,
      tick,
      lot,
      minQty,
      minNotional,
      tickText: cmd.tickSize,
      lotText: cmd.lotSize,
      minQtyText: cmd.minQuantity,
      minNotionalText: cmd.minNotional,
      quantityDecimals: decimalsIn(cmd.lotSize),
      status: cmd.status ?? 'open',
      bookSeq: 0,
    };
    this.markets.push(m);
    this.events.push({ type: 'market', market: m.symbol, status: m.status });
    return { ok: true };
  }

  /** Newest order of the account by id or clientOrderId. */
  private lookup(accountId: string, orderId: string | undefined, cid: string | undefined): RefOrder {
    if ((orderId === undefined) === (cid === undefined)) throw new Reject('VALIDATION_FAILED');
    const found =
      orderId !== undefined
        ? this.orders.find((o) => o.orderId === orderId && o.accountId === accountId)
        : this.newestByClientId(accountId, cid as string);
    if (!found) throw new Reject('ORDER_NOT_FOUND');
    return found;
  }

  /**
   * Newest order of the account placed with clientOrderId `cid`; none once that order is closed and
   * its 24 h have passed (the id is forgotten; an open order keeps it).
   */
  newestByClientId(accountId: string, cid: string): RefOrder | undefined {
    let best: RefOrder | undefined;
    for (const o of this.orders) if (o.accountId === accountId && o.clientOrderId === cid) best = o;
    if (best !== undefined && !isOpen(best) && this.now >= best.createdAt + CID_TTL_US) return undefined;
    return best;
  }

  private cancel(o: RefOrder, reason: CancelReason): void {
    o.status = 'canceled';
    o.cancelReason = reason;
    o.updatedAt = this.ts;
    this.emitOrder(o);
  }

  // ----- order entry -----------------------------------------------------------------------------

  private place(cmd: PlaceOrderCommand): Omit<CommandResult, 'events'> {
    const acc = this.accounts.get(cmd.accountId);
    if (!acc) throw new Reject('ACCOUNT_NOT_FOUND');
    const m = this.market(cmd.market);
    if (!m) throw new Reject('MARKET_NOT_FOUND');
    const p = staticChecks(
      cmd,
      m,
      (a) => this.assets.get(a) ?? 0,
      this.ts,
      (mk, pr, q) => this.notional(mk, pr, q),
      [acc.maker, acc.taker],
    );
    const params = JSON.stringify(
      [
        m.symbol,
        cmd.side,
        cmd.orderType,
        p.price,
        p.quantity,
        p.quoteQuantity,
        p.tif,
        p.expireAt,
        p.postOnly,
        p.stp,
      ].map(String),
    );
    if (cmd.clientOrderId !== undefined) {
      const prior = this.newestByClientId(acc.id, cmd.clientOrderId);
      if (prior && this.ts < prior.createdAt + CID_TTL_US) {
        if (prior.params !== params) throw new Reject('DUPLICATE_CLIENT_ORDER_ID');
        const snapshot = this.snapshotOf(prior);
        return prior.rejectReason !== null
          ? {
              ok: false,
              error: { code: prior.rejectReason, message: prior.rejectReason },
              order: snapshot,
              replayed: true,
            }
          : { ok: true, order: snapshot, replayed: true };
      }
    }
    const o: RefOrder = {
      orderId: String(this.orders.length + 1),
      seq: this.orders.length + 1,
      clientOrderId: cmd.clientOrderId ?? null,
      accountId: acc.id,
      market: m.symbol,
      side: cmd.side,
      orderType: cmd.orderType,
      timeInForce: p.tif,
      price: p.price,
      quantity: p.quantity,
      quoteQuantity: p.quoteQuantity,
      filled: 0n,
      filledQuote: 0n,
      fee: 0n,
      feeExact10k: 0n,
      status: 'new',
      postOnly: p.postOnly,
      stp: p.stp,
      expireAt: p.expireAt,
      cancelReason: null,
      rejectReason: null,
      createdAt: this.ts,
      updatedAt: this.ts,
      priority: 0,
      params,
    };
    // Checked before the order joins the list: its own hold must not count against it.
    const code = this.stateRejection(o, m, acc);
    this.orders.push(o);
    if (code !== null) {
      o.status = 'rejected';
      o.rejectReason = code;
      this.emitOrder(o);
      return { ok: false, error: { code, message: code }, order: this.snapshotOf(o) };
    }
    this.execute(o, m, true);
    return { ok: true, order: this.snapshotOf(o) };
  }

  private stateRejection(o: RefOrder, m: RefMarket, acc: RefAccount): CoreErrorCode | null {
    if (m.status === 'halted') return 'MARKET_HALTED';
    if (o.side === 'sell') {
      if (this.available(acc.id, m.base) < (o.quantity as bigint)) return 'INSUFFICIENT_FUNDS';
    } else if (o.orderType === 'limit') {
      if (this.available(acc.id, m.quote) < this.hold(o).amount) return 'INSUFFICIENT_FUNDS';
    } else if (o.quoteQuantity !== null) {
      const need = o.quoteQuantity + ceilDiv(o.quoteQuantity * BigInt(acc.taker), 10_000n);
      if (this.available(acc.id, m.quote) < need) return 'INSUFFICIENT_FUNDS';
    } else if (this.available(acc.id, m.quote) <= 0n) {
      return 'INSUFFICIENT_FUNDS';
    }
    if (o.postOnly && this.wouldTake(o, m)) return 'POST_ONLY_WOULD_TAKE';
    return null;
  }

  private wouldTake(o: RefOrder, m: RefMarket): boolean {
    const best = this.queue(m.symbol, o.side === 'buy' ? 'sell' : 'buy')[0];
    return best !== undefined && crosses(o, best.price as bigint);
  }

  /** FOK pre-check: can the whole quantity fill against crossing liquidity, STP counted as documented? */
  private fokFillable(o: RefOrder, m: RefMarket): boolean {
    let sum = 0n;
    for (const maker of this.queue(m.symbol, o.side === 'buy' ? 'sell' : 'buy')) {
      if (!crosses(o, maker.price as bigint)) break;
      if (maker.accountId === o.accountId) {
        if (o.stp === 'cancelMaker') continue;
        break;
      }
      sum += (maker.quantity as bigint) - maker.filled;
    }
    return sum >= (o.quantity as bigint);
  }

  /**
   * Takes liquidity with `o` as the taker, then rests, expires or fills it, and emits its final
   * `order` event. `fresh` is false for an amend that re-prices into the opposite side.
   */
  private execute(o: RefOrder, m: RefMarket, fresh: boolean): void {
    if (fresh && o.timeInForce === 'FOK' && !this.fokFillable(o, m)) {
      o.status = 'expired';
      this.emitOrder(o);
      return;
    }
    const acc = this.accounts.get(o.accountId) as RefAccount;
    // A market buy by quantity may spend what was available at entry; nothing else is held for it.
    let budget =
      o.orderType === 'market' && o.side === 'buy' && o.quantity !== null
        ? this.available(acc.id, m.quote)
        : 0n;
    let canceled = false;
    // A quoteQuantity buy is complete once its budget left cannot buy one lot at the next price.
    let budgetSpent = false;
    let lastPrice: bigint | null = null;
    for (;;) {
      if (o.quantity !== null && o.filled === o.quantity) break;
      const maker = this.queue(m.symbol, o.side === 'buy' ? 'sell' : 'buy')[0];
      if (!maker) {
        // Book exhausted: the budget counts as spent if it cannot buy one more lot at the last price paid.
        if (o.quoteQuantity !== null && lastPrice !== null) {
          budgetSpent = o.quoteQuantity - o.filledQuote < this.notional(m, lastPrice, m.lot);
        }
        break;
      }
      const price = maker.price as bigint;
      if (o.orderType === 'limit' && !crosses(o, price)) break;
      // What the taker can still take at this price, before self-trade prevention: an order that
      // cannot afford one lot here trades with nobody, so it cannot self-trade either.
      let qty: bigint | null = o.quantity !== null ? o.quantity - o.filled : null;
      if (o.quoteQuantity !== null) {
        const perLot = this.notional(m, price, m.lot);
        qty = ((o.quoteQuantity - o.filledQuote) / perLot) * m.lot;
        budgetSpent = qty === 0n;
      }
      if (o.orderType === 'market' && o.side === 'buy' && o.quantity !== null) {
        qty = this.affordable(o, m, acc, price, qty as bigint, budget);
      }
      if (qty === 0n) break;
      if (maker.accountId === o.accountId) {
        if (o.stp === 'cancelMaker' || o.stp === 'cancelBoth') this.cancel(maker, 'selfTradePrevention');
        if (o.stp === 'cancelMaker') continue;
        o.status = 'canceled';
        o.cancelReason = 'selfTradePrevention';
        canceled = true;
        break;
      }
      const makerRem = (maker.quantity as bigint) - maker.filled;
      qty = qty === null || makerRem < qty ? makerRem : qty;
      const spent = this.fill(o, maker, m, price, qty);
      lastPrice = price;
      budget -= spent;
    }
    if (!canceled) {
      const done =
        o.quantity !== null
          ? o.filled === o.quantity
          : o.filled > 0n && (budgetSpent || o.filledQuote === o.quoteQuantity);
      if (done) o.status = 'filled';
      else if (o.orderType === 'market' || o.timeInForce === 'IOC' || o.timeInForce === 'FOK')
        o.status = 'expired';
      else {
        o.status = o.filled > 0n ? 'partiallyFilled' : 'new';
        if (fresh || o.priority === 0) o.priority = ++this.prio;
      }
    }
    o.updatedAt = this.ts;
    this.emitOrder(o);
  }

  /** Largest lot multiple <= cap whose notional plus fee increment fits the remaining budget. */
  private affordable(
    o: RefOrder,
    m: RefMarket,
    acc: RefAccount,
    price: bigint,
    cap: bigint,
    budget: bigint,
  ): bigint {
    const cost = (q: bigint) => {
      const n = this.notional(m, price, q);
      return n + ceilDiv(o.feeExact10k + n * BigInt(acc.taker), 10_000n) - o.fee;
    };
    let lo = 0n;
    let hi = cap / m.lot;
    while (lo < hi) {
      const mid = (lo + hi + 1n) / 2n;
      if (cost(mid * m.lot) <= budget) lo = mid;
      else hi = mid - 1n;
    }
    return lo * m.lot;
  }

  /** One fill at the maker's price. Returns what the taker paid in quote if it is the buyer. */
  private fill(taker: RefOrder, maker: RefOrder, m: RefMarket, price: bigint, qty: bigint): bigint {
    const n = this.notional(m, price, qty);
    const tradeSeq = this.trades.length + 1;
    this.trades.push({
      seq: tradeSeq,
      market: m.symbol,
      price,
      quantity: qty,
      takerSide: taker.side,
      executedAt: this.ts,
    });
    this.events.push({
      type: 'trade',
      trade: {
        tradeId: String(tradeSeq),
        seq: tradeSeq,
        market: m.symbol,
        price: Number(price),
        quantity: Number(qty),
        takerSide: taker.side,
        executedAt: this.ts,
      },
    });
    let takerPaid = 0n;
    for (const [o, liquidity] of [
      [maker, 'maker'],
      [taker, 'taker'],
    ] as const) {
      const acc = this.accounts.get(o.accountId) as RefAccount;
      const bps = BigInt(liquidity === 'maker' ? acc.maker : acc.taker);
      o.feeExact10k += n * bps;
      const fee = ceilDiv(o.feeExact10k, 10_000n) - o.fee;
      o.fee += fee;
      o.filled += qty;
      o.filledQuote += n;
      if (o.side === 'buy') {
        this.addTotal(o.accountId, m.quote, -(n + fee));
        this.addTotal(o.accountId, m.base, qty);
        if (o === taker) takerPaid = n + fee;
      } else {
        this.addTotal(o.accountId, m.base, -qty);
        this.addTotal(o.accountId, m.quote, n - fee);
      }
      this.addTotal(REF_FEE_ACCOUNT, m.quote, fee);
      const seq = this.executions.length + 1;
      const e: RefExecution = {
        seq,
        orderId: o.orderId,
        clientOrderId: o.clientOrderId,
        accountId: o.accountId,
        market: m.symbol,
        side: o.side,
        price,
        quantity: qty,
        quoteQuantity: n,
        fee,
        feeAsset: m.quote,
        liquidity,
        tradeId: String(tradeSeq),
        executedAt: this.ts,
      };
      this.executions.push(e);
      this.events.push({ type: 'execution', execution: this.views.executionRecord(e) });
    }
    maker.status = maker.filled === maker.quantity ? 'filled' : 'partiallyFilled';
    maker.updatedAt = this.ts;
    this.emitOrder(maker);
    return takerPaid;
  }

  // ----- amend -----------------------------------------------------------------------------------

  private amend(cmd: Extract<Command, { type: 'amendOrder' }>): Omit<CommandResult, 'events'> {
    const acc = this.accounts.get(cmd.accountId);
    if (!acc) throw new Reject('ACCOUNT_NOT_FOUND');
    const o = this.lookup(acc.id, cmd.orderId, cmd.clientOrderId);
    if (!isOpen(o)) throw new Reject('ORDER_ALREADY_CLOSED');
    const m = this.market(o.market) as RefMarket;
    // "new price and/or new total quantity": an amend must ask for something.
    if (cmd.price === undefined && cmd.quantity === undefined) throw new Reject('VALIDATION_FAILED');
    // A halted market refuses every amend, before looking at what the amend asks for.
    if (m.status === 'halted') throw new Reject('MARKET_HALTED');
    const bd = this.assets.get(m.base) as number;
    const newPrice = cmd.price === undefined ? (o.price as bigint) : checkPrice(cmd.price, m);
    const newQty = cmd.quantity === undefined ? (o.quantity as bigint) : checkQuantity(cmd.quantity, m, bd);
    checkNotional(this.notional(m, newPrice, newQty), m, o.side === 'buy' ? [acc.maker, acc.taker] : null);
    if (newQty <= o.filled) throw new Reject('VALIDATION_FAILED');
    if (newPrice === o.price && newQty === o.quantity) return { ok: true, order: this.snapshotOf(o) };
    const oldHold = this.hold(o);
    const trial = { ...o, price: newPrice, quantity: newQty };
    const newHold = this.hold(trial);
    // As documented for amend: post-only is checked before funds (placeOrder has them the other way).
    const reprice = newPrice !== o.price;
    if (reprice && o.postOnly && this.wouldTake(trial, m)) throw new Reject('POST_ONLY_WOULD_TAKE');
    if (newHold.amount > this.available(acc.id, newHold.asset) + oldHold.amount)
      throw new Reject('INSUFFICIENT_FUNDS');
    const losesPriority = reprice || newQty > (o.quantity as bigint);
    o.price = newPrice;
    o.quantity = newQty;
    o.updatedAt = this.ts;
    if (losesPriority) o.priority = ++this.prio;
    if (reprice && this.wouldTake(o, m)) {
      this.execute(o, m, false);
    } else {
      this.emitOrder(o);
    }
    return { ok: true, order: this.snapshotOf(o) };
  }
}
