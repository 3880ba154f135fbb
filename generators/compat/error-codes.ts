/**
 * OpenVenue's `x-error-codes`: the catalogue codes an operation can answer. The catalogue lets a
 * minor version add codes (clients handle an unknown one by its HTTP status), so changes here are
 * reported for the changelog rather than as breaks.
 */
import { type Finding, finding } from './rules.ts';
import { isObj, type Json } from './schema-view.ts';

const codesOf = (operation: Json): string[] =>
  isObj(operation) && Array.isArray(operation['x-error-codes']) ? operation['x-error-codes'].map(String) : [];

export function compareErrorCodes(
  base: Json,
  revision: Json,
  location: string,
  operationPtr: string,
  out: Finding[],
) {
  const before = codesOf(base);
  const after = codesOf(revision);
  const ptr = `${operationPtr}/x-error-codes`;
  const added = after.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !after.includes(c));
  if (added.length > 0)
    out.push(finding('error-code-added', location, ptr, `The operation may now answer ${added.join(', ')}.`));
  if (removed.length > 0)
    out.push(
      finding('error-code-removed', location, ptr, `The operation no longer answers ${removed.join(', ')}.`),
    );
}
