// Drives the optimised engine and the reference engine with the same commands and checks, after
// every command, that they agree (results, events, queries) and that the optimised engine's own
// answers satisfy the venue invariants. Failures throw with the command index and the command, so
// fast-check's shrunk counterexample reads as a minimal reproduction.

import { deepStrictEqual } from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import {
  type BalanceView,
  type BookView,
  bookChecksum,
  type Command,
  type CommandResult,
  Engine,
  type EngineEvent,
  type OrderView,
  type Page,
  type PageQuery,
} from '../../server/core/index.ts';
import { ASSETS, Resolver, type Scenario, setupCommands, type World } from './gen-commands.ts';
import { ceilDiv, parseDecimal } from './gen-reference-views.ts';
import { REF_FEE_ACCOUNT, ReferenceEngine, type RefMarket } from './reference-engine.ts';

const ALL = 1000;

/** JSON-normalised copy: undefined members vanish, so optional-but-absent equals absent. */
function plain<T>(v: T): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** Equality of JSON-like values where a member set to undefined equals a missing one. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k in ao) if (!equal(ao[k], bo[k])) return false;
  for (const k in bo) if (!(k in ao) && bo[k] !== undefined) return false;
  return true;
}

/** Asserts equality; on a difference, node's assert renders the diff of the normalised values. */
function same(actual: unknown, expected: unknown, what: string): void {
  if (equal(actual, expected)) return;
  deepStrictEqual(plain(actual), plain(expected), what);
  throw new Error(`${what}: values differ only in non-JSON detail`);
}

function units(text: string, decimals: number): bigint {
  const v = parseDecimal(text.startsWith('-') ? text.slice(1) : text, decimals);
  if (typeof v !== 'bigint') throw new Error(`not a decimal on ${decimals} places: ${text}`);
  return text.startsWith('-') ? -v : v;
}

/** Walks a cursor-paged list to its end. */
function pages<T>(list: (q: PageQuery) => Page<T>, limit: number): T[] {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page: Page<T> = list(cursor === null ? { limit } : { limit, cursor });
    if (page.data.length > limit) throw new Error(`page of ${page.data.length} exceeds limit ${limit}`);
    out.push(...page.data);
    cursor = page.nextCursor;
    if (cursor === null) return out;
    if (page.data.length === 0) throw new Error('empty page with a next cursor');
  }
  throw new Error('paging never ends');
}

/** The parts of a result both engines must agree on (messages are free text). */
function outcome(r: CommandResult): Record<string, unknown> {
  const o: Record<string, unknown> = { ok: r.ok, replayed: r.replayed === true };
  if (r.error) o.code = r.error.code;
  if (r.order) o.order = r.order;
  if (r.canceled) o.canceled = r.canceled;
  return o;
}

/** How much to compare after a command: `light` results and events only (setup), `core` adds
 * books, balances and open orders plus every invariant, `deep` adds every other query. */
export type Depth = 'light' | 'core' | 'deep';

/** The optimised engine's answers after one command, gathered once for every check. */
interface Views {
  books: Map<string, BookView>;
  balances: Map<string, readonly BalanceView[]>;
  open: Map<string, readonly OrderView[]>;
}

export class Pair {
  readonly ref = new ReferenceEngine();
  opt: Engine;
  readonly resolver: Resolver;
  readonly log: Command[] = [];
  private readonly deposited = new Map<string, bigint>();
  private readonly bookMirror = new Map<
    string,
    { seq: number; bids: Map<number, number>; asks: Map<number, number> }
  >();
  private readonly balanceMirror = new Map<string, string>();
  /** Per order: exact fee accrued × 10,000, from the optimised engine's own execution events. */
  private readonly exactFee10k = new Map<string, bigint>();
  /** Per account and market: signed base quantity, from the execution events. */
  private readonly netFromFills = new Map<string, bigint>();

  constructor(
    readonly world: World,
    opt: Engine = new Engine(),
  ) {
    this.opt = opt;
    this.resolver = new Resolver(world, this.ref);
  }

  get accounts(): string[] {
    return [REF_FEE_ACCOUNT, ...this.world.accounts.map((a) => a.id)];
  }

  /** Setup commands compare results and events; the full comparison runs once at the end. */
  setup(): void {
    for (const cmd of setupCommands(this.world)) this.step(cmd, 'light');
    this.check(() => this.compareQueries(this.gather(), true), 'after setup');
  }

