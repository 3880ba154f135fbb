import { compileValidators, type ValidatorEntry } from '../core/ajv-module.ts';
import { ContractError, pointer } from '../core/contract-error.ts';
import { toAjvSchema } from '../core/json-schema.ts';
import { header } from '../core/text.ts';
import type { ApiModel, OperationModel, ParamLocation, Schema } from './operations.ts';

/** Validator export names, shared by the validator module and the router that imports it. */
export const validatorName = {
  params: (op: OperationModel, location: ParamLocation) =>
    `${op.operationId}${location === 'path' ? 'Path' : location === 'query' ? 'Query' : 'Header'}`,
  body: (op: OperationModel) => `${op.operationId}Body`,
  response: (op: OperationModel, status: string) => `${op.operationId}Response${status}`,
};

/** Maps `#/components/schemas/X...` onto the shared registry; anything else is unsupported. */
export function refMapper(registryId: string, file: string, at: string): (ref: string) => string {
  return (ref) => {
    if (ref.startsWith('#/components/schemas/'))
      return `${registryId}#/$defs/${ref.slice('#/components/schemas/'.length)}`;
    throw new ContractError(file, at, `unsupported $ref in a schema: ${ref}`);
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
export function restValidatorEntries(api: ApiModel, registryId: string): ValidatorEntry[] {
  const entries: ValidatorEntry[] = [];
  const file = api.source;
  for (const op of [...api.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : 1))) {
    const mapRef = refMapper(registryId, file, op.pointer);
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

/** The shared schema registry: `components.schemas` as `$defs` of one schema resource. */
export function registrySchema(doc: Schema, registryId: string, file: string): Record<string, unknown> {
  const schemas = ((doc.components as Schema | undefined)?.schemas ?? {}) as Schema;
  const mapRef = refMapper(registryId, file, '/components/schemas');
  return {
    $defs: Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map((name) => [
          name,
          toAjvSchema(schemas[name], mapRef, file, `/components/schemas${pointer(name)}`),
        ]),
    ),
  };
}

/** `validators.d.ts`: one typed declaration per export of the standalone module. */
export function emitValidatorDeclarations(
  names: readonly string[],
  source: string,
  generator: string,
): string {
  return `${header(source, generator)}import type { CompiledValidator } from '../runtime/validation.ts';

${names.map((n) => `export declare const ${n}: CompiledValidator;`).join('\n')}
`;
}

/** Emits `validators.js` (ajv standalone, ESM) and its `.d.ts` for one REST document. */
export function emitRestValidators(api: ApiModel, doc: Schema, name: string, generator: string) {
  const registryId = `https://openvenue.dev/contracts/${name}/components.json`;
  const entries = restValidatorEntries(api, registryId);
  const code = compileValidators(
    { id: registryId, schema: registrySchema(doc, registryId, api.source), file: api.source },
    entries,
    `https://openvenue.dev/contracts/${name}/`,
  );
  return {
    js: `${header(api.source, generator)}${code}\n`,
    dts: emitValidatorDeclarations(
      entries.map((e) => e.name),
      api.source,
      generator,
    ),
  };
}
