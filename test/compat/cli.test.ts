// check:compat through its front door: the CLI's exit codes and what it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../generators/compat/cli.ts';
import { RULES_DOC, rulesMarkdown } from '../../generators/compat/docs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string, side: 'base' | 'revision') =>
  path.join('test/compat/fixtures', name, `${side}.yaml`);

/** Runs the CLI in-process and returns its exit code and everything it printed. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const code = await main(args, root);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('check:compat CLI', () => {
  it('exits 1 on a breaking change and prints rule id, location, pointer and explanation', async () => {
    const name = 'response-property-removed';
    const { code, out } = await run([
      '--base',
      fixture(name, 'base'),
      '--revision',
      fixture(name, 'revision'),
    ]);
    expect(code).toBe(1);
    expect(out).toContain('breaking response-property-removed  GET /v1/orders/{orderId}');
    expect(out).toContain('at /components/schemas/Order/properties/price');
    expect(out).toContain('Response property Order.price was removed.');
    expect(out).toContain('FAILED');
  });

  it('exits 0 when nothing breaks (info findings only)', async () => {
    const name = 'response-property-added';
    const { code, out } = await run([
      '--base',
      fixture(name, 'base'),
      '--revision',
      fixture(name, 'revision'),
    ]);
    expect(code).toBe(0);
    expect(out).toContain('0 breaking, 0 warning, 1 info');
  });

  it('allows breaking changes when the major version was bumped', async () => {
    const name = 'response-property-removed';
    const dir = mkdtempSync(path.join(tmpdir(), 'compat-'));
    const bumped = path.join(dir, 'revision.yaml');
    writeFileSync(
      bumped,
      readFileSync(fixture(name, 'revision'), 'utf8').replace('version: 1.0.0', 'version: 2.0.0'),
    );
    const { code, out } = await run(['--base', fixture(name, 'base'), '--revision', bumped]);
    expect(code).toBe(0);
    expect(out).toContain('response-property-removed');
    expect(out).toContain('the major version was bumped');
  });

  it('prints JSON with --format json', async () => {
    const name = 'request-enum-value-removed';
    const { code, out } = await run([
      '--base',
      fixture(name, 'base'),
      '--revision',
      fixture(name, 'revision'),
      '--format',
      'json',
    ]);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as {
      failed: boolean;
      reports: { findings: { rule: string; pointer: string }[] }[];
    };
    expect(parsed.failed).toBe(true);
    expect(parsed.reports[0]?.findings).toEqual([
      expect.objectContaining({
        rule: 'request-enum-value-removed',
        pointer: '/components/schemas/Side/enum',
      }),
    ]);
  });

  it('exits 2 on usage and input errors', async () => {
    expect((await run(['--base', fixture('cycle', 'base')])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run(['--base', 'nope.yaml', '--revision', fixture('cycle', 'base')])).code).toBe(2);
    const mixed = await run([
      '--base',
      fixture('cycle', 'base'),
      '--revision',
      fixture('no-change.asyncapi', 'base'),
    ]);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('openapi');
  });

  it('bundles multi-file contracts: the current public contract equals itself', async () => {
    const file = 'spec/openapi/openapi.yaml';
    const { code, out } = await run(['--base', file, '--revision', file]);
    expect(code).toBe(0);
    expect(out).toContain('0 breaking, 0 warning, 0 info');
  });

  it('is what `npm run check:compat` runs, with the exit code reaching the shell', () => {
    const name = 'operation-removed';
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'generators/compat/cli.ts',
        '--base',
        fixture(name, 'base'),
        '--revision',
        fixture(name, 'revision'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('operation-removed  DELETE /v1/orders/{orderId}');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['check:compat']).toBe('tsx generators/compat/cli.ts');
  });

  it(`${RULES_DOC} is generated from the current rule catalogue`, () => {
    expect(readFileSync(path.join(root, RULES_DOC), 'utf8')).toBe(rulesMarkdown());
  });
});
