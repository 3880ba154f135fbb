import { describe, expect, it } from 'vitest';
import { relinkFileRefs } from '../../generators/core/bundle.ts';
import { primitiveType, schemaDefault, toAjvSchema } from '../../generators/core/json-schema.ts';
import { camelCase, pascalCase, tsValue } from '../../generators/core/text.ts';
import { routeRow } from '../../generators/openapi/manifest.ts';
import {
  basePathOf,
  collectOperations,
  type OperationModel,
  type Schema,
  toExpressPath,
} from '../../generators/openapi/operations.ts';
import { inputType, resultMember } from '../../generators/openapi/router.ts';
import { curlSample, jsLiteral, resourceOf, sampleInput } from '../../generators/openapi/samples.ts';
import { initRequired } from '../../generators/openapi/sdk.ts';
import { refMapper } from '../../generators/openapi/validators.ts';
import { contractError } from './expect-contract-error.ts';

const ext = { 'x-rate-limit-weight': 1, 'x-required-scope': 'none', 'x-error-codes': ['VALIDATION_FAILED'] };
const ok = { '200': { description: 'ok' } };
const doc = (paths: Schema, more: Schema = {}): Schema => ({ openapi: '3.1.0', info: {}, paths, ...more });

describe('naming', () => {
  it.each([
    ['placeOrder', 'PlaceOrder', 'placeOrder'],
    ['Market data', 'MarketData', 'marketData'],
    ['book-snapshot', 'BookSnapshot', 'bookSnapshot'],
  ])('%s', (given, pascal, camel) => {
    expect([pascalCase(given), camelCase(given)]).toEqual([pascal, camel]);
  });
  it('tsValue sorts nothing but is stable and quotes non-identifiers', () => {
    expect(tsValue({ a: [1], 'b-c': null, d: undefined })).toBe('{\n  a: [\n    1,\n  ],\n  "b-c": null,\n}');
  });
});

describe('OpenAPI Server Object and paths', () => {
  it.each([
    [{ servers: [{ url: '/v1' }] }, '/v1'],
    [{ servers: [{ url: 'https://api.example/v1/' }] }, '/v1'],
    [{}, ''],
  ])('basePathOf(%j) = %s', (given, want) => expect(basePathOf(given)).toBe(want));
  it.each([
    ['/v1', '/markets/{market}/book', '/v1/markets/:market/book'],
    ['', '/orders/by-client-id/{clientOrderId}', '/orders/by-client-id/:clientOrderId'],
  ])('toExpressPath(%s, %s) = %s', (base, given, want) => expect(toExpressPath(base, given)).toBe(want));
});

