import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-generate.ts';

// CI runs npm test: this is where it regenerates spec/ and fails on any difference from generated/.
describe('generated/', () => {
  it('is what npm run generate makes from spec/ (npm run check:generated)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'generators/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('generated/ matches spec/');
    expect(result.status).toBe(0);
  });
});
