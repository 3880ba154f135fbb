/**
 * The one authentication entry point the REST, WebSocket and FIX gateways share.
 *
 * Order of checks (first failure wins), cheapest and least revealing first, crypto last:
 *   1. MISSING_CREDENTIALS      key id, timestamp or signature absent or empty
 *   2. TIMESTAMP_OUT_OF_WINDOW  not a canonical decimal integer (ms), or |now - timestamp| > window;
 *                               carries `serverTime` so a client can correct its clock
 *   3. UNKNOWN_API_KEY
 *   4. API_KEY_REVOKED
 *   5. IP_NOT_ALLOWED           before the signature, so a disallowed address costs no crypto
 *   6. INVALID_SIGNATURE
 *   7. REPLAYED_REQUEST         recorded only after the signature verified, so an attacker cannot
 *                               poison the cache with garbage; SERVICE_UNAVAILABLE if the replay
 *                               cache is full (it refuses rather than forgets)
 * Scope (INSUFFICIENT_SCOPE) is a separate step, `checkScope`, because it depends on the operation.
 *
 * Replays are keyed on the key id and a SHA-256 of the prehash, not the signature text: that is
 * the same thing for deterministic signatures and immune to any signature malleability.
 */
import { hash, randomBytes } from 'node:crypto';
import type { ApiKeyRecord, ApiKeyScope, KeyStore } from './key-store.ts';
import { DEFAULT_WINDOW_MS, ReplayCache } from './replay-cache.ts';
import { constantTimeStringEqual, type FixLogonFields, fixLogonPrehash, restPrehash } from './signature.ts';

/** Catalogue codes authentication can answer, with their HTTP statuses. */
export const AUTH_FAILURE_STATUS = {
  MISSING_CREDENTIALS: 401,
  UNKNOWN_API_KEY: 401,
  API_KEY_REVOKED: 401,
  INVALID_SIGNATURE: 401,
  TIMESTAMP_OUT_OF_WINDOW: 401,
  REPLAYED_REQUEST: 401,
  INVALID_OPERATOR_TOKEN: 401,
  IP_NOT_ALLOWED: 403,
  INSUFFICIENT_SCOPE: 403,
  SERVICE_UNAVAILABLE: 503,
} as const;

/** A catalogue code authentication can answer. */
export type AuthFailureCode = keyof typeof AUTH_FAILURE_STATUS;

/** Why a request was refused. `serverTime` (epoch ms) only with TIMESTAMP_OUT_OF_WINDOW. */
export interface AuthFailure {
  ok: false;
  code: AuthFailureCode;
  status: number;
  detail: string;
  serverTime?: number;
}

/** Either the authenticated key or why not. */
export type AuthResult = { ok: true; key: ApiKeyRecord } | AuthFailure;

/** A signed REST request, or a WebSocket login expressed as `GET /v1/ws` with an empty body. */
export interface SignedRequest {
  keyId: string | undefined;
  /** `X-API-Timestamp` exactly as sent: Unix epoch ms as a canonical decimal integer. */
  timestamp: string | undefined;
  signature: string | undefined;
  method: string;
  /** Path and query exactly as on the request line. */
  target: string;
  /** The raw body bytes as received (empty when none). */
  body: Uint8Array;
  /** The peer address as Node reports it (IPv4-mapped IPv6 is fine). */
  ip: string;
}

/** A FIX Logon: Username(553), RawData(96) and the fields the signature covers. */
export interface FixLogonRequest extends FixLogonFields {
  username: string | undefined;
  signature: string | undefined;
  ip: string;
}

/** Options for an authenticator. */
export interface AuthenticatorOptions {
  keyStore: KeyStore;
  /** Largest accepted |serverTime - timestamp| in ms, inclusive. Default 5,000. */
  windowMs?: number;
  /** Replay cache; one is created with the same window when absent. */
  replayCache?: ReplayCache;
}

const CANONICAL_MS = /^(?:0|[1-9][0-9]{0,15})$/;
const FIX_UTC_TIMESTAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3})(?:\d{3}){0,2})?$/;

/** Builds a failure with the code's HTTP status. */
export function authFailure(code: AuthFailureCode, detail: string, serverTime?: number): AuthFailure {
  const failure: AuthFailure = { ok: false, code, status: AUTH_FAILURE_STATUS[code], detail };
  if (serverTime !== undefined) failure.serverTime = serverTime;
  return failure;
}

/** Parses a FIX UTCTimestamp (`YYYYMMDD-HH:MM:SS[.sss[sss[sss]]]`) to epoch ms, or null. */
export function parseFixUtcTimestamp(text: string): number | null {
  const m = FIX_UTC_TIMESTAMP.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s, Number(m[7] ?? 0));
  const back = new Date(ms);
  // Date.UTC rolls 31 February over into March; a round trip catches that.
  const valid = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
  return valid && h < 24 && mi < 60 && s < 60 ? ms : null;
}

/** Verifies signed requests against a key store, a timestamp window and a replay cache. */
export class Authenticator {
  readonly windowMs: number;
  readonly #keys: KeyStore;
  readonly #replays: ReplayCache;

  constructor(options: AuthenticatorOptions) {
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.#keys = options.keyStore;
    this.#replays = options.replayCache ?? new ReplayCache({ windowMs: this.windowMs });
    if (this.#replays.windowMs !== this.windowMs) {
      // A shorter cache window would forget signatures that the timestamp check still accepts.
      throw new RangeError('the replay cache window must equal the authentication window');
    }
  }

