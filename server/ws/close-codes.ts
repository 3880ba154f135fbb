/**
 * The close codes the gateway sends, as the contract's `x-close-codes` table names them (a test
 * compares this table with the document). The close frame's reason is always the code's name.
 */
export const CLOSE = {
  NORMAL_CLOSURE: 1000,
  GOING_AWAY: 1001,
  UNSUPPORTED_DATA: 1003,
  INVALID_PAYLOAD: 1007,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  SLOW_CONSUMER: 4000,
  LOGIN_TIMEOUT: 4001,
  RATE_LIMITED: 4002,
} as const;

export type CloseName = keyof typeof CLOSE;
export type CloseCode = (typeof CLOSE)[CloseName];

const NAMES = new Map<number, string>(Object.entries(CLOSE).map(([name, code]) => [code, name]));

/** The reason text for a code: its name, or empty for a code outside the table. */
export function closeReason(code: number | undefined): string {
  return code === undefined ? '' : (NAMES.get(code) ?? '');
}
