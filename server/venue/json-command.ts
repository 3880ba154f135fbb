/** How the venue turns a command into its journal record and back, and names what fails to. */

/** Names the snapshot or record that could not be restored, so start-up errors are actionable. */
export function withContext<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new Error(`recovery failed at ${what}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
}

/**
 * True when `value` is an object whose own enumerable properties are all strings, booleans, null
 * or finite numbers other than -0, with no prototype but Object's: then JSON.parse(JSON.stringify)
 * returns an equal object and the machine can apply the command itself.
 */
export function isFlatJson(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    switch (typeof v) {
      case 'string':
      case 'boolean':
        break;
      case 'number':
        if (!Number.isFinite(v) || (v === 0 && 1 / v < 0)) return false;
        break;
      case 'object':
        if (v !== null) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
