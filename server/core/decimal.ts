// Decimal strings <-> scaled safe integers. No floating point ever touches a value: parsing walks
// the characters and formatting inserts the point into the integer's digits.

// Character codes and parseScaled's answers as a const enum, not module constants: esbuild writes
// its members into the code as literals, while TurboFan reloads a module-level const from the module
// context, with a check, at every use (here at every character of every order's price and quantity).
// biome-ignore lint/suspicious/noConstEnum: file-local, inlined by esbuild (see ledger.ts)
const enum Parse {
  ZERO = 48,
  /** DOT - ZERO: a '.' as parseScaled's digit variable holds it. */
  DOT_DIGIT = 46 - 48,
  SYNTAX = -1,
  PRECISION = -2,
  RANGE = -3,
}

/** parseScaled failure: not `digits[.digits]`. */
export const PARSE_SYNTAX = Parse.SYNTAX;
/** parseScaled failure: a non-zero digit beyond the allowed decimals (off the grid). */
export const PARSE_PRECISION = Parse.PRECISION;
/** parseScaled failure: the scaled value exceeds Number.MAX_SAFE_INTEGER. */
export const PARSE_RANGE = Parse.RANGE;

/**
 * Parses a non-negative decimal string (`"50000.10"`, `"7"`, `"0.0100"`) into an integer scaled by
 * 10^decimals. Trailing zeros beyond `decimals` are accepted (the value is still on the grid);
 * anything else there is PARSE_PRECISION, never rounded. Returns the value (>= 0) or one of the
 * negative PARSE_* codes, so the hot path allocates nothing.
 */
export function parseScaled(text: string, decimals: number): number {
  const n = text.length;
  let value = 0;
  let i = 0;
  // `d >>> 0 > 9` is the digit test as one unsigned comparison (d is the code minus '0').
  let d = 0;
  for (; i < n; i++) {
    d = text.charCodeAt(i) - Parse.ZERO;
    if (d >>> 0 > 9) break;
    value = value * 10 + d;
  }
  if (i === 0) return Parse.SYNTAX; // empty, or no digit before the point
  let frac = 0;
  if (i < n) {
    // Stopped at a non-digit: only a point followed by at least one digit may come.
    if (d !== Parse.DOT_DIGIT || ++i === n) return Parse.SYNTAX;
    let precisionLost = false;
    for (; i < n; i++) {
      d = text.charCodeAt(i) - Parse.ZERO;
      if (d >>> 0 > 9) return Parse.SYNTAX;
      if (frac < decimals) {
        value = value * 10 + d;
        frac++;
      } else if (d !== 0) {
        precisionLost = true;
      }
    }
    if (precisionLost) return Parse.PRECISION;
  }
  // Over 64 characters counts as too large even when leading zeros keep the value small.
  if (n > 64) return Parse.RANGE;
  for (; frac < decimals; frac++) value *= 10;
  // Accumulating past 2^53 loses exactness, but the comparison below still detects it: the
  // rounded result of a value above MAX_SAFE_INTEGER is never below it.
  if (value > Number.MAX_SAFE_INTEGER) return Parse.RANGE;
  return value;
}

/** Formats an integer scaled by 10^decimals with exactly `decimals` fraction digits. */
export function formatScaled(value: number, decimals: number): string {
  const negative = value < 0;
  let digits = String(negative ? -value : value);
  if (decimals > 0) {
    if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
    const cut = digits.length - decimals;
    digits = `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * Formats a value scaled by 10^scaleDecimals with `shownDecimals` fraction digits
 * (shownDecimals <= scaleDecimals; the dropped digits must be zeros, e.g. a quantity in base
 * units written with the lot's decimals).
 */
export function formatScaledAs(value: number, scaleDecimals: number, shownDecimals: number): string {
  const text = formatScaled(value, scaleDecimals);
  const drop = scaleDecimals - shownDecimals;
  if (drop <= 0) return text;
  return shownDecimals === 0 ? text.slice(0, text.length - drop - 1) : text.slice(0, text.length - drop);
}

/** Number of fraction digits written in a decimal string (`"0.0100"` -> 4). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** 10^k for k in 0..15 (exact in doubles). */
export function pow10(k: number): number {
  return 10 ** k;
}

/** "000".."999": the last three digits of a seqId. */
const TRIPLES: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * String(seq) for one of the engine's ever-increasing counters (orderId, tradeId, executionId),
 * built as a cached prefix (seq / 1000, converted once per thousand) plus a constant three-digit
 * suffix: about half the cost of a number-to-string conversion, which is 4 per fill. One instance
 * per counter: counters sharing one prefix cache would evict each other's prefix on every call.
 * Any non-negative safe integer is accepted; the result is always exactly String(seq).
 */
export class SeqIds {
  /** The first seq of the cached thousand (seq - base in 0..999 hits the cache); none yet at first. */
  private base = -1000;
  private prefix = '';
  /** TRIPLES, read from the instance: TurboFan reloads a module-level const, with checks, at each use. */
  private readonly triples = TRIPLES;

  id(seq: number): string {
    // A subtraction and two comparisons on the common path (no division by 1000 and rounding).
    const rest = seq - this.base;
    if (rest >= 0 && rest < 1000) return this.prefix + (this.triples[rest] as string);
    return this.miss(seq);
  }

  private miss(seq: number): string {
    if (seq < 1000) return String(seq);
    const thousands = Math.floor(seq / 1000);
    this.base = thousands * 1000;
    this.prefix = String(thousands);
    return this.prefix + (this.triples[seq - this.base] as string);
  }
}

const shared = new SeqIds();

/** SeqIds.id with a shared cache (tests, occasional callers). */
export function seqId(seq: number): string {
  return shared.id(seq);
}
