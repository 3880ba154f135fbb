// 24-hour ticker statistics from trades, updated in O(1) per trade with one-minute buckets in a
// ring; a query folds the 1440 buckets of the window ending at the engine's current time.

const MINUTE_US = 60_000_000;

export function minuteOf(ts: number): number {
  return Math.floor(ts / MINUTE_US);
}
const BUCKETS = 1440;

export class Ticker {
  /** Minute index held by each slot (-1 = empty). */
  readonly minute = new Array<number>(BUCKETS).fill(-1);
  readonly open = new Array<number>(BUCKETS).fill(0);
  readonly high = new Array<number>(BUCKETS).fill(0);
  readonly low = new Array<number>(BUCKETS).fill(0);
  /** Lots and quote units. */
  readonly volume = new Array<number>(BUCKETS).fill(0);
  readonly quoteVolume = new Array<number>(BUCKETS).fill(0);

  /** `minute`: minuteOf(the trade's ts), a small integer (a µs time passed to a call is boxed). */
  record(minute: number, ticks: number, lots: number, notional: number): void {
    const slot = ((minute % BUCKETS) + BUCKETS) % BUCKETS;
    if (this.minute[slot] !== minute) {
      this.minute[slot] = minute;
      this.open[slot] = ticks;
      this.high[slot] = ticks;
      this.low[slot] = ticks;
      this.volume[slot] = lots;
      this.quoteVolume[slot] = notional;
      return;
    }
    if (ticks > (this.high[slot] as number)) this.high[slot] = ticks;
    if (ticks < (this.low[slot] as number)) this.low[slot] = ticks;
    this.volume[slot] = (this.volume[slot] as number) + lots;
    this.quoteVolume[slot] = (this.quoteVolume[slot] as number) + notional;
  }

  /** Stats over minutes (now − 24 h, now]; ticks and lots, open = first trade's minute open. */
  window(now: number): { open: number; high: number; low: number; volume: number; quoteVolume: number } {
    const current = Math.floor(now / MINUTE_US);
    let openMinute = Number.POSITIVE_INFINITY;
    let open = 0;
    let high = 0;
    let low = 0;
    let volume = 0;
    let quoteVolume = 0;
    for (let slot = 0; slot < BUCKETS; slot++) {
      const minute = this.minute[slot] as number;
      if (minute < 0 || minute > current || minute <= current - BUCKETS) continue;
      if (minute < openMinute) {
        openMinute = minute;
        open = this.open[slot] as number;
      }
      const h = this.high[slot] as number;
      const l = this.low[slot] as number;
      if (volume === 0 || h > high) high = h;
      if (volume === 0 || l < low) low = l;
      volume += this.volume[slot] as number;
      quoteVolume += this.quoteVolume[slot] as number;
    }
    return { open, high, low, volume, quoteVolume };
  }
}
