/**
 * A fresh clientOrderId: `ov-` and 32 hex digits of randomness (35 characters, inside the
 * contract's `^[A-Za-z0-9_-]{1,36}$`). `crypto.getRandomValues` works in Node and in every
 * browser context, unlike `randomUUID`, which needs a secure context.
 */
export function newClientOrderId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `ov-${hex}`;
}
