// Constants shared by the core's modules and re-exported from index.ts.

/** The fee account, created with every engine. */
export const FEE_ACCOUNT_ID = 'fees';
export const DEFAULT_MAKER_FEE_BPS = 10;
export const DEFAULT_TAKER_FEE_BPS = 20;
/** clientOrderId uniqueness window, µs. */
export const CLIENT_ORDER_ID_TTL_US = 86_400_000_000;
/** Page size limits of the list queries. */
export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;
