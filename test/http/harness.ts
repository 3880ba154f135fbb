/**
 * A real server on 127.0.0.1:0 with a temporary data directory, and a client that signs exactly
 * as the docs say (node:crypto over `timestamp \n METHOD \n target \n body`). Every response is
 * checked three ways and every mismatch is collected in `failures` (a test file asserts it stays
 * empty after each test):
 *   1. express-openapi-validator inside the server validates the status, content type and body
 *      against the bundled OpenAPI documents (and the generated validators check typed results);
 *   2. every response carries X-Request-Id, RateLimit-Policy and RateLimit;
 *   3. a problem's `code` is one of the answering operation's `x-error-codes` (or a root code
 *      for an unknown route or method), with the catalogue's status.
 * Operations answered with a 2xx are recorded, for the test that every operation is exercised.
 */
import { createHmac, createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routes as adminRoutes } from '../../generated/admin/routes.ts';
import { routes as publicRoutes } from '../../generated/openapi/routes.ts';
import { defaultConfig, type ServerConfig } from '../../server/config.ts';
import type { ResponseValidationFailure } from '../../server/http/validate-responses.ts';
import type { JournalFs } from '../../server/journal/index.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';
import { createLogger } from '../../server/observability/logger.ts';

export const allRoutes = [...publicRoutes, ...adminRoutes];
const ROOT_CODES = ['NOT_FOUND', 'METHOD_NOT_ALLOWED'];

export type Credentials = { keyId: string; secret: string } | { keyId: string; privateKey: KeyObject };

export interface CallOptions {
  body?: unknown;
  /** Exact body bytes to send (and sign), instead of JSON.stringify(body). */
  rawBody?: string | Buffer;
  key?: Credentials;
  operator?: string;
  headers?: Record<string, string>;
  /** Signature timestamp (ms); default now. */
  timestamp?: number;
  /** Tamper with what is signed versus what is sent. */
  sign?: { method?: string; target?: string; body?: string; timestamp?: string; keyId?: string };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field.
  body: any;
}

export function ed25519FromSeed(seedHex: string): KeyObject {
  const prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
  return createPrivateKey({
    key: Buffer.concat([prefix, Buffer.from(seedHex, 'hex')]),
    format: 'der',
    type: 'pkcs8',
  });
}

export function signPrehash(key: Credentials, prehash: string | Buffer): string {
  return 'secret' in key
    ? createHmac('sha256', key.secret).update(prehash).digest('base64')
    : sign(null, Buffer.from(prehash), key.privateKey).toString('base64');
}

