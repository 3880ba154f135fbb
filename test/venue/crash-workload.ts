/**
 * Seeded command streams for the crash test, and a digest of the observable venue state
 * (balances, orders, executions, positions, books, keys) to compare a recovered venue with a
 * clean replay.
 */
import { demoSetupCommands } from '../../server/core/index.ts';
import type { VenueState } from '../../server/venue/venue-state.ts';
import type { VenueCommand } from '../../server/venue.ts';

export const ACCOUNTS = ['alice', 'bob', 'carol', 'dave'];
const MARKETS = [
  {
    market: 'BTC-USD',
    mid: 5_000_000,
    step: 1,
    qty: (r: number) => `0.${String(1 + Math.floor(r * 50)).padStart(4, '0')}`,
  },
  {
    market: 'ETH-USD',
    mid: 300_000,
    step: 1,
    qty: (r: number) => `0.${String(10 + Math.floor(r * 500)).padStart(3, '0')}`,
  },
] as const;

const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/** Generates commands with strictly increasing `ts`: deposits, crossing orders, cancels, amends, keys. */
export class Workload {
  private ts = 1_767_225_600_000_000;
  private n = 0;
  private readonly clientIds: { accountId: string; clientOrderId: string }[] = [];
  private readonly keys: string[] = [];

  constructor(private readonly rnd: () => number) {}

  setup(): VenueCommand[] {
    const cmds: VenueCommand[] = [...demoSetupCommands(this.nextTs())];
    for (const accountId of ACCOUNTS) {
      cmds.push({ type: 'createAccount', ts: this.nextTs(), accountId, makerFeeBps: 5, takerFeeBps: 15 });
      cmds.push({ type: 'deposit', ts: this.nextTs(), accountId, asset: 'USD', amount: '10000000' });
      cmds.push({ type: 'deposit', ts: this.nextTs(), accountId, asset: 'BTC', amount: '100' });
      cmds.push({ type: 'deposit', ts: this.nextTs(), accountId, asset: 'ETH', amount: '1000' });
    }
    return cmds;
  }

  next(): VenueCommand {
    const r = this.rnd();
    const ts = this.nextTs();
    const accountId = this.pick(ACCOUNTS);
    if (r < 0.05)
      return { type: 'deposit', ts, accountId, asset: this.pick(['USD', 'BTC', 'ETH']), amount: '1000' };
    if (r < 0.58) return this.order(ts, accountId);
    if (r < 0.8 && this.clientIds.length > 0) {
      const target = this.pick(this.clientIds.slice(-50));
      return { type: 'cancelOrder', ts, accountId: target.accountId, clientOrderId: target.clientOrderId };
    }
    if (r < 0.88 && this.clientIds.length > 0) {
      const target = this.pick(this.clientIds.slice(-50));
      const m = MARKETS[0];
      return {
        type: 'amendOrder',
        ts,
        accountId: target.accountId,
        clientOrderId: target.clientOrderId,
        quantity: m.qty(this.rnd()),
      };
    }
    if (r < 0.91) return { type: 'cancelAll', ts, accountId, ...(this.rnd() < 0.5 && { market: 'BTC-USD' }) };
    if (r < 0.95) {
      const keyId = `key-${this.n++}`;
      this.keys.push(keyId);
      return {
        type: 'createApiKey',
        ts,
        keyId,
        accountId,
        keyType: 'hmac',
        scopes: ['read', 'trade'],
        secret: `secret-${keyId}-0123456789abcdef`,
      };
    }
    if (r < 0.97 && this.keys.length > 0) return { type: 'revokeApiKey', ts, keyId: this.pick(this.keys) };
    if (r < 0.98) return { type: 'expireOrders', ts };
    return this.order(ts, accountId);
  }

  private order(ts: number, accountId: string): VenueCommand {
    const m = this.rnd() < 0.75 ? MARKETS[0] : MARKETS[1];
    const side = this.rnd() < 0.5 ? 'buy' : 'sell';
    const clientOrderId = `c${this.n++}`;
    this.clientIds.push({ accountId, clientOrderId });
    const kind = this.rnd();
    if (kind < 0.1) {
      return {
        type: 'placeOrder',
        ts,
        accountId,
        market: m.market,
        side,
        orderType: 'market',
        quantity: m.qty(this.rnd()),
        clientOrderId,
      };
    }
    // Offsets biased toward the other side make about a third of limit orders cross.
    const offset = Math.floor(this.rnd() * 40) - 28;
    const price = cents(m.mid + (side === 'buy' ? offset : -offset) * m.step);
    const tif = kind < 0.2 ? 'IOC' : kind < 0.25 ? 'GTD' : 'GTC';
    return {
      type: 'placeOrder',
      ts,
      accountId,
      market: m.market,
      side,
      orderType: 'limit',
      price,
      quantity: m.qty(this.rnd()),
      timeInForce: tif,
      ...(tif === 'GTD' && { expireAt: ts + Math.floor(this.rnd() * 2_000_000) + 1 }),
      clientOrderId,
    };
  }

  private nextTs(): number {
    this.ts += 1 + Math.floor(this.rnd() * 50_000);
    return this.ts;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)] as T;
  }
}

/** Every observable piece of state, paged through completely, as one comparable string. */
export function digest(state: VenueState): string {
  const { engine, keys } = state;
  const out: Record<string, unknown> = { markets: engine.markets(), tickers: engine.tickers() };
  for (const m of engine.markets()) {
    out[`book:${m.symbol}`] = engine.book(m.symbol, 100_000);
    out[`trades:${m.symbol}`] = pages((cursor) => engine.trades(m.symbol, { limit: 1000, ...cursor }));
  }
  for (const accountId of [...ACCOUNTS, 'fees']) {
    out[`account:${accountId}`] = engine.account(accountId);
    out[`balances:${accountId}`] = engine.balances(accountId);
    out[`positions:${accountId}`] = engine.positions(accountId);
    out[`orders:${accountId}`] = pages((c) =>
      engine.listOrders(accountId, { status: 'all', limit: 1000, ...c }),
    );
    out[`executions:${accountId}`] = pages((c) => engine.listExecutions(accountId, { limit: 1000, ...c }));
    out[`keys:${accountId}`] = keys.listByAccount(accountId);
  }
  return JSON.stringify(out);
}

function pages<T>(
  page: (cursor: { cursor?: string }) => { data: readonly T[]; nextCursor: string | null } | undefined,
): T[] {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const p = page(cursor === null ? {} : { cursor });
    if (p === undefined) return all;
    all.push(...p.data);
    cursor = p.nextCursor;
  } while (cursor !== null);
  return all;
}
