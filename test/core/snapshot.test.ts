// Snapshot/restore and determinism of the core engine, on the same random sequences as the
// property tests: a snapshot taken mid-sequence survives a JSON round-trip, and the restored
// engine then behaves exactly like the original (and like the reference engine); the same
// command sequence applied twice yields byte-identical results.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Command, Engine } from '../../server/core/index.ts';
import { scenarioArb } from './gen-commands.ts';
import { Pair } from './gen-harness.ts';

const SEED = Number(process.env.OV_PROPERTY_SEED ?? 20261121);
const SCALE = Number(process.env.OV_PROPERTY_RUNS ?? 1);
// A resource limit, not a timing assertion: a shared CI machine may run these several times slower.
const LIMIT_MS = 240_000 * Math.max(1, SCALE);
const ALL = 1000;

/** Everything a client can ask, as one string, for byte-level comparison of two engines. */
function everything(engine: Engine, accounts: readonly string[]): string {
  const markets = engine.markets().map((m) => m.symbol);
  return JSON.stringify({
    now: engine.now,
    assets: engine.assets(),
    markets: engine.markets(),
    tickers: engine.tickers(),
    books: markets.map((m) => engine.book(m, ALL)),
    trades: markets.map((m) => engine.trades(m, { limit: ALL })),
    accounts: accounts.map((id) => ({
      account: engine.account(id),
      balances: engine.balances(id),
      orders: engine.listOrders(id, { limit: ALL }),
      executions: engine.listExecutions(id, { limit: ALL }),
      positions: engine.positions(id),
    })),
  });
}

describe('core engine snapshots', () => {
  it('restore after a JSON round-trip continues exactly like the original and the reference', {
    timeout: LIMIT_MS,
  }, () => {
    fc.assert(
      fc.property(scenarioArb(40), fc.double({ min: 0, max: 1, noNaN: true }), (scenario, cut) => {
        const pair = new Pair(scenario.world);
        pair.setup();
        const at = Math.floor(cut * scenario.steps.length);
        scenario.steps.slice(0, at).forEach((t) => {
          pair.step(pair.resolver.resolve(t), 'core');
        });
        const original = pair.opt;
        const text = JSON.stringify(original.snapshot());
        const restored = Engine.restore(JSON.parse(text));
        expect(JSON.stringify(restored.snapshot())).toBe(text);
        expect(everything(restored, pair.accounts)).toBe(everything(original, pair.accounts));
        // From here the restored engine is the one checked against the reference, command by command.
        pair.opt = restored;
        for (const t of scenario.steps.slice(at)) {
          const cmd = pair.resolver.resolve(t);
          const want = JSON.stringify(original.apply(structuredClone(cmd)));
          const got = JSON.stringify(pair.step(cmd, 'core'));
          if (got !== want)
            throw new Error(`restored engine diverged at ${JSON.stringify(cmd)}\n${got}\n${want}`);
        }
        pair.compareQueries();
        pair.compareLookups();
        expect(everything(restored, pair.accounts)).toBe(everything(original, pair.accounts));
      }),
      { seed: SEED, numRuns: Math.round(400 * SCALE) },
    );
  });

  it('is deterministic: the same commands twice give byte-identical results and state', {
    timeout: LIMIT_MS,
  }, () => {
    fc.assert(
      fc.property(scenarioArb(60), (scenario) => {
        const pair = new Pair(scenario.world);
        pair.run(scenario, 'core');
        const log: Command[] = pair.log;
        const runs = [new Engine(), new Engine()].map((engine) => ({
          results: log.map((cmd) => JSON.stringify(engine.apply(structuredClone(cmd)))).join('\n'),
          state: everything(engine, pair.accounts),
          snapshot: JSON.stringify(engine.snapshot()),
        }));
        const [a, b] = runs;
        expect(b?.results).toBe(a?.results);
        expect(b?.state).toBe(a?.state);
        expect(b?.snapshot).toBe(a?.snapshot);
        expect(a?.state).toBe(everything(pair.opt, pair.accounts));
      }),
      { seed: SEED + 1, numRuns: Math.round(200 * SCALE) },
    );
  });
});
