import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/contracts');
export const GOLDEN = path.join(FIXTURES, 'out/basic');

/** Scratch space inside the repo (git-ignored `tmp/`), so generated code resolves node_modules. */
export function scratchDir(prefix: string): string {
  mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  return mkdtempSync(path.join(ROOT, 'tmp', `${prefix}-`));
}

/** Runs the real CLI, as `npm run generate` does, through the front door. */
export function runGenerate(specDir: string, outDir: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'generators/generate.ts', '--spec', path.relative(ROOT, specDir), '--out', outDir],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs tsc on one tsconfig; answers its exit code and output. */
export function runTsc(project: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
