/**
 * Copies only the defined entries of `o`: commands are built under exactOptionalPropertyTypes,
 * where an optional field must be absent rather than `undefined`. A plain loop, because the
 * transports call it per request.
 */
export function defined<T extends Record<string, unknown>>(
  o: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
