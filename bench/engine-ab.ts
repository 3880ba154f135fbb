// bench:engine-ab — this tree's matching core against another tree's, in ONE process, on
// bench:engine's stream: the `core` variant (MatchingEngine.applyTo, a sink that reads nothing),
// alternating A and B pass by pass (ABBA order, a fresh engine per pass after setup and prefill,
// untimed). On a shared machine separate runs differ by more than most changes do; passes
// interleaved within a second of each other see the same machine, so the median of the per-round
// ratios is what to read. Figures are CPU µs per op of the process (process.cpuUsage).
//
// Usage: npm run bench:engine-ab -- OTHER_TREE [ROUNDS]
//   OTHER_TREE: a checkout of this repository (e.g. a git worktree of the commit to compare with);
//   its server/core/index.ts is imported through tsx, like this tree's. ROUNDS defaults to 8.
//   BENCH_OPS / BENCH_SEED as for bench:engine.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Command, type EventSink, MatchingEngine } from '../server/core/index.ts';
import {
  CountingSink,
  OPS,
  readStream,
  SEED,
  type StreamCommands,
  writeStreamFromChild,
} from './lib/engine-stream.ts';
import { median } from './lib/stats.ts';

interface Core {
  applyTo(cmd: Command, sink: EventSink): unknown;
}
type CoreClass = new () => Core;

/** CPU ns of one pass of `cmds` on a fresh engine of `Engine` (setup and prefill not timed). */
function pass(Engine: CoreClass, { setup, prefill, cmds }: StreamCommands): number {
  const core = new Engine();
  const sink = new CountingSink();
  for (const c of setup) core.applyTo(c, sink);
  for (const c of prefill) core.applyTo(c, sink);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < cmds.length; i++) core.applyTo(cmds[i] as Command, sink);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) * 1000;
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (other === undefined) {
    console.error('usage: npm run bench:engine-ab -- OTHER_TREE [ROUNDS]');
    process.exit(2);
  }
  const rounds = Number(process.argv[3] ?? 8);
  const B = ((await import(path.resolve(other, 'server/core/index.ts'))) as { MatchingEngine: CoreClass })
    .MatchingEngine;
  const A: CoreClass = MatchingEngine;
  // Generated in another process (bench:engine's reasons: A's code must not first run with the
  // generator's sink), read back as a gateway's commands.
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-engine-ab-'));
  let stream: StreamCommands;
  try {
    const file = path.join(dir, 'stream.json');
    writeStreamFromChild(file);
    stream = readStream(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cmds = stream.cmds;
  const us = (ns: number) => ns / 1000 / cmds.length;
  console.log(`bench:engine-ab  seed=${SEED}  ops=${OPS.toLocaleString('en-US')}  A=this tree  B=${other}`);
  pass(A, stream); // warm-up of each: JIT and allocation sites
  pass(B, stream);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // ABBA: neither side always runs first (after the other's garbage).
    const [first, second] = r % 2 === 0 ? [A, B] : [B, A];
    const t1 = us(pass(first, stream));
    const t2 = us(pass(second, stream));
    const [ta, tb] = first === A ? [t1, t2] : [t2, t1];
    a.push(ta);
    b.push(tb);
    ratios.push(tb / ta);
    console.log(
      `round ${r + 1}: A ${ta.toFixed(3)} µs/op  B ${tb.toFixed(3)} µs/op  B/A ${(tb / ta).toFixed(3)}`,
    );
  }
  console.log(
    `median: A ${median(a).toFixed(3)} µs/op, B ${median(b).toFixed(3)} µs/op; ` +
      `median B/A ${median(ratios).toFixed(3)} (above 1: A is faster)`,
  );
}

await main();