  /** Every query is compared after every command when deep; otherwise books, balances, open orders. */
  run(scenario: Scenario, depth: Depth = 'deep'): void {
    this.setup();
    for (const t of scenario.steps) this.step(this.resolver.resolve(t), depth);
    this.check(() => {
      this.compareQueries(this.gather(), true);
      this.compareLookups();
    }, 'at the end');
  }

  /** Applies one command to both engines and checks it; returns the optimised engine's result. */
  step(cmd: Command, depth: Depth = 'deep'): CommandResult {
    this.log.push(cmd);
    const want = this.ref.apply(cmd);
    const got = this.opt.apply(structuredClone(cmd));
    this.check(
      () => {
        same(outcome(got), outcome(want), 'result differs');
        same(got.events, want.events, 'events differ');
        if (cmd.type === 'deposit' && want.ok) {
          const decimals = this.decimals(cmd.asset);
          this.deposited.set(cmd.asset, (this.deposited.get(cmd.asset) ?? 0n) + units(cmd.amount, decimals));
        }
        this.absorb(got.events);
        if (depth === 'light') return;
        const views = this.gather();
        this.compareQueries(views, depth === 'deep');
        this.checkMirrors(views);
        this.checkInvariants(views, got.events);
      },
      () => `command #${this.log.length - 1}: ${JSON.stringify(cmd)}`,
    );
    return got;
  }

  private check(body: () => void, where: string | (() => string)): void {
    try {
      body();
    } catch (e) {
      if (e instanceof Error) e.message = `${typeof where === 'string' ? where : where()}\n${e.message}`;
      throw e;
    }
  }

  private gather(): Views {
    const views: Views = { books: new Map(), balances: new Map(), open: new Map() };
    for (const m of this.ref.markets) {
      const book = this.opt.book(m.symbol, ALL);
      if (!book) throw new Error(`book ${m.symbol} missing`);
      views.books.set(m.symbol, book);
    }
    for (const id of this.accounts) {
      views.balances.set(id, this.opt.balances(id) ?? []);
      views.open.set(id, this.opt.listOrders(id, { status: 'open', limit: ALL }).data);
    }
    return views;
  }

  compareQueries(views: Views = this.gather(), deep = true): void {
    const { opt, ref } = this;
    deepStrictEqual(opt.now, ref.now, 'now');
    for (const m of ref.markets)
      same(views.books.get(m.symbol), ref.views.book(m.symbol, ALL), `book ${m.symbol}`);
    for (const id of this.accounts) {
      same(views.balances.get(id), ref.views.balances(id), `balances ${id}`);
      same(views.open.get(id), ref.views.listOrders(id, 'open'), `open orders ${id}`);
      if (!deep) continue;
      same(opt.listOrders(id, { limit: ALL }).data, ref.views.listOrders(id), `orders ${id}`);
      same(opt.listExecutions(id, { limit: ALL }).data, ref.views.listExecutions(id), `executions ${id}`);
      same(opt.positions(id), ref.views.positions(id), `positions ${id}`);
    }
    if (!deep) return;
    for (const m of ref.markets) {
      same(opt.trades(m.symbol, { limit: ALL })?.data, ref.views.trades(m.symbol), `trades ${m.symbol}`);
    }
  }

  /** Market, account and ticker views, order lookups (by id, by clientOrderId, across accounts), paging. */
  compareLookups(): void {
    const { opt, ref } = this;
    same(opt.markets(), ref.views.markets(), 'markets');
    for (const a of this.world.accounts) same(opt.account(a.id), ref.views.account(a.id), `account ${a.id}`);
    const other = (id: string) => this.accounts.find((a) => a !== id) ?? REF_FEE_ACCOUNT;
    const cids = new Set<string>();
    for (const o of ref.orders) {
      same(
        opt.getOrder(o.accountId, o.orderId),
        ref.views.getOrder(o.accountId, o.orderId),
        `getOrder ${o.orderId}`,
      );
      if (opt.getOrder(other(o.accountId), o.orderId) !== undefined) {
        throw new Error(`getOrder answers order ${o.orderId} to an account that does not own it`);
      }
      if (o.clientOrderId !== null) cids.add(`${o.accountId}\u0000${o.clientOrderId}`);
    }
    for (const key of cids) {
      const [id = '', cid = ''] = key.split('\u0000');
      same(
        opt.getOrderByClientOrderId(id, cid),
        ref.views.getOrderByClientOrderId(id, cid),
        `by clientOrderId ${cid}`,
      );
    }
    for (const id of this.accounts) {
      same(
        pages((q) => opt.listOrders(id, q), 3),
        ref.views.listOrders(id),
        `paged orders ${id}`,
      );
      same(
        pages((q) => opt.listExecutions(id, q), 2),
        ref.views.listExecutions(id),
        `paged executions ${id}`,
      );
    }
    for (const m of ref.markets) {
      // The published book checksum against node's own CRC-32 of the documented string.
      const book = ref.views.book(m.symbol, 10);
      if (book) {
        const text = [...book.bids, ...book.asks].map((l) => `${l.price}:${l.quantity}`).join(',');
        deepStrictEqual(
          bookChecksum(book.bids, book.asks),
          crc32(text),
          `book checksum ${m.symbol} of "${text}"`,
        );
      }
      const want = ref.views.ticker(m.symbol) ?? {};
      const got = opt.ticker(m.symbol) as unknown as Record<string, unknown> | undefined;
      const shown = Object.fromEntries(Object.keys(want).map((k) => [k, got?.[k]]));
      same(shown, want, `ticker ${m.symbol}`);
    }
    for (const m of ref.markets) {
      same(
        pages((q) => opt.trades(m.symbol, q) ?? { data: [], nextCursor: null }, 2),
        ref.views.trades(m.symbol),
        `paged trades ${m.symbol}`,
      );
    }
  }

