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

/**
 * Follows local `$ref`s (OpenAPI 3.1 §4.8.23 Reference Object, AsyncAPI 3.0 §3.3.30) to the object
 * they name, answering it with its pointer; a dangling, external or cyclic reference is an error.
 */
export function followRef(
  doc: unknown,
  node: unknown,
  source: string,
  at: string,
): { node: Record<string, unknown>; at: string } {
  let current = node;
  let where = at;
  for (let hops = 0; hops < 16; hops += 1) {
    if (!current || typeof current !== 'object') throw new ContractError(source, where, 'expected an object');
    const ref = (current as Record<string, unknown>).$ref;
    if (typeof ref !== 'string') return { node: current as Record<string, unknown>, at: where };
    if (!ref.startsWith('#/')) throw new ContractError(source, where, `unsupported external $ref ${ref}`);
    const target = resolvePointer(doc, ref);
    if (target === undefined) throw new ContractError(source, where, `dangling $ref ${ref}`);
    current = target;
    where = ref.slice(1);
  }
  throw new ContractError(source, where, 'reference cycle');
}
