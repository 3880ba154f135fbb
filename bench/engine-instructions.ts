// bench:engine-instructions — machine instructions per command of the matching core (`core`
// variant of bench:engine, same stream), counted by valgrind's callgrind: a figure that does not
// move with what else the machine is doing, for A/B of CPU work on a shared machine (timings of the
// same code differ by 30% between runs here; this count repeats exactly).
//
// How: bench:engine's child runs the variant twice under callgrind on one kept stream, with W and
// W + 1 measured passes after its warm-up pass; the difference of the two totals is one pass over
// the stream on a fresh engine: setup and prefill (about 5,000 commands) plus the stream. Two more
// runs, whose measured passes stop after setup and prefill (BENCH_SETUP_ONLY), give what those
// cost, and the figure is the stream's alone. V8 runs with --predictable (no concurrent compilation or GC
// threads: their work lands at varying points) and fixed hash and random seeds, address space
// randomisation off, and the script is one esbuild bundle (tsx's loader thread compiles modules at
// varying points), so the count repeats. JIT compilation still falls into early passes: W (default
// 3) passes come first. Counts are of this build of node; compare trees on the same machine.
//
// Usage: npm run bench:engine-instructions [-- --ops N --warm W --variant core|core+history|Engine.apply
//        --functions N]
//   --functions N: where the instructions go. Also prints the N functions (JIT-compiled JavaScript,
//   V8 builtins, native code) costing the most instructions per stream command, and the N most
//   frequent calls between functions per command, from the same four runs made with node's
//   --perf-basic-prof (which names JIT code for callgrind; it moves the total by a few instructions
//   per command, so compare totals of runs made alike). An optimized function's figure includes
//   what TurboFan inlined into it; JavaScript functions are named with their line:column in the
//   esbuild bundle of bench/engine.ts.
// Needs valgrind and setarch (Debian: valgrind, util-linux). Takes a few minutes.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { difference, type FunctionCosts, functionCosts } from './lib/callgrind.ts';
import { writeStreamFromChild } from './lib/engine-stream.ts';

const { values } = parseArgs({
  options: {
    ops: { type: 'string', default: '200000' },
    warm: { type: 'string', default: '3' },
    variant: { type: 'string', default: 'core' },
    functions: { type: 'string' },
  },
});
const functions = values.functions === undefined ? 0 : Number(values.functions);
const ops = Number(values.ops);
const warm = Number(values.warm);
const engineScript = fileURLToPath(new URL('./engine.ts', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'bench-engine-instructions-'));
const stream = path.join(dir, 'stream.json');
const bundle = path.join(dir, 'engine.mjs');

interface Count {
  total: number;
  /** With --functions. */
  costs?: FunctionCosts;
}

/** Total instructions of one child run with `passes` measured passes (`setupOnly`: of setup and prefill). */
function count(passes: number, setupOnly: boolean): Promise<Count> {
  const out = path.join(dir, `callgrind.${passes}.${setupOnly ? 'setup' : 'stream'}.out`);
  const args = [
    '-R',
    'valgrind',
    '--tool=callgrind',
    `--callgrind-out-file=${out}`,
    ...(functions > 0 ? ['--dump-instr=yes', '--compress-pos=no', '--compress-strings=no'] : []),
    process.execPath,
    '--predictable',
    '--hash-seed=42',
    '--random-seed=42',
    ...(functions > 0 ? ['--perf-basic-prof'] : []),
    bundle,
  ];
  const env = {
    ...process.env,
    BENCH_CHILD: values.variant,
    BENCH_STREAM: stream,
    BENCH_OPS: String(ops),
    BENCH_PASSES: String(passes),
    BENCH_ENGINE_ONLY: '1',
    BENCH_SETUP_ONLY: setupOnly ? '1' : '0',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('setarch', [process.arch === 'arm64' ? 'aarch64' : 'x86_64', ...args], {
      env,
      // Into the scratch directory: --perf-basic-prof also writes V8's isolate-*.log to the cwd.
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const total = /^summary: (\d+)$/m.exec(code === 0 ? readFileSync(out, 'utf8') : '');
      if (total === null) {
        reject(new Error(`callgrind run failed (exit ${code}):\n${err.slice(-2000)}`));
        return;
      }
      if (functions === 0) {
        resolve({ total: Number(total[1]) });
        return;
      }
      // The process's pid (valgrind runs node in it) names node's perf map: "==PID== ..." lines.
      const map = `/tmp/perf-${/^==(\d+)==/m.exec(err)?.[1]}.map`;
      try {
        resolve({ total: Number(total[1]), costs: functionCosts(out, map, pathToFileURL(bundle).href) });
      } finally {
        rmSync(map, { force: true });
      }
    });
  });
}

try {
  writeStreamFromChild(stream, ops);
  buildSync({
    entryPoints: [engineScript],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'error',
  });
  // The bundle imports its packages (nodejs-order-book) from this repository's node_modules.
  symlinkSync(path.resolve(path.dirname(engineScript), '..', 'node_modules'), path.join(dir, 'node_modules'));
  const started = Date.now();
  // Two at a time: the machines have two cores.
  const runs = [
    ...(await Promise.all([count(warm, false), count(warm + 1, false)])),
    ...(await Promise.all([count(warm, true), count(warm + 1, true)])),
  ];
  const [a, b, c, d] = runs.map((r) => r.total) as [number, number, number, number];
  const perCommand = (b - a - (d - c)) / ops;
  console.log(
    `bench:engine-instructions  variant=${values.variant}  ops=${ops.toLocaleString('en-US')}  ` +
      `node=${process.version}  (${Math.round((Date.now() - started) / 1000)} s under callgrind)`,
  );
  console.log(
    `instructions per command: ${Math.round(perCommand).toLocaleString('en-US')} ` +
      `(one pass: ${(b - a).toLocaleString('en-US')}, of which setup and prefill ` +
      `${(d - c).toLocaleString('en-US')}; totals ${a}, ${b}, ${c}, ${d})`,
  );
  if (functions > 0) {
    const [ca, cb, cc, cd] = runs.map((r) => r.costs as FunctionCosts) as [
      FunctionCosts,
      FunctionCosts,
      FunctionCosts,
      FunctionCosts,
    ];
    const table = (rows: [string, number][], digits: number) =>
      rows
        .slice(0, functions)
        .map(([name, v]) => `${v.toFixed(digits).padStart(9)}  ${name}`)
        .join('\n');
    const perFunction = difference(ca.instructions, cb.instructions, cc.instructions, cd.instructions, ops);
    console.log(`\ninstructions per command by function (* optimized, ^ Maglev/Sparkplug, ~ interpreted):`);
    console.log(table(perFunction, 1));
    console.log(`\ncalls per command, caller -> callee:`);
    console.log(table(difference(ca.calls, cb.calls, cc.calls, cd.calls, ops), 2));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
