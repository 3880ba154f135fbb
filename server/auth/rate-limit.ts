/**
 * Weighted rate limiting (per API key for private calls, per IP for public ones) with the GCRA
 * (generic cell rate algorithm): one number per partition, the "theoretical arrival time" (TAT),
 * O(1) per check, and exactly equivalent to a token bucket of `burst` tokens refilled at
 * `quota / window`. Time is an argument (ms).
 *
 * Header values follow draft-ietf-httpapi-ratelimit-headers-11 (structured-field lists):
 *   RateLimit-Policy: "key";q=1200;w=60        RateLimit: "key";r=1150;t=3
 * `r` is the weight available now; `t` the seconds until the bucket is full again (on a refusal,
 * the seconds until the request could pass, equal to Retry-After: the draft says Retry-After
 * should not end before the effective window does).
 */

/** A limit: `quota` weight per `windowSeconds`, at most `burst` of it at once. */
export interface RateLimitPolicy {
  /** Policy name in the headers; printable ASCII. */
  name: string;
  quota: number;
  windowSeconds: number;
  /** Bucket capacity in weight units. Default: `quota` (a full window's worth at once). */
  burst?: number;
}

/** Private calls: 1,200 weight per minute per API key. */
export const DEFAULT_KEY_POLICY: RateLimitPolicy = { name: 'key', quota: 1200, windowSeconds: 60 };
/** Public calls: 600 weight per minute per IP. */
export const DEFAULT_IP_POLICY: RateLimitPolicy = { name: 'ip', quota: 600, windowSeconds: 60 };

/** The outcome of a check, with what the gateways need for the headers. */
export interface RateLimitDecision {
  allowed: boolean;
  policy: Readonly<RateLimitPolicy>;
  /** Weight available now, after this request if it was allowed (`r`). */
  remaining: number;
  /** Seconds of the effective window (`t`). */
  resetSeconds: number;
  /** Seconds to wait before retrying; present only when refused. */
  retryAfterSeconds?: number;
}

/** Options for a limiter. */
export interface RateLimiterOptions {
  /** Most partitions tracked at once; beyond it the least recently used is dropped. Default 100,000. */
  maxBuckets?: number;
}

const SF_STRING_CHARS = /^[\x20-\x7e]*$/;
// Idle buckets examined per check: enough to keep up with insertion without ever being a scan.
const SWEEP_PER_CHECK = 4;
// A charged bucket moves to the recent end of the map at most this often. Moving is a delete and a
// set, and on a long-lived Map every few of those make V8 rebuild its hash table directly in old
// space: at one move per charge that was ~350 B of old-generation garbage per WebSocket order.
// Recency is then exact to this granularity, which is all the idle sweep and the cap need.
const RECENCY_GRANULARITY_MS = 1000;

/** One partition's state, updated in place. */
interface Bucket {
  /** Theoretical arrival time, ms. */
  tat: number;
  /** When the bucket last moved to the recent end of the map. */
  movedAt: number;
}

/** A GCRA limiter for one policy over many partitions (API key ids or IP addresses). */
export class RateLimiter {
  readonly policy: Readonly<RateLimitPolicy>;
  readonly maxBuckets: number;
  readonly #burst: number;
  readonly #intervalMs: number;
  readonly #toleranceMs: number;
  // Partition -> bucket. Map order is recency of use (to RECENCY_GRANULARITY_MS): a charged bucket
  // not moved for that long is re-inserted at the end.
  readonly #tat = new Map<string, Bucket>();

  constructor(policy: RateLimitPolicy, options: RateLimiterOptions = {}) {
    const burst = policy.burst ?? policy.quota;
    for (const [name, v] of [
      ['quota', policy.quota],
      ['windowSeconds', policy.windowSeconds],
      ['burst', burst],
    ] as const) {
      if (!Number.isSafeInteger(v) || v < 1)
        throw new RangeError(`rate limit policy ${name}: a positive integer`);
    }
    if (!SF_STRING_CHARS.test(policy.name))
      throw new RangeError('rate limit policy name: printable ASCII only');
    this.policy = Object.freeze({ ...policy, burst });
    this.maxBuckets = options.maxBuckets ?? 100_000;
    if (!Number.isSafeInteger(this.maxBuckets) || this.maxBuckets < 1)
      throw new RangeError('maxBuckets: a positive integer');
    this.#burst = burst;
    this.#intervalMs = (policy.windowSeconds * 1000) / policy.quota;
    this.#toleranceMs = burst * this.#intervalMs;
  }

