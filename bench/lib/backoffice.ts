/**
 * Bench accounts through the back office, as an operator would create them: an account, deposits
 * large enough for a whole run, and an HMAC key with the trade scope.
 */

export interface BenchKey {
  accountId: string;
  keyId: string;
  secret: string;
}

async function admin(
  url: string,
  token: string,
  method: string,
  target: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${url}${target}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${target} answered ${response.status}: ${text}`);
  return JSON.parse(text) as unknown;
}

/** A funded account (quote and base of every demo market) with a fresh `read`+`trade` HMAC key. */
export async function createFundedKey(url: string, operatorToken: string, name: string): Promise<BenchKey> {
  const account = (await admin(url, operatorToken, 'POST', '/admin/v1/accounts', { name })) as {
    accountId: string;
  };
  const { accountId } = account;
  const funds: Record<string, string> = { USD: '1000000000', BTC: '100000', ETH: '1000000' };
  for (const [asset, amount] of Object.entries(funds)) {
    await admin(url, operatorToken, 'POST', `/admin/v1/accounts/${accountId}/deposits`, { asset, amount });
  }
  const key = (await admin(url, operatorToken, 'POST', `/admin/v1/accounts/${accountId}/api-keys`, {
    type: 'hmac',
    scopes: ['read', 'trade'],
  })) as { keyId: string; secret: string };
  return { accountId, keyId: key.keyId, secret: key.secret };
}
