import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, GOLDEN, ROOT, runGenerate, runTsc, scratchDir } from './run-generate.ts';

const scratch = scratchDir('contract-first');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One more operation for the fixture contract: what a teammate adds to the spec. */
const EXTRA_PATH = `
  /orders/{orderId}:
    delete:
      operationId: cancelOrder
      summary: Cancel an order
      description: Cancels one open order.
      tags: [Orders]
      security:
        - apiKey: []
      x-rate-limit-weight: 1
      x-required-scope: trade
      x-error-codes: [VALIDATION_FAILED]
      parameters:
        - name: orderId
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: The canceled order.
          content:
            application/json:
              schema: { $ref: '../schemas/Order.yaml' }
`;

/** A server written against the fixture contract as it was: three handlers. */
function serverSource(routerModule: string): string {
  return `import { createRouter, type Handlers } from '${routerModule}';

const handlers = {
  getMarket: ({ path }) => ({ status: 200, body: { symbol: path.market, tickSize: '0.01', status: 'open' } }),
  listOrders: () => ({ status: 200, body: { data: [], nextCursor: null } }),
  placeOrder: () => ({ problem: { status: 400, code: 'INSUFFICIENT_FUNDS' } }),
} satisfies Handlers;

export const router = createRouter(handlers);
`;
}

function typeCheck(dir: string, routerModule: string) {
  writeFileSync(path.join(dir, 'server.ts'), serverSource(routerModule));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: path.relative(dir, path.join(ROOT, 'tsconfig.json')), include: ['server.ts'] }),
  );
  return runTsc(path.join(dir, 'tsconfig.json'));
}

describe('the contract-first loop', () => {
  it('a server that compiles against the contract ...', () => {
    const dir = path.join(scratch, 'before');
    cpSync(path.join(FIXTURES, 'basic'), path.join(dir, 'spec'), { recursive: true });
    const result = typeCheck(dir, `${path.relative(dir, GOLDEN)}/openapi/router.ts`);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('... fails to compile once the contract gains an operation, naming it', () => {
    const dir = path.join(scratch, 'after');
    cpSync(path.join(FIXTURES, 'basic'), path.join(dir, 'spec'), { recursive: true });
    const entry = path.join(dir, 'spec/openapi/openapi.yaml');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('paths:\n', `paths:${EXTRA_PATH}`));
    const generated = runGenerate(path.join(dir, 'spec'), path.join(dir, 'out'));
    expect(generated.code, generated.stderr).toBe(0);
    const result = typeCheck(dir, './out/openapi/router.ts');
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /server\.ts\(\d+,\d+\): error TS1360: .*Property 'cancelOrder' is missing/s,
    );
  });
});
