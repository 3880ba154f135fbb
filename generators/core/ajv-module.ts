import { Ajv2020, type Options } from 'ajv/dist/2020.js';
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
  /**
   * Checked on a hot path (a message per request, mostly valid): valid input is answered by a
   * validator that stops at the first error and builds no messages, and only input it rejects
   * goes through the full validator for the error list. The answer and the errors are the same
   * as without it; the module is larger.
   */
  readonly fastPath?: boolean;
}

/** The Ajv configuration every generated validator is compiled with. */
export function createAjv(overrides: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    // One function per shared schema, called by reference: inlining copies Order into every response.
    inlineRefs: false,
    code: { source: true, esm: true, lines: true },
    ...overrides,
  });
  addFormats(ajv);
  return ajv;
}

/**
 * CommonJS interop that reads the same under Node's ESM loader (namespace `default` is
 * `module.exports`), vitest and bundlers (namespace `default` is `exports.default` when
 * `__esModule` is set): answers an object whose properties are the CommonJS exports.
 */
const CJS_INTEROP = `function __cjs(ns) {
  const m = ns.default;
  return m && typeof m === "object" && m.__esModule && "default" in m ? m : ns;
}`;

/**
 * Ajv's standalone output still `require()`s its runtime helpers even in ESM mode; turn each one
 * into a hoisted namespace import so the module loads as real ESM everywhere.
 */
export function hoistRequires(code: string): string {
  const specifiers = [
    ...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string)),
  ].sort();
  // sourceURL comments name schema ids only useful inside Ajv's own eval; they double some lines.
  let body = code.replace(/^"use strict";\s*/, '').replace(/\/\*# sourceURL="[^"]*" \*\/ ?/g, '');
  const imports = specifiers.map((spec, i) => {
    body = body.replaceAll(`require("${spec}")`, `__dep${i}`);
    return `import * as __ns${i} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`;
  });
  if (imports.length === 0) return body;
  const deps = specifiers.map((_, i) => `const __dep${i} = __cjs(__ns${i});`);
  return `${imports.join('\n')}\n${CJS_INTEROP}\n${deps.join('\n')}\n${body}`;
}

/** A shared schema: one schema resource of its own, so Ajv compiles it once for every entry. */
export interface SharedSchema {
  /** Also exported under this name (`schemaOrder`), so a component can be checked on its own. */
  readonly name: string;
  readonly id: string;
  readonly schema: unknown;
  readonly file: string;
  readonly pointer: string;
}

function withId(schema: unknown, id: string): Record<string, unknown> {
  if (typeof schema === 'boolean') return schema ? { $id: id } : { $id: id, not: {} };
  return { ...(schema as Record<string, unknown>), $id: id };
}

/**
 * Compiles shared schemas plus one entry per validator into one ESM module. Each shared schema is
 * its own resource (`$id`), so Ajv compiles it to one function that every entry calls: a fragment
 * of a common resource would be recompiled inside every entry that reaches it.
 */
