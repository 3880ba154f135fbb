// Security cases, one per test: signatures, windows, keys, scopes, allowlists, isolation between
// accounts, hostile bodies and rate limits. Every response is also contract-validated (harness.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, limitOrder, type Reply, TestVenue } from './harness.ts';

let v: TestVenue;
let alice: { accountId: string; key: Credentials };
let bob: { accountId: string; key: Credentials };

beforeAll(async () => {
  v = await TestVenue.start();
  alice = await v.newAccount();
  bob = await v.newAccount();
});
afterEach(() => {
  const failures = v.failures.splice(0);
  expect(failures).toEqual([]);
});
afterAll(async () => {
  await v.stop();
});

async function expectProblem(p: Promise<Reply>, status: number, code: string): Promise<Reply> {
  const r = await p;
  expect([r.status, r.body.code]).toEqual([status, code]);
  return r;
}

describe('signatures', () => {
  it('accepts a signed request', async () => {
    expect((await v.call('GET', '/v1/balances', { key: alice.key })).status).toBe(200);
  });

  it('refuses a replayed request', async () => {
    const timestamp = Date.now();
    const body = limitOrder({ price: '10000.00', clientOrderId: 'replay-1' });
    expect((await v.call('POST', '/v1/orders', { key: alice.key, body, timestamp })).status).toBe(201);
    await expectProblem(
      v.call('POST', '/v1/orders', { key: alice.key, body, timestamp }),
      401,
      'REPLAYED_REQUEST',
    );
  });

  it('refuses a tampered method', async () => {
    const r = v.call('GET', '/v1/orders', { key: alice.key, sign: { method: 'DELETE' } });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a tampered path', async () => {
    const r = v.call('GET', '/v1/positions', { key: alice.key, sign: { target: '/v1/balances' } });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a tampered query', async () => {
    const r = v.call('DELETE', '/v1/orders?market=ETH-USD', {
      key: alice.key,
      sign: { target: '/v1/orders?market=BTC-USD' },
    });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a tampered body', async () => {
    const signed = JSON.stringify(limitOrder({ price: '10000.00' }));
    const r = v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ price: '60000.00' }),
      sign: { body: signed },
    });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
    // Same JSON value, different bytes: the server verifies the bytes, never a re-serialisation.
    const spaced = v.call('POST', '/v1/orders', {
      key: alice.key,
      rawBody: JSON.stringify(limitOrder({ price: '10000.00' }), null, 1),
      sign: { body: signed },
    });
    await expectProblem(spaced, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a tampered timestamp', async () => {
    const timestamp = Date.now();
    const r = v.call('GET', '/v1/balances', {
      key: alice.key,
      timestamp,
      sign: { timestamp: String(timestamp - 1) },
    });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a tampered key id', async () => {
    const r = v.call('GET', '/v1/balances', { key: alice.key, sign: { keyId: bob.key.keyId } });
    await expectProblem(r, 401, 'INVALID_SIGNATURE');
  });

  it('refuses a stale timestamp and says the server time', async () => {
    const r = await expectProblem(
      v.call('GET', '/v1/balances', { key: alice.key, timestamp: Date.now() - 6000 }),
      401,
      'TIMESTAMP_OUT_OF_WINDOW',
    );
    expect(Math.abs(r.body.serverTime - Date.now())).toBeLessThan(2000);
  });

  it('refuses a future timestamp', async () => {
    const r = v.call('GET', '/v1/balances', { key: alice.key, timestamp: Date.now() + 6000 });
    await expectProblem(r, 401, 'TIMESTAMP_OUT_OF_WINDOW');
  });

  it('refuses missing credentials', async () => {
    await expectProblem(v.call('GET', '/v1/balances'), 401, 'MISSING_CREDENTIALS');
  });
});

