// MatchingEngine.applyTo (reused event objects and a reused outcome, the engine's fast path) must
// tell exactly what Engine.apply tells (owned copies): the same outcome and the same events, for
// every command of random sequences (driven and checked against the reference by Pair). The reused
// objects are copied inside each call, as the sink contract (sink.ts) requires.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Command,
  type CommandResult,
  copyEvent,
  type EngineEvent,
  type EventSink,
  MatchingEngine,
} from '../../server/core/index.ts';
import { scenarioArb, setupCommands } from './gen-commands.ts';
import { Pair } from './gen-harness.ts';

class CopyingSink implements EventSink {
  events: EngineEvent[] = [];
  event(e: EngineEvent): void {
    this.events.push(copyEvent(e));
  }
}

function compare(core: MatchingEngine, sink: CopyingSink, cmd: Command, want: CommandResult): void {
  sink.events = [];
  const got = core.applyTo(structuredClone(cmd), sink);
  const where = JSON.stringify(cmd);
  expect(got.ok, where).toBe(want.ok);
  expect(got.error, where).toEqual(want.ok ? null : want.error);
  expect(got.replayed, where).toBe('replayed' in want && want.replayed === true);
  expect(got.order, where).toEqual('order' in want ? want.order : null);
  expect(sink.events, where).toEqual(want.events);
}

describe('MatchingEngine.applyTo agrees with Engine.apply', () => {
  it('outcome and events of every command', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(scenarioArb(40), (scenario) => {
        const pair = new Pair(scenario.world);
        const core = new MatchingEngine();
        const sink = new CopyingSink();
        for (const cmd of setupCommands(scenario.world)) compare(core, sink, cmd, pair.step(cmd, 'light'));
        for (const t of scenario.steps) {
          const cmd = pair.resolver.resolve(t);
          compare(core, sink, cmd, pair.step(cmd, 'light'));
        }
      }),
      { seed: 20261121, numRuns: 400 },
    );
  });
});