function matchRoute(method: string, pathname: string) {
  return allRoutes.find((r) => {
    if (r.method !== method.toLowerCase()) return false;
    const re = new RegExp(`^${r.expressPath.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    return re.test(pathname);
  });
}

export class TestVenue {
  readonly exercised = new Set<string>();

  private constructor(
    readonly handle: ServerHandle,
    readonly dataDir: string,
    private readonly ownsDir: boolean,
    /** Every contract mismatch seen so far (the server's validator and the client's checks). */
    readonly failures: string[],
  ) {}

  static async start(
    overrides: Partial<ServerConfig> = {},
    dataDir?: string,
    journalFs?: JournalFs,
  ): Promise<TestVenue> {
    const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'ov-http-')));
    const failures: string[] = [];
    const config: ServerConfig = {
      ...defaultConfig(),
      port: 0,
      host: '127.0.0.1',
      fixPort: null,
      simulator: false,
      dataDir: dir,
      logLevel: 'silent',
      ...overrides,
    };
    const handle = await createServer(config, {
      logger: createLogger({ level: 'silent' }),
      ...(journalFs && { journalFs }),
      onResponseValidationFailure: (f: ResponseValidationFailure) =>
        failures.push(`${f.method} ${f.path} ${f.status}: ${f.message}`),
    });
    return new TestVenue(handle, dir, dataDir === undefined, failures);
  }

  get demo(): Credentials {
    const c = this.handle.credentials;
    if (!c) throw new Error('no demo credentials');
    return { keyId: c.keyId, secret: c.secret };
  }

  async stop(removeDir = this.ownsDir): Promise<void> {
    try {
      await this.handle.close();
    } finally {
      if (removeDir) await rm(this.dataDir, { recursive: true, force: true });
    }
  }

  async call(method: string, target: string, options: CallOptions = {}): Promise<Reply> {
    const body =
      options.rawBody !== undefined
        ? options.rawBody
        : options.body !== undefined
          ? JSON.stringify(options.body)
          : undefined;
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.key) {
      const ts = String(options.timestamp ?? Date.now());
      const s = options.sign ?? {};
      const bodyText = s.body ?? (body === undefined ? '' : body.toString());
      const prehash = `${s.timestamp ?? ts}\n${(s.method ?? method).toUpperCase()}\n${s.target ?? target}\n${bodyText}`;
      headers['x-api-key'] = s.keyId ?? options.key.keyId;
      headers['x-api-timestamp'] = ts;
      headers['x-api-signature'] = signPrehash(options.key, prehash);
    }
    if (options.operator !== undefined) headers.authorization = `Bearer ${options.operator}`;
    Object.assign(headers, options.headers);
    const response = await fetch(`${this.handle.url}${target}`, {
      method,
      headers,
      ...(body !== undefined && { body: typeof body === 'string' ? body : new Uint8Array(body) }),
    });
    const text = await response.text();
    const reply: Reply = { status: response.status, headers: response.headers, text, body: undefined };
    try {
      reply.body = text ? JSON.parse(text) : undefined;
    } catch {
      reply.body = text;
    }
    this.#check(method, target, reply);
    return reply;
  }

  #check(method: string, target: string, reply: Reply): void {
    const where = `${method} ${target} ${reply.status}`;
    for (const h of ['x-request-id', 'ratelimit-policy', 'ratelimit']) {
      if (!reply.headers.get(h)) this.failures.push(`${where}: no ${h} header`);
    }
    const pathname = new URL(target, 'http://x').pathname;
    const route = matchRoute(method, pathname);
    const contentType = reply.headers.get('content-type') ?? '';
    if (reply.status >= 400) {
      if (!contentType.startsWith('application/problem+json'))
        this.failures.push(`${where}: not problem+json`);
      const code = reply.body?.code as string | undefined;
      const allowed: readonly string[] = route ? route.errorCodes : ROOT_CODES;
      // A route that exists with another method answers the root code METHOD_NOT_ALLOWED.
      if (!code || !(allowed.includes(code) || ROOT_CODES.includes(code))) {
        this.failures.push(`${where}: code ${code} not in x-error-codes of ${route?.operationId ?? 'root'}`);
      }
      if (reply.body?.requestId !== reply.headers.get('x-request-id')) {
        this.failures.push(`${where}: problem requestId differs from X-Request-Id`);
      }
      if (/\bat .+:\d+:\d+/.test(reply.text)) this.failures.push(`${where}: stack trace in the response`);
    } else if (route && reply.status < 300) {
      this.exercised.add(route.operationId);
    }
  }

  /** A funded account with a key of the given scopes, through the back office. */
  async newAccount(
    options: {
      scopes?: ('read' | 'trade')[];
      allowedIps?: string[];
      funds?: Record<string, string>;
      ed25519?: KeyObject;
    } = {},
  ): Promise<{ accountId: string; key: Credentials }> {
    const op = this.handle.operatorToken;
    const created = await this.call('POST', '/admin/v1/accounts', { operator: op, body: { name: 'test' } });
    const accountId = created.body.accountId as string;
    for (const [asset, amount] of Object.entries(options.funds ?? { USD: '100000', BTC: '10', ETH: '100' })) {
      await this.call('POST', `/admin/v1/accounts/${accountId}/deposits`, {
        operator: op,
        body: { asset, amount },
      });
    }
    const request: Record<string, unknown> = {
      type: options.ed25519 ? 'ed25519' : 'hmac',
      scopes: options.scopes ?? ['read', 'trade'],
    };
    if (options.allowedIps) request.allowedIps = options.allowedIps;
    if (options.ed25519) {
      const spki = (await import('node:crypto'))
        .createPublicKey(options.ed25519)
        .export({ format: 'der', type: 'spki' });
      request.publicKey = Buffer.from(spki).subarray(-32).toString('base64');
    }
    const key = await this.call('POST', `/admin/v1/accounts/${accountId}/api-keys`, {
      operator: op,
      body: request,
    });
    if (key.status !== 201) throw new Error(`createApiKey: ${key.text}`);
    const credentials: Credentials = options.ed25519
      ? { keyId: key.body.keyId, privateKey: options.ed25519 }
      : { keyId: key.body.keyId, secret: key.body.secret };
    return { accountId, key: credentials };
  }
}

export function limitOrder(overrides: Record<string, unknown> = {}) {
  return {
    market: 'BTC-USD',
    side: 'buy',
    type: 'limit',
    price: '50000.00',
    quantity: '0.0100',
    ...overrides,
  };
}
