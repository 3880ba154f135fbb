/**
 * The generated router's `authenticate` and `guard` hooks: who is calling, how much they may
 * call, and whether the request may reach a handler at all.
 *
 * - Signed requests: the shared Authenticator over the raw request target (`req.originalUrl`),
 *   the raw body bytes and the socket's address (never a forwarded header).
 * - Back office: the operator bearer token, compared in constant time.
 * - Rate limits (GCRA buckets): signed requests draw on the key's bucket, back-office requests on
 *   the operator bucket, public requests and failed authentications on the client IP's bucket (so
 *   guessing signatures costs the guesser). Order entry also draws on a per-key order throttle,
 *   a batch counting each of its orders. Every response carries RateLimit-Policy and RateLimit.
 * - Then scope, the JSON safety check of the body, and unknown query parameters (a typo such as
 *   `?markte=` must not turn "cancel BTC-USD orders" into "cancel every order").
 */
import type { Request, Response } from 'express';
import type { GuardOutcome, ProblemResult, RouteSpec } from '../../generated/runtime/http.ts';
import {
  type Authenticator,
  type AuthFailure,
  checkOperatorToken,
  checkScope,
} from '../auth/authenticate.ts';
import type { ApiKeyRecord } from '../auth/key-store.ts';
import { type RateLimitDecision, RateLimiter, type RateLimitPolicy } from '../auth/rate-limit.ts';
import type { Metrics } from '../observability/metrics.ts';
import { parseJsonSafely } from './body.ts';
import { problem } from './problems.ts';
import { applyRateLimitHeaders } from './rate-limit-headers.ts';

/** Who a request was authenticated as. */
export type Principal = { kind: 'key'; key: ApiKeyRecord } | { kind: 'operator' };

/** The buckets, shared with the WebSocket gateway so a client cannot double its budget. */
export interface RateLimits {
  key: RateLimiter;
  ip: RateLimiter;
  operator: RateLimiter;
  orders: RateLimiter;
}

export function createRateLimits(policies: {
  key: RateLimitPolicy;
  ip: RateLimitPolicy;
  operator: RateLimitPolicy;
  orders: RateLimitPolicy;
}): RateLimits {
  return {
    key: new RateLimiter(policies.key),
    ip: new RateLimiter(policies.ip),
    operator: new RateLimiter(policies.operator),
    orders: new RateLimiter(policies.orders),
  };
}

export interface SecurityDeps {
  authenticator: Authenticator;
  limits: RateLimits;
  operatorToken: string;
  metrics: Metrics;
  /** Wall clock, ms (the signature window and the buckets). */
  nowMs?: () => number;
}

const ORDER_ENTRY = new Set(['placeOrder', 'placeOrderBatch', 'amendOrder']);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** The peer address from the socket; a forwarded header is never trusted for allowlists. */
export function clientIp(req: Request): string {
  return req.socket.remoteAddress ?? '';
}

/** `type/subtype` of a Content-Type, lower case, without parameters. */
function mediaType(value: string | undefined): string {
  if (value === undefined) return '';
  const semicolon = value.indexOf(';');
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}

// The query parameter names each operation declares; the manifest is fixed, so built once.
const declaredQuery = new WeakMap<RouteSpec, ReadonlySet<string>>();

function queryNames(route: RouteSpec): ReadonlySet<string> {
  let names = declaredQuery.get(route);
  if (names === undefined) {
    names = new Set(route.parameters.query.map((p) => p.name));
    declaredQuery.set(route, names);
  }
  return names;
}

function header(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function rateLimited(decisions: readonly RateLimitDecision[]): ProblemResult | undefined {
  // Nearly every request passes: find that out without building anything.
  let anyRefused = false;
  for (const d of decisions) anyRefused ||= !d.allowed;
  if (!anyRefused) return undefined;
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length === 0) return undefined;
  const retryAfter = Math.max(...refused.map((d) => d.retryAfterSeconds ?? 1));
  const names = refused.map((d) => `"${d.policy.name}"`).join(', ');
  return problem(
    429,
    'RATE_LIMITED',
    `The ${names} rate-limit bucket is exhausted; retry after ${retryAfter} s.`,
    { retryAfter },
  );
}

function authProblem(failure: AuthFailure): ProblemResult {
  return problem(
    failure.status,
    failure.code,
    failure.detail,
    failure.serverTime === undefined ? undefined : { serverTime: failure.serverTime },
  );
}

