/**
 * Server configuration from the environment, each value with a default that works out of the box
 * (`npm start` needs nothing). Invalid values fail start-up with a message naming the variable,
 * rather than being silently replaced by a default.
 *
 * | variable                       | default           | meaning                                          |
 * |--------------------------------|-------------------|--------------------------------------------------|
 * | OPENVENUE_PORT                 | 8080              | HTTP: REST, WebSocket (/v1/ws), docs (/docs)     |
 * | OPENVENUE_HOST                 | 127.0.0.1         | listen address (0.0.0.0 to expose the demo)      |
 * | OPENVENUE_FIX_PORT             | 9878              | FIX acceptor; `off` disables it                  |
 * | OPENVENUE_DATA_DIR             | ./data            | journal, snapshots, demo-credentials.json        |
 * | OPENVENUE_OPERATOR_TOKEN       | generated, kept   | back-office bearer token                         |
 * | OPENVENUE_SIMULATOR            | on                | the demo market simulator                        |
 * | OPENVENUE_SIMULATOR_SEED       | 1                 | the simulator's random seed                      |
 * | OPENVENUE_DEMO                 | on                | demo markets, funded account and key             |
 * | OPENVENUE_AUTH_WINDOW_MS       | 5000              | signature timestamp window                       |
 * | OPENVENUE_RATE_LIMIT_KEY       | 1200              | weight per 60 s per API key                      |
 * | OPENVENUE_RATE_LIMIT_IP        | 600               | weight per 60 s per client IP (public calls)     |
 * | OPENVENUE_RATE_LIMIT_OPERATOR  | 600               | weight per 60 s for the back office              |
 * | OPENVENUE_RATE_LIMIT_ORDERS    | 50                | orders per second per API key (order entry)      |
 * | OPENVENUE_LOG_LEVEL            | info              | pino level (debug, info, warn, error, silent)    |
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_IP_POLICY, DEFAULT_KEY_POLICY, type RateLimitPolicy } from './auth/rate-limit.ts';

export interface ServerConfig {
  /** HTTP, WebSocket and docs port; 0 picks a free one (tests). */
  port: number;
  /**
   * Interface to listen on. Default 127.0.0.1: the demo venue carries a printed operator token
   * and a funded key, so it is not exposed to the network unless asked (`0.0.0.0`).
   */
  host: string;
  /** FIX acceptor port; null disables FIX. */
  fixPort: number | null;
  dataDir: string;
  /** Back-office bearer token; generated (and printed) when null. */
  operatorToken: string | null;
  simulator: boolean;
  /** Seed of the simulator's random walk, so a run can be reproduced. */
  simulatorSeed: number;
  /** Create the demo markets, account and key on an empty data directory. */
  demo: boolean;
  /** Signature timestamp window, ms. */
  authWindowMs: number;
  keyRateLimit: RateLimitPolicy;
  ipRateLimit: RateLimitPolicy;
  operatorRateLimit: RateLimitPolicy;
  /** Orders (placeOrder, amend, batches count each order) per second per account: order-entry throttle. */
  orderRateLimit: RateLimitPolicy;
  /** Largest request body, bytes. */
  bodyLimit: number;
  /** Node's headersTimeout and requestTimeout, ms: a slow client cannot hold a socket forever. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long SIGTERM waits for in-flight requests before closing sockets anyway. */
  shutdownGraceMs: number;
  /** Serve the docs site from here at /docs (built by `npm run docs`). */
  docsDir: string;
  logLevel: string;
  /** Check every REST answer against the contract (tests and development). */
  validateResponses: boolean;
}

export const DEFAULT_OPERATOR_POLICY: RateLimitPolicy = { name: 'operator', quota: 600, windowSeconds: 60 };
export const DEFAULT_ORDER_POLICY: RateLimitPolicy = { name: 'orders', quota: 50, windowSeconds: 1 };

export function defaultConfig(): ServerConfig {
  return {
    port: 8080,
    host: '127.0.0.1',
    fixPort: 9878,
    dataDir: path.resolve('data'),
    operatorToken: null,
    simulator: true,
    simulatorSeed: 1,
    demo: true,
    authWindowMs: 5000,
    keyRateLimit: DEFAULT_KEY_POLICY,
    ipRateLimit: DEFAULT_IP_POLICY,
    operatorRateLimit: DEFAULT_OPERATOR_POLICY,
    orderRateLimit: DEFAULT_ORDER_POLICY,
    bodyLimit: 64 * 1024,
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    shutdownGraceMs: 10_000,
    // Beside the code, not the working directory: `npm start` from anywhere still serves the docs.
    docsDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/site'),
    logLevel: 'info',
    validateResponses: false,
  };
}

class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer in ${min}..${max}, got "${text}"`);
  }
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.toLowerCase();
  if (text === undefined || text === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(text)) return true;
  if (['off', 'false', '0', 'no'].includes(text)) return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]}"`);
}

function policy(env: NodeJS.ProcessEnv, name: string, fallback: RateLimitPolicy): RateLimitPolicy {
  const quota = integer(env, name, fallback.quota, 1, 1_000_000_000);
  return { ...fallback, quota };
}

/** Reads the `OPENVENUE_*` variables (documented in the README). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const d = defaultConfig();
  const fix = env.OPENVENUE_FIX_PORT;
  return {
    ...d,
    port: integer(env, 'OPENVENUE_PORT', d.port, 0, 65535),
    host: env.OPENVENUE_HOST || d.host,
    fixPort: fix === 'off' ? null : integer(env, 'OPENVENUE_FIX_PORT', 9878, 0, 65535),
    dataDir: path.resolve(env.OPENVENUE_DATA_DIR || 'data'),
    operatorToken: env.OPENVENUE_OPERATOR_TOKEN || null,
    simulator: flag(env, 'OPENVENUE_SIMULATOR', d.simulator),
    simulatorSeed: integer(env, 'OPENVENUE_SIMULATOR_SEED', d.simulatorSeed, 0, 2 ** 31 - 1),
    demo: flag(env, 'OPENVENUE_DEMO', d.demo),
    authWindowMs: integer(env, 'OPENVENUE_AUTH_WINDOW_MS', d.authWindowMs, 100, 600_000),
    keyRateLimit: policy(env, 'OPENVENUE_RATE_LIMIT_KEY', d.keyRateLimit),
    ipRateLimit: policy(env, 'OPENVENUE_RATE_LIMIT_IP', d.ipRateLimit),
    operatorRateLimit: policy(env, 'OPENVENUE_RATE_LIMIT_OPERATOR', d.operatorRateLimit),
    orderRateLimit: policy(env, 'OPENVENUE_RATE_LIMIT_ORDERS', d.orderRateLimit),
    logLevel: env.OPENVENUE_LOG_LEVEL || d.logLevel,
  };
}

export { ConfigError };