export function compileValidators(
  shared: readonly SharedSchema[],
  entries: readonly ValidatorEntry[],
  idBase: string,
): string {
  const ajv = createAjv();
  for (const s of shared) {
    try {
      ajv.addSchema(withId(s.schema, s.id));
    } catch (error) {
      throw new ContractError(s.file, s.pointer, (error as Error).message);
    }
  }
  const exportsMap: Record<string, string> = {};
  // Operations share response schemas (every 404 is the Problem response): one function for each.
  const idBySchema = new Map<string, string>();
  for (const entry of entries) {
    const known = idBySchema.get(JSON.stringify(entry.schema));
    if (known) {
      exportsMap[entry.name] = known;
      continue;
    }
    const id = `${idBase}${entry.name}.json`;
    idBySchema.set(JSON.stringify(entry.schema), id);
    try {
      ajv.addSchema(withId(entry.schema, id));
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
  for (const s of shared) {
    if (s.name in exportsMap) throw new ContractError(s.file, s.pointer, `validator name ${s.name} is taken`);
    exportsMap[s.name] = s.id;
  }
  // Ajv's standalone emits a function per export name, so a schema exported twice would be declared
  // twice: export it once and alias the other names.
  const primary = new Map<string, string>();
  const aliases: string[] = [];
  for (const [name, id] of Object.entries(exportsMap)) {
    const first = primary.get(id);
    if (first) aliases.push(`export const ${name} = ${first};`);
    else primary.set(id, name);
  }
  const unique = Object.fromEntries([...primary].map(([id, name]) => [name, id]));
  const fastIds = new Set(entries.filter((e) => e.fastPath).map((e) => exportsMap[e.name]));
  const fast = [...primary].filter(([id]) => fastIds.has(id));
  if (fast.length === 0) return `${hoistRequires(standaloneCode(ajv, unique))}\n${aliases.join('\n')}`;
  let full = standaloneCode(ajv, unique);
  // The full validator of a fast-path entry stays module-private: the export is the pair.
  const pairs = fast.map(([, name]) => {
    const exported = `export const ${name} = `;
    if (!full.includes(exported)) throw new Error(`Ajv standalone output has no ${exported}`);
    full = full.replace(exported, `const ${ALL_ERRORS}${name} = `);
    return `export const ${name} = ${FAST_PATH}(${FIRST_ERROR}.${name}, ${ALL_ERRORS}${name});`;
  });
  const firstError = firstErrorValidators(
    shared,
    Object.fromEntries(fast.map(([id, name]) => [name, id])),
    entries,
    idBase,
  );
  return `${hoistRequires(`${full}\n${firstError}\n${FAST_PATH_HELPER}\n${pairs.join('\n')}`)}\n${aliases.join('\n')}`;
}

const FIRST_ERROR = '__firstError';
const ALL_ERRORS = '__allErrors_';
const FAST_PATH = '__fastPath';

/** The exported validator of a fast-path entry: the first-error check, then the full one only when it fails. */
const FAST_PATH_HELPER = `function ${FAST_PATH}(firstError, allErrors) {
  function validate(data) {
    if (firstError(data)) {
      validate.errors = null;
      return true;
    }
    const valid = allErrors(data);
    validate.errors = allErrors.errors;
    return valid;
  }
  return validate;
}`;

/**
 * The fast-path entries compiled again to stop at the first error, without messages and with
 * every reference inlined (no call, options object and path string per property): the same
 * verdict as the full validators, much less garbage for valid input. Ajv names its functions the
 * same way in every compile, so this module's code runs in a scope of its own.
 */
function firstErrorValidators(
  shared: readonly SharedSchema[],
  exportsByName: Record<string, string>,
  entries: readonly ValidatorEntry[],
  idBase: string,
): string {
  const wanted = new Set(Object.values(exportsByName));
  const ajv = createAjv({
    allErrors: false,
    messages: false,
    inlineRefs: true,
    code: { source: true, esm: false, lines: true },
  });
  for (const s of shared) ajv.addSchema(withId(objectKeywordsFirst(s.schema), s.id));
  const added = new Set<string>();
  for (const entry of entries) {
    const id = `${idBase}${entry.name}.json`;
    if (!wanted.has(id) || added.has(id)) continue;
    added.add(id);
    ajv.addSchema(withId(objectKeywordsFirst(entry.schema), id));
  }
  const code = standaloneCode(ajv, exportsByName).replace(/^"use strict";\s*/, '');
  return `const ${FIRST_ERROR} = (() => {\nconst exports = {};\n${code}\nreturn exports;\n})();`;
}

/** The keywords an object schema checks on its own properties (JSON Schema 2020-12 §10.3.2, §6.5). */
const OBJECT_KEYWORDS = new Set([
  'type',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'required',
  'dependentRequired',
  'minProperties',
  'maxProperties',
]);
/** In-place applicators whose subschemas Ajv evaluates before the object keywords beside them. */
const APPLICATORS = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'];

/**
 * The same schema with its object keywords checked before its applicators, for the first-error
 * validators: a schema is the conjunction of its keywords, so `{P, oneOf}` and
 * `{allOf: [{P}, {oneOf}]}` accept the same instances, but Ajv evaluates a oneOf or if beside
 * `properties` first, and a message of the other oneOf branch (a limit order against
 * MarketOrderRequest) then fails on its `type` constant before anything allocates an error
 * for the branch's own oneOf. Keywords that look at what others evaluated
 * (unevaluatedProperties, unevaluatedItems) would change meaning, so such schemas stay as they are.
 */
export function objectKeywordsFirst(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const record = schema as Record<string, unknown>;
  const text = JSON.stringify(record);
  if (text.includes('"unevaluatedProperties"') || text.includes('"unevaluatedItems"')) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = subschemas(key, value);
  const applicators = APPLICATORS.filter((k) => k in out);
  const objectKeys = Object.keys(out).filter((k) => OBJECT_KEYWORDS.has(k) && k !== 'type');
  if (applicators.length === 0 || objectKeys.length === 0) return out;
  const first: Record<string, unknown> = {};
  if ('type' in out) first.type = out.type;
  for (const k of objectKeys) {
    first[k] = out[k];
    delete out[k];
  }
  const rest: Record<string, unknown> = {};
  for (const k of applicators) {
    rest[k] = out[k];
    delete out[k];
  }
  out.allOf = [first, rest];
  return out;
}

/** Keywords whose value is a schema, an array of schemas, or a map of names to schemas. */
const ONE_SCHEMA = new Set([
  'not',
  'if',
  'then',
  'else',
  'items',
  'contains',
  'additionalProperties',
  'propertyNames',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/** A keyword's value with the schemas in it reordered; any other value (const, enum, ...) as it is. */
function subschemas(keyword: string, value: unknown): unknown {
  if (ONE_SCHEMA.has(keyword)) return objectKeywordsFirst(value);
  if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) return value.map(objectKeywordsFirst);
  if (SCHEMA_MAPS.has(keyword) && value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, s]) => [name, objectKeywordsFirst(s)]));
  }
  return value;
}
