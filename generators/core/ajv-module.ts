import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import { ContractError } from './contract-error.ts';

// Both are CommonJS with `exports.default`: under Node's ESM interop the function is `.default`.
const addFormats = ajvFormats.default;
const standaloneCode = standaloneModule.default;

export interface ValidatorEntry {
  /** The export name in the generated module. */
  readonly name: string;
  readonly schema: unknown;
  /** Where the schema comes from, for error messages. */
  readonly file: string;
  readonly pointer: string;
}

/** The Ajv configuration every generated validator is compiled with. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  return ajv;
}

/**
 * Ajv's standalone output still `require()`s its runtime helpers even in ESM mode; turn each one
 * into a hoisted import so the module loads as real ESM.
 */
export function hoistRequires(code: string): string {
  const specifiers = [
    ...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string)),
  ].sort();
  let body = code.replace(/^"use strict";\s*/, '');
  const imports = specifiers.map((spec, i) => {
    body = body.replaceAll(`require("${spec}")`, `__dep${i}`);
    return `import __dep${i} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`;
  });
  return `${imports.join('\n')}\n${body}`;
}

/**
 * Compiles a registry of shared schemas plus one entry per validator into one ESM module, so a
 * shared schema is compiled once per document rather than once per operation (ajv standalone).
 */
export function compileValidators(
  registry: { readonly id: string; readonly schema: Record<string, unknown>; readonly file: string },
  entries: readonly ValidatorEntry[],
  idBase: string,
): string {
  const ajv = createAjv();
  try {
    ajv.addSchema({ ...registry.schema, $id: registry.id });
  } catch (error) {
    throw new ContractError(registry.file, '/components/schemas', (error as Error).message);
  }
  const exportsMap: Record<string, string> = {};
  for (const entry of entries) {
    const id = `${idBase}${entry.name}.json`;
    try {
      const schema = entry.schema;
      ajv.addSchema(
        typeof schema === 'boolean'
          ? { $id: id, ...(schema ? {} : { not: {} }) }
          : { ...(schema as object), $id: id },
      );
      ajv.getSchema(id);
    } catch (error) {
      throw new ContractError(
        entry.file,
        entry.pointer,
        `schema rejected by Ajv strict mode: ${(error as Error).message}`,
      );
    }
    exportsMap[entry.name] = id;
  }
  return hoistRequires(standaloneCode(ajv, exportsMap));
}
