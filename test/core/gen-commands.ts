// fast-check arbitraries for trading command sequences. A sequence is a world (markets in play,
// accounts with fee rates, opening deposits) plus a list of command templates. Templates refer to
// orders by position ("the k-th open order of this account"), and `resolve` turns them into
// concrete commands against the reference engine's state, so shrinking keeps sequences meaningful.

import fc from 'fast-check';
import type {
  CancelReason,
  Command,
  PlaceOrderCommand,
  SelfTradePrevention,
  Side,
  TimeInForce,
} from '../../server/core/index.ts';
import { formatUnits } from './gen-reference-views.ts';
import type { ReferenceEngine } from './reference-engine.ts';

export const T0 = 1_767_225_600_000_000;
const DAY_US = 86_400_000_000;

interface MarketSpec {
  symbol: string;
  base: string;
  quote: string;
  tickSize: string;
  lotSize: string;
  minQuantity: string;
  minNotional: string;
  priceDecimals: number;
  lotDecimals: number;
  /** Mid price in ticks: orders cluster around it so that plenty cross. */
  mid: number;
  /** Market-buy budgets, in quote units of 10^-quoteShown, and that scale. */
  quoteShown: number;
  quoteBudget: [number, number];
}

export const MARKETS: readonly MarketSpec[] = [
  m('BTC-USD', 'BTC', 'USD', '0.01', '0.0001', '0.0001', '1.00', 2, 4, 5_000_000, 2, [100, 20_000]),
  m('ETH-USD', 'ETH', 'USD', '0.01', '0.001', '0.001', '1.00', 2, 3, 300_000, 2, [100, 20_000]),
  m('ETH-BTC', 'ETH', 'BTC', '0.00001', '0.001', '0.001', '0.0001', 5, 3, 6_000, 8, [5_000, 500_000]),
];

function m(
  symbol: string,
  base: string,
  quote: string,
  tickSize: string,
  lotSize: string,
  minQuantity: string,
  minNotional: string,
  priceDecimals: number,
  lotDecimals: number,
  mid: number,
  quoteShown: number,
  quoteBudget: [number, number],
): MarketSpec {
  return {
    symbol,
    base,
    quote,
    tickSize,
    lotSize,
    minQuantity,
    minNotional,
    priceDecimals,
    lotDecimals,
    mid,
    quoteShown,
    quoteBudget,
  };
}

export const ASSETS: ReadonlyArray<readonly [string, number]> = [
  ['USD', 6],
  ['BTC', 8],
  ['ETH', 8],
];

/** Deposit sizes per asset: [max units of 10^-shown, shown decimals]. */
const DEPOSIT: Record<string, [number, number]> = {
  USD: [2_000_000, 2],
  BTC: [20_000_000, 8],
  ETH: [400_000, 5],
};

export interface AccountSpec {
  id: string;
  maker: number;
  taker: number;
}

export interface World {
  markets: number;
  accounts: AccountSpec[];
  deposits: Array<{ account: number; asset: number; amount: number }>;
}

/** Ways to spoil an order, each aimed at one documented check (and, combined, at their order). */
const BAD = [
  'tick',
  'lot',
  'zero',
  'shape',
  'syntax',
  'huge',
  'cid',
  'past',
  'ghost',
  'nomarket',
  'stp',
] as const;
type Bad = (typeof BAD)[number] | undefined;

export type Template = { dt: number } & (
  | {
      k: 'limit';
      acct: number;
      mkt: number;
      side: Side;
      off: number;
      lots: number;
      tif: TimeInForce;
      postOnly: boolean;
      stp: SelfTradePrevention | undefined;
      cid: number | undefined;
      ttl: number;
      bad: Bad;
    }
  | {
      k: 'market';
      acct: number;
      mkt: number;
      side: Side;
      lots: number;
      quote: number | undefined;
      stp: SelfTradePrevention | undefined;
      cid: number | undefined;
    }
  | {
      k: 'amend';
      acct: number;
      pick: number;
      open: boolean;
      off: number | undefined;
      lots: number | undefined;
      byCid: boolean;
      /** abs: the given price/quantity; shrink/grow: the quantity only, relative to the order's own. */
      mode: 'abs' | 'shrink' | 'grow';
    }
  | {
      k: 'cancel';
      acct: number;
      pick: number;
      open: boolean;
      byCid: boolean;
      reason: CancelReason | undefined;
    }
  | { k: 'cancelAll'; acct: number; mkt: number | undefined; reason: CancelReason | undefined }
  | { k: 'deposit'; acct: number; asset: number; amount: number }
  | { k: 'status'; mkt: number; halt: boolean }
  | { k: 'expire' }
  | { k: 'resend'; pick: number; change: boolean }
);

