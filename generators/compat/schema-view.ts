/**
 * A normalised reading of one JSON Schema (OpenAPI 3.1 / JSON Schema 2020-12, with the OpenAPI 3.0
 * and AsyncAPI draft-07 spellings it still meets): `$ref`s followed, `allOf` merged, 3.1 type arrays
 * and `nullable`, `const` and `enum`, and a `oneOf`/`anyOf` whose only other branch is `null` read
 * as a nullable schema, so the comparer sees one shape whatever the spelling.
 */
import { escapeToken, resolvePointer } from '../core/contract-error.ts';

export type Json = unknown;
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A node and the JSON pointer where it lives in its document. */
export interface Located {
  readonly node: Json;
  readonly ptr: string;
}

export const child = (at: Located, ...tokens: (string | number)[]): Located => {
  let node: Json = at.node;
  for (const t of tokens) node = isObj(node) || Array.isArray(node) ? (node as Obj)[t] : undefined;
  return { node, ptr: at.ptr + tokens.map((t) => `/${escapeToken(String(t))}`).join('') };
};

const ANNOTATIONS = new Set([
  'description',
  'title',
  'summary',
  'examples',
  'example',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
]);

/**
 * Follows local `$ref`s to the node they name. Sibling keywords of a `$ref` (3.1 allows them)
 * override the target's. A ref loop that never reaches a schema, or a dangling ref, stops the walk
 * on the ref object itself rather than looping or throwing: the comparer then sees it as opaque.
 */
export function deref(doc: Json, at: Located): Located {
  let node = at.node;
  let ptr = at.ptr;
  const seen = new Set<string>();
  while (isObj(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
    const ref = node.$ref;
    const target = resolvePointer(doc, ref);
    if (seen.has(ref) || target === undefined) break;
    seen.add(ref);
    const { $ref: _ref, ...siblings } = node;
    // Siblings that constrain (not just annotate) make the merged schema live at the referrer.
    if (!Object.keys(siblings).some((k) => !ANNOTATIONS.has(k))) ptr = ref.slice(1);
    node = Object.keys(siblings).length > 0 && isObj(target) ? { ...target, ...siblings } : target;
  }
  return { node, ptr };
}

/** The component name a `$ref` points at (`#/components/schemas/Order` -> `Order`). */
export const refName = (node: Json): string | undefined =>
  isObj(node) && typeof node.$ref === 'string' ? node.$ref.split('/').pop() : undefined;

export interface Bound {
  readonly value: Json;
  readonly ptr: string;
}

export interface Variant {
  /** How the variant is matched across documents: its `$ref` name, title, constant tag or index. */
  readonly key: string;
  readonly at: Located;
}

export interface SchemaView {
  readonly ptr: string;
  /** Non-null types allowed; undefined = any type. */
  readonly types: Set<string> | undefined;
  readonly nullable: boolean;
  readonly format: Bound | undefined;
  /** Allowed values (JSON text, null excluded), from `enum` or `const`; undefined = unrestricted. */
  readonly values:
    | { readonly list: string[]; readonly ptr: string; readonly extensible: boolean }
    | undefined;
  /** Numeric, length, count, pattern and uniqueness keywords. */
  readonly bounds: Map<string, Bound>;
  readonly defaultValue: Bound | undefined;
  readonly properties: Map<string, Located>;
  readonly required: Set<string>;
  /** `additionalProperties`: undefined when absent (open). */
  readonly additional: Located | undefined;
  readonly items: Located | undefined;
  readonly prefixItems: Located[];
  readonly variants:
    | { readonly kind: 'oneOf' | 'anyOf'; readonly list: Variant[]; readonly ptr: string }
    | undefined;
  readonly discriminator:
    | { readonly propertyName: string; readonly mapping: Map<string, string> }
    | undefined;
}

const LOWER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
export const LOWER_BOUNDS: readonly string[] = LOWER;
export const UPPER_BOUNDS: readonly string[] = UPPER;
const OTHER_BOUNDS = ['pattern', 'multipleOf', 'uniqueItems'] as const;

const isNullSchema = (doc: Json, at: Located): boolean => {
  const { node } = deref(doc, at);
  return isObj(node) && (node.type === 'null' || (Array.isArray(node.type) && node.type.join() === 'null'));
};

const constTag = (doc: Json, branch: Located): string | undefined => {
  const { node } = deref(doc, branch);
  if (!isObj(node) || !isObj(node.properties)) return undefined;
  for (const [name, raw] of Object.entries(node.properties).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const prop = deref(doc, { node: raw, ptr: '' }).node;
    if (isObj(prop) && 'const' in prop) return `${name}=${JSON.stringify(prop.const)}`;
    if (isObj(prop) && Array.isArray(prop.enum) && prop.enum.length === 1)
      return `${name}=${JSON.stringify(prop.enum[0])}`;
  }
  return undefined;
};

function variantKey(doc: Json, branch: Located, index: number): string {
  const name = refName(branch.node);
  if (name) return name;
  const { node } = deref(doc, branch);
  if (isObj(node) && typeof node.title === 'string') return node.title;
  return constTag(doc, branch) ?? `#${index}`;
}

const typeSet = (type: Json): Set<string> | undefined => {
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type.map(String));
  return undefined;
};

