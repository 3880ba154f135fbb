import path from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { ContractError } from './contract-error.ts';

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
  return { source, doc };
}