const side = fc.constantFrom<Side>('buy', 'sell');
const reason = fc.constantFrom<CancelReason | undefined>(
  undefined,
  undefined,
  'user',
  'cancelAll',
  'deadMansSwitch',
  'disconnect',
);
// Fee rates: mostly small and odd (rounding), sometimes the extremes (a fee of the whole notional).
const bps = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 12 },
  { arbitrary: fc.constantFrom(0, 1, 9_999, 10_000), weight: 1 },
);
const stp = fc.constantFrom<SelfTradePrevention | undefined>(
  undefined,
  'cancelTaker',
  'cancelMaker',
  'cancelBoth',
);
const cid = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 30 }), weight: 1 },
);
const dt = fc.oneof(
  { arbitrary: fc.constantFrom(0, 1, 1_000, 400_000, 1_000_000), weight: 40 },
  { arbitrary: fc.integer({ min: 0, max: 3_000_000 }), weight: 10 },
  // Rarely a day passes, so clientOrderIds fall out of their 24 h window.
  { arbitrary: fc.constant(DAY_US), weight: 1 },
);

export const worldArb: fc.Arbitrary<World> = fc
  .record({
    markets: fc.integer({ min: 2, max: 3 }),
    accounts: fc.array(fc.record({ maker: bps, taker: bps }), {
      minLength: 3,
      maxLength: 4,
    }),
    // One opening deposit per account and asset (0 = none), so most accounts can trade at once.
    deposits: fc.array(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 100 }), weight: 5 }, fc.constant(0)), {
      minLength: 12,
      maxLength: 12,
    }),
  })
  .map((w) => ({
    markets: w.markets,
    accounts: w.accounts.map((a, i) => ({ id: `acct${i + 1}`, ...a })),
    deposits: w.deposits
      .map((amount, i) => ({ account: Math.floor(i / 3), asset: i % 3, amount }))
      .filter((d) => d.amount > 0 && d.account < w.accounts.length),
  }));

export function templateArb(world: World): fc.Arbitrary<Template> {
  const acct = fc.nat(world.accounts.length - 1);
  const mkt = fc.nat(world.markets - 1);
  const limit = fc.record({
    k: fc.constant('limit' as const),
    dt,
    acct,
    mkt,
    side,
    off: fc.integer({ min: -4, max: 4 }),
    lots: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 80 })),
    tif: fc.constantFrom<TimeInForce>('GTC', 'GTC', 'GTC', 'GTD', 'GTD', 'IOC', 'FOK'),
    postOnly: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)),
    stp,
    cid,
    ttl: fc.constantFrom(1, 500_000, 2_000_000, 5_000_000),
    bad: fc.oneof(
      { arbitrary: fc.constant<Bad>(undefined), weight: 30 },
      { arbitrary: fc.constantFrom<Bad>(...BAD), weight: 2 },
    ),
  });
  const market = fc.record({
    k: fc.constant('market' as const),
    dt,
    acct,
    mkt,
    side,
    lots: fc.integer({ min: 1, max: 40 }),
    quote: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined, freq: 2 }),
    stp,
    cid,
  });
  const pickOrder = {
    dt,
    acct,
    pick: fc.nat(50),
    open: fc.oneof({ arbitrary: fc.constant(true), weight: 10 }, fc.constant(false)),
    byCid: fc.boolean(),
  };
  const amend = fc.record({
    k: fc.constant('amend' as const),
    ...pickOrder,
    off: fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined, freq: 3 }),
    lots: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined, freq: 3 }),
    mode: fc.constantFrom<'abs' | 'shrink' | 'grow'>('abs', 'abs', 'shrink', 'shrink', 'grow'),
  });
  const cancel = fc.record({ k: fc.constant('cancel' as const), ...pickOrder, reason });
  return fc.oneof(
    { arbitrary: limit, weight: 40 },
    { arbitrary: market, weight: 10 },
    { arbitrary: amend, weight: 12 },
    { arbitrary: cancel, weight: 10 },
    {
      arbitrary: fc.record({
        k: fc.constant('cancelAll' as const),
        dt,
        acct,
        mkt: fc.option(mkt, { nil: undefined }),
        reason,
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        k: fc.constant('deposit' as const),
        dt,
        acct,
        asset: fc.nat(2),
        amount: fc.integer({ min: 1, max: 100 }),
      }),
      weight: 5,
    },
    {
      arbitrary: fc.record({
        k: fc.constant('status' as const),
        dt,
        mkt,
        halt: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ k: fc.constant('expire' as const), dt }), weight: 3 },
    {
      arbitrary: fc.record({ k: fc.constant('resend' as const), dt, pick: fc.nat(20), change: fc.boolean() }),
      weight: 4,
    },
  );
}

