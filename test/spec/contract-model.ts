// Loads the contracts into one neutral shape (operations, bodies, examples) so the contract checks
// read the same way for OpenAPI (bundled by Redocly, as the docs and generators see it) and AsyncAPI
// (parsed and dereferenced by @asyncapi/parser, as AsyncAPI tooling sees it).
import path from 'node:path';
import { fromFile, Parser } from '@asyncapi/parser';
import { bundle, loadConfig } from '@redocly/openapi-core';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An example and the schema it must validate against (self-contained, or `$ref`s into `$defs` of its API). */
export interface ExampleCase {
  where: string;
  value: unknown;
  schema: JsonObject;
  /** For an error response body example: the response's HTTP status and the operation's x-error-codes. */
  problem?: { status: number | undefined; errorCodes: unknown };
}

export interface OperationCase {
  api: string;
  id: string;
  where: string;
  /** True when a client sends it: every REST operation; AsyncAPI operations whose action is `clientSends`. */
  clientInitiated: boolean;
  weight: unknown;
  scope: unknown;
  errorCodes: unknown;
  /** Request and response bodies (media types, messages) and whether each carries examples. */
  bodies: { where: string; exampleCount: number }[];
}

export interface ApiModel {
  api: string;
  /** The bundled document: shared schemas under components.schemas, referenced by `$ref`. */
  bundled: JsonObject;
  /** components.schemas as a JSON Schema (`$defs`), registered with ajv under `ajvId`. */
  definitions: JsonObject;
  ajvId: string;
  /** The root's own `x-error-codes`: codes answered outside any operation (an unknown route). */
  documentCodes: unknown;
  operations: OperationCase[];
  examples: ExampleCase[];
  /** Problems the loader itself found (unresolvable refs, parser diagnostics). */
  problems: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const escapePointer = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const pointer = (...segments: (string | number)[]): string =>
  `#/${segments.map((s) => escapePointer(String(s))).join('/')}`;

function getAt(doc: JsonObject, ref: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of ref.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

/** Follows local `$ref`s; answers the node and the pointer where it really lives. */
function follow(doc: JsonObject, node: Json | undefined, at: string): { node: Json | undefined; at: string } {
  let current = node;
  let where = at;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 16; hops++) {
    where = current.$ref;
    current = getAt(doc, current.$ref);
  }
  return { node: current, at: where };
}

/** The examples of an OpenAPI media type or parameter (`example` or named `examples`). */
function namedExamples(doc: JsonObject, holder: JsonObject): { name: string; value: unknown }[] {
  const found: { name: string; value: unknown }[] = [];
  if ('example' in holder) found.push({ name: 'example', value: holder.example });
  if (isObject(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples)) {
      const example = follow(doc, raw, '').node;
      if (isObject(example) && 'value' in example) found.push({ name, value: example.value });
    }
  }
  return found;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const COMPONENT_SCHEMAS = '#/components/schemas/';

/** Points `#/components/schemas/X` refs at `<ajvId>#/$defs/X`, so a schema compiles on its own. */
function retarget(value: Json | undefined, ajvId: string): Json {
  if (Array.isArray(value)) return value.map((v) => retarget(v, ajvId));
  if (!isObject(value)) return value ?? null;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENT_SCHEMAS)
        ? `${ajvId}#/$defs/${inner.slice(COMPONENT_SCHEMAS.length)}`
        : retarget(inner, ajvId);
  }
  return out;
}

function definitionsOf(bundled: JsonObject, ajvId: string): JsonObject {
  const schemas =
    isObject(bundled.components) && isObject(bundled.components.schemas) ? bundled.components.schemas : {};
  return { $id: ajvId, $defs: retarget(schemas, ajvId) };
}

