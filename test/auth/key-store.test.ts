import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type CreateApiKeyCommand,
  KeyStore,
  newKeyMaterial,
  redactKeyCommand,
  validateCreateApiKey,
} from '../../server/auth/key-store.ts';
import { restPrehash, signHmac } from '../../server/auth/signature.ts';
import { ED_PUBLIC, SECRET } from './vectors.ts';

function hmacKey(overrides: Partial<CreateApiKeyCommand> = {}): CreateApiKeyCommand {
  return {
    type: 'createApiKey',
    ts: 1_767_225_600_000_000,
    keyId: 'ak_hmac',
    accountId: 'acc-1',
    keyType: 'hmac',
    secret: SECRET,
    scopes: ['trade', 'read'],
    ...overrides,
  };
}

function edKey(overrides: Partial<CreateApiKeyCommand> = {}): CreateApiKeyCommand {
  return {
    type: 'createApiKey',
    ts: 1_767_225_600_000_001,
    keyId: 'ak_ed',
    accountId: 'acc-1',
    keyType: 'ed25519',
    publicKey: ED_PUBLIC,
    scopes: ['read'],
    allowedIps: ['10.0.0.0/8'],
    label: 'desk 2',
    ...overrides,
  };
}

describe('createApiKey', () => {
  it('creates HMAC and Ed25519 keys and looks them up by id and account', () => {
    const store = new KeyStore();
    const a = store.apply(hmacKey());
    const b = store.apply(edKey());
    const c = store.apply(hmacKey({ keyId: 'ak_other', accountId: 'acc-2' }));
    expect(a).toMatchObject({ ok: true, key: { keyId: 'ak_hmac', type: 'hmac', scopes: ['read', 'trade'] } });
    expect(b).toMatchObject({
      ok: true,
      key: {
        keyId: 'ak_ed',
        type: 'ed25519',
        publicKey: ED_PUBLIC,
        allowedIps: ['10.0.0.0/8'],
        label: 'desk 2',
      },
    });
    expect(c.ok).toBe(true);
    expect(store.get('ak_hmac')?.createdAt).toBe(1_767_225_600_000_000);
    expect(store.get('nope')).toBeUndefined();
    expect(store.listByAccount('acc-1').map((k) => k.keyId)).toEqual(['ak_hmac', 'ak_ed']);
    expect(store.listByAccount('acc-2').map((k) => k.keyId)).toEqual(['ak_other']);
    expect(store.listByAccount('acc-3')).toEqual([]);
    expect(store.size).toBe(3);
  });

  it('rejects a duplicate key id without changing anything', () => {
    const store = new KeyStore();
    store.apply(hmacKey());
    const again = store.apply(hmacKey({ accountId: 'acc-2' }));
    expect(again).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', errors: [{ path: 'keyId' }] });
    expect(store.get('ak_hmac')?.accountId).toBe('acc-1');
  });

  it.each<[string, Partial<CreateApiKeyCommand>, string]>([
    ['a bad CIDR', { allowedIps: ['10.0.0.0/8', '10.0.0.1/8'] }, 'allowedIps/1'],
    ['a non-address', { allowedIps: ['example.com'] }, 'allowedIps/0'],
    ['an unknown scope', { scopes: ['read', 'withdraw' as 'read'] }, 'scopes/1'],
    ['a duplicate scope', { scopes: ['read', 'read'] }, 'scopes/1'],
    ['no scopes', { scopes: [] }, 'scopes'],
    ['a short secret', { secret: 'short' }, 'secret'],
    ['a secret with spaces', { secret: 'a secret with spaces in it' }, 'secret'],
    ['an HMAC key with a public key', { publicKey: ED_PUBLIC }, 'publicKey'],
    ['a bad key id', { keyId: 'has space' }, 'keyId'],
    ['an empty account', { accountId: '' }, 'accountId'],
    ['a fractional ts', { ts: 1.5 }, 'ts'],
    ['an unknown key type', { keyType: 'rsa' as 'hmac' }, 'keyType'],
    ['a long label', { label: 'x'.repeat(101) }, 'label'],
  ])('rejects %s with a field error', (_name, overrides, path) => {
    const store = new KeyStore();
    const result = store.apply(hmacKey(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('VALIDATION_FAILED');
      expect(result.errors?.map((e) => e.path)).toContain(path);
      expect(result.detail).toContain(path);
    }
    expect(store.size).toBe(0);
  });

  it('explains an invalid CIDR clearly', () => {
    const errors = validateCreateApiKey(hmacKey({ allowedIps: ['192.168.1.1/24'] }));
    expect(errors).toEqual([
      { path: 'allowedIps/0', message: expect.stringMatching(/"192\.168\.1\.1\/24".*host bits/) },
    ]);
  });

  it('rejects Ed25519 keys with a bad public key or with a secret', () => {
    expect(validateCreateApiKey(edKey({ publicKey: 'AAAA' })).map((e) => e.path)).toEqual(['publicKey']);
    const { publicKey: _omit, ...noKey } = edKey();
    expect(validateCreateApiKey(noKey).map((e) => e.path)).toEqual(['publicKey']);
    expect(validateCreateApiKey(edKey({ secret: SECRET })).map((e) => e.path)).toEqual(['secret']);
  });

  it('treats an empty allowlist as no restriction', () => {
    const store = new KeyStore();
    store.apply(hmacKey({ allowedIps: [] }));
    expect(store.get('ak_hmac')?.allowedIps).toBeNull();
    expect(store.allowsIp('ak_hmac', '198.51.100.1')).toBe(true);
  });
});

describe('revokeApiKey', () => {
  it('revokes once; a second revoke keeps the first time', () => {
    const store = new KeyStore();
    store.apply(hmacKey());
    expect(store.apply({ type: 'revokeApiKey', ts: 10, keyId: 'ak_hmac' })).toMatchObject({
      ok: true,
      key: { revokedAt: 10 },
    });
    expect(store.apply({ type: 'revokeApiKey', ts: 20, keyId: 'ak_hmac' })).toMatchObject({
      ok: true,
      key: { revokedAt: 10 },
    });
    expect(store.get('ak_hmac')?.revokedAt).toBe(10);
  });

  it('refuses a command it does not know', () => {
    const store = new KeyStore();
    expect(store.apply({ type: 'deposit' } as never)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      detail: expect.stringContaining('deposit'),
    });
    expect(store.size).toBe(0);
  });

  it('answers API_KEY_NOT_FOUND for an unknown key', () => {
    expect(new KeyStore().apply({ type: 'revokeApiKey', ts: 1, keyId: 'ghost' })).toMatchObject({
      ok: false,
      code: 'API_KEY_NOT_FOUND',
    });
  });
});

