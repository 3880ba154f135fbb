/**
 * Fast-path validators (ValidatorEntry.fastPath): the WebSocket client messages of the real
 * contract compiled with and without the first-error pass must give the same verdict and the same
 * errors on the contract's examples, on every one-field mutation of them, and on generated order
 * bodies that walk the oneOf / if-then-else rules of PlaceOrderRequest.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledValidator } from '../../generated/runtime/validation.ts';
import { wsValidatorInputs } from '../../generators/asyncapi/emit.ts';
import { collectWsModel } from '../../generators/asyncapi/model.ts';
import { compileValidators, objectKeywordsFirst } from '../../generators/core/ajv-module.ts';
import { bundleContract } from '../../generators/core/bundle.ts';
import { wsExamples } from './contract-examples.ts';
import { ROOT, scratchDir } from './run-generate.ts';

type Module = Record<string, CompiledValidator>;

const dir = scratchDir('fast-path');
let fast: Module;
let full: Module;
let clientNames: string[];

beforeAll(async () => {
  const { doc, source } = await bundleContract(path.join(ROOT, 'spec/asyncapi/asyncapi.yaml'), ROOT);
  const { base, shared, entries } = wsValidatorInputs(doc, collectWsModel(doc, source));
  clientNames = entries.filter((e) => e.fastPath).map((e) => e.name);
  const load = async (name: string, code: string) => {
    const file = path.join(dir, `${name}.js`);
    writeFileSync(file, code);
    return (await import(pathToFileURL(file).href)) as Module;
  };
  const idBase = `${base}validators/`;
  fast = await load('fast', compileValidators(shared, entries, idBase));
  full = await load(
    'full',
    compileValidators(
      shared,
      entries.map((e) => ({ ...e, fastPath: false })),
      idBase,
    ),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Same verdict, same errors (in the same order) from both modules. */
function expectSame(name: string, value: unknown): void {
  const a = fast[name] as CompiledValidator;
  const b = full[name] as CompiledValidator;
  const verdict = b(value);
  expect(a(value), `${name} on ${JSON.stringify(value)}`).toBe(verdict);
  expect(a.errors, `${name} errors on ${JSON.stringify(value)}`).toEqual(b.errors);
}

const WRONG: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  true,
  '',
  'x'.repeat(70),
  'limit',
  'market',
  'sell',
  'GTD',
  'IOC',
  '0.0100',
  '2026-11-21T12:00:00.123456Z',
  {},
  [],
];

/** The value with one field (at the top or one level down) removed, replaced or added. */
function mutations(value: unknown): unknown[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return WRONG.slice();
  const record = value as Record<string, unknown>;
  const out: unknown[] = [{ ...record, extra: 1 }];
  for (const key of Object.keys(record)) {
    const { [key]: _, ...rest } = record;
    out.push(rest);
    for (const wrong of WRONG) out.push({ ...record, [key]: wrong });
    const inner = record[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const m of mutations(inner)) out.push({ ...record, [key]: m });
    }
  }
  return out;
}

describe('fast-path validators answer as the full ones', () => {
  it('covers every client message', () => {
    expect(clientNames.length).toBeGreaterThanOrEqual(9);
    for (const name of clientNames) expect(typeof fast[name]).toBe('function');
  });

  it('on the contract examples and every one-field mutation of them', async () => {
    const cases = (await wsExamples('spec/asyncapi/asyncapi.yaml')).filter((c) =>
      clientNames.includes(c.validator),
    );
    expect(new Set(cases.map((c) => c.validator)).size).toBe(clientNames.length);
    let checked = 0;
    for (const c of cases) {
      expectSame(c.validator, c.example);
      for (const m of mutations(c.example)) {
        expectSame(c.validator, m);
        checked++;
      }
      // Every client message validator on every other message's example too.
      for (const other of clientNames) expectSame(other, c.example);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('on generated placeOrder bodies (limit and market, time in force, expireAt, postOnly)', () => {
    const pick = (...values: unknown[]) => fc.constantFrom(...values);
    const order = fc.record(
      {
        market: pick('BTC-USD', 'btc', 7),
        side: pick('buy', 'sell', 'hold'),
        type: pick('limit', 'market', 'stop'),
        price: pick('50000.00', '01', 5),
        quantity: pick('0.0100', '-1', ''),
        quoteQuantity: pick('500.00', 'x'),
        timeInForce: pick('GTC', 'IOC', 'FOK', 'GTD', 'DAY'),
        expireAt: pick('2026-11-22T00:00:00.000000Z', '2026-11-22', 1),
        postOnly: pick(true, false, 'yes'),
        selfTradePrevention: pick('cancelTaker', 'cancelBoth', 'none'),
        clientOrderId: pick('my-order-1', 'has space', 'x'.repeat(37)),
        extra: pick(1),
      },
      { requiredKeys: [] },
    );
    const id = fc.oneof(fc.constantFrom(1, 0, -1, 2 ** 53, 1.5, '', 'place-7f3a', 'x'.repeat(65)), fc.nat());
    fc.assert(
      fc.property(order, id, (body, requestId) => {
        expectSame('clientPlaceOrder', { op: 'placeOrder', id: requestId, order: body });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('objectKeywordsFirst (the first-error copy of a schema)', () => {
  const str = { type: 'string' };
  // JSON Schema's if/then/else, spelled as data: an object literal with `then` looks like a thenable.
  const conditional = Object.fromEntries(['if', 'then', 'else'].map((k) => [k, str]));
  const cases: { name: string; given: unknown; want: unknown }[] = [
    {
      name: 'object keywords before a oneOf beside them',
      given: { type: 'object', required: ['a'], properties: { a: str }, oneOf: [{ required: ['a'] }, str] },
      want: {
        type: 'object',
        allOf: [
          { type: 'object', required: ['a'], properties: { a: str } },
          { oneOf: [{ required: ['a'] }, str] },
        ],
      },
    },
    {
      name: 'if/then/else move together, an allOf beside them goes with them',
      given: { properties: { a: str }, allOf: [str], ...conditional, title: 't' },
      want: {
        title: 't',
        allOf: [{ properties: { a: str } }, { allOf: [str], ...conditional }],
      },
    },
    {
      name: 'nested schemas too, but not a property that is named like a keyword',
      given: { properties: { oneOf: str, order: { additionalProperties: false, not: str } } },
      want: { properties: { oneOf: str, order: { allOf: [{ additionalProperties: false }, { not: str }] } } },
    },
    {
      name: 'values that are not schemas stay as written',
      given: { const: { properties: {}, oneOf: [] }, enum: [{ not: 1 }], examples: [{ if: 1 }] },
      want: { const: { properties: {}, oneOf: [] }, enum: [{ not: 1 }], examples: [{ if: 1 }] },
    },
    {
      name: 'a schema that reads what others evaluated stays as it is',
      given: { properties: { a: str }, oneOf: [str], unevaluatedProperties: false },
      want: { properties: { a: str }, oneOf: [str], unevaluatedProperties: false },
    },
    {
      name: 'no applicator: unchanged',
      given: { type: 'object', required: ['a'] },
      want: { type: 'object', required: ['a'] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(objectKeywordsFirst(c.given)).toEqual(c.want));
  }
});
