/**
 * Old clients against the current server, one run per supported release (spec/releases, narrowed
 * by supported.json when it exists): each release's client is generated at test time from its
 * frozen contracts with the project's pipeline, the scenario is type-checked against that client,
 * then run against a real `createServer` with accounts and keys made through the back office.
 * Every REST response is checked against the release's document (status, content type, body,
 * headers, error codes) and every WebSocket frame against its AsyncAPI messages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSemver, supportedReleases } from '../../generators/compat/contracts.ts';
import { defaultConfig } from '../../server/config.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { generateReleaseClient, type ReleaseClient, repoRoot, typecheckScenario } from './release-client.ts';
import { type ResponseLog, responseChecker } from './response-checks.ts';
import type { runScenario, ScenarioKey } from './scenario.ts';

const releases = supportedReleases(repoRoot);

describe('the supported releases', () => {
  it('include 1.0.0 and every later release unless supported.json narrows them', () => {
    expect(releases).toContain('1.0.0');
    expect(releases.length).toBeGreaterThanOrEqual(2);
  });
});

let server: ServerHandle;
let dataDir: string;

/** The back office over HTTP, as an operator would use it. */
async function admin(method: string, target: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${target}`, {
    method,
    headers: {
      authorization: `Bearer ${server.operatorToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

async function fundedKey(name: string): Promise<ScenarioKey> {
  const { accountId } = (await admin('POST', '/admin/v1/accounts', { name })) as { accountId: string };
  for (const [asset, amount] of Object.entries({ USD: '1000000', BTC: '100' })) {
    await admin('POST', `/admin/v1/accounts/${accountId}/deposits`, { asset, amount });
  }
  const key = (await admin('POST', `/admin/v1/accounts/${accountId}/api-keys`, {
    type: 'hmac',
    scopes: ['read', 'trade'],
  })) as { keyId: string; secret: string };
  return { id: key.keyId, secret: key.secret };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ov-compat-clients-'));
  server = await createServer(
    {
      ...defaultConfig(),
      port: 0,
      host: '127.0.0.1',
      fixPort: null,
      simulator: false,
      dataDir,
      logLevel: 'silent',
    },
    { logger: createLogger({ level: 'silent' }) },
  );
});

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe.each(releases)('a client generated from release %s', (version) => {
  let client: ReleaseClient;
  let log: ResponseLog;

  beforeAll(async () => {
    client = await generateReleaseClient(version);
    log = await responseChecker(client);
  }, 120_000);

  afterAll(async () => {
    await client?.remove();
  });

  it('compiles the scenario against its own generated client', async () => {
    expect(await typecheckScenario(client)).toBe('');
  }, 120_000);

  it('has exactly the operations of its release: setCancelAllAfter on the socket from 1.1.0 on', async () => {
    const file = path.join(client.dir, 'compat', 'dead-mans-switch.ts');
    await writeFile(
      file,
      [
        "import type { WsClient } from '../generated/asyncapi/client.ts';",
        'export const arm = (c: WsClient) => c.setCancelAllAfter({ timeoutMs: 60000 });',
        '',
      ].join('\n'),
    );
    const diagnostics = await typecheckScenario(client, file);
    if (compareSemver(version, '1.1.0') >= 0) expect(diagnostics).toBe('');
    else expect(diagnostics).toMatch(/Property 'setCancelAllAfter' does not exist on type 'WsClient'/);
  }, 120_000);

  it('flags a response that is off its contract', async () => {
    const strict = await responseChecker(client);
    const request = new Request(`${server.url}/v1/balances`);
    const onResponse = strict.middleware.onResponse as (p: object) => unknown;
    onResponse({
      request,
      schemaPath: '/v1/balances',
      response: new Response('{"data":[{"asset":1}]}', {
        status: 200,
        headers: { 'content-type': 'text/plain', 'x-request-id': 'x'.repeat(65) },
      }),
    });
    onResponse({ request, schemaPath: '/v1/balances', response: new Response('{}', { status: 418 }) });
    await strict.settled();
    // The checks run concurrently: their order is not fixed.
    expect(strict.failures).toHaveLength(4);
    expect(strict.failures).toEqual(
      expect.arrayContaining([
        'GET /v1/balances 200: content type text/plain, documented application/json',
        expect.stringMatching(/^GET \/v1\/balances 200: body off contract /),
        expect.stringMatching(/^GET \/v1\/balances 200: header X-Request-Id: x+ .*maxLength/),
        'GET /v1/balances 418: status not documented for listBalances',
      ]),
    );
  });

  it('runs place, amend, cancel, list and stream against the current server, all on its contract', async () => {
    const { runScenario: run } = (await import(pathToFileURL(client.scenarioFile).href)) as {
      runScenario: typeof runScenario;
    };
    const unexpected: string[] = [];
    const frames: string[] = [];
    const result = await run({
      baseUrl: server.url,
      trader: await fundedKey(`compat-${version}-trader`),
      counterparty: await fundedKey(`compat-${version}-maker`),
      observe: log.middleware,
      onFrame: (frame) => frames.push(frame),
      onUnexpected: (message, reason) => unexpected.push(`${reason}: ${JSON.stringify(message)}`),
      tag: `v${version.replaceAll('.', '-')}`,
    });
    await log.settled();

    expect(log.failures).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(log.seen).toHaveLength(result.restCalls);
    for (const call of ['POST /v1/orders 201', 'PATCH /v1/orders/{orderId} 200', 'GET /v1/balances 200'])
      expect(log.seen).toContain(call);
    expect(log.seen).toContain('DELETE /v1/orders/by-client-id/{clientOrderId} 200');
    expect(log.headersChecked.get('X-Request-Id')).toBe(result.restCalls);
    expect(log.headersChecked.get('RateLimit')).toBeGreaterThan(0);
    expect(result.orderPages).toBe(3);
    expect(result.executionPages).toBe(2);

    expect(result.wsReplies).toEqual([
      'subscribe',
      'login',
      'subscribe',
      'placeOrder',
      'cancelOrder',
      'ping',
    ]);
    for (const event of ['bookSnapshot', 'bookUpdate', 'ordersSnapshot', 'ordersUpdate'])
      expect(result.wsEvents).toContain(event);
    // Every frame reached the generated client, which matched it to a reply or an event.
    expect(frames.length).toBeGreaterThanOrEqual(result.wsReplies.length + result.wsEvents.length);
  }, 60_000);
});