describe('credentials', () => {
  it('verifies signatures with the stored secret or public key', () => {
    const store = new KeyStore();
    store.apply(hmacKey());
    store.apply(edKey());
    const prehash = restPrehash('1767225600000', 'GET', '/v1/orders?market=BTC-USD&limit=50');
    const sig = signHmac(SECRET, prehash);
    expect(store.verifySignature('ak_hmac', prehash, sig)).toBe(true);
    expect(store.verifySignature('ak_ed', prehash, sig)).toBe(false);
    expect(store.verifySignature('ghost', prehash, sig)).toBe(false);
  });

  it('checks the allowlist per key', () => {
    const store = new KeyStore();
    store.apply(hmacKey());
    store.apply(edKey());
    expect(store.allowsIp('ak_hmac', '198.51.100.1')).toBe(true);
    expect(store.allowsIp('ak_ed', '10.9.8.7')).toBe(true);
    expect(store.allowsIp('ak_ed', '::ffff:10.9.8.7')).toBe(true);
    expect(store.allowsIp('ak_ed', '11.0.0.1')).toBe(false);
    expect(store.allowsIp('ghost', '10.0.0.1')).toBe(false);
  });
});

describe('secrets stay out of logs', () => {
  it('records carry no secret; the store does not serialise or inspect its secrets', () => {
    const store = new KeyStore();
    const created = store.apply(hmacKey());
    expect(JSON.stringify(created)).not.toContain(SECRET);
    expect(inspect(created, { depth: 10 })).not.toContain(SECRET);
    expect(JSON.stringify(store.listByAccount('acc-1'))).not.toContain(SECRET);
    expect(JSON.stringify(store)).not.toContain(SECRET);
    expect(inspect(store, { depth: 10, showHidden: true })).not.toContain(SECRET);
  });

  it('redacts the secret in a command copy meant for logs', () => {
    const cmd = hmacKey();
    expect(JSON.stringify(redactKeyCommand(cmd))).not.toContain(SECRET);
    expect(cmd.secret).toBe(SECRET);
    expect(redactKeyCommand(edKey())).toEqual(edKey());
  });
});

