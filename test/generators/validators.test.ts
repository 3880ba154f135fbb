import { describe, expect, it } from 'vitest';
import type { CompiledValidator } from '../../generated/runtime/validation.ts';
import * as fixtureAdmin from '../fixtures/contracts/out/basic/admin/validators.js';
import * as fixtureWs from '../fixtures/contracts/out/basic/asyncapi/validators.js';
import * as fixtureRest from '../fixtures/contracts/out/basic/openapi/validators.js';
import { type ExampleCase, restExamples, wsExamples } from './contract-examples.ts';

const order = {
  orderId: '1',
  market: 'BTC-USD',
  side: 'buy',
  status: 'new',
  quantity: '0.0100',
  filledQuantity: '0.0000',
  createdAt: '2026-11-21T12:00:00.123456Z',
};
const request = { market: 'BTC-USD', side: 'buy', type: 'limit', quantity: '0.0100' };
const problem = { type: 't', title: 'x', status: 404, code: 'MARKET_NOT_FOUND' };

/** Invalid inputs per generated validator of the fixture contract: every one must be rejected. */
const invalid: Record<string, readonly unknown[]> = {
  getMarketPath: [{}, { market: 'btc-usd' }, { market: 7 }],
  getMarketResponse200: [
    { symbol: 'BTC-USD', tickSize: '0.01' },
    { symbol: 'BTC-USD', tickSize: '0.01', status: 'shut' },
  ],
  getMarketResponse404: [
    { ...problem, code: 'NOPE' },
    { ...problem, status: 200 },
  ],
  listOrdersQuery: [{ limit: 0 }, { limit: 1001 }, { limit: '5' }, { status: 'pending' }],
  listOrdersResponse200: [{ data: [] }, { data: [{}], nextCursor: null }, { data: [], nextCursor: 5 }],
  placeOrderBody: [
    { ...request, quantity: 0.01 },
    { ...request, side: 'hold' },
    { ...request, clientOrderId: 'has space' },
    { ...request, extra: true },
    { market: 'BTC-USD' },
  ],
  placeOrderHeader: [{ 'x-request-id': 'x'.repeat(65) }],
  placeOrderResponse201: [
    { ...order, createdAt: 'yesterday' },
    { ...order, filledQuantity: '-1' },
    { ...order, status: 'open' },
  ],
  placeOrderResponse400: [{ ...problem, errors: [{ path: '/x' }] }],
  schemaDecimal: ['01', '1.', '-1', 1, '1e5'],
  schemaErrorCode: ['NOT_A_CODE', 400],
  schemaMarket: [{ symbol: 'btc', tickSize: '0.01', status: 'open' }],
  schemaOrder: [{ ...order, orderId: 1 }],
  schemaPlaceOrderRequest: [{ ...request, type: 'stop' }],
  schemaProblem: [{ ...problem, status: 200 }, { title: 'x' }],
  createAccountBody: [{ name: '' }, { makerFeeBps: 1001 }, { makerFeeBps: 1.5 }, { takerFeeBps: 1 }],
  createAccountResponse201: [{ name: 'Alice' }, { accountId: 7 }],
  clientPing: [{ op: 'pong' }, { op: 'ping', id: '1' }],
  clientPlaceOrder: [
    { op: 'placeOrder', params: request },
    { op: 'placeOrder', id: '', params: request },
    { op: 'placeOrder', id: '1' },
  ],
  serverPlaceOrderReply: [
    { id: '1' },
    { id: '1', result: order, error: problem },
    { id: '1', result: { ...order, side: 'long' } },
  ],
  serverTrade: [
    { channel: 'book', market: 'BTC-USD', price: '1', quantity: '1' },
    { channel: 'trades', market: 'BTC-USD', price: 1, quantity: '1' },
  ],
};

const fixture: Record<string, CompiledValidator> = { ...fixtureRest, ...fixtureAdmin, ...fixtureWs };

function rejects(name: string, validator: CompiledValidator, value: unknown): void {
  expect(validator(value), `${name} accepted ${JSON.stringify(value)}`).toBe(false);
  expect(validator.errors?.length ?? 0).toBeGreaterThan(0);
}

function acceptsAll(modules: Record<string, CompiledValidator>, cases: readonly ExampleCase[]): void {
  for (const c of cases) {
    const validator = modules[c.validator];
    expect(validator, `no validator ${c.validator} for the example at ${c.where}`).toBeDefined();
    const ok = validator?.(c.example);
    expect(
      ok,
      `${c.validator} rejected the example at ${c.where}: ${JSON.stringify(validator?.errors)}`,
    ).toBe(true);
  }
}

describe('generated validators: invalid table (fixture contract)', () => {
  it('has invalid cases for every generated validator', () => {
    expect(Object.keys(invalid).sort()).toEqual(Object.keys(fixture).sort());
  });

  for (const [name, values] of Object.entries(invalid)) {
    it(`${name} rejects its invalid cases`, () => {
      const validator = fixture[name];
      expect(validator).toBeDefined();
      for (const value of values) rejects(name, validator as CompiledValidator, value);
    });
  }
});

describe('generated validators accept every example in the contracts', () => {
  it('fixture contract (test/fixtures/contracts/basic)', async () => {
    const rest = await restExamples('test/fixtures/contracts/basic/openapi/openapi.yaml');
    const admin = await restExamples('test/fixtures/contracts/basic/admin/openapi.yaml');
    const ws = await wsExamples('test/fixtures/contracts/basic/asyncapi/asyncapi.yaml');
    expect(rest.length + admin.length + ws.length).toBeGreaterThan(10);
    acceptsAll(fixtureRest, rest);
    acceptsAll(fixtureAdmin, admin);
    acceptsAll(fixtureWs, ws);
  });

  const contracts = [
    ['spec/openapi/openapi.yaml', 'openapi', restExamples],
    ['spec/admin/openapi.yaml', 'admin', restExamples],
    ['spec/asyncapi/asyncapi.yaml', 'asyncapi', wsExamples],
  ] as const;
  for (const [entry, folder, collect] of contracts) {
    it(`${entry} against generated/${folder}`, async () => {
      const modules = (await import(`../../generated/${folder}/validators.js`)) as Record<
        string,
        CompiledValidator
      >;
      const cases = await collect(entry);
      expect(cases.length).toBeGreaterThan(0);
      acceptsAll(modules, cases);
    });
  }
});
