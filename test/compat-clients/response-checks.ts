/**
 * Checks every REST response the current server gives an old client against that client's
 * release: the status must be one the operation documents, the content type the one documented
 * for that status, the body valid under the release's generated response validator, each header
 * the release defines for that response valid under its schema, and a problem's `code` one of the
 * operation's `x-error-codes`. The operation is found from the request's method and the path
 * template openapi-fetch reports, so the check reads the release's own routes manifest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Middleware } from 'openapi-fetch';
import { parse } from 'yaml';
import type { CompiledValidator } from '../../generated/runtime/validation.ts';
import type { ReleaseClient } from './release-client.ts';

interface Route {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly errorCodes: readonly string[];
  readonly responses: Readonly<Record<string, string | null>>;
}

type Json = Record<string, unknown>;

export interface ResponseLog {
  /** Every response seen, as `METHOD /path STATUS`. */
  readonly seen: string[];
  /** Each way a response broke the release's contract. */
  readonly failures: string[];
  /** Header values checked against a schema of the release, by header name. */
  readonly headersChecked: Map<string, number>;
  /** Observes responses; attach with `client.use(...)`. */
  readonly middleware: Middleware;
  /** Waits for the checks of every response seen so far. */
  settled(): Promise<void>;
}

/** Follows a local `$ref` of the bundled release document. */
function deref(doc: Json, node: unknown): Json {
  let current = node as Json;
  while (typeof current?.$ref === 'string') {
    current = (current.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((at, key) => at[key.replaceAll('~1', '/').replaceAll('~0', '~')] as Json, doc);
  }
  return current;
}

export async function responseChecker(client: ReleaseClient): Promise<ResponseLog> {
  const generated = (file: string) => pathToFileURL(path.join(client.generatedDir, file)).href;
  const { routes } = (await import(generated('openapi/routes.ts'))) as { routes: readonly Route[] };
  const validators = (await import(generated('openapi/validators.js'))) as Record<string, CompiledValidator>;
  const doc = parse(await readFile(path.join(client.dir, 'spec/openapi/openapi.yaml'), 'utf8')) as Json;
  // Header values are strings on the wire: coerce them to the schema's type before checking.
  const ajv = new Ajv2020({ strict: false, coerceTypes: true });

  const seen: string[] = [];
  const failures: string[] = [];
  const headersChecked = new Map<string, number>();
  const pending: Promise<void>[] = [];

  const check = async (request: Request, response: Response, schemaPath: string): Promise<void> => {
    const method = request.method.toLowerCase();
    const label = `${request.method} ${schemaPath} ${response.status}`;
    seen.push(label);
    const route = routes.find((r) => r.method === method && r.path === schemaPath);
    if (!route) {
      failures.push(`${label}: no such operation in the release`);
      return;
    }
    const status = String(response.status);
    if (!(status in route.responses)) {
      failures.push(`${label}: status not documented for ${route.operationId}`);
      return;
    }
    const documentedType = route.responses[status] ?? null;
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? null;
    if (contentType !== documentedType) {
      failures.push(`${label}: content type ${contentType}, documented ${documentedType}`);
    }
    const text = await response.text();
    if (documentedType !== null) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        failures.push(`${label}: body is not JSON: ${text.slice(0, 200)}`);
        return;
      }
      const validate = validators[`${route.operationId}Response${status}`];
      if (!validate) failures.push(`${label}: the release has no validator for this response`);
      else if (!validate(body)) {
        failures.push(
          `${label}: body off contract ${JSON.stringify(validate.errors)}: ${text.slice(0, 300)}`,
        );
      }
      const code = (body as { code?: unknown }).code;
      if (documentedType === 'application/problem+json' && !route.errorCodes.includes(String(code))) {
        failures.push(`${label}: ${String(code)} is not in the x-error-codes of ${route.operationId}`);
      }
    }
    const operation = deref(doc, (doc.paths as Json)[route.path]) as Json;
    const documented = deref(doc, ((operation[method] as Json).responses as Json)[status]);
    for (const [name, ref] of Object.entries((documented.headers ?? {}) as Json)) {
      const header = deref(doc, ref);
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required === true) failures.push(`${label}: required header ${name} is missing`);
        continue;
      }
      const validate = ajv.compile(deref(doc, header.schema));
      if (!validate(value))
        failures.push(`${label}: header ${name}: ${value} ${JSON.stringify(validate.errors)}`);
      headersChecked.set(name, (headersChecked.get(name) ?? 0) + 1);
    }
  };

  return {
    seen,
    failures,
    headersChecked,
    middleware: {
      onResponse({ request, response, schemaPath }) {
        // A clone: the client reads the original.
        pending.push(check(request, response.clone(), schemaPath));
        return undefined;
      },
    },
    async settled() {
      await Promise.all(pending);
    },
  };
}
