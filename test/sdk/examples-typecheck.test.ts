/**
 * The examples are plain JavaScript run by `node`, so nothing else would notice when they drift
 * from the SDK's types: `sdk/tsconfig.json` checks them (`checkJs`) against the SDK source.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sdk');

it('the examples type-check against the SDK', async () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = await promisify(execFile)(process.execPath, [
    tsc,
    '-p',
    path.join(sdkDir, 'tsconfig.json'),
    '--noEmit',
  ])
    .then(() => '')
    .catch((error: { stdout?: string }) => error.stdout ?? String(error));
  expect(result).toBe('');
});
