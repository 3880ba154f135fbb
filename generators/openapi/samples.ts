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

/** A JavaScript literal as a person writes it: bare keys where possible, single quotes, 2-space indent. */
export function jsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => `${inner}${jsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const key = (k: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : quote(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${jsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
}

function indentJson(value: unknown, indent: string): string {
  return jsLiteral(value, indent);
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

/** `X-API-Timestamp` to `API_TIMESTAMP`: the shell variable a sample reads a header from. */
export function envName(header: string): string {
  return header
    .replace(/^X-/i, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Headers (name, shell variable) the first security alternative of an operation sends. */
export function credentialHeaders(op: OperationModel, api: ApiModel): [string, string][] {
  const headers: [string, string][] = [];
  for (const name of op.security[0] ?? []) {
    const scheme = api.securitySchemes[name] ?? {};
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
      headers.push(['Authorization', 'Bearer $OPENVENUE_OPERATOR_TOKEN']);
    } else if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') {
      headers.push([scheme.name, `$${envName(scheme.name)}`]);
    }
  }
  return headers;
}

/** The curl sample, with the credentials the operation's security requirement names. */
export function curlSample(op: OperationModel, api: ApiModel, doc: Schema): string {
  const input = sampleInput(op, doc);
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(input.path[name])),
  );
  const query = new URLSearchParams(Object.entries(input.query).map(([k, v]) => [k, String(v)])).toString();
  const target = `${api.basePath}${path}${query ? `?${query}` : ''}`;
  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(`http://localhost:8080${target}`)}`];
  const credentials = credentialHeaders(op, api);
  for (const [name, value] of credentials) lines.push(`-H "${name}: ${value}"`);
  if (input.body !== undefined) {
    lines.push(`-H ${shellQuote(`Content-Type: ${op.requestBody?.contentType ?? 'application/json'}`)}`);
    lines.push(`--data ${shellQuote(JSON.stringify(input.body))}`);
  }
  const signature = credentials.find(([name]) => /signature/i.test(name));
  const timestamp = credentials.find(([name]) => /timestamp/i.test(name));
  // Say what the signature covers, so the sample is complete without reading the guide first.
  const note =
    signature && timestamp
      ? `# ${signature[1].slice(1)}: signature of "${timestamp[1]}\\n${op.method.toUpperCase()}\\n${target}\\n" followed by the body (see Authentication)\n`
      : '';
  return `${note}${lines.join(' \\\n  ')}`;
}

export { lit };
