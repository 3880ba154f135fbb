/**
 * The package as an integrator gets it: `npm pack` of sdk/, installed from the tarball into an
 * empty directory (dependencies from the npm registry, nothing else from this repository), type
 * checked by a consumer file, and an example run against a demo venue this test starts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SdkTestVenue } from './venue.ts';

const run = promisify(execFile);
const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sdk');
const NPM_LOCK = '/tmp/ov-npm.lock';

let scratch: string;
let consumer: string;
let tarball: string;
let venue: SdkTestVenue;

/** npm under the team's install lock when it exists, so installs never overlap on this machine. */
function npm(args: string[], cwd: string) {
  const [file, argv] = existsSync(NPM_LOCK) ? ['flock', [NPM_LOCK, 'npm', ...args]] : ['npm', args];
  return run(file, argv, { cwd, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ov-sdk-pack-'));
  consumer = path.join(scratch, 'consumer');
  const { stdout } = await npm(['pack', '--json', '--pack-destination', scratch], sdkDir);
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string }>;
  tarball = path.join(scratch, info?.filename ?? '');
  await run('mkdir', [consumer]);
  await npm(['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], consumer);
  venue = await SdkTestVenue.start({ simulatorStepMs: 100 });
}, 300_000);

afterAll(async () => {
  await venue?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the builds, the declarations, the examples and the README, and nothing else', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').sort();
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/browser.js');
    expect(files).toContain('package/dist/types/sdk/src/index.d.ts');
    expect(files).toContain('package/examples/place-and-wait.mjs');
    expect(files).toContain('package/README.md');
    expect(files.filter((f) => /\/src\/.*\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(
      files.filter((f) => !/^package\/(dist|examples)\/|^package\/(README\.md|package\.json)$/.test(f)),
    ).toEqual([]);
  });

  it('installs with only registry dependencies', async () => {
    const installed = (await readdir(path.join(consumer, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    );
    expect(installed.sort()).toEqual(['@openvenue', 'openapi-fetch', 'openapi-typescript-helpers', 'ws']);
  });

  it('type-checks a consumer against the shipped declarations', async () => {
    await writeFile(
      path.join(consumer, 'check.ts'),
      [
        "import { OpenVenue, InsufficientFundsError, type Order } from '@openvenue/sdk';",
        "const client = new OpenVenue({ baseUrl: 'http://localhost:8080', apiKey: { id: 'k', secret: 's' } });",
        'export async function go(): Promise<Order> {',
        "  for await (const fill of client.executions.list({ market: 'BTC-USD' })) fill.executionId.toUpperCase();",
        '  try {',
        "    return await client.orders.place({ market: 'BTC-USD', side: 'buy', type: 'limit', price: '1.00', quantity: '1.0000' });",
        '  } catch (error) {',
        '    if (error instanceof InsufficientFundsError) console.log(error.code, error.requestId);',
        '    throw error;',
        '  }',
        '}',
        '// @ts-expect-error: a limit order needs a price',
        "client.orders.place({ market: 'BTC-USD', side: 'buy', type: 'limit', quantity: '1.0000' });",
        '',
      ].join('\n'),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    await run(process.execPath, [tsc, ...args, '--target', 'es2022', '--lib', 'es2023,dom', 'check.ts'], {
      cwd: consumer,
    });
  });

  it('runs the place-and-wait example against the demo venue', async () => {
    const example = path.join(consumer, 'node_modules/@openvenue/sdk/examples/place-and-wait.mjs');
    const { stdout } = await run(process.execPath, [example, 'BTC-USD', '0.0010'], {
      cwd: consumer,
      timeout: 60_000,
      env: {
        ...process.env,
        OPENVENUE_URL: venue.url,
        OPENVENUE_KEY_ID: venue.demoKey.id,
        OPENVENUE_SECRET: venue.demoKey.secret,
      },
    });
    expect(stdout).toMatch(/^placed order \S+: buy 0\.0010 BTC-USD @ \d+\.\d{2}/m);
    expect(stdout).toMatch(/^fill: 0\.\d{4} @ \d+\.\d{2}/m);
    expect(stdout).toMatch(/^order \S+ filled: 0\.0010 filled at \d+\.\d+$/m);
  });

  it('runs the book and market-maker examples', async () => {
    const env = {
      ...process.env,
      OPENVENUE_URL: venue.url,
      OPENVENUE_KEY_ID: venue.demoKey.id,
      OPENVENUE_SECRET: venue.demoKey.secret,
    };
    const examples = path.join(consumer, 'node_modules/@openvenue/sdk/examples');
    const book = await run(process.execPath, [path.join(examples, 'stream-book.mjs'), 'ETH-USD', '5'], {
      cwd: consumer,
      timeout: 60_000,
      env,
    });
    expect(book.stdout).toMatch(/^5 updates verified, 0 resyncs$/m);
    const maker = await run(process.execPath, [path.join(examples, 'market-maker.mjs'), 'ETH-USD', '2'], {
      cwd: consumer,
      timeout: 60_000,
      env,
    });
    expect(maker.stdout).toMatch(/^round 2: mid \d+\.\d{2}, quotes buy \d+\.\d{2}, sell \d+\.\d{2}$/m);
    // The simulator may trade against a quote, so fewer than two may be left to cancel.
    expect(maker.stdout).toMatch(/^done: [0-2] quotes canceled, \d+ weight left$/m);
  });
});
