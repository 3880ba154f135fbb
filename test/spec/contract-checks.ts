// The contract checks lint cannot make: they need the whole set of documents at once (catalogue
// usage across REST, back office and WebSocket), a real JSON Schema validator (examples), or a
// comparison between documents (shared schemas). Each returns findings as sentences; none is a pass.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ApiModel, Json, JsonObject, OperationCase } from './contract-model.ts';
import { isObject } from './contract-model.ts';

export interface Catalogue {
  codes: string[];
  descriptions: Record<string, unknown>;
  statuses: Record<string, unknown>;
}

/** Reads the catalogue from the ErrorCode schema (enum, x-enumDescriptions, x-enumHttpStatus). */
export function catalogueFrom(schema: Json): Catalogue {
  if (!isObject(schema) || !Array.isArray(schema.enum)) throw new Error('ErrorCode is not an enum schema');
  return {
    codes: schema.enum.map(String),
    descriptions: isObject(schema['x-enumDescriptions']) ? schema['x-enumDescriptions'] : {},
    statuses: isObject(schema['x-enumHttpStatus']) ? schema['x-enumHttpStatus'] : {},
  };
}

const codesOf = (op: OperationCase): string[] =>
  Array.isArray(op.errorCodes) ? op.errorCodes.filter((c): c is string => typeof c === 'string') : [];

const documentCodesOf = (model: ApiModel): string[] =>
  Array.isArray(model.documentCodes)
    ? model.documentCodes.filter((c): c is string => typeof c === 'string')
    : [];

/**
 * Every code is described, has an HTTP status, and is used, by some operation or (for codes no operation can answer, like
 * NOT_FOUND for an unknown route) by a document's root `x-error-codes`; every listed code is in the
 * catalogue.
 */
export function catalogueFindings(catalogue: Catalogue, models: ApiModel[]): string[] {
  const findings: string[] = [];
  const operations = models.flatMap((m) => m.operations);
  const duplicates = catalogue.codes.filter((code, i) => catalogue.codes.indexOf(code) !== i);
  for (const code of duplicates) findings.push(`catalogue lists ${code} twice`);
  const used = new Set([...operations.flatMap(codesOf), ...models.flatMap(documentCodesOf)]);
  for (const code of catalogue.codes) {
    const description = catalogue.descriptions[code];
    if (typeof description !== 'string' || description.trim() === '') {
      findings.push(`catalogue code ${code} has no x-enumDescriptions entry`);
    }
    const status = catalogue.statuses[code];
    if (!(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)) {
      findings.push(`catalogue code ${code} has no HTTP status in x-enumHttpStatus`);
    }
    if (!used.has(code))
      findings.push(`catalogue code ${code} is in no x-error-codes (operation or document)`);
  }
  const members = new Set(catalogue.codes);
  for (const model of models) {
    for (const code of documentCodesOf(model)) {
      if (!members.has(code))
        findings.push(`${model.api}: root x-error-codes ${code} is not in the catalogue`);
    }
  }
  for (const op of operations) {
    for (const code of codesOf(op)) {
      if (!members.has(code))
        findings.push(`${op.api} ${op.id}: x-error-codes ${code} is not in the catalogue`);
    }
  }
  return findings;
}

/** Every client-initiated operation has a positive integer weight; every body has an example. */
export function operationFindings(operations: OperationCase[]): string[] {
  const findings: string[] = [];
  for (const op of operations) {
    if (op.clientInitiated && !(Number.isInteger(op.weight) && (op.weight as number) > 0)) {
      findings.push(
        `${op.api} ${op.id}: x-rate-limit-weight is ${JSON.stringify(op.weight)}, not a positive integer`,
      );
    }
    if (op.clientInitiated && !Array.isArray(op.errorCodes)) {
      findings.push(`${op.api} ${op.id}: no x-error-codes`);
    }
    for (const body of op.bodies) {
      if (body.exampleCount === 0) findings.push(`${body.where}: no example`);
    }
  }
  return findings;
}

