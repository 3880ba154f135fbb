/** The published signing vectors (API-DESIGN.md, the AsyncAPI login guide) through WebCrypto. */
import { describe, expect, it } from 'vitest';
import { createSigner, prehash } from '../../sdk/src/signing.ts';

const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';
const SEED_HEX = '0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20';
const TIMESTAMP = 1767225600000;
const ORDER_BODY =
  '{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}';

const hmac = createSigner({ id: 'key-1', secret: SECRET });

describe('HMAC vectors', () => {
  it('signs the POST /v1/orders vector', async () => {
    expect(await hmac.sign(prehash(TIMESTAMP, 'POST', '/v1/orders', ORDER_BODY))).toBe(
      'Lcnv/bFdSKm9YHrzot2Oy6bQt5+dmOfY12mscN79odw=',
    );
  });

  it('signs the GET vector with its query and an empty body', async () => {
    expect(await hmac.sign(prehash(TIMESTAMP, 'get', '/v1/orders?market=BTC-USD&limit=50', ''))).toBe(
      '0W/6SkOVy+ON+wp0ir6hSk7M3h7St9TrXj/krVduHcs=',
    );
  });

  it('signs the WebSocket login vector', async () => {
    expect(await hmac.sign(prehash(TIMESTAMP, 'GET', '/v1/ws', ''))).toBe(
      'HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44=',
    );
  });

  it('a different secret gives a different signature', async () => {
    const other = createSigner({ id: 'key-1', secret: `${SECRET}x` });
    expect(await other.sign(prehash(TIMESTAMP, 'GET', '/v1/ws', ''))).not.toBe(
      'HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44=',
    );
  });
});

describe('Ed25519 vectors', () => {
  const POST_SIGNATURE =
    'gaHMy40aK9e1Ucs5Xw+aEvxjTzxpyMYkrGDHXujzwe/SYB6xDRKq5/c+KFdWto+FSEXfljq6S9FQQFPpM3AHAg==';
  const seed = Uint8Array.from(SEED_HEX.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  const pkcs8 = new Uint8Array([
    0x30,
    0x2e,
    0x02,
    0x01,
    0x00,
    0x30,
    0x05,
    0x06,
    0x03,
    0x2b,
    0x65,
    0x70,
    0x04,
    0x22,
    0x04,
    0x20,
    ...seed,
  ]);
  const pem = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8).toString('base64')}\n-----END PRIVATE KEY-----\n`;

  it.each([
    ['hex seed', SEED_HEX],
    ['seed bytes', seed],
    ['base64 seed', Buffer.from(seed).toString('base64')],
    ['PKCS#8 PEM', pem],
  ])('signs the POST vector from a %s', async (_name, privateKey) => {
    const signer = createSigner({ id: 'key-2', privateKey });
    expect(await signer.sign(prehash(TIMESTAMP, 'POST', '/v1/orders', ORDER_BODY))).toBe(POST_SIGNATURE);
  });

  it('signs the WebSocket login vector from a CryptoKey', async () => {
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
    const signer = createSigner({ id: 'key-2', privateKey: key });
    expect(await signer.sign(prehash(TIMESTAMP, 'GET', '/v1/ws', ''))).toBe(
      'SW24b/Dz0OADfMdgQCNSQ5PezBJ23By34tsSvK5+K0vZNcCwIY17ygIACNmba817I1Fplea3+bYz/9qdiULFAw==',
    );
  });

  it('refuses a seed of the wrong length', async () => {
    const signer = createSigner({ id: 'key-2', privateKey: new Uint8Array(31) });
    await expect(signer.sign('x')).rejects.toThrow(/32 bytes/);
  });
});