  /** Partitions currently tracked. */
  get size(): number {
    return this.#tat.size;
  }

  /** Charges `weight` to `partition` at `nowMs` if it fits, and reports the state either way. */
  check(partition: string, weight: number, nowMs: number): RateLimitDecision {
    if (!Number.isSafeInteger(weight) || weight < 1) throw new RangeError('weight: a positive integer');
    const bucket = this.#tat.get(partition);
    const tat = Math.max(bucket?.tat ?? nowMs, nowMs);
    const newTat = tat + weight * this.#intervalMs;
    const allowAt = newTat - this.#toleranceMs;
    if (weight > this.#burst || allowAt > nowMs) {
      // A weight above the burst can never pass; say so with a full window rather than a lie.
      const waitMs = weight > this.#burst ? this.policy.windowSeconds * 1000 : allowAt - nowMs;
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      // Refused traffic sweeps too, so a partition hammering while limited still frees idle memory.
      this.#evict(nowMs);
      return {
        allowed: false,
        policy: this.policy,
        remaining: this.#remaining(tat, nowMs),
        resetSeconds: retryAfterSeconds,
        retryAfterSeconds,
      };
    }
    if (bucket === undefined) {
      this.#tat.set(partition, { tat: newTat, movedAt: nowMs });
    } else {
      bucket.tat = newTat;
      if (nowMs - bucket.movedAt >= RECENCY_GRANULARITY_MS || nowMs < bucket.movedAt) {
        bucket.movedAt = nowMs;
        this.#tat.delete(partition);
        this.#tat.set(partition, bucket);
      }
    }
    this.#evict(nowMs);
    return {
      allowed: true,
      policy: this.policy,
      remaining: this.#remaining(newTat, nowMs),
      resetSeconds: Math.ceil((newTat - nowMs) / 1000),
    };
  }

  /** The state of `partition` at `nowMs` without charging anything (for responses that cost nothing). */
  peek(partition: string, nowMs: number): RateLimitDecision {
    const tat = Math.max(this.#tat.get(partition)?.tat ?? nowMs, nowMs);
    return {
      allowed: true,
      policy: this.policy,
      remaining: this.#remaining(tat, nowMs),
      resetSeconds: Math.ceil((tat - nowMs) / 1000),
    };
  }

  #remaining(tat: number, nowMs: number): number {
    // A tiny epsilon absorbs float error when the interval is not a whole number of ms.
    return Math.max(
      0,
      Math.min(this.#burst, Math.floor((nowMs + this.#toleranceMs - tat) / this.#intervalMs + 1e-9)),
    );
  }

  // An idle bucket (TAT in the past) is the same as no bucket, so dropping it changes nothing.
  // Only the least recently used end is examined, a few per call; past the cap the least recently
  // used bucket goes even if not idle, which at worst forgets a partially spent limit.
  #evict(nowMs: number): void {
    let examined = 0;
    for (const [partition, bucket] of this.#tat) {
      // A bucket moved within the granularity is left alone even if idle: a key charged well
      // under its quota is idle between charges, and dropping it would bring back the churn.
      const idle = bucket.tat <= nowMs && nowMs - bucket.movedAt >= RECENCY_GRANULARITY_MS;
      if (this.#tat.size > this.maxBuckets || (idle && examined < SWEEP_PER_CHECK)) {
        this.#tat.delete(partition);
        examined++;
      } else {
        break;
      }
    }
  }
}

function sfString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `RateLimit-Policy` value for one or more policies: `"key";q=1200;w=60`. */
export function formatRateLimitPolicy(...policies: RateLimitPolicy[]): string {
  return policies.map((p) => `${sfString(p.name)};q=${p.quota};w=${p.windowSeconds}`).join(', ');
}

/** `RateLimit` value for one or more decisions: `"key";r=1150;t=3`. */
export function formatRateLimit(...decisions: RateLimitDecision[]): string {
  return decisions.map((d) => `${sfString(d.policy.name)};r=${d.remaining};t=${d.resetSeconds}`).join(', ');
}

/**
 * Every header a response needs for a decision: `RateLimit-Policy`, `RateLimit`, and `Retry-After`
 * (delay-seconds) when the request was refused.
 */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': formatRateLimitPolicy(decision.policy),
    RateLimit: formatRateLimit(decision),
  };
  if (decision.retryAfterSeconds !== undefined) headers['Retry-After'] = String(decision.retryAfterSeconds);
  return headers;
}
