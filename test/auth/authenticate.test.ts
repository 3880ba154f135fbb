import { describe, expect, it } from 'vitest';
import { Authenticator, parseFixUtcTimestamp, type SignedRequest } from '../../server/auth/authenticate.ts';
import { type CreateApiKeyCommand, KeyStore } from '../../server/auth/key-store.ts';
import { ReplayCache } from '../../server/auth/replay-cache.ts';
import {
  fixLogonPrehash,
  restPrehash,
  signEd25519,
  signHmac,
  wsLoginPrehash,
} from '../../server/auth/signature.ts';
import {
  ED_PRIVATE,
  ED_PUBLIC,
  GET_HMAC,
  GET_TARGET,
  POST_BODY,
  POST_ED25519,
  POST_HMAC,
  SECRET,
  T0,
  TS,
} from './vectors.ts';

function create(keyId: string, extra: Partial<CreateApiKeyCommand> = {}): CreateApiKeyCommand {
  return {
    type: 'createApiKey',
    ts: 1,
    keyId,
    accountId: 'acc-1',
    keyType: 'hmac',
    secret: SECRET,
    scopes: ['read', 'trade'],
    ...extra,
  };
}

function setup(options: { windowMs?: number; replayCache?: ReplayCache } = {}) {
  const keyStore = new KeyStore();
  const commands: CreateApiKeyCommand[] = [
    create('hmac'),
    {
      type: 'createApiKey',
      ts: 1,
      keyId: 'ed',
      accountId: 'acc-1',
      keyType: 'ed25519',
      publicKey: ED_PUBLIC,
      scopes: ['trade'],
    },
    create('revoked'),
    create('office', { allowedIps: ['192.0.2.0/24', '2001:db8::/32', '::ffff:127.0.0.1'] }),
  ];
  for (const cmd of commands) {
    const result = keyStore.apply(cmd);
    if (!result.ok) throw new Error(result.detail);
  }
  keyStore.apply({ type: 'revokeApiKey', ts: 2, keyId: 'revoked' });
  return new Authenticator({ keyStore, ...options });
}

function post(overrides: Partial<SignedRequest> = {}): SignedRequest {
  return {
    keyId: 'hmac',
    timestamp: TS,
    signature: POST_HMAC,
    method: 'POST',
    target: '/v1/orders',
    body: Buffer.from(POST_BODY),
    ip: '198.51.100.7',
    ...overrides,
  };
}

function get(overrides: Partial<SignedRequest> = {}): SignedRequest {
  return post({
    method: 'GET',
    target: GET_TARGET,
    body: new Uint8Array(0),
    signature: GET_HMAC,
    ...overrides,
  });
}

/** A freshly signed HMAC request at `ts`, so window tests are not tied to the vector's timestamp. */
function signedAt(ts: number, keyId = 'hmac', ip = '198.51.100.7'): SignedRequest {
  const target = `/v1/balances?n=${ts}`;
  const signature = signHmac(SECRET, restPrehash(String(ts), 'GET', target));
  return { keyId, timestamp: String(ts), signature, method: 'GET', target, body: new Uint8Array(0), ip };
}

describe('accepts the published vectors', () => {
  it('HMAC POST', () => {
    const result = setup().authenticate(post(), T0);
    expect(result).toMatchObject({ ok: true, key: { keyId: 'hmac', accountId: 'acc-1' } });
  });

  it('HMAC GET with a query string', () => {
    expect(setup().authenticate(get(), T0).ok).toBe(true);
  });

  it('Ed25519 POST', () => {
    expect(setup().authenticate(post({ keyId: 'ed', signature: POST_ED25519 }), T0)).toMatchObject({
      ok: true,
      key: { keyId: 'ed', type: 'ed25519' },
    });
  });
});

describe('MISSING_CREDENTIALS', () => {
  it.each([
    ['key id', { keyId: undefined }],
    ['empty key id', { keyId: '' }],
    ['timestamp', { timestamp: undefined }],
    ['empty timestamp', { timestamp: '' }],
    ['signature', { signature: undefined }],
    ['empty signature', { signature: '' }],
  ])('without a %s', (_name, overrides) => {
    expect(setup().authenticate(post(overrides), T0)).toMatchObject({
      ok: false,
      code: 'MISSING_CREDENTIALS',
      status: 401,
    });
  });
});

