/**
 * Commands submitted one at a time on a fixed schedule (`rate` per second; each due command in
 * its own timer turn, or several together when the timer is late), as clients arriving
 * independently would: the submit→durable latency of every command submitted inside the measured
 * window. bench:journal's paced sections and its fsync probe share it.
 */
import { performance } from 'node:perf_hooks';

export interface PacedRun {
  /** submit→durable, ms, of the commands submitted in the measured window. */
  readonly latencies: number[];
  /** Commands submitted in the measured window. */
  readonly sent: number;
}

export function submitPaced<C>(
  submit: (command: C) => Promise<unknown>,
  next: () => C,
  rate: number,
  warmupMs: number,
  seconds: number,
  /** Called once, on the first turn of the measured window (before its first submission). */
  onMeasure: () => void = () => {},
): Promise<PacedRun> {
  const latencies: number[] = [];
  const interval = 1000 / rate;
  const t0 = performance.now();
  const measureFrom = t0 + warmupMs;
  const end = measureFrom + seconds * 1000;
  let due = t0;
  let outstanding = 0;
  let measuring = false;
  let sent = 0;
  return new Promise<PacedRun>((finish) => {
    const tick = () => {
      const now = performance.now();
      if (now >= end) {
        if (outstanding === 0) finish({ latencies, sent });
        else setTimeout(tick, 1);
        return;
      }
      if (now >= measureFrom && !measuring) {
        measuring = true;
        onMeasure();
      }
      while (due <= now) {
        due += interval;
        const start = performance.now();
        const counted = start >= measureFrom;
        if (counted) sent++;
        outstanding++;
        submit(next()).then(() => {
          outstanding--;
          if (counted) latencies.push(performance.now() - start);
        });
      }
      setTimeout(tick, Math.max(0, due - performance.now()));
    };
    tick();
  });
}