const intersect = (a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined =>
  a === undefined ? b : b === undefined ? a : new Set([...a].filter((t) => b.has(t)));

/** Builds the view of the schema at `at`, flattening `allOf` (recursive `allOf`s stop at a repeat). */
export function viewOf(doc: Json, at: Located): SchemaView {
  const root = deref(doc, at);
  let types: Set<string> | undefined;
  let typed = false;
  let nullable = false;
  let format: Bound | undefined;
  let values: SchemaView['values'];
  let defaultValue: Bound | undefined;
  let additional: Located | undefined;
  let items: Located | undefined;
  let prefixItems: Located[] = [];
  let variants: SchemaView['variants'];
  let discriminator: SchemaView['discriminator'];
  const bounds = new Map<string, Bound>();
  const properties = new Map<string, Located>();
  const required = new Set<string>();

  const setBound = (kw: string, value: Json, ptr: string) => {
    const prev = bounds.get(kw);
    // allOf intersects: the strictest lower and upper bound wins.
    if (prev && typeof prev.value === 'number' && typeof value === 'number') {
      const keep = (LOWER as readonly string[]).includes(kw)
        ? value > prev.value
        : (UPPER as readonly string[]).includes(kw)
          ? value < prev.value
          : false;
      if (!keep) return;
    } else if (prev) return;
    bounds.set(kw, { value, ptr });
  };

  const visit = (here: Located, seen: Set<string>) => {
    if (seen.has(here.ptr)) return;
    seen.add(here.ptr);
    let node = here.node;
    if (node === true) node = {};
    if (node === false) {
      types = new Set();
      typed = true;
      return;
    }
    if (!isObj(node)) return;
    const own = (key: string) => child({ node, ptr: here.ptr }, key);

    const ownTypes = typeSet(node.type);
    if (ownTypes?.has('null')) {
      nullable = true;
      ownTypes.delete('null');
    }
    if (node.nullable === true) nullable = true;
    if (ownTypes) {
      types = intersect(types, ownTypes);
      typed = true;
    }
    if (typeof node.format === 'string' && !format) format = { value: node.format, ptr: own('format').ptr };
    // `x-extensible-enum` (true beside `enum`, or the list itself): documented as open to new
    // values, which clients must already handle.
    const marker = node['x-extensible-enum'];
    const listed =
      'const' in node
        ? [node.const]
        : Array.isArray(node.enum)
          ? node.enum
          : Array.isArray(marker)
            ? marker
            : undefined;
    if (listed && !values) {
      if (listed.includes(null)) nullable = true;
      const list = listed.filter((v) => v !== null).map((v) => JSON.stringify(v));
      const key = 'const' in node ? 'const' : Array.isArray(node.enum) ? 'enum' : 'x-extensible-enum';
      const extensible = marker === true || Array.isArray(marker);
      values = { list: [...new Set(list)].sort(), ptr: own(key).ptr, extensible };
    }
    if ('default' in node && !defaultValue) defaultValue = { value: node.default, ptr: own('default').ptr };
    // OpenAPI 3.0's boolean exclusive bounds qualify minimum/maximum: read them as 3.1 numbers.
    for (const kw of [...LOWER, ...UPPER, ...OTHER_BOUNDS]) {
      if (!(kw in node) || (typeof node[kw] === 'boolean' && kw.startsWith('exclusive'))) continue;
      let name: string = kw;
      if (kw === 'minimum' && node.exclusiveMinimum === true) name = 'exclusiveMinimum';
      if (kw === 'maximum' && node.exclusiveMaximum === true) name = 'exclusiveMaximum';
      setBound(name, node[kw], own(kw).ptr);
    }
    if (isObj(node.properties)) {
      for (const name of Object.keys(node.properties)) {
        if (!properties.has(name)) properties.set(name, child({ node, ptr: here.ptr }, 'properties', name));
      }
    }
    if (Array.isArray(node.required)) for (const name of node.required) required.add(String(name));
    if ('additionalProperties' in node && !additional) additional = own('additionalProperties');
    if ('items' in node && !items) items = own('items');
    if (Array.isArray(node.prefixItems) && prefixItems.length === 0)
      prefixItems = node.prefixItems.map((_, i) => child({ node, ptr: here.ptr }, 'prefixItems', i));
    if (!discriminator && (isObj(node.discriminator) || typeof node.discriminator === 'string')) {
      const d = node.discriminator;
      const mapping = new Map<string, string>();
      if (isObj(d) && isObj(d.mapping))
        for (const [k, v] of Object.entries(d.mapping)) mapping.set(k, String(v));
      discriminator = { propertyName: isObj(d) ? String(d.propertyName) : String(d), mapping };
    }
    for (const kind of ['oneOf', 'anyOf'] as const) {
      const list = node[kind];
      if (!Array.isArray(list) || variants) continue;
      const branches = list.map((_, i) => child({ node, ptr: here.ptr }, kind, i));
      const nonNull = branches.filter((b) => !isNullSchema(doc, b));
      const hadNull = nonNull.length < branches.length;
      if (hadNull) nullable = true;
      // `oneOf: [X, {type: null}]` is 3.1's nullable X: read it as X itself.
      if (hadNull && nonNull.length === 1 && nonNull[0]) visit(deref(doc, nonNull[0]), seen);
      else
        variants = {
          kind,
          list: nonNull.map((b) => ({ key: variantKey(doc, b, branches.indexOf(b)), at: b })),
          ptr: own(kind).ptr,
        };
    }
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((_, i) => {
        visit(deref(doc, child({ node, ptr: here.ptr }, 'allOf', i)), seen);
      });
    }
  };
  visit(root, new Set());

  if (!typed) types = inferTypes(values, properties, required, additional, items);
  return {
    ptr: root.ptr,
    types,
    nullable,
    format,
    values,
    bounds,
    defaultValue,
    properties,
    required,
    additional,
    items,
    prefixItems,
    variants,
    discriminator,
  };
}

