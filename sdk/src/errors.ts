/**
 * Typed errors, after openai-node: one `ApiError` base for every answer that is not a success,
 * a subclass per HTTP status family and per trading code, and separate classes for failures where
 * no answer arrived (connection, timeout, user abort). Branch with `instanceof` or on `code`.
 */
import type { components } from '../../generated/openapi/types.ts';

export type Problem = components['schemas']['Problem'];
/** The contract's error catalogue (the `ErrorCode` schema enum). */
export type ErrorCode = components['schemas']['ErrorCode'];

/** Base class of everything the SDK throws. */
export class OpenVenueError extends Error {
  override name = 'OpenVenueError';
  /** Set by order placement, so a caller can always look the outcome up (or resend it safely). */
  clientOrderId?: string;
}

/** The venue answered with a problem (RFC 9457). */
export class ApiError extends OpenVenueError {
  override name = 'ApiError';
  readonly status: number;
  /** The catalogue code; `undefined` only when the body was not a problem (e.g. a proxy's page). */
  readonly code: ErrorCode | undefined;
  readonly requestId: string | undefined;
  /** Seconds to wait before retrying (from `Retry-After` or the problem's `retryAfter`). */
  readonly retryAfter: number | undefined;
  /** One entry per schema problem (`VALIDATION_FAILED`). */
  readonly errors: Problem['errors'];
  /** The venue clock in ms (`TIMESTAMP_OUT_OF_WINDOW`). */
  readonly serverTime: number | undefined;
  readonly problem: Partial<Problem> | undefined;

