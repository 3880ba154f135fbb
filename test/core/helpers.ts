// Shared set-up for the core's unit tests: the demo markets, funded accounts, and terse builders.

import { expect } from 'vitest';
import {
  type CommandResult,
  demoSetupCommands,
  Engine,
  type EngineEvent,
  type OrderSnapshot,
  type PlaceOrderCommand,
} from '../../server/core/index.ts';

export const T0 = 1_767_225_600_000_000;

export interface Venue {
  engine: Engine;
  /** Applies with an increasing ts unless one is given. */
  run(cmd: Record<string, unknown> & { type: string; ts?: number }): CommandResult;
  place(accountId: string, fields: Partial<PlaceOrderCommand>): CommandResult;
  ts(): number;
}

/** An engine with the demo markets and accounts funded as given (`{a: {USD: '1000'}}`). */
export function venue(
  accounts: Record<string, Record<string, string>> = {},
  fees: Record<string, [number, number]> = {},
): Venue {
  const engine = new Engine();
  let ts = T0;
  for (const c of demoSetupCommands(ts)) expect(engine.apply(c).ok).toBe(true);
  const run: Venue['run'] = (cmd) => {
    ts = cmd.ts ?? ts + 1;
    return engine.apply({ ...cmd, ts } as never);
  };
  for (const [accountId, balances] of Object.entries(accounts)) {
    const [makerFeeBps, takerFeeBps] = fees[accountId] ?? [0, 0];
    expect(run({ type: 'createAccount', accountId, makerFeeBps, takerFeeBps }).ok).toBe(true);
    for (const [asset, amount] of Object.entries(balances)) {
      expect(run({ type: 'deposit', accountId, asset, amount }).ok).toBe(true);
    }
  }
  const place: Venue['place'] = (accountId, fields) =>
    run({ type: 'placeOrder', accountId, market: 'BTC-USD', side: 'buy', orderType: 'limit', ...fields });
  return { engine, run, place, ts: () => ts };
}

export function orderEvents(r: CommandResult): OrderSnapshot[] {
  return r.events.flatMap((e) => (e.type === 'order' ? [e.order] : []));
}

export function eventsOf<T extends EngineEvent['type']>(
  r: CommandResult,
  type: T,
): Extract<EngineEvent, { type: T }>[] {
  return r.events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
}

/** The account's balance of an asset as strings. */
export function balance(
  v: Venue,
  accountId: string,
  asset: string,
): { total: string; available: string; locked: string } {
  const b = v.engine.balances(accountId)?.find((x) => x.asset === asset);
  if (b === undefined) throw new Error(`no balance ${accountId} ${asset}`);
  return { total: b.total, available: b.available, locked: b.locked };
}

export function bookOf(v: Venue, market = 'BTC-USD'): { bids: string[]; asks: string[] } {
  const b = v.engine.book(market);
  if (b === undefined) throw new Error(`no market ${market}`);
  return {
    bids: b.bids.map((l) => `${l.price}:${l.quantity}`),
    asks: b.asks.map((l) => `${l.price}:${l.quantity}`),
  };
}

export function orderOf(r: CommandResult): OrderSnapshot {
  if (r.order === undefined) throw new Error(`no order in result ${JSON.stringify(r.error)}`);
  return r.order;
}