/** A schema without `type` still implies one through its other keywords. */
function inferTypes(
  values: SchemaView['values'],
  properties: Map<string, Located>,
  required: Set<string>,
  additional: Located | undefined,
  items: Located | undefined,
): Set<string> | undefined {
  if (values) {
    return new Set(
      values.list.map((v) => {
        const parsed: unknown = JSON.parse(v);
        if (Array.isArray(parsed)) return 'array';
        if (typeof parsed === 'number') return Number.isInteger(parsed) ? 'integer' : 'number';
        return typeof parsed;
      }),
    );
  }
  if (properties.size > 0 || required.size > 0 || additional) return new Set(['object']);
  if (items) return new Set(['array']);
  return undefined;
}

/**
 * A readable name for the value at a pointer: the component schema it lives in and the property
 * path inside it (`Order.cancelReason`), or, for an inline schema, `root` (what the caller compares:
 * `request body`, `query parameter limit`) and the path below it. Messages then read the same
 * whichever operation reached a shared schema.
 */
export function describe(ptr: string, root: string): string {
  const tokens = ptr
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let name = root;
  let start = -1;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i] === 'components' && tokens[i + 1] === 'schemas') {
      name = tokens[i + 2] ?? root;
      start = i + 3;
    }
  }
  if (start < 0) start = Math.max(tokens.lastIndexOf('schema'), tokens.lastIndexOf('payload')) + 1;
  let text = name;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'properties' && i + 1 < tokens.length) text += `.${tokens[++i]}`;
    else if (t === 'items') text += '[]';
    else if (t === 'prefixItems' && i + 1 < tokens.length) text += `[${tokens[++i]}]`;
    else if (t === 'additionalProperties') text += '.*';
  }
  return text;
}
