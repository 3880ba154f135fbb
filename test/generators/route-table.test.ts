// The generated router's route table against Express's own router, registered the way the router
// used to be (one route per operation in binding order, then a 405 `all` per distinct path in
// sorted order): for every request below both must pick the same operation with the same
// parameters, the same 405 and Allow, the same decoding error, or nothing.
import { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { routes as adminRoutes } from '../../generated/admin/routes.ts';
import { routes as publicRoutes } from '../../generated/openapi/routes.ts';
import type { Binding, Operation, RouteSpec } from '../../generated/runtime/http.ts';
import { RouteTable } from '../../generated/runtime/route-table.ts';

type Outcome =
  | { operation: string; params: Record<string, string> }
  | { allow: string }
  | { error: number }
  | 'next';

function operationOf(route: RouteSpec): Operation {
  const binding: Binding = { route, validators: {}, responseValidators: {}, invoke: () => undefined };
  return { binding, path: [], query: [], header: [], headerIssuePaths: new Map() };
}

function expressRouter(routes: readonly RouteSpec[]) {
  const router = Router();
  const methods = new Map<string, string[]>();
  for (const route of routes) {
    methods.set(route.expressPath, [...(methods.get(route.expressPath) ?? []), route.method.toUpperCase()]);
    router[route.method](route.expressPath, (req, res) => {
      (res as unknown as { outcome: Outcome }).outcome = {
        operation: route.operationId,
        params: { ...req.params } as Record<string, string>,
      };
    });
  }
  for (const [expressPath, allowed] of [...methods.entries()].sort()) {
    router.all(expressPath, (_req, res) => {
      (res as unknown as { outcome: Outcome }).outcome = { allow: [...allowed].sort().join(', ') };
    });
  }
  return (method: string, url: string) =>
    new Promise<Outcome>((resolve) => {
      const req = { method, url, headers: {} } as never;
      const res = {} as { outcome?: Outcome };
      // Router#handle is Express's dispatch entry point (typed as private in @types/express).
      const dispatch = (
        router as unknown as { handle: (q: never, s: never, done: (e?: unknown) => void) => void }
      ).handle;
      dispatch.call(router, req, res as never, (error?: unknown) => {
        resolve(error ? { error: (error as { status: number }).status } : 'next');
      });
      // A matched handler answers synchronously; an unmatched request calls back on setImmediate.
      if (res.outcome !== undefined) resolve(res.outcome);
    });
}

function tableRouter(routes: readonly RouteSpec[]) {
  const table = new RouteTable(routes.map(operationOf));
  return (method: string, url: string): Outcome => {
    const found = table.find(method, url.split('?')[0] as string);
    if (found === undefined) return 'next';
    if (found.kind === 'error') return { error: (found.error as { status?: number }).status ?? 0 };
    if (found.kind === 'method') return { allow: found.allow };
    return { operation: found.operation.binding.route.operationId, params: { ...found.params } };
  };
}

/** Paths from every template: as written, upper-cased, with a trailing slash, and broken variants. */
function pathsOf(routes: readonly RouteSpec[]): string[] {
  const fills = ['BTC-USD', 'batch', 'by-client-id', 'a%20b', 'caf%C3%A9', '%E0%A4%A', '%zz', ''];
  const out = new Set<string>(['/', '/v1', '/v1/', '/admin', '/nowhere', '/v1//orders', '/v1/orders//']);
  for (const route of routes) {
    const template = route.expressPath;
    for (const fill of fills) {
      const path = template.replace(/:[A-Za-z0-9_]+/g, fill);
      out.add(path);
      out.add(`${path}/`);
      out.add(`${path}//`);
      out.add(path.toUpperCase());
      out.add(`${path}/extra`);
      out.add(`${path}?limit=5`);
      out.add(path.slice(0, -1));
    }
  }
  return [...out];
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

describe.each([
  ['public', publicRoutes],
  ['back office', adminRoutes],
] as const)('route table of the %s contract', (_name, routes) => {
  it('resolves every method and path as the Express router does', async () => {
    const express = expressRouter(routes);
    const table = tableRouter(routes);
    const paths = pathsOf(routes);
    let compared = 0;
    for (const method of METHODS) {
      for (const url of paths) {
        expect({ method, url, outcome: table(method, url) }).toEqual({
          method,
          url,
          outcome: await express(method, url),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

it('lets an earlier operation with parameters win over a later literal path, as Express does', async () => {
  const route = (operationId: string, method: RouteSpec['method'], expressPath: string): RouteSpec => ({
    operationId,
    method,
    path: expressPath,
    expressPath,
    security: [],
    scope: 'none',
    weight: 1,
    errorCodes: [],
    requestContentType: null,
    bodyRequired: false,
    responses: {},
    parameters: { path: [], query: [], header: [] },
  });
  const routes = [
    route('getThing', 'get', '/things/:id'),
    route('getMine', 'get', '/things/mine'),
    route('postMine', 'post', '/things/mine'),
  ];
  const express = expressRouter(routes);
  const table = tableRouter(routes);
  for (const [method, url] of [
    ['GET', '/things/mine'],
    ['HEAD', '/things/MINE/'],
    ['POST', '/things/mine'],
    ['PUT', '/things/mine'],
    ['PUT', '/things/other'],
  ] as const) {
    expect(table(method, url)).toEqual(await express(method, url));
  }
  expect(table('GET', '/things/mine')).toEqual({ operation: 'getThing', params: { id: 'mine' } });
});
