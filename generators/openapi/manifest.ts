import { resolvePointer } from '../core/contract-error.ts';
import { primitiveType, schemaDefault } from '../core/json-schema.ts';
import { header, tsValue } from '../core/text.ts';
import type { ApiModel, OperationModel, Schema } from './operations.ts';

/** One manifest row (OpenAPI 3.1 §4.8.10 Operation plus our `x-` extensions) as plain data. */
export function routeRow(op: OperationModel, doc: Schema): Record<string, unknown> {
  const lookup = (ref: string) => resolvePointer(doc, ref);
  const params = (location: string) =>
    op.parameters
      .filter((p) => p.in === location)
      .map((p) => {
        const fallback = schemaDefault(p.schema, lookup);
        return {
          name: p.name,
          type: primitiveType(p.schema, lookup) ?? 'string',
          required: p.required,
          ...(fallback !== undefined ? { default: fallback } : {}),
        };
      });
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    expressPath: op.expressPath,
    security: op.security,
    scope: op.scope,
    weight: op.weight,
    errorCodes: op.errorCodes,
    requestContentType: op.requestBody?.contentType ?? null,
    bodyRequired: op.requestBody?.required ?? false,
    responses: Object.fromEntries(op.responses.map((r) => [r.status, r.contentType ?? null])),
    parameters: { path: params('path'), query: params('query'), header: params('header') },
  };
}

/** Emits `routes.ts`: the route manifest, in router registration order. */
export function emitManifest(api: ApiModel, doc: Schema, generator: string): string {
  const rows = api.operations.map((op) => routeRow(op, doc));
  return `${header(api.source, generator)}import type { RouteSpec } from '../runtime/http.ts';

/** The server base path (servers[0].url). */
export const basePath = ${JSON.stringify(api.basePath)};

/** Every operation, static paths before parameterised ones (Express registration order). */
export const routes = ${tsValue(rows)} as const satisfies readonly RouteSpec[];

export type OperationId = (typeof routes)[number]['operationId'];

export const routesById: { readonly [Id in OperationId]: Extract<(typeof routes)[number], { operationId: Id }> } =
  Object.fromEntries(routes.map((route) => [route.operationId, route])) as never;
`;
}
