import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffTrees } from '../../generators/core/tree.ts';
import { FIXTURES, GOLDEN, ROOT, runGenerate, scratchDir } from './run-generate.ts';

const first = scratchDir('fixture-a');
const second = scratchDir('fixture-b');
afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

const EXPECTED_FILES = [
  'admin/router.ts',
  'admin/routes.ts',
  'admin/sdk.ts',
  'admin/stub.ts',
  'admin/types.ts',
  'admin/validators.d.ts',
  'admin/validators.js',
  'asyncapi/client.ts',
  'asyncapi/dispatcher.ts',
  'asyncapi/events.ts',
  'asyncapi/messages.ts',
  'asyncapi/types.ts',
  'asyncapi/validators.d.ts',
  'asyncapi/validators.js',
  'docs/admin.yaml',
  'docs/asyncapi.yaml',
  'docs/openapi.yaml',
  'openapi/router.ts',
  'openapi/routes.ts',
  'openapi/sdk.ts',
  'openapi/stub.ts',
  'openapi/types.ts',
  'openapi/validators.d.ts',
  'openapi/validators.js',
  'runtime/http.ts',
  'runtime/problem.ts',
  'runtime/route-table.ts',
  'runtime/validation.ts',
  'runtime/ws.ts',
];

describe('generated output of the fixture contract', () => {
  const run = runGenerate(path.join(FIXTURES, 'basic'), first);

  it('generates every file', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^generated 29 files into /);
  });

  it('matches the golden files (type-checked by npm run typecheck: test/ is in tsconfig)', async () => {
    for (const name of EXPECTED_FILES) {
      await expect(readFileSync(path.join(first, name), 'utf8')).toMatchFileSnapshot(path.join(GOLDEN, name));
    }
    expect(await diffTrees(GOLDEN, first)).toEqual([]);
  });

  it('starts every file with the do-not-edit header and holds no absolute path or timestamp', async () => {
    for (const name of EXPECTED_FILES) {
      const text = readFileSync(path.join(first, name), 'utf8');
      const comment = name.endsWith('.yaml') ? '#' : '//';
      expect(text.split('\n')[0]).toMatch(
        new RegExp(
          `^${comment} Generated from (test/fixtures/contracts/basic|generators)/\\S+ by generators/\\S+ — do not edit\\.$`,
        ),
      );
      expect(text).not.toContain(ROOT);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?!\.123456Z)/);
    }
  });

  it('is deterministic: a second run is byte-identical', async () => {
    const again = runGenerate(path.join(FIXTURES, 'basic'), second);
    expect(again.code).toBe(0);
    expect(await diffTrees(first, second)).toEqual([]);
  });
});
