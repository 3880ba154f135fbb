import { resolvePointer } from '../core/contract-error.ts';
import { camelCase, lit } from '../core/text.ts';
import type { ApiModel, OperationModel, ParameterModel, Schema } from './operations.ts';

/** The resource group of an operation in the SDK surface: its first tag, camelCased. */
export function resourceOf(op: OperationModel): string {
  return camelCase(op.tags[0] ?? 'default') || 'default';
}

/** The first example a schema carries, following `$ref`s (JSON Schema 2020-12 §9.5 `examples`). */
export function schemaExample(schema: unknown, doc: Schema): unknown {
  let s = schema as Schema | undefined;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 16; hops += 1) {
    if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
    s = resolvePointer(doc, s.$ref) as Schema | undefined;
  }
  if (!s) return undefined;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  return undefined;
}

export function parameterExample(p: ParameterModel, doc: Schema): unknown {
  return p.example ?? schemaExample(p.schema, doc);
}

export interface SampleInput {
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/** Example values for a request: path params always, query params only where the contract gives an example. */
export function sampleInput(op: OperationModel, doc: Schema): SampleInput {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') path[p.name] = parameterExample(p, doc) ?? `{${p.name}}`;
    if (p.in === 'query') {
      const value = p.example ?? (p.required ? schemaExample(p.schema, doc) : undefined);
      if (value !== undefined) query[p.name] = value;
    }
  }
  const body = op.requestBody
    ? (op.requestBody.examples[0] ?? schemaExample(op.requestBody.schema, doc) ?? {})
    : undefined;
  return { path, query, body };
}

function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/** The TypeScript sample: a call on the generated SDK surface. */
export function typescriptSample(op: OperationModel, doc: Schema): string {
  const input = sampleInput(op, doc);
  const params: string[] = [];
  if (Object.keys(input.path).length > 0) params.push(`path: ${indentJson(input.path, '    ')}`);
  if (Object.keys(input.query).length > 0) params.push(`query: ${indentJson(input.query, '    ')}`);
  const fields: string[] = [];
  if (params.length > 0) fields.push(`  params: {\n    ${params.join(',\n    ')},\n  }`);
  if (input.body !== undefined) fields.push(`  body: ${indentJson(input.body, '  ')}`);
  const args = fields.length > 0 ? `{\n${fields.join(',\n')},\n}` : '';
  return `const { data, error } = await venue.${resourceOf(op)}.${op.operationId}(${args});\nif (error) throw new Error(error.code);\nconsole.log(data);`;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The curl sample, with the credentials the operation's security scheme needs. */
export function curlSample(op: OperationModel, api: ApiModel, doc: Schema): string {
  const input = sampleInput(op, doc);
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(input.path[name])),
  );
  const query = new URLSearchParams(Object.entries(input.query).map(([k, v]) => [k, String(v)])).toString();
  const url = `http://localhost:8080${api.basePath}${path}${query ? `?${query}` : ''}`;
  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(url)}`];
  const schemes = new Set(op.security.flat());
  for (const name of [...schemes].sort()) {
    const scheme = api.securitySchemes[name] ?? {};
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
      lines.push(`-H "Authorization: Bearer $OPENVENUE_OPERATOR_TOKEN"`);
    } else if (scheme.type === 'apiKey') {
      // The signature covers timestamp, method, target and body: see the authentication guide.
      lines.push(
        `-H "X-API-Key: $OPENVENUE_KEY_ID"`,
        `-H "X-API-Timestamp: $TIMESTAMP"`,
        `-H "X-API-Signature: $SIGNATURE"`,
      );
    }
  }
  if (input.body !== undefined) {
    lines.push(`-H ${shellQuote(`Content-Type: ${op.requestBody?.contentType ?? 'application/json'}`)}`);
    lines.push(`--data ${shellQuote(JSON.stringify(input.body))}`);
  }
  return lines.join(' \\\n  ');
}

export { lit };