  /** Folds the optimised engine's events into what a streaming client would hold. */
  private absorb(events: readonly EngineEvent[]): void {
    for (const e of events) {
      if (e.type === 'book') {
        const mirror = this.bookMirror.get(e.market) ?? { seq: 0, bids: new Map(), asks: new Map() };
        deepStrictEqual(e.seq, mirror.seq + 1, `book seq of ${e.market} must step by one`);
        mirror.seq = e.seq;
        for (const [levels, side] of [
          [e.bids, mirror.bids],
          [e.asks, mirror.asks],
        ] as const) {
          for (const l of levels) {
            if (l.quantity === 0) side.delete(l.price);
            else side.set(l.price, l.quantity);
          }
        }
        this.bookMirror.set(e.market, mirror);
      } else if (e.type === 'balance') {
        this.balanceMirror.set(`${e.accountId}/${e.asset}`, `${e.total}/${e.available}/${e.locked}`);
      } else if (e.type === 'execution') {
        const x = e.execution;
        const acc = this.world.accounts.find((a) => a.id === x.accountId);
        const bps = acc ? (x.liquidity === 'maker' ? acc.maker : acc.taker) : 0;
        this.exactFee10k.set(
          x.orderId,
          (this.exactFee10k.get(x.orderId) ?? 0n) + BigInt(x.quoteQuantity) * BigInt(bps),
        );
        const key = `${x.accountId}/${x.market}`;
        this.netFromFills.set(
          key,
          (this.netFromFills.get(key) ?? 0n) + BigInt(x.side === 'buy' ? x.quantity : -x.quantity),
        );
      }
    }
  }

  /** A WebSocket client that only applies events must end up with what the queries answer. */
  private checkMirrors(views: Views): void {
    for (const m of this.ref.markets) {
      const view = views.books.get(m.symbol) as BookView;
      const mirror = this.bookMirror.get(m.symbol) ?? { seq: 0, bids: new Map(), asks: new Map() };
      deepStrictEqual(view.seq, mirror.seq, `book seq ${m.symbol}`);
      const asInts = (levels: readonly { price: string; quantity: string }[]) =>
        levels.map((l) => [
          Number(units(l.price, m.priceDecimals)),
          Number(units(l.quantity, this.decimals(m.base))),
        ]);
      deepStrictEqual(
        asInts(view.bids),
        [...mirror.bids].sort((a, b) => b[0] - a[0]),
        `bids from events ${m.symbol}`,
      );
      deepStrictEqual(
        asInts(view.asks),
        [...mirror.asks].sort((a, b) => a[0] - b[0]),
        `asks from events ${m.symbol}`,
      );
    }
    for (const [id, balances] of views.balances) {
      for (const b of balances) {
        const d = this.decimals(b.asset);
        const now = `${units(b.total, d)}/${units(b.available, d)}/${units(b.locked, d)}`;
        deepStrictEqual(
          this.balanceMirror.get(`${id}/${b.asset}`) ?? '0/0/0',
          now,
          `balance events ${id} ${b.asset}`,
        );
      }
    }
  }

  private decimals(asset: string): number {
    return this.ref.assets.get(asset) ?? 0;
  }

