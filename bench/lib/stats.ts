/**
 * Figures shared by the benchmarks: latency percentiles, rates, CPU time, and the machine line
 * every report starts with (the machine is shared, so its load belongs next to the numbers).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Nearest-rank percentile of an ascending sample; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median of a sample (the mean of the middle two for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Latencies (ms) to p50/p99/max. */
export function latencySummary(samples: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = Float64Array.from(samples).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
}

export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fmtMs = (ms: number): string => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;

/** `uptime`-style load averages, cores and Node version: the conditions of the run. */
export function machineLine(): string {
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(2));
  return `machine: ${os.cpus().length} cores, load average ${one} ${five} ${fifteen}, Node ${process.version}`;
}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where unavailable. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** This process's CPU seconds so far. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Reads `--name value` from argv as a positive number, or the fallback. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Reads `--name value` from argv as a string, or the fallback. */
export function stringArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export const hasFlag = (name: string): boolean => process.argv.includes(`--${name}`);
