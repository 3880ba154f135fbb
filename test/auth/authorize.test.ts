import { describe, expect, it } from 'vitest';
import { checkOperatorToken, checkScope, newOperatorToken } from '../../server/auth/authenticate.ts';
import { type ApiKeyRecord, type ApiKeyScope, KeyStore } from '../../server/auth/key-store.ts';
import { SECRET } from './vectors.ts';

describe('checkScope', () => {
  const keys = new KeyStore();
  const key = (keyId: string, scopes: ApiKeyScope[]): ApiKeyRecord => {
    const created = keys.apply({
      type: 'createApiKey',
      ts: 1,
      keyId,
      accountId: 'a',
      keyType: 'hmac',
      secret: SECRET,
      scopes,
    });
    if (!created.ok) throw new Error(created.detail);
    return created.key;
  };
  const reader = key('reader', ['read']);
  const trader = key('trader', ['trade']);
  const both = key('both', ['read', 'trade']);

  it('allows public operations to any key', () => {
    expect(checkScope(reader, 'none')).toBeNull();
  });

  it('requires the named scope; scopes do not imply each other', () => {
    expect(checkScope(reader, 'read')).toBeNull();
    expect(checkScope(reader, 'trade')).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_SCOPE',
      status: 403,
      detail: 'This operation needs the "trade" scope.',
    });
    expect(checkScope(trader, 'trade')).toBeNull();
    expect(checkScope(trader, 'read')).toMatchObject({ code: 'INSUFFICIENT_SCOPE' });
    expect(checkScope(both, 'read')).toBeNull();
    expect(checkScope(both, 'trade')).toBeNull();
  });
});

describe('checkOperatorToken', () => {
  const token = 'op-token-123';

  it('accepts the right bearer token, scheme case-insensitively', () => {
    expect(checkOperatorToken(`Bearer ${token}`, token)).toBeNull();
    expect(checkOperatorToken(`bearer ${token}`, token)).toBeNull();
  });

  it.each([
    undefined,
    '',
    `Bearer ${token}x`,
    'Bearer op-token-12',
    `Basic ${token}`,
    token,
    'Bearer ',
    `Bearer ${token} extra`,
  ])('answers INVALID_OPERATOR_TOKEN for %j (absent, malformed or wrong)', (header) => {
    expect(checkOperatorToken(header, token)).toMatchObject({
      ok: false,
      code: 'INVALID_OPERATOR_TOKEN',
      status: 401,
    });
  });

  it('never accepts anything when no token is configured', () => {
    expect(checkOperatorToken('Bearer x', '')).toMatchObject({ code: 'INVALID_OPERATOR_TOKEN' });
    expect(checkOperatorToken(undefined, '')).toMatchObject({ code: 'INVALID_OPERATOR_TOKEN' });
  });

  it('generates 256-bit tokens', () => {
    const a = newOperatorToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newOperatorToken()).not.toBe(a);
    expect(checkOperatorToken(`Bearer ${a}`, a)).toBeNull();
  });
});
