/** FIX UTCTimestamp text <-> integer microseconds since the epoch. */
import { parseFixUtcTimestamp } from '../auth/authenticate.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// A report's SendingTime and TransactTime, and consecutive reports, fall in the same
// millisecond: the last text is reused rather than rebuilt through a Date.
let formattedMs = Number.NaN;
let formattedText = '';

/** `YYYYMMDD-HH:MM:SS.sss` (milliseconds: what every FIX 4.4 engine accepts). */
export function formatUtcTimestamp(micros: number): string {
  const ms = Math.floor(micros / 1000);
  if (ms === formattedMs) return formattedText;
  const d = new Date(ms);
  formattedText =
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  formattedMs = ms;
  return formattedText;
}

// SendingTime and TransactTime of consecutive messages usually repeat to the millisecond: a
// two-entry cache skips the regex and date arithmetic for them.
const cacheText = ['', ''];
const cacheValue: Array<number | null> = [null, null];
let cacheNext = 0;

/** Parses a FIX UTCTimestamp to µs (sub-millisecond digits kept), or null when invalid. */
export function parseUtcTimestamp(text: string): number | null {
  if (text === cacheText[0]) return cacheValue[0] ?? null;
  if (text === cacheText[1]) return cacheValue[1] ?? null;
  const ms = parseFixUtcTimestamp(text);
  let value: number | null = null;
  if (ms !== null) {
    const frac = /\.(\d+)$/.exec(text)?.[1] ?? '';
    const subMs = frac.length > 3 ? Number(frac.slice(3, 6).padEnd(3, '0')) : 0;
    value = ms * 1000 + subMs;
  }
  cacheText[cacheNext] = text;
  cacheValue[cacheNext] = value;
  cacheNext ^= 1;
  return value;
}