  /** The invariants, evaluated on the optimised engine's own answers. */
  private checkInvariants(views: Views, events: readonly EngineEvent[]): void {
    for (const m of this.ref.markets) {
      const book = views.books.get(m.symbol);
      const bid = book?.bids[0];
      const ask = book?.asks[0];
      if (bid && ask && units(bid.price, m.priceDecimals) >= units(ask.price, m.priceDecimals)) {
        throw new Error(`book ${m.symbol} crossed: ${bid.price} >= ${ask.price}`);
      }
    }
    const sums = new Map<string, bigint>();
    for (const [id, balances] of views.balances) {
      const holds = this.holds(id, views.open.get(id) ?? []);
      for (const b of balances) {
        const d = this.decimals(b.asset);
        const [total, available, locked] = [units(b.total, d), units(b.available, d), units(b.locked, d)];
        if (total < 0n || available < 0n || locked < 0n)
          throw new Error(`negative balance ${id} ${JSON.stringify(b)}`);
        if (total !== available + locked)
          throw new Error(`total != available + locked ${id} ${JSON.stringify(b)}`);
        sums.set(b.asset, (sums.get(b.asset) ?? 0n) + total);
        const held = holds.get(b.asset) ?? 0n;
        if (locked !== held)
          throw new Error(`${id} ${b.asset} locked ${locked} but its open orders hold ${held}`);
      }
    }
    for (const [asset] of ASSETS) {
      if (!this.ref.assets.has(asset)) continue;
      const want = this.deposited.get(asset) ?? 0n;
      if ((sums.get(asset) ?? 0n) !== want)
        throw new Error(`${asset} total ${sums.get(asset)} != deposits ${want}`);
    }
    this.checkFills(events);
    if (events.some((e) => e.type === 'execution')) this.checkPositions();
  }

  /** Holds per asset recomputed from the open orders with the documented formula. */
  private holds(accountId: string, open: readonly OrderView[]): Map<string, bigint> {
    const acc = this.world.accounts.find((a) => a.id === accountId);
    const out = new Map<string, bigint>();
    for (const o of open) {
      const m = this.ref.market(o.market) as RefMarket;
      const rem = units(o.remainingQuantity ?? '0', this.decimals(m.base));
      let asset = m.base;
      let amount = rem;
      if (o.side === 'buy') {
        const maxBps = BigInt(acc ? Math.max(acc.maker, acc.taker) : 0);
        const n = this.ref.notional(m, units(o.price ?? '0', m.priceDecimals), rem);
        const exact = this.exactFee10k.get(o.orderId) ?? 0n;
        asset = m.quote;
        amount = n + ceilDiv(exact + n * maxBps, 10_000n) - units(o.fee, this.decimals(m.quote));
      }
      out.set(asset, (out.get(asset) ?? 0n) + amount);
    }
    return out;
  }

  /** Every fill within both orders' limits; maker and taker sides mirror each other. */
  private checkFills(events: readonly EngineEvent[]): void {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e?.type !== 'trade') continue;
      const maker = events[i + 1];
      const taker = events[i + 2];
      if (maker?.type !== 'execution' || taker?.type !== 'execution')
        throw new Error('trade not followed by two executions');
      const [mx, tx] = [maker.execution, taker.execution];
      if (mx.liquidity !== 'maker' || tx.liquidity !== 'taker' || mx.side === tx.side)
        throw new Error('bad execution pair');
      for (const x of [mx, tx]) {
        if (x.tradeId !== e.trade.tradeId || x.price !== e.trade.price || x.quantity !== e.trade.quantity) {
          throw new Error(`execution ${x.executionId} does not match trade ${e.trade.tradeId}`);
        }
        const order = this.opt.getOrder(x.accountId, x.orderId);
        if (!order) throw new Error(`order ${x.orderId} of execution ${x.executionId} not found`);
        if (order.price === null) continue;
        const m = this.ref.market(x.market) as RefMarket;
        const limit = Number(units(order.price, m.priceDecimals));
        if (x.side === 'buy' ? x.price > limit : x.price < limit) {
          throw new Error(`fill at ${x.price} outside limit ${limit} of ${x.side} order ${x.orderId}`);
        }
      }
    }
  }

  /** Each position's net quantity equals the signed sum of that account's fills in the market. */
  private checkPositions(): void {
    for (const id of this.accounts) {
      const positions = this.opt.positions(id) ?? [];
      for (const m of this.ref.markets) {
        const net = this.netFromFills.get(`${id}/${m.symbol}`);
        const p = positions.find((x) => x.market === m.symbol);
        if (net === undefined) {
          if (p) throw new Error(`position ${id} ${m.symbol} without any fill`);
          continue;
        }
        if (!p || units(p.netQuantity, this.decimals(m.base)) !== net) {
          throw new Error(`position ${id} ${m.symbol} ${p?.netQuantity} != fills ${net}`);
        }
      }
    }
  }
}
