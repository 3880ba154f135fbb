// RFC 3339 <-> integer microseconds, shared by every gateway so timestamps agree to the µs.

// Gateways format two or three timestamps per order reply, nearly always in the same second: the
// `YYYY-MM-DDTHH:MM:SS` part is cached per second (Date#toISOString was a measurable share of a
// WebSocket order reply).
let cachedSecond = Number.NaN;
let cachedPrefix = '';

/** `2026-11-21T12:00:00.123456Z` from integer µs since the epoch. */
export function formatTimestamp(micros: number): string {
  const second = Math.floor(micros / 1_000_000);
  if (second !== cachedSecond) {
    const iso = new Date(second * 1000).toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z
    cachedPrefix = iso.slice(0, iso.length - 5);
    cachedSecond = second;
  }
  const fraction = micros - second * 1_000_000; // 0 ..= 999,999
  return `${cachedPrefix}.${String(fraction + 1_000_000).slice(1)}Z`;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 timestamp into integer µs (digits beyond µs must be zero); undefined if invalid. */
export function parseTimestamp(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, date, time, fraction = '', zone = 'Z'] = m;
  const offset = zone === 'Z' || zone === 'z' ? 'Z' : zone;
  const ms = Date.parse(`${date}T${time}${offset}`);
  if (Number.isNaN(ms)) return undefined;
  if (/[1-9]/.test(fraction.slice(6))) return undefined;
  const micros = Number(fraction.slice(0, 6).padEnd(6, '0'));
  return ms * 1000 + micros;
}