  /** Authenticates a REST request (or a WebSocket login as `GET /v1/ws`) at `nowMs`. */
  authenticate(req: SignedRequest, nowMs: number): AuthResult {
    const tsMs = this.#parseTimestamp(req.timestamp);
    return this.#check(req.keyId, tsMs, req.signature, req.ip, nowMs, () =>
      restPrehash(req.timestamp ?? '', req.method, req.target, req.body),
    );
  }

  /**
   * Authenticates a WebSocket `login` op; the prehash is `timestamp "\nGET\n/v1/ws\n"`. The
   * timestamp is a JSON integer there, so a number is accepted and written in decimal.
   */
  authenticateWsLogin(
    req: {
      keyId: string | undefined;
      timestamp: string | number | undefined;
      signature: string | undefined;
      ip: string;
    },
    nowMs: number,
  ): AuthResult {
    const timestamp = typeof req.timestamp === 'number' ? String(req.timestamp) : req.timestamp;
    return this.authenticate(
      { ...req, timestamp, method: 'GET', target: '/v1/ws', body: new Uint8Array(0) },
      nowMs,
    );
  }

  /** Authenticates a FIX Logon; SendingTime(52) is the timestamp and SenderCompID must be Username. */
  authenticateFixLogon(req: FixLogonRequest, nowMs: number): AuthResult {
    if (req.username && req.username !== req.senderCompId) {
      return authFailure('INVALID_SIGNATURE', 'Username(553) must equal SenderCompID(49), the API key id.');
    }
    const tsMs = req.sendingTime ? parseFixUtcTimestamp(req.sendingTime) : undefined;
    return this.#check(req.username, tsMs, req.signature, req.ip, nowMs, () => fixLogonPrehash(req));
  }

  // undefined = absent, null = malformed.
  #parseTimestamp(text: string | undefined): number | null | undefined {
    if (!text) return undefined;
    return CANONICAL_MS.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;
  }

  #check(
    keyId: string | undefined,
    tsMs: number | null | undefined,
    signature: string | undefined,
    ip: string,
    nowMs: number,
    prehash: () => Uint8Array,
  ): AuthResult {
    if (!keyId || tsMs === undefined || !signature) {
      return authFailure('MISSING_CREDENTIALS', 'The API key id, timestamp and signature are all required.');
    }
    if (tsMs === null) {
      const detail = 'The timestamp must be Unix epoch milliseconds written as a decimal integer.';
      return authFailure('TIMESTAMP_OUT_OF_WINDOW', detail, nowMs);
    }
    const skew = nowMs - tsMs;
    if (Math.abs(skew) > this.windowMs) {
      const where = skew > 0 ? 'behind' : 'ahead of';
      const detail = `The timestamp is ${Math.abs(skew)} ms ${where} the server clock; at most ${this.windowMs} ms is accepted.`;
      return authFailure('TIMESTAMP_OUT_OF_WINDOW', detail, nowMs);
    }
    const key = this.#keys.get(keyId);
    if (!key) return authFailure('UNKNOWN_API_KEY', 'No API key has this id.');
    if (key.revokedAt !== null) return authFailure('API_KEY_REVOKED', 'This API key has been revoked.');
    if (!this.#keys.allowsIp(keyId, ip)) {
      return authFailure('IP_NOT_ALLOWED', `Requests from ${ip} are not allowed for this API key.`);
    }
    const bytes = prehash();
    if (!this.#keys.verifySignature(keyId, bytes, signature)) {
      return authFailure('INVALID_SIGNATURE', 'The signature does not match the request as received.');
    }
    const replayId = `${keyId}\n${hash('sha256', bytes, 'base64')}`;
    const verdict = this.#replays.checkAndRecord(replayId, tsMs, nowMs);
    if (verdict === 'replayed') {
      return authFailure('REPLAYED_REQUEST', 'This signed request was already accepted.');
    }
    if (verdict === 'full') {
      return authFailure('SERVICE_UNAVAILABLE', 'Replay protection is at capacity; retry shortly.');
    }
    return { ok: true, key };
  }
}

/** The scope an operation requires (`x-required-scope`); `none` is public. */
export type RequiredScope = 'none' | ApiKeyScope;

/** INSUFFICIENT_SCOPE unless the key holds the required scope (scopes do not imply each other). */
export function checkScope(key: ApiKeyRecord, required: RequiredScope): AuthFailure | null {
  if (required === 'none' || key.scopes.includes(required)) return null;
  return authFailure('INSUFFICIENT_SCOPE', `This operation needs the "${required}" scope.`);
}

/**
 * Checks an `Authorization: Bearer <token>` header against the operator token in constant time.
 * Absent, malformed or wrong are all INVALID_OPERATOR_TOKEN, as the catalogue defines it.
 */
export function checkOperatorToken(authorization: string | undefined, expected: string): AuthFailure | null {
  const m = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  // Compare even when the header is absent or malformed, so every path costs the same.
  const ok = constantTimeStringEqual(expected, m?.[1] ?? '') && m !== null && expected !== '';
  return ok ? null : authFailure('INVALID_OPERATOR_TOKEN', 'A valid operator bearer token is required.');
}

/** A fresh operator token (256 bits, base64url), for when none is configured. */
export function newOperatorToken(): string {
  return randomBytes(32).toString('base64url');
}