  constructor(status: number, problem: Partial<Problem> | undefined, headers?: Headers) {
    const code = problem?.code;
    super(`${status}${code ? ` ${code}` : ''}: ${problem?.detail ?? problem?.title ?? 'request failed'}`);
    this.status = status;
    this.code = code;
    this.problem = problem;
    this.requestId = problem?.requestId ?? headers?.get('X-Request-Id') ?? undefined;
    this.retryAfter = parseRetryAfter(headers?.get('Retry-After')) ?? problem?.retryAfter;
    this.errors = problem?.errors;
    this.serverTime = problem?.serverTime;
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class MethodNotAllowedError extends ApiError {
  override name = 'MethodNotAllowedError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
export class PayloadTooLargeError extends ApiError {
  override name = 'PayloadTooLargeError';
}
export class UnsupportedMediaTypeError extends ApiError {
  override name = 'UnsupportedMediaTypeError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}
export class ServiceUnavailableError extends InternalServerError {
  override name = 'ServiceUnavailableError';
}

// Trading and lookup failures that callers commonly branch on.
export class ValidationError extends BadRequestError {
  override name = 'ValidationError';
}
export class InsufficientFundsError extends BadRequestError {
  override name = 'InsufficientFundsError';
}
export class PriceNotOnTickError extends BadRequestError {
  override name = 'PriceNotOnTickError';
}
export class QuantityNotOnLotError extends BadRequestError {
  override name = 'QuantityNotOnLotError';
}
export class QuantityBelowMinimumError extends BadRequestError {
  override name = 'QuantityBelowMinimumError';
}
export class NotionalBelowMinimumError extends BadRequestError {
  override name = 'NotionalBelowMinimumError';
}
export class ValueOutOfRangeError extends BadRequestError {
  override name = 'ValueOutOfRangeError';
}
export class ExpireAtInPastError extends BadRequestError {
  override name = 'ExpireAtInPastError';
}
export class MarketHaltedError extends BadRequestError {
  override name = 'MarketHaltedError';
}
export class PostOnlyWouldTakeError extends BadRequestError {
  override name = 'PostOnlyWouldTakeError';
}
export class MarketNotFoundError extends NotFoundError {
  override name = 'MarketNotFoundError';
}
export class OrderNotFoundError extends NotFoundError {
  override name = 'OrderNotFoundError';
}
export class DuplicateClientOrderIdError extends ConflictError {
  override name = 'DuplicateClientOrderIdError';
}
export class OrderAlreadyClosedError extends ConflictError {
  override name = 'OrderAlreadyClosedError';
}
export class TimestampOutOfWindowError extends AuthenticationError {
  override name = 'TimestampOutOfWindowError';
}
export class InvalidSignatureError extends AuthenticationError {
  override name = 'InvalidSignatureError';
}

type ErrorClass = new (status: number, problem: Partial<Problem> | undefined, headers?: Headers) => ApiError;

/**
 * Every catalogue code to its class. Typed as a total record over the generated `ErrorCode`
 * union, so a code added to the contract fails the SDK's type check until it is mapped here.
 */
export const errorClasses: { readonly [Code in ErrorCode]: ErrorClass } = {
  VALIDATION_FAILED: ValidationError,
  MALFORMED_JSON: BadRequestError,
  UNSUPPORTED_MEDIA_TYPE: UnsupportedMediaTypeError,
  PAYLOAD_TOO_LARGE: PayloadTooLargeError,
  NOT_FOUND: NotFoundError,
  METHOD_NOT_ALLOWED: MethodNotAllowedError,
  MISSING_CREDENTIALS: AuthenticationError,
  UNKNOWN_API_KEY: AuthenticationError,
  API_KEY_REVOKED: AuthenticationError,
  INVALID_SIGNATURE: InvalidSignatureError,
  TIMESTAMP_OUT_OF_WINDOW: TimestampOutOfWindowError,
  REPLAYED_REQUEST: AuthenticationError,
  IP_NOT_ALLOWED: PermissionDeniedError,
  INSUFFICIENT_SCOPE: PermissionDeniedError,
  INVALID_OPERATOR_TOKEN: AuthenticationError,
  RATE_LIMITED: RateLimitError,
  MARKET_NOT_FOUND: MarketNotFoundError,
  ORDER_NOT_FOUND: OrderNotFoundError,
  ACCOUNT_NOT_FOUND: NotFoundError,
  API_KEY_NOT_FOUND: NotFoundError,
  ASSET_NOT_FOUND: NotFoundError,
  DUPLICATE_CLIENT_ORDER_ID: DuplicateClientOrderIdError,
  ORDER_ALREADY_CLOSED: OrderAlreadyClosedError,
  INSUFFICIENT_FUNDS: InsufficientFundsError,
  PRICE_NOT_ON_TICK: PriceNotOnTickError,
  QUANTITY_NOT_ON_LOT: QuantityNotOnLotError,
  QUANTITY_BELOW_MINIMUM: QuantityBelowMinimumError,
  NOTIONAL_BELOW_MINIMUM: NotionalBelowMinimumError,
  VALUE_OUT_OF_RANGE: ValueOutOfRangeError,
  EXPIRE_AT_IN_PAST: ExpireAtInPastError,
  MARKET_HALTED: MarketHaltedError,
  POST_ONLY_WOULD_TAKE: PostOnlyWouldTakeError,
  NOT_LOGGED_IN: AuthenticationError,
  ALREADY_LOGGED_IN: ConflictError,
  INTERNAL_ERROR: InternalServerError,
  SERVICE_UNAVAILABLE: ServiceUnavailableError,
};

function classForStatus(status: number): ErrorClass {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 405:
      return MethodNotAllowedError;
    case 409:
      return ConflictError;
    case 413:
      return PayloadTooLargeError;
    case 415:
      return UnsupportedMediaTypeError;
    case 429:
      return RateLimitError;
    case 503:
      return ServiceUnavailableError;
    default:
      return status >= 500 ? InternalServerError : ApiError;
  }
}

/** The error for one problem; the code decides the class, the status when the code is unknown. */
export function errorFromProblem(status: number, body: unknown, headers?: Headers): ApiError {
  const problem = body && typeof body === 'object' ? (body as Partial<Problem>) : undefined;
  const code = problem?.code;
  const Class =
    code !== undefined && Object.hasOwn(errorClasses, code) ? errorClasses[code] : classForStatus(status);
  return new Class(status, problem, headers);
}

/** No answer arrived: the request may or may not have reached the venue. */
export class APIConnectionError extends OpenVenueError {
  override name = 'APIConnectionError';
  constructor(message = 'connection error', options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  constructor(timeoutMs?: number) {
    super(timeoutMs === undefined ? 'request timed out' : `request timed out after ${timeoutMs} ms`);
  }
}

/** The caller's `AbortSignal` fired. */
export class APIUserAbortError extends OpenVenueError {
  override name = 'APIUserAbortError';
  constructor(options?: { cause?: unknown }) {
    super('request aborted', options);
  }
}

/** Seconds from a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null || value === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
