/**
 * What bench:ws's two parts share: the measured window with both sides' CPU, and logged-in
 * sessions against the venue process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchKey } from './backoffice.ts';
import { fmtInt, ownCpuSeconds, processCpuSeconds } from './stats.ts';
import type { VenueProcess } from './venue-process.ts';
import { WsSession } from './ws-session.ts';

/** A measured window: [from, to) in performance.now() time, and the CPU it cost each side. */
export class Window {
  readonly from: number;
  readonly to: number;
  #clientCpu = Number.NaN;
  #serverCpu = Number.NaN;
  clientCores = Number.NaN;
  serverCores = Number.NaN;

  #serverMainCpu = Number.NaN;
  /** The server's main thread alone (JavaScript, the event loop and its syscalls). */
  serverMainCores = Number.NaN;

  constructor(
    private readonly serverPid: number,
    warmupMs: number,
    seconds: number,
  ) {
    this.from = performance.now() + warmupMs;
    this.to = this.from + seconds * 1000;
    setTimeout(() => {
      this.#clientCpu = ownCpuSeconds();
      this.#serverCpu = processCpuSeconds(serverPid);
      this.#serverMainCpu = mainThreadCpuSeconds(serverPid);
    }, warmupMs);
    setTimeout(
      () => {
        this.clientCores = (ownCpuSeconds() - this.#clientCpu) / seconds;
        this.serverCores = (processCpuSeconds(this.serverPid) - this.#serverCpu) / seconds;
        this.serverMainCores = (mainThreadCpuSeconds(this.serverPid) - this.#serverMainCpu) / seconds;
      },
      warmupMs + seconds * 1000,
    );
  }

  inside(startedAt: number, now: number): boolean {
    return startedAt >= this.from && now < this.to;
  }

  get over(): boolean {
    return performance.now() >= this.to;
  }

  async finished(): Promise<void> {
    await new Promise((r) => setTimeout(r, this.to - performance.now() + 100));
  }
}

/** CPU seconds of a process's main thread (its task with the process id), from /proc. */
function mainThreadCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

export const wsUrl = (venue: VenueProcess) => `${venue.url.replace('http', 'ws')}/v1/ws`;

/** `count` logged-in sessions, keys taken in turn, each paced at `rate` messages/s. */
export async function openSessions(
  url: string,
  keys: BenchKey[],
  count: number,
  rate: number,
): Promise<WsSession[]> {
  const sessions: WsSession[] = [];
  // A few dozen handshakes at a time: a thousand at once only measures the accept queue.
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => {
      const key = keys[(i + j) % keys.length] as BenchKey;
      const session = new WsSession(url, rate);
      return session.login(key.keyId, key.secret).then(() => session);
    });
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

export function countCodes(map: Map<string, number>): string {
  return [...map].map(([code, n]) => `${code}x${fmtInt(n)}`).join(' ') || 'none';
}