describe('TIMESTAMP_OUT_OF_WINDOW', () => {
  it('accepts exactly +-5000 ms (inclusive) and rejects one ms more', () => {
    const auth = setup();
    expect(auth.authenticate(signedAt(T0 - 5000), T0).ok).toBe(true); // 5 s old
    expect(auth.authenticate(signedAt(T0 + 5000), T0).ok).toBe(true); // 5 s ahead
    expect(auth.authenticate(signedAt(T0 - 5001), T0)).toMatchObject({
      ok: false,
      code: 'TIMESTAMP_OUT_OF_WINDOW',
      status: 401,
      serverTime: T0,
      detail: 'The timestamp is 5001 ms behind the server clock; at most 5000 ms is accepted.',
    });
    expect(auth.authenticate(signedAt(T0 + 5001), T0)).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
      serverTime: T0,
      detail: 'The timestamp is 5001 ms ahead of the server clock; at most 5000 ms is accepted.',
    });
  });

  it('rejects a stale request and a far-future one', () => {
    const auth = setup();
    expect(auth.authenticate(post(), T0 + 60_000)).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
      serverTime: T0 + 60_000,
    });
    expect(auth.authenticate(post(), T0 - 3_600_000)).toMatchObject({ code: 'TIMESTAMP_OUT_OF_WINDOW' });
  });

  it('uses a configured window', () => {
    const auth = setup({ windowMs: 1000 });
    expect(auth.windowMs).toBe(1000);
    expect(auth.authenticate(signedAt(T0 - 1000), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 - 1001), T0)).toMatchObject({ code: 'TIMESTAMP_OUT_OF_WINDOW' });
  });

  it.each([
    '1767225600000.0',
    '+1767225600000',
    ' 1767225600000',
    '1767225600000 ',
    '01767225600000',
    '1.7672256e12',
    '0x19B7A1F8400',
    '-1767225600000',
    '17672256000000000',
    '2026-01-01T00:00:00Z',
  ])('requires a canonical decimal integer, not %j', (timestamp) => {
    expect(setup().authenticate(post({ timestamp }), T0)).toMatchObject({
      ok: false,
      code: 'TIMESTAMP_OUT_OF_WINDOW',
      serverTime: T0,
    });
  });
});

describe('key checks', () => {
  it('UNKNOWN_API_KEY', () => {
    expect(setup().authenticate(post({ keyId: 'ghost' }), T0)).toMatchObject({
      code: 'UNKNOWN_API_KEY',
      status: 401,
    });
  });

  it('API_KEY_REVOKED even with a valid signature', () => {
    expect(setup().authenticate(post({ keyId: 'revoked' }), T0)).toMatchObject({
      code: 'API_KEY_REVOKED',
      status: 401,
    });
  });

  it('IP_NOT_ALLOWED outside the allowlist; allowed inside it, IPv4-mapped included', () => {
    const auth = setup();
    expect(auth.authenticate(signedAt(T0, 'office', '198.51.100.7'), T0)).toMatchObject({
      code: 'IP_NOT_ALLOWED',
      status: 403,
    });
    expect(auth.authenticate(signedAt(T0, 'office', '2001:db9::1'), T0)).toMatchObject({
      code: 'IP_NOT_ALLOWED',
    });
    expect(auth.authenticate(signedAt(T0, 'office', '192.0.2.200'), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 + 1, 'office', '::ffff:192.0.2.1'), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 + 2, 'office', '2001:db8:1::5'), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 + 3, 'office', '127.0.0.1'), T0).ok).toBe(true);
  });
});

describe('INVALID_SIGNATURE', () => {
  it.each<[string, Partial<SignedRequest>]>([
    ['a changed body', { body: Buffer.from(POST_BODY.replace('buy', 'sell')) }],
    ['a changed target', { target: '/v1/orders/batch' }],
    ['a changed method', { method: 'PUT' }],
    ['a changed timestamp', { timestamp: String(T0 + 1) }],
    ['another key id', { keyId: 'ed' }],
    ['malformed base64', { signature: '***' }],
    ['a wrong-length signature', { signature: 'AAAA' }],
    ['the GET signature', { signature: GET_HMAC }],
  ])('for %s', (_name, overrides) => {
    expect(setup().authenticate(post(overrides), T0)).toMatchObject({
      ok: false,
      code: 'INVALID_SIGNATURE',
      status: 401,
    });
  });
});