/** Collects every `x-...` keyword the documents use so ajv strict mode accepts them as annotations. */
function extensionKeywords(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) extensionKeywords(item, into);
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('x-')) into.add(key);
      extensionKeywords(inner, into);
    }
  }
  return into;
}

/**
 * ajv for the 2020-12 dialect (OpenAPI 3.1's), strict, with formats. The OpenAPI-only schema
 * keywords and our `x-` extensions are registered as annotations: they are legal in the documents
 * and carry no validation meaning.
 */
export function createValidator(models: ApiModel[]): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const keywords = new Set(['discriminator', 'xml', 'externalDocs', 'example']);
  for (const model of models) extensionKeywords(model.bundled, keywords);
  for (const model of models)
    for (const example of model.examples) extensionKeywords(example.schema, keywords);
  for (const keyword of keywords)
    ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'array', 'boolean', 'number'] });
  for (const model of models) ajv.addSchema(model.definitions);
  return ajv;
}

/** Every example validates against its schema. */
export function exampleFindings(ajv: Ajv2020, models: ApiModel[]): string[] {
  const findings: string[] = [];
  for (const model of models) {
    for (const example of model.examples) {
      let validate: ReturnType<Ajv2020['compile']>;
      try {
        validate = ajv.compile(example.schema);
      } catch (error) {
        findings.push(`${example.where}: schema does not compile: ${(error as Error).message}`);
        continue;
      }
      if (!validate(example.value)) {
        const why = (validate.errors ?? [])
          .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
          .join('; ');
        findings.push(`${example.where}: ${why}`);
      }
    }
  }
  return findings;
}

/**
 * An error response example says what the operation answers: its `code` must be one the operation
 * lists in x-error-codes, answered with the response's status (the catalogue's status for that code).
 */
export function problemExampleFindings(catalogue: Catalogue, models: ApiModel[]): string[] {
  const findings: string[] = [];
  for (const model of models) {
    for (const example of model.examples) {
      if (!example.problem || !isObject(example.value as Json)) continue;
      const value = example.value as JsonObject;
      const listed = Array.isArray(example.problem.errorCodes) ? example.problem.errorCodes : [];
      const code = value.code;
      if (typeof code !== 'string') continue;
      if (!listed.includes(code))
        findings.push(`${example.where}: code ${code} is not in the operation's x-error-codes`);
      const status = example.problem.status;
      if (status !== undefined && value.status !== status) {
        findings.push(`${example.where}: status ${JSON.stringify(value.status)} in a ${status} response`);
      }
      const expected = catalogue.statuses[code];
      if (status !== undefined && expected !== undefined && expected !== status) {
        findings.push(`${example.where}: ${code} is answered with ${String(expected)}, not ${status}`);
      }
    }
  }
  return findings;
}

/**
 * Shared schemas by title (every file under spec/schemas/ has one) with `$ref`s rewritten from
 * component names to titles, so documents that bundle a schema under different names compare equal.
 */
export function sharedSchemasByTitle(bundled: JsonObject): Map<string, Json> {
  const components =
    isObject(bundled.components) && isObject(bundled.components.schemas) ? bundled.components.schemas : {};
  const titleOf = new Map<string, string>();
  for (const [name, schema] of Object.entries(components)) {
    titleOf.set(name, isObject(schema) && typeof schema.title === 'string' ? schema.title : name);
  }
  const rename = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rename);
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
        const name = inner.slice('#/components/schemas/'.length);
        out[key] = `schema:${titleOf.get(name) ?? name}`;
      } else out[key] = rename(inner);
    }
    return out;
  };
  const byTitle = new Map<string, Json>();
  for (const [name, schema] of Object.entries(components)) {
    if (isObject(schema) && typeof schema.title === 'string')
      byTitle.set(titleOf.get(name) ?? name, rename(schema));
  }
  return byTitle;
}
