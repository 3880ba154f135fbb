import { ContractError } from './contract-error.ts';

export type Schema = Record<string, unknown>;

/** Keywords whose value is one subschema (JSON Schema 2020-12 §10, §11). */
const ONE = [
  'additionalProperties',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
/** Keywords whose value is a list of subschemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
/** OpenAPI annotations that are not JSON Schema: Ajv's strict mode would reject them. */
const OPENAPI_ONLY = ['example', 'discriminator', 'xml', 'externalDocs'];
/** OpenAPI 3.0 spellings that mean something else (or nothing) in 3.1. */
const UNSUPPORTED: Record<string, string> = {
  nullable: 'use `type: [T, "null"]` (OpenAPI 3.1)',
  $dynamicRef: 'dynamic references',
  $dynamicAnchor: 'dynamic references',
};

/**
 * Rewrites one schema (OpenAPI 3.1 §4.8.24 Schema Object = JSON Schema 2020-12) for Ajv: drops
 * `x-` extensions and OpenAPI-only annotations, maps local component refs through `mapRef`, and
 * rejects keywords the validators cannot honour. Walks only real subschema positions, so a
 * property that happens to be called `example` is kept.
 */
export function toAjvSchema(
  schema: unknown,
  mapRef: (ref: string) => string,
  file: string,
  at: string,
): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new ContractError(file, at, 'a schema must be an object or a boolean');
  }
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema as Schema)) {
    if (k in UNSUPPORTED)
      throw new ContractError(file, `${at}/${k}`, `unsupported construct: ${UNSUPPORTED[k]}`);
    if (k.startsWith('x-') || OPENAPI_ONLY.includes(k)) continue;
    if (k === '$ref' && typeof v === 'string') out[k] = mapRef(v);
    else if (ONE.includes(k)) out[k] = toAjvSchema(v, mapRef, file, `${at}/${k}`);
    else if (LIST.includes(k) && Array.isArray(v))
      out[k] = v.map((s, i) => toAjvSchema(s, mapRef, file, `${at}/${k}/${i}`));
    else if (MAP.includes(k) && v && typeof v === 'object') {
      out[k] = Object.fromEntries(
        Object.entries(v as Schema).map(([name, s]) => [
          name,
          toAjvSchema(s, mapRef, file, `${at}/${k}/${name}`),
        ]),
      );
    } else out[k] = v;
  }
  return out;
}

/** Collects `examples` (and OpenAPI `example`) found on a schema and its named subschemas. */
export function schemaExamples(schema: unknown): unknown[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Schema;
  const own = Array.isArray(s.examples) ? s.examples : [];
  return s.example !== undefined ? [...own, s.example] : own;
}

/** A schema's `default` (JSON Schema 2020-12 §9.2), following `$ref`s. */
export function schemaDefault(schema: unknown, lookup: (ref: string) => unknown): unknown {
  let s = schema as Schema | undefined;
  for (let hops = 0; s && s.default === undefined && typeof s.$ref === 'string' && hops < 16; hops += 1) {
    s = lookup(s.$ref) as Schema | undefined;
  }
  return s?.default;
}

/** The JSON type a parameter schema asks for, used to coerce query/path/header strings. */
export function primitiveType(schema: unknown, lookup: (ref: string) => unknown): string | undefined {
  let s = schema as Schema | undefined;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 16; hops += 1)
    s = lookup(s.$ref) as Schema | undefined;
  if (!s) return undefined;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'array') return `array:${primitiveType(s.items, lookup) ?? 'string'}`;
  return typeof type === 'string' ? type : undefined;
}
