// RFC 3339 <-> integer microseconds, shared by every gateway so timestamps agree to the µs.

/** `2026-11-21T12:00:00.123456Z` from integer µs since the epoch. */
export function formatTimestamp(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const sub = micros - ms * 1000;
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return `${iso.slice(0, 23)}${String(sub).padStart(3, '0')}Z`;
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