describe('snapshot and restore', () => {
  it('round-trips through JSON to a store that behaves identically', () => {
    const store = new KeyStore();
    store.apply(hmacKey());
    store.apply(edKey());
    store.apply(hmacKey({ keyId: 'ak_2', accountId: 'acc-2', allowedIps: ['2001:db8::/32'] }));
    store.apply({ type: 'revokeApiKey', ts: 99, keyId: 'ak_ed' });
    const json = JSON.stringify(store.snapshot());
    expect(json).toContain(SECRET); // the journal's snapshot must be complete

    const restored = KeyStore.fromSnapshot(JSON.parse(json));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    expect(restored.listByAccount('acc-1')).toEqual(store.listByAccount('acc-1'));
    expect(restored.get('ak_ed')?.revokedAt).toBe(99);
    const prehash = restPrehash('1', 'GET', '/v1/account');
    expect(restored.verifySignature('ak_hmac', prehash, signHmac(SECRET, prehash))).toBe(true);
    expect(restored.allowsIp('ak_2', '2001:db8::1')).toBe(true);
    expect(restored.allowsIp('ak_2', '2001:db9::1')).toBe(false);
    // And it keeps applying commands like the original.
    expect(restored.apply(hmacKey()).ok).toBe(false);
    expect(restored.apply(hmacKey({ keyId: 'ak_3' })).ok).toBe(true);
  });

  it('replaying the same commands gives byte-identical snapshots', () => {
    const commands = [hmacKey(), edKey(), { type: 'revokeApiKey' as const, ts: 5, keyId: 'ak_hmac' }];
    const run = () => {
      const store = new KeyStore();
      for (const cmd of commands) store.apply(cmd);
      return JSON.stringify(store.snapshot());
    };
    expect(run()).toBe(run());
  });

  it('restore replaces the existing state', () => {
    const store = new KeyStore();
    store.apply(hmacKey({ keyId: 'ak_old' }));
    store.restore({ version: 1, keys: [] });
    expect(store.size).toBe(0);
    expect(store.get('ak_old')).toBeUndefined();
  });

  it('refuses a corrupt snapshot', () => {
    expect(() => KeyStore.fromSnapshot({ version: 2 } as never)).toThrow(/unsupported/);
    const store = new KeyStore();
    store.apply(hmacKey());
    const snap = store.snapshot();
    const bad = { ...snap, keys: snap.keys.map((k) => ({ ...k, allowedIps: ['nonsense'] })) };
    expect(() => KeyStore.fromSnapshot(bad)).toThrow(/ak_hmac/);
  });
});

describe('newKeyMaterial', () => {
  it('generates a valid key id and a 256-bit secret for HMAC, no secret for Ed25519', () => {
    const hmac = newKeyMaterial('hmac');
    expect(hmac.keyId).toMatch(/^key_[0-9a-f]{20}$/);
    expect(hmac.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newKeyMaterial('ed25519')).toEqual({ keyId: expect.stringMatching(/^key_/) });
    expect(newKeyMaterial('hmac').secret).not.toBe(hmac.secret);
    const store = new KeyStore();
    expect(store.apply(hmacKey({ keyId: hmac.keyId, secret: hmac.secret ?? '' })).ok).toBe(true);
  });
});
