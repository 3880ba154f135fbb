// The access log over a real server: one JSON line per request with the fields operators rely on,
// written without the redaction pass (its keys are fixed), while every other line is still redacted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../server/config.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';
import { createLogger, type Logger } from '../../server/observability/logger.ts';

let dir: string;
let server: ServerHandle;
let logger: Logger;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ov-access-'));
  const out = new PassThrough();
  let pending = '';
  out.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) if (part) lines.push(JSON.parse(part));
  });
  logger = createLogger({ level: 'info', destination: out });
  server = await createServer(
    { ...defaultConfig(), port: 0, host: '127.0.0.1', fixPort: null, simulator: false, dataDir: dir },
    { logger },
  );
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function until<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no such log line');
}

describe('access log', () => {
  it('writes one line per request with its id, operation, status and latency', async () => {
    const r = await fetch(`${server.url}/v1/time`, { headers: { 'x-request-id': 'access-1' } });
    expect(r.status).toBe(200);
    const line = await until(() => lines.find((l) => l.requestId === 'access-1'));
    expect(line).toMatchObject({
      msg: 'request',
      service: 'openvenue',
      operation: 'getServerTime',
      method: 'GET',
      path: '/v1/time',
      status: 200,
      ip: expect.any(String),
      latencyMs: expect.any(Number),
      time: expect.any(String),
    });
    expect(line).not.toHaveProperty('aborted');
  });

  it('still redacts secrets on every other line', async () => {
    logger.info({ secret: 's3cr3t', nested: { signature: 'sig' } }, 'probe');
    const line = await until(() => lines.find((l) => l.msg === 'probe'));
    expect(line).toMatchObject({ secret: '[REDACTED]', nested: { signature: '[REDACTED]' } });
  });
});
