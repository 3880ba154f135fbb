// Request input over the wire as clients really send it: bodies in several TCP writes, forbidden
// keys deep inside a body, and query strings with parameters the operation does not declare.
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, limitOrder, signPrehash, TestVenue } from './harness.ts';

let v: TestVenue;
let alice: { accountId: string; key: Credentials };

beforeAll(async () => {
  v = await TestVenue.start();
  alice = await v.newAccount();
});
afterEach(() => {
  expect(v.failures.splice(0)).toEqual([]);
});
afterAll(async () => {
  await v.stop();
});

/** A signed POST whose body leaves the client in `pieces` separate writes, a pause between each. */
function postInPieces(
  target: string,
  body: string,
  pieces: number,
): Promise<{ status: number; text: string }> {
  const ts = String(Date.now());
  const signature = signPrehash(alice.key, `${ts}\nPOST\n${target}\n${body}`);
  const url = new URL(target, v.handle.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-api-key': alice.key.keyId,
          'x-api-timestamp': ts,
          'x-api-signature': signature,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    const size = Math.ceil(body.length / pieces);
    const writeFrom = (at: number) => {
      if (at >= body.length) {
        req.end();
        return;
      }
      req.write(body.slice(at, at + size));
      setTimeout(() => writeFrom(at + size), 20);
    };
    writeFrom(0);
  });
}

describe('request bodies', () => {
  it('reads a body that arrives in several writes as the bytes that were signed', async () => {
    const body = JSON.stringify(limitOrder({ price: '10000.00', clientOrderId: 'pieces-1' }));
    const r = await postInPieces('/v1/orders', body, 4);
    expect(r.status).toBe(201);
    expect(JSON.parse(r.text)).toMatchObject({ clientOrderId: 'pieces-1', price: '10000.00' });
  });

  it('names a forbidden key deep inside a batch by its JSON Pointer', async () => {
    const raw = JSON.stringify({ orders: [limitOrder(), { ...limitOrder(), x: 1 }] }).replace(
      '"x":1',
      '"a/b":{"constructor":{}}',
    );
    const r = await v.call('POST', '/v1/orders/batch', { key: alice.key, rawBody: raw });
    expect([r.status, r.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(r.body.errors).toEqual([
      { path: '/orders/1/a~1b/constructor', message: 'property name "constructor" is not allowed' },
    ]);
  });
});

describe('query strings', () => {
  it('refuses a parameter the operation does not declare, so a typo cannot widen a cancel', async () => {
    const r = await v.call('DELETE', '/v1/orders?markte=BTC-USD', { key: alice.key });
    expect([r.status, r.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(r.body.errors).toEqual([
      { path: 'query.markte', message: 'is not a parameter of this operation' },
    ]);
  });

  it('accepts declared parameters', async () => {
    expect((await v.call('GET', '/v1/orders?market=BTC-USD&limit=5', { key: alice.key })).status).toBe(200);
    expect((await v.call('DELETE', '/v1/orders?market=ETH-USD', { key: alice.key })).status).toBe(200);
  });
});
