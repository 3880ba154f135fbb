/** Login, subscriptions, ping and the error replies of the session operations. */
import { createPrivateKey, sign } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, loginSignature, startHarness } from './harness.ts';

/** The guide's Ed25519 test key, from its seed (PKCS#8 DER prefix + 32-byte seed). */
const ed25519 = createPrivateKey({
  key: Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    Buffer.from('0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20', 'hex'),
  ]),
  format: 'der',
  type: 'pkcs8',
});
const ed25519Sign = (timestamp: number) =>
  sign(null, Buffer.from(`${timestamp}\nGET\n/v1/ws\n`), ed25519).toString('base64');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => {
  expect(h.failures).toEqual([]);
});

describe('login', () => {
  it('logs in with the HMAC signature of the guide and reports the session', async () => {
    const { accountId, keyId } = await h.account();
    const c = await h.connect();
    const reply = await c.login(keyId, { cancelOnDisconnect: true }, Date.now());
    expect(reply.id).toBe(1);
    expect(reply.result).toMatchObject({
      accountId,
      keyId,
      scopes: ['read', 'trade'],
      cancelOnDisconnect: true,
    });
    expect(Math.abs(Date.parse(reply.result.serverTime) - Date.now())).toBeLessThan(5000);
    const again = await c.login(keyId);
    expect(again.error.code).toBe('ALREADY_LOGGED_IN');
    expect(again.error.status).toBe(409);
  });

  it('reproduces the published test vectors of the login signature', () => {
    expect(loginSignature(1767225600000)).toBe('HaCThYLdyKilDICcwIOUCPDChgkdk5fXHb0Cy/X5Z44=');
    expect(ed25519Sign(1767225600000)).toBe(
      'SW24b/Dz0OADfMdgQCNSQ5PezBJ23By34tsSvK5+K0vZNcCwIY17ygIACNmba817I1Fplea3+bYz/9qdiULFAw==',
    );
  });

  it('logs in with an Ed25519 key', async () => {
    const { accountId } = await h.account();
    const created = await h.venue.submit({
      type: 'createApiKey',
      keyId: 'ed-key-1',
      accountId,
      keyType: 'ed25519',
      scopes: ['read'],
      publicKey: 'ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=',
    });
    expect(created.ok).toBe(true);
    const c = await h.connect();
    const ts = Date.now();
    const reply = await c.request(
      'login',
      { key: 'ed-key-1', timestamp: ts, signature: ed25519Sign(ts) },
      'login-1',
    );
    expect(reply).toMatchObject({
      id: 'login-1',
      result: { accountId, keyId: 'ed-key-1', scopes: ['read'] },
    });
  });

  it('refuses a bad signature, a replay, an unknown key and a stale timestamp, and stays open', async () => {
    const { keyId } = await h.account();
    const c = await h.connect();
    const ts = Date.now();
    const bad = await c.request('login', {
      key: keyId,
      timestamp: ts,
      signature: loginSignature(ts, 'x'.repeat(32)),
    });
    expect(bad.error).toMatchObject({ code: 'INVALID_SIGNATURE', status: 401 });
    const unknown = await c.request('login', {
      key: 'no-such-key',
      timestamp: ts,
      signature: loginSignature(ts),
    });
    expect(unknown.error.code).toBe('UNKNOWN_API_KEY');
    const stale = ts - 60_000;
    const old = await c.request('login', { key: keyId, timestamp: stale, signature: loginSignature(stale) });
    expect(old.error.code).toBe('TIMESTAMP_OUT_OF_WINDOW');
    expect(Math.abs(old.error.serverTime - Date.now())).toBeLessThan(5000);

    const first = await c.request('login', { key: keyId, timestamp: ts, signature: loginSignature(ts) });
    expect(first.result.keyId).toBe(keyId);
    const other = await h.connect();
    const replay = await other.request('login', { key: keyId, timestamp: ts, signature: loginSignature(ts) });
    expect(replay.error.code).toBe('REPLAYED_REQUEST');
    // A failed login leaves the connection open and not logged in.
    const ping = await other.request('ping');
    expect(ping.result.serverTime).toMatch(/Z$/);
    const orders = await other.request('subscribe', { channel: 'orders' });
    expect(orders.error.code).toBe('NOT_LOGGED_IN');
  });

  it('refuses a revoked key, an address outside the allowlist, and closes a session whose key is revoked', async () => {
    const { keyId } = await h.account();
    const c = await h.login(keyId);
    await h.venue.submit({ type: 'revokeApiKey', keyId });
    expect(await c.closed).toEqual({ code: 1008, reason: 'POLICY_VIOLATION' });
    const d = await h.connect();
    expect((await d.login(keyId)).error.code).toBe('API_KEY_REVOKED');

    const fenced = await h.account(['read'], ['10.1.2.0/24']);
    expect((await d.login(fenced.keyId)).error).toMatchObject({ code: 'IP_NOT_ALLOWED', status: 403 });
  });
});