/** Bundles an OpenAPI document with the project's redocly.yaml and collects its cases. */
export async function loadOpenApi(api: string, file: string): Promise<ApiModel> {
  const config = await loadConfig({ configPath: path.join(repoRoot, 'redocly.yaml') });
  const result = await bundle({ ref: path.resolve(repoRoot, file), config });
  const doc = result.bundle.parsed as JsonObject;
  const ajvId = `urn:openvenue:${api}`;
  const problems = result.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${api}: bundle: ${p.message}`);
  const operations: OperationCase[] = [];
  const examples: ExampleCase[] = [];
  const schemaAt = (at: string): JsonObject => {
    const schema = retarget(getAt(doc, at), ajvId);
    return isObject(schema) ? schema : { not: {}, description: `no schema at ${at}` };
  };

  for (const [route, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = follow(doc, rawItem, pointer('paths', route));
    if (!isObject(item.node)) continue;
    const pathParameters = Array.isArray(item.node.parameters) ? item.node.parameters : [];
    for (const method of METHODS) {
      const op = item.node[method];
      if (!isObject(op)) continue;
      const opAt = `${item.at}/${method}`;
      const id = typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${route}`;
      const bodies: OperationCase['bodies'] = [];
      const collectContent = (content: Json | undefined, at: string, problem?: ExampleCase['problem']) => {
        if (!isObject(content)) return;
        for (const [mediaType, raw] of Object.entries(content)) {
          if (!isObject(raw)) continue;
          const mediaAt = `${at}/content/${escapePointer(mediaType)}`;
          const found = namedExamples(doc, raw);
          bodies.push({ where: `${api} ${id} ${mediaAt}`, exampleCount: found.length });
          if (!('schema' in raw)) continue;
          for (const example of found) {
            examples.push({
              where: `${api} ${id} ${mediaAt} example ${example.name}`,
              value: example.value,
              schema: schemaAt(`${mediaAt}/schema`),
              ...(problem ? { problem } : {}),
            });
          }
        }
      };
      const body = follow(doc, op.requestBody, `${opAt}/requestBody`);
      if (isObject(body.node)) collectContent(body.node.content, body.at);
      for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const response = follow(doc, raw, `${opAt}/responses/${status}`);
        if (!isObject(response.node)) continue;
        const isError = /^[45]/.test(status) || status === 'default';
        const numeric = /^\d{3}$/.test(status) ? Number(status) : undefined;
        collectContent(
          response.node.content,
          response.at,
          isError ? { status: numeric, errorCodes: op['x-error-codes'] } : undefined,
        );
        for (const [name, rawHeader] of Object.entries(
          isObject(response.node.headers) ? response.node.headers : {},
        )) {
          const header = follow(doc, rawHeader, `${response.at}/headers/${escapePointer(name)}`);
          if (!isObject(header.node) || !('schema' in header.node)) continue;
          for (const example of namedExamples(doc, header.node)) {
            examples.push({
              where: `${api} ${id} ${status} header ${name} example ${example.name}`,
              value: example.value,
              schema: schemaAt(`${header.at}/schema`),
            });
          }
        }
      }
      const parameters = [
        ...pathParameters.map((raw, index) => ({ raw, at: `${item.at}/parameters/${index}` })),
        ...(Array.isArray(op.parameters) ? op.parameters : []).map((raw, index) => ({
          raw,
          at: `${opAt}/parameters/${index}`,
        })),
      ];
      for (const { raw, at } of parameters) {
        const parameter = follow(doc, raw, at);
        if (!isObject(parameter.node) || !('schema' in parameter.node)) continue;
        for (const example of namedExamples(doc, parameter.node)) {
          examples.push({
            where: `${api} ${id} parameter ${String(parameter.node.name)} example ${example.name}`,
            value: example.value,
            schema: schemaAt(`${parameter.at}/schema`),
          });
        }
      }
      operations.push({
        api,
        id,
        where: opAt,
        clientInitiated: true,
        weight: op['x-rate-limit-weight'],
        scope: op['x-required-scope'],
        errorCodes: op['x-error-codes'],
        bodies,
      });
    }
  }
  const definitions = definitionsOf(doc, ajvId);
  return {
    api,
    bundled: doc,
    definitions,
    ajvId,
    documentCodes: doc['x-error-codes'],
    operations,
    examples,
    problems,
  };
}

/** Drops the `x-parser-*` bookkeeping the AsyncAPI parser adds to every schema. */
export function withoutParserKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(withoutParserKeys);
  if (!isObject(value)) return value as Json;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!key.startsWith('x-parser-')) out[key] = withoutParserKeys(inner);
  }
  return out;
}

/**
 * Parses an AsyncAPI document with @asyncapi/parser (its errors and warnings are problems) and
 * bundles it with Redocly too, so shared schemas can be compared with the OpenAPI bundles.
 * `clientSends` names the AsyncAPI `action` of operations a client initiates.
 */
export async function loadAsyncApi(
  api: string,
  file: string,
  clientSends: 'send' | 'receive',
): Promise<ApiModel> {
  const absolute = path.resolve(repoRoot, file);
  const parsed = await fromFile(new Parser(), absolute).parse();
  const problems = parsed.diagnostics
    .filter((d) => d.severity <= 1)
    .map(
      (d) =>
        `${api}: parser ${d.severity === 0 ? 'error' : 'warning'} ${d.code} at ${d.path.join('/')}: ${d.message}`,
    );
  const config = await loadConfig({ configPath: path.join(repoRoot, 'redocly.yaml') });
  const bundled = (await bundle({ ref: absolute, config })).bundle.parsed as JsonObject;
  const ajvId = `urn:openvenue:${api}`;
  const definitions = definitionsOf(bundled, ajvId);
  const operations: OperationCase[] = [];
  const examples: ExampleCase[] = [];
  const document = parsed.document;
  const documentCodes = bundled['x-error-codes'];
  if (!document) return { api, bundled, definitions, ajvId, documentCodes, operations, examples, problems };

  for (const op of document.operations().all()) {
    const messages = [...op.messages().all(), ...(op.reply()?.messages().all() ?? [])];
    const extension = (name: string): unknown => op.extensions().get(name)?.value();
    const id = op.id() ?? '(anonymous operation)';
    operations.push({
      api,
      id,
      where: `#/operations/${escapePointer(id)}`,
      clientInitiated: op.action() === clientSends,
      weight: extension('x-rate-limit-weight'),
      scope: extension('x-required-scope'),
      errorCodes: extension('x-error-codes'),
      bodies: messages.map((message) => ({
        where: `${api} ${id} message ${message.id()}`,
        exampleCount: message.examples().all().length,
      })),
    });
  }
  for (const message of document.allMessages().all()) {
    const payload = message.payload()?.json();
    const headers = message.headers()?.json();
    message
      .examples()
      .all()
      .forEach((example, index) => {
        const name = example.name() ?? String(index);
        if (payload !== undefined && example.hasPayload()) {
          examples.push({
            where: `${api} message ${message.id()} example ${name} payload`,
            value: example.payload(),
            schema: withoutParserKeys(payload) as JsonObject,
          });
        }
        if (headers !== undefined && example.hasHeaders()) {
          examples.push({
            where: `${api} message ${message.id()} example ${name} headers`,
            value: example.headers(),
            schema: withoutParserKeys(headers) as JsonObject,
          });
        }
      });
  }
  return { api, bundled, definitions, ajvId, documentCodes, operations, examples, problems };
}