describe('keys', () => {
  it('refuses an unknown key', async () => {
    const r = v.call('GET', '/v1/balances', { key: { keyId: 'key_unknown', secret: 'x'.repeat(32) } });
    await expectProblem(r, 401, 'UNKNOWN_API_KEY');
  });

  it('refuses a revoked key', async () => {
    const { key } = await v.newAccount();
    await v.call('DELETE', `/admin/v1/api-keys/${key.keyId}`, { operator: v.handle.operatorToken });
    await expectProblem(v.call('GET', '/v1/balances', { key }), 401, 'API_KEY_REVOKED');
  });

  it('refuses a key without the scope', async () => {
    const reader = await v.newAccount({ scopes: ['read'] });
    await expectProblem(
      v.call('POST', '/v1/orders', { key: reader.key, body: limitOrder() }),
      403,
      'INSUFFICIENT_SCOPE',
    );
    const trader = await v.newAccount({ scopes: ['trade'] });
    await expectProblem(v.call('GET', '/v1/balances', { key: trader.key }), 403, 'INSUFFICIENT_SCOPE');
  });

  it('refuses a key used from outside its IP allowlist, and accepts it from inside', async () => {
    const blocked = await v.newAccount({ allowedIps: ['10.0.0.0/8'] });
    await expectProblem(v.call('GET', '/v1/balances', { key: blocked.key }), 403, 'IP_NOT_ALLOWED');
    const allowed = await v.newAccount({ allowedIps: ['127.0.0.0/8'] });
    expect((await v.call('GET', '/v1/balances', { key: allowed.key })).status).toBe(200);
  });

  it('keeps the operator token and API keys apart', async () => {
    await expectProblem(
      v.call('GET', '/admin/v1/accounts/demo', { operator: 'wrong' }),
      401,
      'INVALID_OPERATOR_TOKEN',
    );
    await expectProblem(
      v.call('GET', '/admin/v1/accounts/demo', { key: alice.key }),
      401,
      'INVALID_OPERATOR_TOKEN',
    );
    await expectProblem(
      v.call('GET', '/v1/balances', { operator: v.handle.operatorToken }),
      401,
      'MISSING_CREDENTIALS',
    );
  });
});

describe('account isolation', () => {
  it("every private operation refuses another account's orders", async () => {
    const placed = await v.call('POST', '/v1/orders', {
      key: bob.key,
      body: limitOrder({ price: '11000.00', clientOrderId: 'bobs' }),
    });
    const id = placed.body.orderId;
    const k = alice.key;
    await expectProblem(v.call('GET', `/v1/orders/${id}`, { key: k }), 404, 'ORDER_NOT_FOUND');
    await expectProblem(v.call('GET', '/v1/orders/by-client-id/bobs', { key: k }), 404, 'ORDER_NOT_FOUND');
    await expectProblem(
      v.call('PATCH', `/v1/orders/${id}`, { key: k, body: { quantity: '0.0050' } }),
      404,
      'ORDER_NOT_FOUND',
    );
    await expectProblem(v.call('DELETE', `/v1/orders/${id}`, { key: k }), 404, 'ORDER_NOT_FOUND');
    await expectProblem(v.call('DELETE', '/v1/orders/by-client-id/bobs', { key: k }), 404, 'ORDER_NOT_FOUND');
    const batch = await v.call('POST', '/v1/orders/cancel-batch', {
      key: k,
      body: { orders: [{ orderId: id }, { clientOrderId: 'bobs' }] },
    });
    expect(batch.body.data.map((r: { code: string }) => r.code)).toEqual([
      'ORDER_NOT_FOUND',
      'ORDER_NOT_FOUND',
    ]);
    const all = await v.call('DELETE', '/v1/orders', { key: k });
    expect(all.body.data.map((o: { orderId: string }) => o.orderId)).not.toContain(id);
    const listed = await v.call('GET', '/v1/orders?status=all&limit=1000', { key: k });
    expect(listed.body.data.map((o: { orderId: string }) => o.orderId)).not.toContain(id);
    expect((await v.call('GET', `/v1/executions?orderId=${id}`, { key: k })).body.data).toEqual([]);
    const still = await v.call('GET', `/v1/orders/${id}`, { key: bob.key });
    expect(still.body).toMatchObject({ status: 'new', quantity: '0.0100' });
  });
});

