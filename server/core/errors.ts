// The subset of the shared error catalogue that the core itself can return.
// Gateways map `code` to HTTP status / WebSocket problem / FIX reject with the shared catalogue.

export const CORE_ERROR_CODES = [
  'VALIDATION_FAILED',
  'MARKET_NOT_FOUND',
  'ORDER_NOT_FOUND',
  'ACCOUNT_NOT_FOUND',
  'ASSET_NOT_FOUND',
  'DUPLICATE_CLIENT_ORDER_ID',
  'ORDER_ALREADY_CLOSED',
  'INSUFFICIENT_FUNDS',
  'PRICE_NOT_ON_TICK',
  'QUANTITY_NOT_ON_LOT',
  'QUANTITY_BELOW_MINIMUM',
  'NOTIONAL_BELOW_MINIMUM',
  'VALUE_OUT_OF_RANGE',
  'EXPIRE_AT_IN_PAST',
  'MARKET_HALTED',
  'POST_ONLY_WOULD_TAKE',
] as const;

export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/** HTTP status of each core code, as in the shared catalogue. */
export const CORE_ERROR_STATUS: Readonly<Record<CoreErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MARKET_NOT_FOUND: 404,
  ORDER_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  ASSET_NOT_FOUND: 404,
  DUPLICATE_CLIENT_ORDER_ID: 409,
  ORDER_ALREADY_CLOSED: 409,
  INSUFFICIENT_FUNDS: 400,
  PRICE_NOT_ON_TICK: 400,
  QUANTITY_NOT_ON_LOT: 400,
  QUANTITY_BELOW_MINIMUM: 400,
  NOTIONAL_BELOW_MINIMUM: 400,
  VALUE_OUT_OF_RANGE: 400,
  EXPIRE_AT_IN_PAST: 400,
  MARKET_HALTED: 400,
  POST_ONLY_WOULD_TAKE: 400,
};

/** Rejections that record the order as `rejected` and consume its clientOrderId. */
export const STATE_REJECTIONS: ReadonlySet<CoreErrorCode> = new Set<CoreErrorCode>([
  'INSUFFICIENT_FUNDS',
  'MARKET_HALTED',
  'POST_ONLY_WOULD_TAKE',
]);