export interface Scenario {
  world: World;
  steps: Template[];
}

export function scenarioArb(maxSteps: number): fc.Arbitrary<Scenario> {
  return worldArb.chain((world) =>
    fc.record({
      world: fc.constant(world),
      steps: fc.array(templateArb(world), {
        minLength: Math.ceil(maxSteps / 2),
        maxLength: maxSteps,
        size: 'max',
      }),
    }),
  );
}

/** Assets, markets, accounts and opening deposits of a world, all at T0. */
export function setupCommands(world: World): Command[] {
  const ts = T0;
  const cmds: Command[] = ASSETS.map(([asset, decimals]) => ({ type: 'addAsset', ts, asset, decimals }));
  for (const spec of MARKETS.slice(0, world.markets)) {
    const {
      symbol: market,
      base: baseAsset,
      quote: quoteAsset,
      tickSize,
      lotSize,
      minQuantity,
      minNotional,
    } = spec;
    cmds.push({
      type: 'addMarket',
      ts,
      market,
      baseAsset,
      quoteAsset,
      tickSize,
      lotSize,
      minQuantity,
      minNotional,
    });
  }
  for (const a of world.accounts) {
    cmds.push({ type: 'createAccount', ts, accountId: a.id, makerFeeBps: a.maker, takerFeeBps: a.taker });
  }
  for (const d of world.deposits) {
    const account = world.accounts[d.account % world.accounts.length] as AccountSpec;
    cmds.push(depositCommand(ts, account.id, d.asset, d.amount));
  }
  return cmds;
}

function depositCommand(ts: number, accountId: string, assetIndex: number, percent: number): Command {
  const [asset] = ASSETS[assetIndex % ASSETS.length] as readonly [string, number];
  const [max, shown] = DEPOSIT[asset] as [number, number];
  // `percent` of the asset's largest deposit, never zero.
  return {
    type: 'deposit',
    ts,
    accountId,
    asset,
    amount: formatUnits(BigInt(Math.max(1, Math.round((max * percent) / 100))), shown),
  };
}

/** Turns templates into commands; keeps the clock and the placeOrder history for resends. */
export class Resolver {
  ts = T0;
  private readonly placed: PlaceOrderCommand[] = [];

  constructor(
    private readonly world: World,
    private readonly ref: ReferenceEngine,
  ) {}

