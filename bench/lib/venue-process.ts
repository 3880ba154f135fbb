/**
 * The real venue (`server/main.ts`, exactly what `npm start` runs) as a child process on
 * 127.0.0.1 with a temporary data directory, so the load generator and the server each have their
 * own event loop. Durability is the server's default: every acknowledgement waits for fdatasync.
 * The rate limits are raised through the documented OPENVENUE_* variables (authentication stays
 * on); the log goes to a file, as a deployed venue's would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringArg } from './stats.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface VenueProcess {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly operatorToken: string;
  readonly dataDir: string;
  readonly logFile: string;
  /** SIGTERM (graceful: the journal is flushed), then removes the data directory. */
  stop(): Promise<void>;
}

export interface VenueProcessOptions {
  /** Extra node flags, e.g. `--cpu-prof --cpu-prof-dir=...` to profile the server. */
  nodeArgs?: string[];
  /** pino level for the server (default `info`, the demo's). */
  logLevel?: string;
  /** Keep the data directory (and log) after stop, for inspection. */
  keep?: boolean;
}

const HIGH = '1000000000';

/**
 * The node flags `npm start` runs the venue with, read from package.json's `start` script so the
 * benchmarks always measure what an operator runs (README, "npm start", says why each is there).
 */
export const SERVER_NODE_FLAGS: string[] = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const words = String(pkg.scripts.start).split(/\s+/);
  return words.slice(1, words.indexOf('--import')).filter((w) => w.startsWith('--'));
})();

/**
 * The server's extra node flags from a benchmark's command line, the same for every benchmark:
 * `--server-node-args "FLAGS"` (after npm start's, so they override them, e.g.
 * `--allocation-site-pretenuring` for an A/B) and `--profile DIR` (--cpu-prof into DIR).
 */
export function serverNodeArgs(): string[] {
  const extra = stringArg('server-node-args', '').split(' ').filter(Boolean);
  if (extra.length > 0) console.log(`server node flags: ${extra.join(' ')}`);
  const profile = stringArg('profile', '');
  return [...extra, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [])];
}

export async function startVenue(options: VenueProcessOptions = {}): Promise<VenueProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ov-bench-venue-'));
  const logFile = path.join(dataDir, 'server.log');
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        OPENVENUE_PORT: '0',
        OPENVENUE_HOST: '127.0.0.1',
        OPENVENUE_FIX_PORT: 'off',
        OPENVENUE_DATA_DIR: path.join(dataDir, 'data'),
        OPENVENUE_SIMULATOR: 'off',
        OPENVENUE_DEMO: 'on',
        OPENVENUE_LOG_LEVEL: options.logLevel ?? 'info',
        OPENVENUE_RATE_LIMIT_KEY: HIGH,
        OPENVENUE_RATE_LIMIT_IP: HIGH,
        OPENVENUE_RATE_LIMIT_OPERATOR: HIGH,
        OPENVENUE_RATE_LIMIT_ORDERS: HIGH,
      },
      stdio: ['ignore', out, out],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = Date.now() + 60_000;
  let url: string | undefined;
  while (url === undefined) {
    if (child.exitCode !== null || Date.now() > until) {
      throw new Error(`the venue did not start:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
    url = /demo venue on (http:\/\/\S+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
  }
  const credentials = JSON.parse(
    readFileSync(path.join(dataDir, 'data', 'demo-credentials.json'), 'utf8'),
  ) as {
    operatorToken: string;
  };
  return {
    url,
    port: Number(new URL(url).port),
    pid: child.pid as number,
    operatorToken: credentials.operatorToken,
    dataDir,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
