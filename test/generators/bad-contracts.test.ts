import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runGenerate, scratchDir } from './run-generate.ts';

const out = scratchDir('bad-contracts');
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Each broken fixture, and the file#pointer plus reason the generator must name. */
const cases = [
  {
    fixture: 'broken-dangling-ref',
    message:
      /^error: test\/fixtures\/contracts\/broken-dangling-ref\/openapi\/openapi\.yaml#\/paths\/~1markets\/get\/responses\/200\/content\/application~1json\/schema: Can't resolve \$ref/,
  },
  {
    fixture: 'broken-duplicate-operation-id',
    message:
      /^error: test\/fixtures\/contracts\/broken-duplicate-operation-id\/openapi\/openapi\.yaml#\/paths\/~1tickers\/get\/operationId: duplicate operationId listMarkets \(first at \/paths\/~1markets\/get\)/,
  },
  {
    fixture: 'broken-unsupported',
    message:
      /^error: test\/fixtures\/contracts\/broken-unsupported\/openapi\/openapi\.yaml#\/paths\/~1session\/get\/parameters\/0\/in: unsupported construct: cookie parameters/,
  },
];

describe('bad contracts', () => {
  for (const { fixture, message } of cases) {
    it(`${fixture}: exits non-zero naming file and pointer, and changes nothing`, () => {
      const target = path.join(out, fixture);
      mkdirSync(path.join(target, 'openapi'), { recursive: true });
      writeFileSync(path.join(target, 'openapi/types.ts'), '// the previous output\n');
      const result = runGenerate(path.join(FIXTURES, fixture), target);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(readdirSync(target, { recursive: true }).sort()).toEqual(['openapi', 'openapi/types.ts']);
      expect(readFileSync(path.join(target, 'openapi/types.ts'), 'utf8')).toBe('// the previous output\n');
    });
  }
});
