// The response writer: the first answer of each kind goes through Express, later ones through the
// remembered headers (fast-send.ts). Both must be byte-for-byte what Express would have sent.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, limitOrder, type Reply, TestVenue } from './harness.ts';

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

function framing(r: Reply) {
  return {
    type: r.headers.get('content-type'),
    length: Number(r.headers.get('content-length')),
    bytes: Buffer.byteLength(r.text),
  };
}

describe('response framing', () => {
  it('answers the same headers on the first and later JSON answers, with exact lengths', async () => {
    const first = await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ price: '100.00' }),
    });
    const later = await v.call('POST', '/v1/orders', {
      key: alice.key,
      body: limitOrder({ price: '101.00' }),
    });
    expect(first.status).toBe(201);
    expect(later.status).toBe(201);
    for (const r of [first, later]) {
      const f = framing(r);
      expect(f.type).toBe('application/json; charset=utf-8');
      expect(f.length).toBe(f.bytes);
    }
  });

  it('answers problems as problem+json on every call, with exact lengths (non-ASCII included)', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await v.call('GET', `/v1/markets/${encodeURIComponent('ÄÖ-€')}`);
      expect(r.status).toBeGreaterThanOrEqual(400);
      const f = framing(r);
      expect(f.type).toBe('application/problem+json; charset=utf-8');
      expect(f.length).toBe(f.bytes);
    }
  });

  it('answers HEAD without a body and a plain GET with one', async () => {
    const head = await fetch(`${v.handle.url}/v1/time`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const get = await v.call('GET', '/v1/time');
    expect(get.status).toBe(200);
    expect(framing(get).length).toBe(framing(get).bytes);
  });
});
