// `npm start` as a user runs it: one process, configuration from the environment, the banner and
// credentials file, REST + WebSocket + docs + FIX on their ports, the simulator moving the
// markets, JSON logs without secrets, and a graceful SIGTERM (1001 to WebSocket clients, journal
// flushed, exit code 0).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
let child: ChildProcess | undefined;
let output = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ov-start-'));
  // What `prestart` does: the docs site is built when missing.
  if (!existsSync(path.join(root, 'docs/site/index.html')))
    execFileSync('npm', ['run', 'docs'], { cwd: root });
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('runs the demo venue and stops gracefully on SIGTERM', async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      OPENVENUE_PORT: '0',
      OPENVENUE_FIX_PORT: '0',
      OPENVENUE_DATA_DIR: dir,
      OPENVENUE_SIMULATOR: 'on',
      OPENVENUE_SIMULATOR_SEED: '7',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = await waitFor('the banner', () => /demo venue on (http:\/\/\S+)/.exec(output)?.[1]);
  const fixPort = Number(await waitFor('the FIX port', () => /FIX {7}port (\d+)/.exec(output)?.[1]));
  const credentials = JSON.parse(await readFile(path.join(dir, 'demo-credentials.json'), 'utf8'));
  expect(Object.keys(credentials).sort()).toEqual(['keyId', 'operatorToken', 'secret']);
  expect(output).toContain(credentials.secret);

  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  expect((await fetch(`${url}/docs/`)).status).toBe(200);
  const markets = await (await fetch(`${url}/v1/markets`)).json();
  expect(markets.data.map((m: { symbol: string }) => m.symbol)).toEqual(['BTC-USD', 'ETH-USD', 'ETH-BTC']);
  const account = await (
    await fetch(`${url}/admin/v1/accounts/demo`, {
      headers: { authorization: `Bearer ${credentials.operatorToken}` },
    })
  ).json();
  expect(account.balances.find((b: { asset: string }) => b.asset === 'USD').total).toBe('1000000.000000');

  // The simulator keeps every market trading.
  await waitFor('simulated trades', async () => {
    const tickers = await (await fetch(`${url}/v1/tickers`)).json();
    return tickers.data.every((t: { lastPrice: string | null }) => t.lastPrice !== null) ? true : undefined;
  });

  const fix = net.connect(fixPort, '127.0.0.1');
  await new Promise<void>((resolve, reject) => fix.once('connect', resolve).once('error', reject));
  fix.destroy();

  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/ws`);
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await closed).toBe(1001);
  expect(await exited).toBe(0);
  expect(output).toContain('OpenVenue stopped');

  const logLines = output.split('\n').filter((l) => l.startsWith('{'));
  expect(logLines.some((l) => JSON.parse(l).requestId !== undefined)).toBe(true);
  for (const line of logLines) {
    expect(line).not.toContain(credentials.secret);
    expect(line).not.toContain(credentials.operatorToken);
  }
});
