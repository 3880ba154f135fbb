// What `npm run lint:spec` cannot check, checked on the real contracts, and on the lint fixtures to
// show each check does find what it looks for.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type Catalogue,
  catalogueFindings,
  catalogueFrom,
  createValidator,
  exampleFindings,
  operationFindings,
  problemExampleFindings,
  sharedSchemasByTitle,
} from './contract-checks.ts';
import { type ApiModel, isObject, type Json, loadAsyncApi, loadOpenApi } from './contract-model.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const readYaml = (file: string): Json => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Json;

/**
 * The spec/schemas files as a document that references them would bundle them: `./X.yaml` refs
 * renamed to X's title, the same normal form `sharedSchemasByTitle` gives a bundle.
 */
function sharedSchemaFiles(dir: string): Map<string, Json> {
  const files = readdirSync(path.join(repoRoot, dir)).filter((f) => f.endsWith('.yaml'));
  const raw = new Map(files.map((f) => [f, readYaml(path.join(dir, f))]));
  const titleOf = (file: string): string => {
    const schema = raw.get(file);
    return isObject(schema) && typeof schema.title === 'string' ? schema.title : file.replace(/\.yaml$/, '');
  };
  const rename = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rename);
    if (!isObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === '$ref' && typeof inner === 'string' && /^\.\/[^/#]+\.yaml$/.test(inner)
          ? [key, `schema:${titleOf(inner.slice(2))}`]
          : [key, rename(inner)],
      ),
    );
  };
  return new Map(files.map((f) => [titleOf(f), rename(raw.get(f) as Json)]));
}

/** Titles present in both bundles whose definitions differ (after normalising `$ref` names). */
function sharedDifferences(a: ApiModel, b: ApiModel): { common: string[]; differing: string[] } {
  const left = sharedSchemasByTitle(a.bundled);
  const right = sharedSchemasByTitle(b.bundled);
  const common = [...left.keys()].filter((title) => right.has(title)).sort();
  const differing = common.filter(
    (title) => JSON.stringify(left.get(title)) !== JSON.stringify(right.get(title)),
  );
  return { common, differing };
}

describe('contracts: what lint cannot check', () => {
  let models: ApiModel[];
  let catalogue: Catalogue;

  beforeAll(async () => {
    models = [
      await loadOpenApi('public', 'spec/openapi/openapi.yaml'),
      await loadOpenApi('admin', 'spec/admin/openapi.yaml'),
      // The WebSocket document is written from the client's point of view: `send` is what a client sends.
      await loadAsyncApi('websocket', 'spec/asyncapi/asyncapi.yaml', 'send'),
    ];
    catalogue = catalogueFrom(readYaml('spec/schemas/ErrorCode.yaml'));
  });

  it('bundle and parse without errors or warnings', () => {
    expect(models.flatMap((m) => m.problems)).toEqual([]);
    for (const model of models) expect(model.operations.length, model.api).toBeGreaterThan(0);
  });

  it('describe every catalogue code with its status, use each somewhere, and list only catalogue codes', () => {
    expect(catalogue.codes.length).toBeGreaterThan(30);
    expect(catalogueFindings(catalogue, models)).toEqual([]);
  });

  it('give every operation a weight and error codes, and every body an example', () => {
    expect(operationFindings(models.flatMap((m) => m.operations))).toEqual([]);
  });

  it('have every example (request, response, parameter, message) validate against its schema', () => {
    for (const model of models) expect(model.examples.length, model.api).toBeGreaterThan(0);
    expect(exampleFindings(createValidator(models), models)).toEqual([]);
  });

  it('show in error examples only codes the operation lists, with their catalogue status', () => {
    expect(problemExampleFindings(catalogue, models)).toEqual([]);
  });

  it('resolve shared schemas to the same definition in every document', () => {
    const [rest, admin, websocket] = models as [ApiModel, ApiModel, ApiModel];
    const restWs = sharedDifferences(rest, websocket);
    expect(restWs.common).toEqual(expect.arrayContaining(['Decimal', 'ErrorCode', 'Order', 'Problem']));
    expect(restWs.differing).toEqual([]);
    expect(sharedDifferences(rest, admin).differing).toEqual([]);
    expect(sharedDifferences(admin, websocket).differing).toEqual([]);
    // And each is the file under spec/schemas/, not a copy that drifted.
    const files = sharedSchemaFiles('spec/schemas');
    for (const model of models) {
      for (const [title, schema] of sharedSchemasByTitle(model.bundled)) {
        if (files.has(title)) expect(schema, `${model.api} ${title}`).toEqual(files.get(title));
      }
    }
  });
});