describe('REPLAYED_REQUEST', () => {
  it('accepts a signed request once within the window', () => {
    const auth = setup();
    expect(auth.authenticate(post(), T0).ok).toBe(true);
    expect(auth.authenticate(post(), T0 + 10)).toMatchObject({
      ok: false,
      code: 'REPLAYED_REQUEST',
      status: 401,
    });
    expect(auth.authenticate(post(), T0 + 5000)).toMatchObject({ code: 'REPLAYED_REQUEST' });
    // Later, the timestamp check rejects it instead.
    expect(auth.authenticate(post(), T0 + 5001)).toMatchObject({ code: 'TIMESTAMP_OUT_OF_WINDOW' });
  });

  it('tracks replays per key', () => {
    const auth = setup();
    expect(auth.authenticate(post(), T0).ok).toBe(true);
    expect(auth.authenticate(post({ keyId: 'ed', signature: POST_ED25519 }), T0).ok).toBe(true);
    expect(auth.authenticate(post({ keyId: 'ed', signature: POST_ED25519 }), T0)).toMatchObject({
      code: 'REPLAYED_REQUEST',
    });
  });

  it('a forged attempt does not poison the cache for the genuine request', () => {
    const auth = setup();
    expect(auth.authenticate(post({ signature: GET_HMAC }), T0)).toMatchObject({ code: 'INVALID_SIGNATURE' });
    expect(auth.authenticate(post(), T0).ok).toBe(true);
  });

  it('rejected requests are not recorded', () => {
    const auth = setup();
    expect(auth.authenticate(post({ keyId: 'revoked' }), T0)).toMatchObject({ code: 'API_KEY_REVOKED' });
    expect(auth.authenticate(post(), T0 + 6000)).toMatchObject({ code: 'TIMESTAMP_OUT_OF_WINDOW' });
    expect(auth.authenticate(post(), T0).ok).toBe(true);
  });

  it('answers SERVICE_UNAVAILABLE when the replay cache is full rather than forgetting', () => {
    const auth = setup({ replayCache: new ReplayCache({ windowMs: 5000, maxEntries: 2 }) });
    expect(auth.authenticate(signedAt(T0), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 + 1), T0).ok).toBe(true);
    expect(auth.authenticate(signedAt(T0 + 2), T0)).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
    });
    expect(auth.authenticate(signedAt(T0), T0)).toMatchObject({ code: 'REPLAYED_REQUEST' });
  });

  it('refuses a replay cache whose window differs from the authentication window', () => {
    expect(() => setup({ windowMs: 5000, replayCache: new ReplayCache({ windowMs: 1000 }) })).toThrow(
      /window/,
    );
  });
});

describe('order of checks', () => {
  it('missing credentials before the timestamp', () => {
    expect(setup().authenticate(post({ signature: undefined, timestamp: 'bad' }), T0)).toMatchObject({
      code: 'MISSING_CREDENTIALS',
    });
  });

  it('timestamp before the key lookup', () => {
    expect(setup().authenticate(post({ keyId: 'ghost' }), T0 + 10_000)).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
    });
  });

  it('revocation before the IP and the signature', () => {
    expect(setup().authenticate(post({ keyId: 'revoked', signature: GET_HMAC }), T0)).toMatchObject({
      code: 'API_KEY_REVOKED',
    });
  });

  it('IP before the signature', () => {
    expect(setup().authenticate(post({ keyId: 'office', signature: GET_HMAC }), T0)).toMatchObject({
      code: 'IP_NOT_ALLOWED',
    });
  });

  it('signature before the replay cache', () => {
    const auth = setup();
    expect(auth.authenticate(post(), T0).ok).toBe(true);
    expect(auth.authenticate(post({ signature: GET_HMAC }), T0)).toMatchObject({ code: 'INVALID_SIGNATURE' });
  });
});

