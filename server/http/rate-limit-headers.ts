/**
 * The IETF `RateLimit-Policy`, `RateLimit` and `Retry-After` headers every answer carries.
 *
 * A limiter's policy is frozen, so its `RateLimit-Policy` text (alone, or with the order-entry
 * throttle's after it) never changes: it is formatted once per policy (pair) with the shared
 * formatter and reused. Only `RateLimit` (remaining, reset) is written per answer.
 */
import type { Response } from 'express';
import { formatRateLimit, formatRateLimitPolicy, type RateLimitDecision } from '../auth/rate-limit.ts';

type Policy = RateLimitDecision['policy'];

const single = new WeakMap<Policy, { policy: string; name: string }>();
const pairs = new WeakMap<Policy, WeakMap<Policy, string>>();

function texts(policy: Policy): { policy: string; name: string } {
  let t = single.get(policy);
  if (t === undefined) {
    // formatRateLimit of a decision is `<name>;r=..;t=..`: the quoted name is its constant head.
    const sample = formatRateLimit({ allowed: true, policy, remaining: 0, resetSeconds: 0 });
    t = { policy: formatRateLimitPolicy(policy), name: sample.slice(0, sample.lastIndexOf(';r=')) };
    single.set(policy, t);
  }
  return t;
}

function pairPolicy(a: Policy, b: Policy): string {
  let inner = pairs.get(a);
  if (inner === undefined) {
    inner = new WeakMap();
    pairs.set(a, inner);
  }
  let text = inner.get(b);
  if (text === undefined) {
    text = formatRateLimitPolicy(a, b);
    inner.set(b, text);
  }
  return text;
}

/** Sets RateLimit-Policy, RateLimit and (when refused) Retry-After for the decisions taken. */
export function applyRateLimitHeaders(res: Response, decisions: readonly RateLimitDecision[]): void {
  const first = decisions[0];
  if (first === undefined) return;
  if (decisions.length > 2) {
    res.setHeader('RateLimit-Policy', formatRateLimitPolicy(...decisions.map((d) => d.policy)));
    res.setHeader('RateLimit', formatRateLimit(...decisions));
  } else {
    const second = decisions[1];
    const a = texts(first.policy);
    let limit = `${a.name};r=${first.remaining};t=${first.resetSeconds}`;
    if (second === undefined) {
      res.setHeader('RateLimit-Policy', a.policy);
    } else {
      res.setHeader('RateLimit-Policy', pairPolicy(first.policy, second.policy));
      limit += `, ${texts(second.policy).name};r=${second.remaining};t=${second.resetSeconds}`;
    }
    res.setHeader('RateLimit', limit);
  }
  let wait: number | undefined;
  for (const d of decisions) {
    if (d.retryAfterSeconds !== undefined && (wait === undefined || d.retryAfterSeconds > wait))
      wait = d.retryAfterSeconds;
  }
  if (wait !== undefined) res.setHeader('Retry-After', String(wait));
}