describe('collectOperations (OpenAPI 3.1 Operation Object)', () => {
  const api = collectOperations(
    doc(
      {
        '/orders/{orderId}': { delete: { operationId: 'cancelOrder', ...ext, responses: ok } },
        '/orders/batch': {
          post: { operationId: 'placeOrderBatch', ...ext, security: [{ key: [] }], responses: ok },
        },
        '/orders': {
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          get: {
            operationId: 'listOrders',
            ...ext,
            parameters: [{ $ref: '#/components/parameters/Limit' }],
            responses: { '200': { $ref: '#/components/responses/Page' } },
          },
        },
      },
      {
        servers: [{ url: '/v1' }],
        components: {
          parameters: {
            Limit: { name: 'limit', in: 'query', required: true, schema: { type: 'integer', maximum: 5 } },
          },
          responses: {
            Page: { description: 'page', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    ),
    'spec.yaml',
  );

  it('orders routes static segments before parameters', () => {
    expect(api.operations.map((o) => `${o.method} ${o.expressPath}`)).toEqual([
      'get /v1/orders',
      'post /v1/orders/batch',
      'delete /v1/orders/:orderId',
    ]);
  });

  it('resolves parameter and response refs, operation parameters overriding path-level ones', () => {
    const list = api.operations[0] as OperationModel;
    expect(list.parameters).toEqual([
      {
        name: 'limit',
        in: 'query',
        required: true,
        schema: { type: 'integer', maximum: 5 },
        pointer: '/components/parameters/Limit',
      },
    ]);
    expect(list.responses).toEqual([
      {
        status: '200',
        description: 'page',
        contentType: 'application/json',
        schema: { type: 'object' },
        headers: [],
      },
    ]);
    expect(routeRow(list, {})).toMatchObject({
      parameters: { query: [{ name: 'limit', type: 'integer', required: true }] },
    });
  });

  it('reads security and the x- extensions', () => {
    expect(api.operations.map((o) => [o.operationId, o.security, o.scope, o.weight, o.errorCodes])).toEqual([
      ['listOrders', [], 'none', 1, ['VALIDATION_FAILED']],
      ['placeOrderBatch', [['key']], 'none', 1, ['VALIDATION_FAILED']],
      ['cancelOrder', [], 'none', 1, ['VALIDATION_FAILED']],
    ]);
  });

  it.each([
    [doc({}, { openapi: '3.0.3' }), '/openapi', 'only OpenAPI 3.1 documents are supported'],
    [
      doc({ '/a': { get: { ...ext, responses: ok } } }),
      '/paths/~1a/get/operationId',
      'every operation needs an operationId that is an identifier',
    ],
    [
      doc({ '/a': { get: { operationId: 'a', ...ext, 'x-rate-limit-weight': 0, responses: ok } } }),
      '/paths/~1a/get/x-rate-limit-weight',
      'must be a positive integer',
    ],
    [
      doc({ '/a': { get: { operationId: 'a', ...ext, 'x-required-scope': 'admin', responses: ok } } }),
      '/paths/~1a/get/x-required-scope',
      'must be one of none, read, trade, operator',
    ],
    [
      doc({ '/a': { get: { operationId: 'a', ...ext, parameters: [{ $ref: '#/nope' }], responses: ok } } }),
      '/paths/~1a/get/parameters/0',
      'dangling $ref #/nope',
    ],
    [
      doc({
        '/a': {
          post: {
            operationId: 'a',
            ...ext,
            requestBody: { content: { 'text/csv': { schema: {} } } },
            responses: ok,
          },
        },
      }),
      '/paths/~1a/post/requestBody/content/text~1csv',
      'unsupported construct: media type text/csv',
    ],
    [
      doc({ '/a': { get: { operationId: 'a', ...ext, callbacks: {}, responses: ok } } }),
      '/paths/~1a/get/callbacks',
      'unsupported construct: callbacks',
    ],
    [
      doc({
        '/a': {
          get: {
            operationId: 'a',
            ...ext,
            parameters: [{ name: 'q', in: 'query', content: {} }],
            responses: ok,
          },
        },
      }),
      '/paths/~1a/get/parameters/0/content',
      'unsupported construct: parameter `content` (use `schema`)',
    ],
  ])('rejects %#', (given, pointer, reason) => {
    expect(contractError(() => collectOperations(given, 'spec.yaml'))).toEqual({ pointer, reason });
  });
});

describe('JSON Schema transforms', () => {
  const mapRef = refMapper('https://x/', 'spec.yaml', '/at');
  it('toAjvSchema drops x- and OpenAPI-only keywords, keeps a property named example, maps refs', () => {
    expect(
      toAjvSchema(
        {
          type: 'object',
          'x-enumDescriptions': {},
          example: { a: 1 },
          properties: { example: { $ref: '#/components/schemas/Decimal', discriminator: {} } },
          oneOf: [{ $ref: '#/components/schemas/Order/properties/price' }],
        },
        mapRef,
        'spec.yaml',
        '/s',
      ),
    ).toEqual({
      type: 'object',
      properties: { example: { $ref: 'https://x/schemas/Decimal.json' } },
      oneOf: [{ $ref: 'https://x/schemas/Order.json#/properties/price' }],
    });
  });
  it.each([
    [{ type: 'string', nullable: true }, '/s/nullable'],
    [{ properties: { a: { $dynamicRef: '#x' } } }, '/s/properties/a/$dynamicRef'],
  ])('toAjvSchema rejects %j', (given, pointer) => {
    expect(contractError(() => toAjvSchema(given, mapRef, 'spec.yaml', '/s')).pointer).toBe(pointer);
  });
  it('refMapper rejects refs outside components.schemas', () => {
    expect(contractError(() => mapRef('#/components/responses/X')).reason).toBe(
      'unsupported $ref in a schema: #/components/responses/X',
    );
  });
  it.each([
    [{ type: 'integer' }, 'integer'],
    [{ type: ['string', 'null'] }, 'string'],
    [{ type: 'array', items: { type: 'boolean' } }, 'array:boolean'],
    [{ $ref: '#/Limit' }, 'number'],
    [{ oneOf: [] }, undefined],
  ])('primitiveType(%j) = %s', (given, want) => {
    expect(primitiveType(given, () => ({ type: 'number' }))).toBe(want);
  });
  it.each([
    [{ type: 'integer', default: 100 }, 100],
    [{ $ref: '#/Limit' }, 5],
    [{ $ref: '#/Limit', default: 7 }, 7],
    [{ type: 'string' }, undefined],
  ])('schemaDefault(%j) = %s', (given, want) => {
    expect(schemaDefault(given, () => ({ type: 'integer', default: 5 }))).toBe(want);
  });
  it('relinkFileRefs points a leftover file ref at the bundled component', () => {
    const bundled: Schema = {
      components: { schemas: { Decimal: {} } },
      a: { prefixItems: [{ $ref: 'Decimal.yaml' }] },
    };
    relinkFileRefs(bundled, 'spec.yaml');
    expect(bundled.a).toEqual({ prefixItems: [{ $ref: '#/components/schemas/Decimal' }] });
    expect(contractError(() => relinkFileRefs({ b: { $ref: 'Nope.yaml' } }, 'spec.yaml')).pointer).toBe(
      '/b/$ref',
    );
  });
});

describe('router and SDK types', () => {
  const op: OperationModel = {
    operationId: 'amendOrder',
    method: 'patch',
    path: '/orders/{orderId}',
    expressPath: '/v1/orders/:orderId',
    pointer: '/paths/~1orders~1{orderId}/patch',
    summary: '',
    tags: ['Orders'],
    security: [['key']],
    scope: 'trade',
    weight: 1,
    errorCodes: [],
    parameters: [
      {
        name: 'orderId',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        pointer: '/p',
        example: '42',
      },
    ],
    requestBody: {
      required: false,
      contentType: 'application/json',
      schema: {},
      examples: [{ price: '1.00' }],
    },
    responses: [],
  };
  it('inputType names only the declared parts; an optional body may be undefined', () => {
    expect(inputType(op)).toBe(
      `{\n  readonly path: NonNullable<operations["amendOrder"]['parameters']["path"]>;\n  readonly body: NonNullable<operations["amendOrder"]['requestBody']>['content']["application/json"] | undefined;\n}`,
    );
    expect(inputType({ ...op, parameters: [], requestBody: undefined } as unknown as OperationModel)).toBe(
      'Record<string, never>',
    );
  });
  it.each([
    [{ status: '204', description: '', headers: [] }, '{ readonly status: 204 }'],
    [
      {
        status: 'default',
        description: '',
        contentType: 'application/problem+json',
        headers: [{ name: 'Retry-After', required: true, schema: {} }],
      },
      `{ readonly status: number; readonly body: operations["amendOrder"]['responses']["default"]['content']["application/problem+json"]; readonly headers: { readonly "Retry-After": string | number | boolean } }`,
    ],
  ])('resultMember %#', (response, want) => expect(resultMember(op, response)).toBe(want));
  it('initRequired follows required parameters and bodies', () => {
    expect([initRequired(op), initRequired({ ...op, parameters: [] })]).toEqual([true, false]);
  });
  it('code samples use the contract examples', () => {
    expect(resourceOf(op)).toBe('orders');
    expect(sampleInput(op, {})).toEqual({ path: { orderId: '42' }, query: {}, body: { price: '1.00' } });
    const api = {
      source: 's',
      basePath: '/v1',
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        ts: { type: 'apiKey', in: 'header', name: 'X-API-Timestamp' },
        sig: { type: 'apiKey', in: 'header', name: 'X-API-Signature' },
      },
      operations: [],
    };
    expect(curlSample({ ...op, security: [['key', 'ts', 'sig']] }, api, {})).toBe(
      [
        '# API_SIGNATURE: signature of "$API_TIMESTAMP\\nPATCH\\n/v1/orders/42\\n" followed by the body (see Authentication)',
        [
          "curl -X PATCH 'http://localhost:8080/v1/orders/42'",
          '-H "X-API-Key: $API_KEY"',
          '-H "X-API-Timestamp: $API_TIMESTAMP"',
          '-H "X-API-Signature: $API_SIGNATURE"',
          "-H 'Content-Type: application/json'",
          `--data '{"price":"1.00"}'`,
        ].join(' \\\n  '),
      ].join('\n'),
    );
    expect(jsLiteral({ a: "it's", 'b-c': [1, null] })).toBe(
      `{\n  a: 'it\\'s',\n  'b-c': [\n    1,\n    null,\n  ],\n}`,
    );
  });
});
