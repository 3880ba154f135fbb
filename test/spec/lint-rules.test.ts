// The lint rules are only worth having if they fire: each broken fixture must produce exactly the
// problems its comments announce (no more, no fewer), the conforming fixtures must produce none, and
// the real contracts must be clean, which is what `npm run lint:spec` enforces in CI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  configuredApis,
  type LintReport,
  repoRoot,
  runRedoclyLint,
  summarise,
} from '../../scripts/lint-spec.ts';

const fixture = (name: string): string => path.join('spec', 'lint', 'fixtures', name);

/** ruleId -> sorted JSON pointers of the problems it reported. */
function byRule(report: LintReport): Record<string, string[]> {
  const rules: Record<string, string[]> = {};
  for (const problem of report.problems) {
    const pointers = rules[problem.ruleId] ?? [];
    pointers.push(problem.location[0]?.pointer ?? '');
    rules[problem.ruleId] = pointers;
  }
  for (const pointers of Object.values(rules)) pointers.sort();
  return rules;
}

const ORDERS_POST = '#/paths/~1v1~1orders/post';
const ORDERS_GET = '#/paths/~1v1~1orders/get';
const TIME_GET = '#/paths/~1v1~1time/get';

const expectedBrokenOpenApi: Record<string, string[]> = {
  'rule/operation-id-verb-noun': [`${ORDERS_POST}/operationId`],
  'rule/operation-rate-limit-weight': [`${ORDERS_POST}/x-rate-limit-weight`],
  'rule/operation-required-scope': [`${ORDERS_POST}/x-required-scope`],
  'rule/operation-error-codes': [`${ORDERS_GET}/x-error-codes`],
  'rule/operation-tags': [`${TIME_GET}/tags`],
  'rule/media-type-named-examples': [
    `${ORDERS_POST}/requestBody/content/application~1json`,
    `${ORDERS_POST}/requestBody/content/application~1json/example`,
  ],
  'rule/parameter-examples': [`${ORDERS_GET}/parameters/0`],
  'rule/error-response-problem-json': [
    `${ORDERS_POST}/responses/400/content`,
    `${ORDERS_POST}/responses/400/content/application~1json`,
  ],
  'openvenue/money-decimal-string': [
    '#/components/schemas/OrderRequest/properties/filledQuantity',
    '#/components/schemas/OrderRequest/properties/quantity',
  ],
  'openvenue/error-codes-in-catalogue': [`${ORDERS_POST}/x-error-codes/1`, '#/x-error-codes/0'],
  'openvenue/error-responses': [
    `${ORDERS_GET}/responses`,
    `${ORDERS_POST}/x-error-codes/2`,
    `${TIME_GET}/x-error-codes/1`,
  ],
  'openvenue/enum-descriptions': [
    '#/components/schemas/ErrorCode/enum/1',
    '#/components/schemas/ErrorCode/x-enumDescriptions/STALE',
  ],
  'openvenue/ref-siblings-annotation-only': ['#/components/schemas/OrderRequest/properties/price/not'],
  'operation-description': [`${ORDERS_GET}/description`],
  'operation-tag-defined': [TIME_GET],
  'operation-4xx-response': [`${ORDERS_GET}/responses`],
  'parameter-description': [`${ORDERS_GET}/parameters/0`],
  'no-invalid-media-type-examples': [
    `${ORDERS_POST}/responses/201/content/application~1json/examples/placed/value/price`,
  ],
};

const expectedBrokenAsyncApi: Record<string, string[]> = {
  'rule/operation-rate-limit-weight': ['#/operations/placeOrder/x-rate-limit-weight'],
  'rule/operation-required-scope': ['#/operations/receive_trades/x-required-scope'],
  'rule/ws-operation-id-camel-case': ['#/operations/receive_trades'],
  'rule/ws-operation-summary': ['#/operations/placeOrder/summary'],
  'rule/ws-operation-description': ['#/operations/placeOrder/description'],
  'rule/ws-message-examples': ['#/components/messages/placeOrder/examples'],
  'rule/ws-message-description': ['#/components/messages/placeOrder'],
  'openvenue/money-decimal-string': ['#/components/messages/trade/payload/properties/price'],
  'openvenue/error-codes-in-catalogue': ['#/operations/placeOrder/x-error-codes/0'],
  'openvenue/enum-descriptions': ['#/components/schemas/ErrorCode/enum/0'],
  'openvenue/ref-siblings-annotation-only': ['#/components/messages/trade/payload/properties/code/minLength'],
};

/** Our own rules as declared in redocly.yaml: configurable `rule/...` and plugin `openvenue/...`. */
function ownRules(): string[] {
  const config = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8')) as Record<string, unknown>;
  const ids = new Set<string>();
  for (const key of ['rules', 'oas3_1Rules', 'async3Rules']) {
    const rules = (config[key] ?? {}) as Record<string, unknown>;
    for (const id of Object.keys(rules)) {
      if (id.startsWith('rule/') || id.startsWith('openvenue/')) ids.add(id);
    }
  }
  return [...ids].sort();
}

describe('spec lint rules', () => {
  it('are quiet on documents that follow the conventions', async () => {
    const apis = [fixture('valid/openapi.yaml'), fixture('valid/asyncapi.yaml')];
    const run = await runRedoclyLint(apis);
    expect(run.reports.map((r) => [r.api, r.problems])).toEqual(apis.map((api) => [api, []]));
  });

  it('fire exactly where the broken fixtures break a convention', async () => {
    const apis = [fixture('broken/openapi.yaml'), fixture('broken/asyncapi.yaml')];
    const run = await runRedoclyLint(apis);
    expect(run.reports).toHaveLength(2);
    const [openapi, asyncapi] = run.reports as [LintReport, LintReport];
    expect(byRule(openapi)).toEqual(expectedBrokenOpenApi);
    expect(byRule(asyncapi)).toEqual(expectedBrokenAsyncApi);
  });

  it('include a broken fixture for every rule of our own in redocly.yaml', () => {
    const covered = new Set([...Object.keys(expectedBrokenOpenApi), ...Object.keys(expectedBrokenAsyncApi)]);
    const uncovered = ownRules().filter((id) => !covered.has(id));
    expect(uncovered).toEqual([]);
    expect(ownRules().length).toBeGreaterThanOrEqual(15);
  });

  it('pass on the real public, back-office and WebSocket contracts (npm run lint:spec)', async () => {
    const apis = configuredApis();
    expect(apis).toEqual(['public@v1', 'admin@v1', 'websocket@v1']);
    const lines: string[] = [];
    const run = await runRedoclyLint(apis);
    const clean = summarise(run, apis, (line) => lines.push(line));
    expect(lines.join('\n')).toBe(apis.map((api) => `${api}: 0 errors, 0 warnings, 0 ignored`).join('\n'));
    expect(clean).toBe(true);
  });
});
