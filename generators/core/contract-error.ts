/** A problem in a contract, located by file (relative to the repo root) and JSON pointer. */
export class ContractError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${file}#${pointer}: ${reason}`);
    this.name = 'ContractError';
  }
}

/** RFC 6901 escaping of one reference token. */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds a JSON pointer (RFC 6901) from raw tokens. */
export function pointer(...tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(String(t))}`).join('');
}

/** Resolves a local JSON pointer (RFC 6901) inside a document, or undefined. */
export function resolvePointer(doc: unknown, ptr: string): unknown {
  const tokens = ptr.replace(/^#/, '').split('/').slice(1);
  let node: unknown = doc;
  for (const raw of tokens) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