describe('WebSocket login', () => {
  it('verifies the login prehash and rejects a replayed login', () => {
    const auth = setup();
    const signature = signEd25519(ED_PRIVATE, wsLoginPrehash(TS));
    const login = { keyId: 'ed', timestamp: TS, signature, ip: '127.0.0.1' };
    expect(auth.authenticateWsLogin(login, T0).ok).toBe(true);
    expect(auth.authenticateWsLogin(login, T0 + 1)).toMatchObject({ code: 'REPLAYED_REQUEST' });
    expect(auth.authenticateWsLogin({ ...login, timestamp: String(T0 + 1) }, T0)).toMatchObject({
      code: 'INVALID_SIGNATURE',
    });
  });

  it('takes the timestamp as the JSON integer the login message carries', () => {
    const auth = setup();
    const signature = signHmac(SECRET, wsLoginPrehash(TS));
    expect(auth.authenticateWsLogin({ keyId: 'hmac', timestamp: T0, signature, ip: '::1' }, T0).ok).toBe(
      true,
    );
    expect(
      auth.authenticateWsLogin({ keyId: 'hmac', timestamp: T0 + 0.5, signature, ip: '::1' }, T0),
    ).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
    });
    expect(
      auth.authenticateWsLogin({ keyId: 'hmac', timestamp: 1e21, signature, ip: '::1' }, T0),
    ).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
    });
  });
});

describe('FIX Logon', () => {
  const fields = {
    sendingTime: '20260101-00:00:00.000',
    msgSeqNum: '1',
    senderCompId: 'hmac',
    targetCompId: 'OPENVENUE',
  };
  const logon = {
    ...fields,
    username: 'hmac',
    signature: signHmac(SECRET, fixLogonPrehash(fields)),
    ip: '10.1.1.1',
  };

  it('verifies the Logon prehash with SendingTime as the timestamp', () => {
    expect(parseFixUtcTimestamp(fields.sendingTime)).toBe(T0);
    const auth = setup();
    expect(auth.authenticateFixLogon(logon, T0 + 4000)).toMatchObject({ ok: true, key: { keyId: 'hmac' } });
    expect(auth.authenticateFixLogon(logon, T0 + 4001)).toMatchObject({ code: 'REPLAYED_REQUEST' });
  });

  it('rejects a tampered, stale, mismatched or incomplete Logon', () => {
    const auth = setup();
    expect(auth.authenticateFixLogon({ ...logon, msgSeqNum: '2' }, T0)).toMatchObject({
      code: 'INVALID_SIGNATURE',
    });
    expect(auth.authenticateFixLogon({ ...logon, targetCompId: 'OTHER' }, T0)).toMatchObject({
      code: 'INVALID_SIGNATURE',
    });
    expect(auth.authenticateFixLogon(logon, T0 + 5001)).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
      serverTime: T0 + 5001,
    });
    expect(auth.authenticateFixLogon({ ...logon, sendingTime: '2026-01-01T00:00:00Z' }, T0)).toMatchObject({
      code: 'TIMESTAMP_OUT_OF_WINDOW',
    });
    expect(auth.authenticateFixLogon({ ...logon, username: 'ed' }, T0)).toMatchObject({
      code: 'INVALID_SIGNATURE',
      detail: expect.stringContaining('SenderCompID'),
    });
    expect(auth.authenticateFixLogon({ ...logon, username: undefined }, T0)).toMatchObject({
      code: 'MISSING_CREDENTIALS',
    });
    expect(auth.authenticateFixLogon({ ...logon, signature: undefined }, T0)).toMatchObject({
      code: 'MISSING_CREDENTIALS',
    });
  });

  it.each([
    ['20260101-00:00:00', T0],
    ['20260101-00:00:00.123', T0 + 123],
    ['20260101-00:00:00.123456', T0 + 123],
    ['20260101-00:00:00.123456789', T0 + 123],
    ['20260230-00:00:00', null],
    ['20260101-24:00:00', null],
    ['20260101-00:60:00', null],
    ['20260101-00:00:00.12', null],
    ['2026010-00:00:00', null],
    ['', null],
  ])('parses SendingTime %j', (text, want) => {
    expect(parseFixUtcTimestamp(text)).toBe(want);
  });
});