  resolve(t: Template): Command {
    this.ts += t.dt;
    const ts = this.ts;
    const accountId = (i: number) => (this.world.accounts[i % this.world.accounts.length] as AccountSpec).id;
    const spec = (i: number) => MARKETS[i % this.world.markets] as MarketSpec;
    switch (t.k) {
      case 'limit': {
        const s = spec(t.mkt);
        let price = formatUnits(BigInt(s.mid + t.off), s.priceDecimals);
        let quantity = formatUnits(BigInt(t.lots), s.lotDecimals);
        if (t.bad === 'tick') price += '3';
        if (t.bad === 'lot') quantity += '7';
        if (t.bad === 'zero') quantity = formatUnits(0n, s.lotDecimals);
        if (t.bad === 'syntax') price = price.replace('.', ',');
        if (t.bad === 'huge') price = `${'9'.repeat(17)}.00`;
        if (t.bad === 'past') price += '1'; // in the past AND off the tick: EXPIRE_AT_IN_PAST must win
        const postOnly = t.postOnly && (t.tif === 'GTC' || t.tif === 'GTD' || t.bad === 'shape');
        const cmd: PlaceOrderCommand = {
          type: 'placeOrder',
          ts,
          accountId: t.bad === 'ghost' ? 'ghost' : accountId(t.acct),
          market: t.bad === 'nomarket' ? 'DOGE-USD' : s.symbol,
          side: t.side,
          orderType: 'limit',
          price,
          quantity,
          timeInForce: t.bad === 'shape' ? 'IOC' : t.bad === 'past' ? 'GTD' : t.tif,
          ...(t.tif === 'GTD' || t.bad === 'past' ? { expireAt: t.bad === 'past' ? ts : ts + t.ttl } : {}),
          ...(postOnly || t.bad === 'shape' ? { postOnly: true } : {}),
          ...(t.bad === 'stp'
            ? { selfTradePrevention: 'none' as SelfTradePrevention }
            : t.stp
              ? { selfTradePrevention: t.stp }
              : {}),
          ...(t.cid !== undefined || t.bad === 'cid'
            ? { clientOrderId: t.bad === 'cid' ? 'not ok!' : `c-${t.cid}` }
            : {}),
        };
        return this.remember(cmd);
      }
      case 'market': {
        const s = spec(t.mkt);
        const byQuote = t.quote !== undefined && t.side === 'buy';
        const [lo, hi] = s.quoteBudget;
        const cmd: PlaceOrderCommand = {
          type: 'placeOrder',
          ts,
          accountId: accountId(t.acct),
          market: s.symbol,
          side: t.side,
          orderType: 'market',
          ...(byQuote
            ? { quoteQuantity: formatUnits(BigInt(lo + ((t.quote ?? 0) % (hi - lo))), s.quoteShown) }
            : { quantity: formatUnits(BigInt(t.lots), s.lotDecimals) }),
          ...(t.stp ? { selfTradePrevention: t.stp } : {}),
          ...(t.cid !== undefined ? { clientOrderId: `m-${t.cid}` } : {}),
        };
        return this.remember(cmd);
      }
      case 'amend':
      case 'cancel': {
        const target = this.pickOrder(t.pick, t.open);
        // Open picks act as the order's owner; other picks keep the template's account, so they
        // also hit closed orders and other accounts' orders (ORDER_NOT_FOUND).
        const id = t.open && target ? target.accountId : accountId(t.acct);
        const ref =
          target === undefined
            ? { orderId: '999999' }
            : t.byCid && target.clientOrderId !== null
              ? { clientOrderId: target.clientOrderId }
              : { orderId: target.orderId };
        if (t.k === 'cancel')
          return {
            type: 'cancelOrder',
            ts,
            accountId: id,
            ...ref,
            ...(t.reason ? { reason: t.reason } : {}),
          };
        const s = MARKETS.find((x) => x.symbol === target?.market) ?? spec(0);
        // Rarely an amend that asks for nothing or is off the grid.
        const odd = t.pick % 17;
        const off = t.off ?? (t.lots === undefined && odd !== 0 ? 0 : undefined);
        const price =
          off === undefined
            ? undefined
            : formatUnits(BigInt(s.mid + off), s.priceDecimals) + (odd === 1 ? '5' : '');
        const quantity =
          t.lots === undefined
            ? undefined
            : formatUnits(BigInt(t.lots), s.lotDecimals) + (odd === 2 ? '5' : '');
        const lot = target ? this.ref.market(target.market)?.lot : undefined;
        if (t.mode !== 'abs' && target?.quantity && lot) {
          // Pure quantity changes, so queue priority (kept on a decrease only) really gets tested.
          const filled = target.filled / lot;
          const rem = (target.quantity - target.filled) / lot;
          const lots = t.mode === 'grow' ? filled + rem + BigInt(t.lots ?? 1) : filled + (rem + 1n) / 2n;
          return {
            type: 'amendOrder',
            ts,
            accountId: id,
            ...ref,
            quantity: formatUnits(lots, s.lotDecimals),
          };
        }
        return {
          type: 'amendOrder',
          ts,
          accountId: id,
          ...ref,
          ...(price !== undefined ? { price } : {}),
          ...(quantity !== undefined ? { quantity } : {}),
        };
      }
      case 'cancelAll':
        return {
          type: 'cancelAll',
          ts,
          accountId: accountId(t.acct),
          ...(t.mkt !== undefined ? { market: spec(t.mkt).symbol } : {}),
          ...(t.reason ? { reason: t.reason } : {}),
        };
      case 'deposit':
        return depositCommand(ts, accountId(t.acct), t.asset, t.amount);
      case 'status':
        return {
          type: 'setMarketStatus',
          ts,
          market: spec(t.mkt).symbol,
          status: t.halt ? 'halted' : 'open',
        };
      case 'expire':
        return { type: 'expireOrders', ts };
      case 'resend': {
        const prior = this.placed[t.pick % Math.max(1, this.placed.length)];
        if (!prior) return { type: 'expireOrders', ts };
        // An identical resend must replay; a changed one must be refused as a duplicate.
        const changed = t.change
          ? { selfTradePrevention: prior.selfTradePrevention === 'cancelBoth' ? 'cancelMaker' : 'cancelBoth' }
          : {};
        return { ...prior, ...changed, ts } as PlaceOrderCommand;
      }
    }
  }

  private remember(cmd: PlaceOrderCommand): PlaceOrderCommand {
    if (cmd.clientOrderId !== undefined) this.placed.push(cmd);
    return cmd;
  }

  private pickOrder(pick: number, open: boolean) {
    const pool = open
      ? this.ref.orders.filter((o) => o.status === 'new' || o.status === 'partiallyFilled')
      : this.ref.orders;
    return pool.length === 0 ? undefined : pool[pick % pool.length];
  }
}
