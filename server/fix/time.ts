/** FIX UTCTimestamp text <-> integer microseconds since the epoch. */
import { parseFixUtcTimestamp } from '../auth/authenticate.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYYMMDD-HH:MM:SS.sss` (milliseconds: what every FIX 4.4 engine accepts). */
export function formatUtcTimestamp(micros: number): string {
  const d = new Date(Math.floor(micros / 1000));
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

/** Parses a FIX UTCTimestamp to µs (sub-millisecond digits kept), or null when invalid. */
export function parseUtcTimestamp(text: string): number | null {
  const ms = parseFixUtcTimestamp(text);
  if (ms === null) return null;
  const frac = /\.(\d+)$/.exec(text)?.[1] ?? '';
  const subMs = frac.length > 3 ? Number(frac.slice(3, 6).padEnd(3, '0')) : 0;
  return ms * 1000 + subMs;
}