export function securityHooks(deps: SecurityDeps) {
  const nowMs = deps.nowMs ?? Date.now;
  const { limits, metrics } = deps;

  // A failed authentication is charged to the IP; past its limit the answer is 429, not the reason.
  const refuse = (req: Request, route: RouteSpec, failure: AuthFailure): ProblemResult => {
    const res = req.res as Response;
    res.locals.operation = route.operationId;
    metrics.authFailures.inc({ gateway: 'rest', code: failure.code });
    const decision = limits.ip.check(clientIp(req), route.weight, nowMs());
    applyRateLimitHeaders(res, [decision]);
    return rateLimited([decision]) ?? authProblem(failure);
  };

  const authenticate = (
    req: Request,
    route: RouteSpec,
    body: Buffer,
  ): { auth: Principal } | ProblemResult => {
    if (route.scope === 'operator') {
      const failure = checkOperatorToken(header(req, 'authorization'), deps.operatorToken);
      return failure ? refuse(req, route, failure) : { auth: { kind: 'operator' } };
    }
    const result = deps.authenticator.authenticate(
      {
        keyId: header(req, 'x-api-key'),
        timestamp: header(req, 'x-api-timestamp'),
        signature: header(req, 'x-api-signature'),
        method: req.method,
        target: req.originalUrl,
        body,
        ip: clientIp(req),
      },
      nowMs(),
    );
    return result.ok ? { auth: { kind: 'key', key: result.key } } : refuse(req, route, result);
  };

  const guard = (req: Request, route: RouteSpec, auth: Principal | undefined): GuardOutcome => {
    const res = req.res as Response;
    res.locals.operation = route.operationId;
    const now = nowMs();

    let parsed: ReturnType<typeof parseJsonSafely> | undefined;
    const raw = req.body;
    if (Buffer.isBuffer(raw) && raw.length > 0 && JSON_TYPE.test(mediaType(header(req, 'content-type'))))
      parsed = parseJsonSafely(raw);

    const decisions: RateLimitDecision[] = [];
    if (auth?.kind === 'key') decisions.push(limits.key.check(auth.key.keyId, route.weight, now));
    else if (auth?.kind === 'operator') decisions.push(limits.operator.check('operator', route.weight, now));
    else decisions.push(limits.ip.check(clientIp(req), route.weight, now));
    if (auth?.kind === 'key' && ORDER_ENTRY.has(route.operationId) && decisions[0]?.allowed) {
      const orders = parsed?.ok ? (parsed.value as { orders?: unknown }).orders : undefined;
      const count = Array.isArray(orders) ? Math.min(Math.max(orders.length, 1), 20) : 1;
      decisions.push(limits.orders.check(auth.key.keyId, count, now));
    }
    applyRateLimitHeaders(res, decisions);
    const limited = rateLimited(decisions);
    if (limited) {
      const bucket = decisions.find((d) => !d.allowed)?.policy.name ?? 'unknown';
      metrics.rateLimited.inc({ gateway: 'rest', bucket });
      return limited;
    }

    if (auth?.kind === 'key' && route.scope !== 'operator') {
      const failure = checkScope(auth.key, route.scope);
      if (failure) {
        metrics.authFailures.inc({ gateway: 'rest', code: failure.code });
        return authProblem(failure);
      }
    }

    if (parsed && !parsed.ok) {
      return {
        problem: {
          status: 400,
          code: parsed.code,
          detail: parsed.detail,
          ...(parsed.errors && { errors: parsed.errors }),
        },
      };
    }

    // The body parsed here is the one the router validates: it is not parsed a second time.
    const pass = parsed?.ok ? { parsedBody: parsed.value } : undefined;
    // No `?` on the request line: no parameters, known or not (and no query string to parse).
    if (!req.originalUrl.includes('?')) return pass;
    const known = queryNames(route);
    const unknown = Object.keys(req.query).filter((name) => !known.has(name));
    // Operations that cannot answer 400 (the clock, the market list) ignore extra parameters.
    if (unknown.length > 0 && route.errorCodes.includes('VALIDATION_FAILED')) {
      return {
        problem: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: `Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
          errors: unknown.map((name) => ({
            path: `query.${name}`,
            message: 'is not a parameter of this operation',
          })),
        },
      };
    }
    return pass;
  };

  return { authenticate, guard };
}