describe('subscriptions', () => {
  it('subscribes and unsubscribes every public channel, for named markets and for all', async () => {
    const c = await h.connect();
    for (const channel of ['book', 'trades', 'ticker']) {
      const named = await c.request('subscribe', { channel, markets: ['BTC-USD'] });
      expect(named.result).toEqual({ channel, markets: ['BTC-USD'] });
      const all = await c.request('subscribe', { channel });
      expect(all.result).toEqual({ channel, markets: ['BTC-USD', 'ETH-USD', 'ETH-BTC'] });
      const off = await c.request('unsubscribe', { channel, markets: ['ETH-USD'] });
      expect(off.result).toEqual({ channel, markets: ['ETH-USD'] });
      const allOff = await c.request('unsubscribe', { channel });
      expect(allOff.result).toEqual({ channel, markets: ['BTC-USD', 'ETH-USD', 'ETH-BTC'] });
      // Idempotent.
      expect((await c.request('unsubscribe', { channel })).result.channel).toBe(channel);
    }
    const unknown = await c.request('subscribe', { channel: 'book', markets: ['DOGE-USD'] });
    expect(unknown.error).toMatchObject({ code: 'MARKET_NOT_FOUND', status: 404 });
  });

  it('sends the book snapshot and the ticker after the reply, and nothing for trades', async () => {
    const c = await h.connect();
    const start = c.received.length;
    await c.request('subscribe', { channel: 'book', markets: ['BTC-USD'] });
    await c.next((m) => m.channel === 'book', 5000, start);
    await c.request('subscribe', { channel: 'ticker', markets: ['ETH-USD'] });
    await c.next((m) => m.channel === 'ticker', 5000, start);
    await c.request('subscribe', { channel: 'trades', markets: ['ETH-USD'] });
    const seen = c.received.slice(start).map((m) => m.channel ?? `reply:${m.op}`);
    expect(seen).toEqual(['reply:subscribe', 'book', 'reply:subscribe', 'ticker', 'reply:subscribe']);
    expect(c.received[start + 1]).toMatchObject({ type: 'snapshot', data: { market: 'BTC-USD' } });
  });

  it('subscribes every private channel after login with the read scope, and refuses markets there', async () => {
    const { keyId } = await h.account(['read']);
    const c = await h.login(keyId);
    for (const channel of ['orders', 'executions', 'balances']) {
      expect((await c.request('subscribe', { channel })).result).toEqual({ channel, markets: null });
      expect((await c.request('unsubscribe', { channel })).result).toEqual({ channel, markets: null });
    }
    const withMarkets = await c.request('subscribe', { channel: 'orders', markets: ['BTC-USD'] });
    expect(withMarkets.error.code).toBe('VALIDATION_FAILED');
    expect(withMarkets.error.errors.length).toBeGreaterThan(0);

    const tradeOnly = await h.account(['trade']);
    const t = await h.login(tradeOnly.keyId);
    const refused = await t.request('subscribe', { channel: 'balances' });
    expect(refused.error).toMatchObject({ code: 'INSUFFICIENT_SCOPE', status: 403 });
  });
});

describe('bad input', () => {
  it('answers malformed JSON, unknown ops, unknown and missing properties, and keeps the connection', async () => {
    const c = await h.connect();
    c.sendRaw('{"op":"ping",');
    const malformed = await c.next((m) => m.error?.code === 'MALFORMED_JSON');
    expect(malformed).toMatchObject({ id: null, op: null });

    const unknownOp = await c.request('fly', {}, 'x-1');
    expect(unknownOp).toMatchObject({ id: 'x-1', op: null, error: { code: 'VALIDATION_FAILED' } });

    const extra = await c.request('ping', { colour: 'blue' }, 7);
    expect(extra).toMatchObject({ id: 7, op: 'ping', error: { code: 'VALIDATION_FAILED' } });
    expect(extra.error.errors).toContainEqual({ path: '/colour', message: expect.any(String) });

    const missing = await c.request('subscribe', {}, 8);
    expect(missing.error.errors).toContainEqual({ path: '/channel', message: expect.any(String) });

    // An id the contract does not accept is answered with id null.
    c.sendRaw(JSON.stringify({ op: 'ping', id: { nested: true } }));
    const badId = await c.next((m) => m.error && m.id === null && m.op === 'ping');
    expect(badId.error.code).toBe('VALIDATION_FAILED');

    c.sendRaw('[1,2,3]');
    expect((await c.next((m) => m.error && m.op === null && m.id === null)).error.code).toBe(
      'VALIDATION_FAILED',
    );

    const place = await c.request('placeOrder', { order: { market: 'BTC-USD' } });
    expect(place.error.code).toBe('VALIDATION_FAILED');
    const notLoggedIn = await c.request('cancelAllOrders');
    expect(notLoggedIn.error).toMatchObject({ code: 'NOT_LOGGED_IN', status: 401 });

    const ping = await c.request('ping');
    expect(ping.result.serverTime).toBeDefined();
    // Pings without an id are answered with id null.
    c.sendRaw('{"op":"ping"}');
    expect((await c.next((m) => m.op === 'ping' && m.id === null)).result).toBeDefined();
  });
});

describe('arbitrary input', () => {
  it('answers every frame exactly once, on contract, and never drops the connection', async () => {
    const ops = [
      'login',
      'subscribe',
      'unsubscribe',
      'ping',
      'placeOrder',
      'cancelOrder',
      'amendOrder',
      'cancelAllOrders',
    ];
    const frame = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            op: fc.constantFrom(...ops),
            id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
            channel: fc.string(),
            markets: fc.anything(),
          },
          { requiredKeys: ['op'] },
        )
        .map((o) => JSON.stringify(o)),
    );
    const frames = fc.sample(frame, { numRuns: 90, seed: 42 });
    const c = await h.connect();
    const start = c.received.length;
    for (const f of frames) c.sendRaw(f);
    c.sendRaw(JSON.stringify({ op: 'ping', id: 'last' }));
    await c.next((m) => m.id === 'last' && m.op === 'ping', 5000, start);
    // Subscriptions some frames may have made send stream messages; count the replies only.
    expect(c.received.slice(start).filter((m) => 'op' in m)).toHaveLength(frames.length + 1);
    expect(c.socket.readyState).toBe(c.socket.OPEN);
  });
});
