// Property-based tests of the trading core (issue 4): random command sequences over 2–3 markets
// and 3–4 accounts are applied to the optimised engine and to the naive reference engine; after
// every command both must agree exactly (results, events, queries) and the invariants must hold
// (see gen-harness.ts). Seeded for reproducible CI; fast-check prints the seed and the shrunk
// sequence on failure. OV_PROPERTY_RUNS scales the run counts (e.g. 10 for a long local soak).

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { scenarioArb } from './gen-commands.ts';
import { Pair } from './gen-harness.ts';
import { REGRESSIONS } from './gen-regressions.ts';

const SEED = Number(process.env.OV_PROPERTY_SEED ?? 20261121);
const SCALE = Number(process.env.OV_PROPERTY_RUNS ?? 1);
// A resource limit, not a timing assertion: a shared CI machine may run these several times slower.
const LIMIT_MS = 240_000 * Math.max(1, SCALE);

function check(steps: number, numRuns: number, deep: boolean): void {
  fc.assert(
    fc.property(scenarioArb(steps), (scenario) => {
      new Pair(scenario.world).run(scenario, deep ? 'deep' : 'core');
    }),
    { seed: SEED + steps, numRuns: Math.round(numRuns * SCALE), endOnFailure: false },
  );
}

describe('core engine vs reference engine', () => {
  it('agree on short sequences, every query compared after every command', { timeout: LIMIT_MS }, () => {
    check(10, 6500, true);
  });

  it('agree on longer sequences (deep book, many fills)', { timeout: LIMIT_MS }, () => {
    check(24, 3000, false);
  });

  it('agree on long sequences', { timeout: LIMIT_MS }, () => {
    check(100, 500, false);
  });
});

describe('minimal sequences from the findings (test/core/FINDINGS.md)', () => {
  for (const r of REGRESSIONS) {
    it(r.name, () => {
      const pair = new Pair(r.world);
      pair.setup();
      for (const cmd of r.commands) pair.step(cmd, 'deep');
    });
  }
});
