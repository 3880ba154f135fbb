import { compileValidators, type SharedSchema, type ValidatorEntry } from '../core/ajv-module.ts';
import { ContractError, pointer } from '../core/contract-error.ts';
import { toAjvSchema } from '../core/json-schema.ts';
import { header, pascalCase } from '../core/text.ts';
import type { ApiModel, OperationModel, ParamLocation, Schema } from './operations.ts';

/** Validator export names, shared by the validator module and the router that imports it. */
export const validatorName = {
  params: (op: OperationModel, location: ParamLocation) =>
    `${op.operationId}${location === 'path' ? 'Path' : location === 'query' ? 'Query' : 'Header'}`,
  body: (op: OperationModel) => `${op.operationId}Body`,
  response: (op: OperationModel, status: string) => `${op.operationId}Response${status}`,
};

/** The `$id` a component schema is compiled under. */
export function sharedId(base: string, name: string): string {
  return `${base}schemas/${encodeURIComponent(name)}.json`;
}

/** Maps `#/components/schemas/X[/sub/pointer]` onto X's own resource; anything else is unsupported. */
export function refMapper(base: string, file: string, at: string): (ref: string) => string {
  return (ref) => {
    const match = /^#\/components\/schemas\/([^/]+)(\/.*)?$/.exec(ref);
    if (!match?.[1]) throw new ContractError(file, at, `unsupported $ref in a schema: ${ref}`);
    const name = decodeURIComponent(match[1]).replaceAll('~1', '/').replaceAll('~0', '~');
    return `${sharedId(base, name)}${match[2] ? `#${match[2]}` : ''}`;
  };
}

/** One object schema for all parameters of a location (OpenAPI 3.1 §4.8.12 Parameter Object). */
export function parameterSchema(
  op: OperationModel,
  location: ParamLocation,
  mapRef: (ref: string) => string,
  file: string,
) {
  const params = op.parameters.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  // Node lower-cases header names, so validate them that way.
  const nameOf = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  return {
    type: 'object',
    properties: Object.fromEntries(
      params.map((p) => [nameOf(p.name), toAjvSchema(p.schema, mapRef, file, `${p.pointer}/schema`)]),
    ),
    required: params.filter((p) => p.required).map((p) => nameOf(p.name)),
  };
}

/** Every validator of a REST document: parameters and body per operation, and every JSON response. */
export function restValidatorEntries(api: ApiModel, base: string): ValidatorEntry[] {
  const entries: ValidatorEntry[] = [];
  const file = api.source;
  for (const op of [...api.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : 1))) {
    const mapRef = refMapper(base, file, op.pointer);
    for (const location of ['path', 'query', 'header'] as const) {
      const schema = parameterSchema(op, location, mapRef, file);
      if (schema)
        entries.push({
          name: validatorName.params(op, location),
          schema,
          file,
          pointer: `${op.pointer}/parameters`,
        });
    }
    if (op.requestBody) {
      const at = `${op.pointer}/requestBody`;
      entries.push({
        name: validatorName.body(op),
        schema: toAjvSchema(op.requestBody.schema, mapRef, file, at),
        file,
        pointer: at,
      });
    }
    for (const response of op.responses) {
      if (!response.schema) continue;
      const at = `${op.pointer}/responses${pointer(response.status)}`;
      entries.push({
        name: validatorName.response(op, response.status),
        schema: toAjvSchema(response.schema, mapRef, file, at),
        file,
        pointer: at,
      });
    }
  }
  return entries;
}

/** Every `components.schemas` entry as a shared schema resource (JSON Schema 2020-12 §8.2.1 `$id`). */
export function sharedSchemas(doc: Schema, base: string, file: string): SharedSchema[] {
  const schemas = ((doc.components as Schema | undefined)?.schemas ?? {}) as Schema;
  return Object.keys(schemas)
    .sort()
    .map((name) => {
      const at = `/components/schemas${pointer(name)}`;
      return {
        name: `schema${pascalCase(name)}`,
        id: sharedId(base, name),
        schema: toAjvSchema(schemas[name], refMapper(base, file, at), file, at),
        file,
        pointer: at,
      };
    });
}

/** `validators.d.ts`: one typed declaration per export of the standalone module. */
export function emitValidatorDeclarations(
  names: readonly string[],
  source: string,
  generator: string,
): string {
  return `${header(source, generator)}import type { CompiledValidator } from '../runtime/validation.ts';

${[...names]
  .sort()
  .map((n) => `export declare const ${n}: CompiledValidator;`)
  .join('\n')}
`;
}

/** `validators.js` (ajv standalone, ESM) and its `.d.ts`, for shared schemas plus entries. */
export function emitValidatorModule(
  shared: readonly SharedSchema[],
  entries: readonly ValidatorEntry[],
  base: string,
  source: string,
  generator: string,
) {
  const code = compileValidators(shared, entries, `${base}validators/`);
  return {
    js: `${header(source, generator)}${code}\n`,
    dts: emitValidatorDeclarations(
      [...entries, ...shared].map((e) => e.name),
      source,
      generator,
    ),
  };
}

/** Emits the validator module of one REST document. */
export function emitRestValidators(api: ApiModel, doc: Schema, name: string, generator: string) {
  const base = `https://openvenue.dev/contracts/${name}/`;
  return emitValidatorModule(
    sharedSchemas(doc, base, api.source),
    restValidatorEntries(api, base),
    base,
    api.source,
    generator,
  );
}
