// Drives the optimised engine and the reference engine with the same commands and checks, after
// every command, that they agree (results, events, queries) and that the optimised engine's own
// answers satisfy the venue invariants. Failures throw with the command index and the command, so
// fast-check's shrunk counterexample reads as a minimal reproduction.

import { deepStrictEqual } from 'node:assert/strict';
import { type Command, type CommandResult, Engine, type EngineEvent } from '../../server/core/index.ts';
import { ASSETS, Resolver, type Scenario, setupCommands, type World } from './gen-commands.ts';
import { ceilDiv, parseDecimal } from './gen-reference-views.ts';
import { REF_FEE_ACCOUNT, ReferenceEngine, type RefMarket } from './reference-engine.ts';

const ALL = 1000;

/** JSON-normalised copy: undefined members vanish, so optional-but-absent equals absent. */
function plain<T>(v: T): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

function units(text: string, decimals: number): bigint {
  const v = parseDecimal(text.startsWith('-') ? text.slice(1) : text, decimals);
  if (typeof v !== 'bigint') throw new Error(`not a decimal on ${decimals} places: ${text}`);
  return text.startsWith('-') ? -v : v;
}

/** The parts of a result both engines must agree on (messages are free text). */
function outcome(r: CommandResult): unknown {
  return plain({
    ok: r.ok,
    code: r.error?.code,
    order: r.order,
    replayed: r.replayed === true,
    canceled: r.canceled,
  });
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

  setup(): void {
    for (const cmd of setupCommands(this.world)) this.step(cmd);
  }

  /** Applies one command to both engines and checks everything; returns the optimised result. */
  step(cmd: Command, deep = true): CommandResult {
    this.log.push(cmd);
    const where = () => `command #${this.log.length - 1}: ${JSON.stringify(cmd)}`;
    const want = this.ref.apply(cmd);
    const got = this.opt.apply(structuredClone(cmd));
    try {
      deepStrictEqual(outcome(got), outcome(want), 'result differs');
      deepStrictEqual(plain(got.events), plain(want.events), 'events differ');
      if (cmd.type === 'deposit' && want.ok) {
        const decimals = this.ref.assets.get(cmd.asset) ?? 0;
        this.deposited.set(cmd.asset, (this.deposited.get(cmd.asset) ?? 0n) + units(cmd.amount, decimals));
      }
      this.checkEventsAgainstQueries(got.events);
      this.compareQueries(deep);
      this.checkInvariants(got.events);
    } catch (e) {
      if (e instanceof Error) e.message = `${where()}\n${e.message}`;
      throw e;
    }
    return got;
  }

  run(scenario: Scenario): void {
    this.setup();
    for (const t of scenario.steps) this.step(this.resolver.resolve(t));
  }

  compareQueries(deep: boolean): void {
    const { opt, ref } = this;
    deepStrictEqual(opt.now, ref.now, 'now');
    for (const m of ref.markets) {
      deepStrictEqual(
        plain(opt.book(m.symbol, ALL)),
        plain(ref.views.book(m.symbol, ALL)),
        `book ${m.symbol}`,
      );
    }
    for (const id of this.accounts) {
      deepStrictEqual(plain(opt.balances(id)), plain(ref.views.balances(id)), `balances ${id}`);
      const open = opt.listOrders(id, { status: 'open', limit: ALL });
      deepStrictEqual(plain(open.data), plain(ref.views.listOrders(id, 'open')), `open orders ${id}`);
      if (!deep) continue;
      deepStrictEqual(
        plain(opt.listOrders(id, { limit: ALL }).data),
        plain(ref.views.listOrders(id)),
        `orders ${id}`,
      );
      const execs = opt.listExecutions(id, { limit: ALL }).data;
      deepStrictEqual(plain(execs), plain(ref.views.listExecutions(id)), `executions ${id}`);
      deepStrictEqual(plain(opt.positions(id)), plain(ref.views.positions(id)), `positions ${id}`);
    }
    if (deep) {
      for (const m of ref.markets) {
        deepStrictEqual(
          plain(opt.trades(m.symbol, { limit: ALL })?.data),
          plain(ref.views.trades(m.symbol)),
          `trades ${m.symbol}`,
        );
      }
    }
  }

  /** A WebSocket client that only applies events must end up with what the queries answer. */
  private checkEventsAgainstQueries(events: readonly EngineEvent[]): void {
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
      }
    }
    for (const m of this.ref.markets) {
      const view = this.opt.book(m.symbol, ALL);
      const mirror = this.bookMirror.get(m.symbol) ?? { seq: 0, bids: new Map(), asks: new Map() };
      if (!view) throw new Error(`book ${m.symbol} missing`);
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
    for (const id of this.accounts) {
      for (const b of this.opt.balances(id) ?? []) {
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
  private checkInvariants(events: readonly EngineEvent[]): void {
    const { opt } = this;
    for (const m of this.ref.markets) {
      const book = opt.book(m.symbol, 1);
      const bid = book?.bids[0];
      const ask = book?.asks[0];
      if (bid && ask && units(bid.price, m.priceDecimals) >= units(ask.price, m.priceDecimals)) {
        throw new Error(`book ${m.symbol} crossed: ${bid.price} >= ${ask.price}`);
      }
    }
    const sums = new Map<string, bigint>();
    for (const id of this.accounts) {
      for (const b of opt.balances(id) ?? []) {
        const d = this.decimals(b.asset);
        const [total, available, locked] = [units(b.total, d), units(b.available, d), units(b.locked, d)];
        if (total < 0n || available < 0n || locked < 0n)
          throw new Error(`negative balance ${id} ${JSON.stringify(b)}`);
        if (total !== available + locked)
          throw new Error(`total != available + locked ${id} ${JSON.stringify(b)}`);
        sums.set(b.asset, (sums.get(b.asset) ?? 0n) + total);
        const holds = this.holds(id, b.asset);
        if (locked !== holds)
          throw new Error(`${id} ${b.asset} locked ${locked} but open orders hold ${holds}`);
      }
    }
    for (const [asset] of ASSETS) {
      if (!this.ref.assets.has(asset)) continue;
      const want = this.deposited.get(asset) ?? 0n;
      if ((sums.get(asset) ?? 0n) !== want)
        throw new Error(`${asset} total ${sums.get(asset)} != deposits ${want}`);
    }
    this.checkFills(events);
    this.checkPositions();
  }

  /** Holds recomputed from the open orders and their executions with the documented formula. */
  private holds(accountId: string, asset: string): bigint {
    const acc = this.world.accounts.find((a) => a.id === accountId);
    let sum = 0n;
    for (const o of this.opt.listOrders(accountId, { status: 'open', limit: ALL }).data) {
      const m = this.ref.market(o.market) as RefMarket;
      const rem = units(o.remainingQuantity ?? '0', this.decimals(m.base));
      if (o.side === 'sell') {
        if (asset === m.base) sum += rem;
        continue;
      }
      if (asset !== m.quote || !acc) continue;
      const qd = this.decimals(m.quote);
      let exact10k = 0n;
      for (const e of this.opt.listExecutions(accountId, { orderId: o.orderId, limit: ALL }).data) {
        exact10k += units(e.quoteQuantity, qd) * BigInt(e.liquidity === 'maker' ? acc.maker : acc.taker);
      }
      const n = this.ref.notional(m, units(o.price ?? '0', m.priceDecimals), rem);
      sum += n + ceilDiv(exact10k + n * BigInt(Math.max(acc.maker, acc.taker)), 10_000n) - units(o.fee, qd);
    }
    return sum;
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

  /** Net position equals the signed sum of the account's executions in that market. */
  private checkPositions(): void {
    for (const id of this.accounts) {
      const execs = this.opt.listExecutions(id, { limit: ALL }).data;
      for (const p of this.opt.positions(id) ?? []) {
        const m = this.ref.market(p.market) as RefMarket;
        const d = this.decimals(m.base);
        let net = 0n;
        for (const e of execs)
          if (e.market === p.market) net += (e.side === 'buy' ? 1n : -1n) * units(e.quantity, d);
        if (units(p.netQuantity, d) !== net)
          throw new Error(`position ${id} ${p.market} ${p.netQuantity} != fills ${net}`);
      }
    }
  }
}