describe('contract checks find what they look for (lint fixtures)', () => {
  const TIME_400 = '#/paths/~1v1~1time/get/responses/400/content/application~1problem+json';
  const fixture = (name: string): string => path.join('spec', 'lint', 'fixtures', name);

  it('find nothing in the conforming fixtures', async () => {
    const models = [
      await loadOpenApi('valid-rest', fixture('valid/openapi.yaml')),
      await loadAsyncApi('valid-ws', fixture('valid/asyncapi.yaml'), 'receive'),
    ];
    const catalogue = catalogueFrom(readYaml(fixture('valid/schemas/ErrorCode.yaml')));
    expect(models.flatMap((m) => m.problems)).toEqual([]);
    expect(catalogueFindings(catalogue, models)).toEqual([]);
    expect(operationFindings(models.flatMap((m) => m.operations))).toEqual([]);
    expect(models.map((m) => m.examples.length)).toEqual([4, 2]);
    expect(exampleFindings(createValidator(models), models)).toEqual([]);
    expect(problemExampleFindings(catalogue, models)).toEqual([]);
    const shared = sharedDifferences(models[0] as ApiModel, models[1] as ApiModel);
    expect(shared).toEqual({ common: ['Decimal', 'ErrorCode', 'Order', 'Problem'], differing: [] });
    const files = sharedSchemaFiles(fixture('valid/schemas'));
    for (const model of models) {
      for (const [title, schema] of sharedSchemasByTitle(model.bundled))
        expect(schema).toEqual(files.get(title));
    }
  });

  it('report each broken convention in the broken fixtures', async () => {
    const models = [
      await loadOpenApi('broken-rest', fixture('broken/openapi.yaml')),
      await loadAsyncApi('broken-ws', fixture('broken/asyncapi.yaml'), 'receive'),
    ];
    const rest = models[0] as ApiModel;
    const catalogue = catalogueFrom(
      (rest.bundled.components as { schemas: Record<string, Json> }).schemas.ErrorCode as Json,
    );
    expect(catalogueFindings(catalogue, models)).toEqual([
      'catalogue code RATE_LIMITED has no x-enumDescriptions entry',
      'catalogue code NOT_LOGGED_IN has no HTTP status in x-enumHttpStatus',
      'broken-rest: root x-error-codes NO_ROUTE is not in the catalogue',
      'broken-rest place_order: x-error-codes NO_SUCH_CODE is not in the catalogue',
      'broken-ws placeOrder: x-error-codes NO_SUCH_CODE is not in the catalogue',
    ]);
    expect(operationFindings(models.flatMap((m) => m.operations))).toEqual([
      'broken-rest listOrders: no x-error-codes',
      'broken-rest place_order: x-rate-limit-weight is 0, not a positive integer',
      'broken-ws placeOrder: x-rate-limit-weight is undefined, not a positive integer',
      'broken-ws placeOrder message placeOrder: no example',
    ]);
    expect(exampleFindings(createValidator(models), models)).toEqual([
      'broken-rest place_order #/paths/~1v1~1orders/post/responses/201/content/application~1json example placed: /price must be string',
    ]);
    const limited = `broken-rest getServerTime ${TIME_400} example limited`;
    expect(problemExampleFindings(catalogue, models)).toEqual([
      `${limited}: code RATE_LIMITED is not in the operation's x-error-codes`,
      `${limited}: RATE_LIMITED is answered with 429, not 400`,
    ]);
    expect(sharedDifferences(rest, models[1] as ApiModel)).toEqual({
      common: ['ErrorCode'],
      differing: ['ErrorCode'],
    });
  });
});
