import path from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { ContractError, escapeToken } from './contract-error.ts';

export interface Bundled {
  /** The entry file, relative to the repo root: what headers and errors name. */
  readonly source: string;
  /** The contract with every external file pulled into `components`, internal refs kept. */
  readonly doc: Record<string, unknown>;
}

/**
 * Resolves a multi-file contract (OpenAPI 3.1 or AsyncAPI 3.0) into one document with Redocly's
 * bundler, turning its "Can't resolve $ref" problems into a ContractError naming file and pointer.
 */
export async function bundleContract(file: string, root: string): Promise<Bundled> {
  const config = await loadConfig({});
  const source = path.relative(root, file).split(path.sep).join('/');
  const result = await bundle({ ref: file, config, dereference: false });
  const problem = result.problems.find((p) => p.severity === 'error' || /resolve \$ref/i.test(p.message));
  if (problem) {
    const location = problem.location[0];
    const where = location
      ? path.relative(root, location.source.absoluteRef).split(path.sep).join('/')
      : source;
    throw new ContractError(where, (location?.pointer ?? '#').replace(/^#/, ''), problem.message);
  }
  const doc = result.bundle.parsed as Record<string, unknown> | undefined;
  if (!doc || typeof doc !== 'object') throw new ContractError(source, '', 'not a YAML or JSON object');
  relinkFileRefs(doc, source);
  return { source, doc };
}

/**
 * Redocly's AsyncAPI type tree does not descend into every JSON Schema 2020-12 keyword (e.g.
 * `prefixItems`), so a file `$ref` there survives bundling. Point it at the component the bundler
 * made from the same file name; a file ref with no such component is a ContractError.
 */
export function relinkFileRefs(doc: Record<string, unknown>, source: string): void {
  const schemas = ((doc.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<
    string,
    unknown
  >;
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${at}/${i}`);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const [file = '', fragment = ''] = ref.split('#');
      const name = path.basename(file).replace(/\.(ya?ml|json)$/, '');
      if (fragment !== '' || !(name in schemas)) {
        throw new ContractError(source, `${at}/$ref`, `unresolved $ref ${ref}`);
      }
      record.$ref = `#/components/schemas/${name}`;
    }
    for (const [key, value] of Object.entries(record)) visit(value, `${at}/${escapeToken(key)}`);
  };
  visit(doc, '');
}