describe('hostile bodies', () => {
  it('refuses an oversized body with 413', async () => {
    const big = JSON.stringify({ ...limitOrder(), pad: 'x'.repeat(70 * 1024) });
    await expectProblem(
      v.call('POST', '/v1/orders', { key: alice.key, rawBody: big }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses malformed JSON', async () => {
    const r = v.call('POST', '/v1/orders', { key: alice.key, rawBody: '{"market":"BTC-USD",' });
    await expectProblem(r, 400, 'MALFORMED_JSON');
  });

  it('refuses deeply nested JSON', async () => {
    const deep = `{"market":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await expectProblem(
      v.call('POST', '/v1/orders', { key: alice.key, rawBody: deep }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses __proto__, constructor and prototype keys, and nothing is polluted', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const raw = JSON.stringify(limitOrder()).replace('{', `{"${key}":{"polluted":true},`);
      const r = await expectProblem(
        v.call('POST', '/v1/orders', { key: alice.key, rawBody: raw }),
        400,
        'VALIDATION_FAILED',
      );
      expect((r.body as { errors?: { path: string }[] }).errors?.map((e) => e.path)).toContain(`/${key}`);
    }
    const nested = JSON.stringify({ orders: [{ ...limitOrder(), x: 1 }] }).replace(
      '"x":1',
      '"__proto__":{"isAdmin":true}',
    );
    await expectProblem(
      v.call('POST', '/v1/orders/batch', { key: alice.key, rawBody: nested }),
      400,
      'VALIDATION_FAILED',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers problem+json for unknown routes and methods, with the request id echoed', async () => {
    const r = await expectProblem(
      v.call('GET', '/v1/nowhere', { headers: { 'x-request-id': 'my-req.1' } }),
      404,
      'NOT_FOUND',
    );
    expect(r.body).toMatchObject({ requestId: 'my-req.1' });
    const m = await expectProblem(v.call('PUT', '/v1/orders'), 405, 'METHOD_NOT_ALLOWED');
    expect(m.headers.get('allow')).toBe('DELETE, GET, POST');
    const bad = await v.call('GET', '/v1/time', { headers: { 'x-request-id': 'no spaces allowed' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{16}$/);
  });
});

describe('rate limits', () => {
  it('refuses past the IP limit with Retry-After, and recovers', async () => {
    const limited = await TestVenue.start({ ipRateLimit: { name: 'ip', quota: 3, windowSeconds: 1 } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.call('GET', '/v1/time')).status).toBe(200);
      const refused = await expectProblem(limited.call('GET', '/v1/time'), 429, 'RATE_LIMITED');
      const wait = Number(refused.headers.get('retry-after'));
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(refused.body.retryAfter).toBe(wait);
      expect(refused.headers.get('ratelimit')).toMatch(/^"ip";r=0;t=\d+$/);
      await new Promise((r) => setTimeout(r, wait * 1000));
      expect((await limited.call('GET', '/v1/time')).status).toBe(200);
      expect(limited.failures).toEqual([]);
    } finally {
      await limited.stop();
    }
  });

  it('limits each key on its own bucket, and order entry on its throttle', async () => {
    const limited = await TestVenue.start({
      keyRateLimit: { name: 'key', quota: 2, windowSeconds: 1 },
      orderRateLimit: { name: 'orders', quota: 1, windowSeconds: 1 },
    });
    try {
      const a = await limited.newAccount();
      const b = await limited.newAccount();
      expect(
        (await limited.call('POST', '/v1/orders', { key: a.key, body: limitOrder({ price: '1000.00' }) }))
          .status,
      ).toBe(201);
      const throttled = await limited.call('POST', '/v1/orders', {
        key: a.key,
        body: limitOrder({ price: '1000.00' }),
      });
      expect([throttled.status, throttled.body.code]).toEqual([429, 'RATE_LIMITED']);
      expect(throttled.headers.get('ratelimit-policy')).toBe('"key";q=2;w=1, "orders";q=1;w=1');
      await expectProblem(limited.call('GET', '/v1/balances', { key: a.key }), 429, 'RATE_LIMITED');
      expect((await limited.call('GET', '/v1/balances', { key: b.key })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await limited.call('GET', '/v1/balances', { key: a.key })).status).toBe(200);
      expect(limited.failures).toEqual([]);
    } finally {
      await limited.stop();
    }
  });
});
