// Reading callgrind's output of a node process per JavaScript function (bench:engine-instructions
// --functions). Callgrind knows JIT-compiled code only as addresses; node's --perf-basic-prof
// writes /tmp/perf-PID.map (start, size, name per code object), which names them. Run callgrind
// with --dump-instr=yes --compress-pos=no --compress-strings=no so that every cost line carries its
// instruction address and every fn=/cfn= line its name.

import { readFileSync } from 'node:fs';

/** Code objects of a perf map, by start address, and the name of the one holding an address. */
class PerfMap {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly names: string[] = [];

  constructor(file: string) {
    const rows = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [start, size, ...name] = line.split(' ');
        return {
          start: Number.parseInt(start as string, 16),
          size: Number.parseInt(size as string, 16),
          name,
        };
      })
      .sort((a, b) => a.start - b.start);
    for (const r of rows) {
      this.starts.push(r.start);
      this.ends.push(r.start + r.size);
      this.names.push(r.name.join(' '));
    }
  }

  nameOf(address: number): string | undefined {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= address) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && address < (this.ends[lo - 1] as number) ? this.names[lo - 1] : undefined;
  }
}

/** Instructions per function, and calls per caller -> callee, of one callgrind run. */
export interface FunctionCosts {
  instructions: Map<string, number>;
  calls: Map<string, number>;
}

const anonymous = (fn: string) => fn === '???' || /^0x[0-9a-f]+$/.test(fn);

/**
 * Attributes a callgrind output file's costs to functions: callgrind's own name where it has one
 * (native code, V8 builtins), the perf map's for JIT code. `strip` is removed from names (the
 * bundle's file URL).
 */
export function functionCosts(callgrindFile: string, perfMapFile: string, strip: string): FunctionCosts {
  const map = new PerfMap(perfMapFile);
  const clean = (name: string) => name.split(strip).join('');
  const instructions = new Map<string, number>();
  const calls = new Map<string, number>();
  const lines = readFileSync(callgrindFile, 'utf8').split('\n');
  let fn = '';
  let cfn = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('fn=')) fn = line.slice(3);
    else if (line.startsWith('cfn=')) cfn = line.slice(4);
    else if (line.startsWith('calls=')) {
      // calls=COUNT TARGET, then the call site's cost line: inclusive cost, not the caller's own.
      const [count, target] = line.slice(6).split(' ');
      const site = Number.parseInt((lines[++i] as string).split(' ')[0] as string, 16);
      const from = clean(anonymous(fn) ? (map.nameOf(site) ?? fn) : fn);
      const to = clean(anonymous(cfn) ? (map.nameOf(Number.parseInt(target as string, 16)) ?? cfn) : cfn);
      const key = `${from} -> ${to}`;
      calls.set(key, (calls.get(key) ?? 0) + Number(count));
    } else if (line.startsWith('0x')) {
      const parts = line.split(' ');
      const address = Number.parseInt(parts[0] as string, 16);
      const name = clean(anonymous(fn) ? (map.nameOf(address) ?? fn) : fn);
      instructions.set(name, (instructions.get(name) ?? 0) + Number(parts[parts.length - 1]));
    }
  }
  return { instructions, calls };
}

/** (b - a) - (d - c) per key, divided by `per`: the cost of what b's and d's extra passes differ by. */
export function difference(
  a: Map<string, number>,
  b: Map<string, number>,
  c: Map<string, number>,
  d: Map<string, number>,
  per: number,
): [string, number][] {
  const keys = new Set([...a.keys(), ...b.keys(), ...c.keys(), ...d.keys()]);
  const rows: [string, number][] = [];
  for (const k of keys) {
    const v = (b.get(k) ?? 0) - (a.get(k) ?? 0) - ((d.get(k) ?? 0) - (c.get(k) ?? 0));
    if (v !== 0) rows.push([k, v / per]);
  }
  return rows.sort((x, y) => y[1] - x[1]);
}
