/**
 * The rate-limit state the venue reports on every response, in the IETF draft headers:
 * `RateLimit-Policy: "key";q=1200;w=60` and `RateLimit: "key";r=1187;t=42`.
 */
export interface RateLimitState {
  /** The bucket: `key` for signed requests, `ip` for public ones. */
  readonly policy: string;
  /** Quota in weight units per window (`q`), when the policy header was present. */
  readonly limit: number | undefined;
  readonly windowSeconds: number | undefined;
  /** Weight units left (`r`). */
  readonly remaining: number;
  /** Seconds until the window resets (`t`). */
  readonly resetSeconds: number;
  /** Local clock (ms) when the response arrived. */
  readonly observedAt: number;
}

/** A structured-field list (`"key";r=1187;t=42, "orders";r=49;t=1`) to names and parameters. */
function parseList(header: string): Map<string, Record<string, number>> {
  const items = new Map<string, Record<string, number>>();
  for (const item of header.split(',')) {
    const [first, ...rest] = item.split(';');
    const name = first?.trim().replace(/^"|"$/g, '');
    if (!name) continue;
    const params: Record<string, number> = {};
    for (const part of rest) {
      const [k, v] = part.split('=');
      if (k && v !== undefined && /^\d+$/.test(v.trim())) params[k.trim()] = Number(v.trim());
    }
    items.set(name, params);
  }
  return items;
}

/** One state per bucket the response reports (a placement reports `key` and `orders`). */
export function parseRateLimits(headers: Headers, observedAt: number): RateLimitState[] {
  const state = headers.get('RateLimit');
  if (!state) return [];
  const policies = parseList(headers.get('RateLimit-Policy') ?? '');
  const out: RateLimitState[] = [];
  for (const [name, { r, t }] of parseList(state)) {
    if (r === undefined || t === undefined) continue;
    const policy = policies.get(name);
    out.push({
      policy: name,
      limit: policy?.q,
      windowSeconds: policy?.w,
      remaining: r,
      resetSeconds: t,
      observedAt,
    });
  }
  return out;
}
