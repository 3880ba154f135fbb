/**
 * The demo venue's bootstrap, idempotent across restarts: the demo assets and markets (the core's
 * `demoSetupCommands`), a funded demo account, and its HMAC API key, whose id and secret go to
 * `<dataDir>/demo-credentials.json` together with the operator token.
 *
 * The key store never hands a secret back, so the credentials file is where the demo secret
 * survives a restart: when the file names a key the venue still holds (active, of the demo
 * account), that key is kept; otherwise a new one is issued and the file rewritten.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newOperatorToken } from './auth/authenticate.ts';
import { newKeyMaterial } from './auth/key-store.ts';
import { demoSetupCommands } from './core/index.ts';
import type { Venue } from './venue.ts';

export const DEMO_ACCOUNT_ID = 'demo';
export const CREDENTIALS_FILE = 'demo-credentials.json';

/** What `demo-credentials.json` holds. */
export interface DemoCredentials {
  keyId: string;
  secret: string;
  operatorToken: string;
}

const DEMO_FUNDS: Record<string, string> = { USD: '1000000', BTC: '20', ETH: '300' };

async function readCredentials(file: string): Promise<Partial<DemoCredentials>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Partial<DemoCredentials>) : {};
  } catch {
    return {};
  }
}

async function writeCredentials(file: string, credentials: DemoCredentials): Promise<void> {
  // Owner-only and atomic: it holds a trading secret and the operator token.
  const temp = `${file}.tmp`;
  await writeFile(temp, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, file);
}

/** Resolves the operator token: configured, else the one a previous run stored, else a new one. */
export async function resolveOperatorToken(dataDir: string, configured: string | null): Promise<string> {
  if (configured) return configured;
  const stored = (await readCredentials(path.join(dataDir, CREDENTIALS_FILE))).operatorToken;
  return typeof stored === 'string' && stored.length >= 16 ? stored : newOperatorToken();
}

async function ensureMarkets(venue: Venue): Promise<void> {
  const engine = venue.engine;
  const ts = venue.now();
  for (const command of demoSetupCommands(ts)) {
    const exists =
      command.type === 'addAsset'
        ? engine.assets().some((a) => a.asset === command.asset)
        : command.type === 'addMarket' && engine.market(command.market) !== undefined;
    if (exists) continue;
    const result = await venue.submit(command);
    if (!result.ok) throw new Error(`demo setup ${command.type} failed: ${result.error?.message}`);
  }
}

async function ensureAccount(venue: Venue): Promise<void> {
  if (venue.engine.account(DEMO_ACCOUNT_ID)) return;
  await venue.submit({ type: 'createAccount', accountId: DEMO_ACCOUNT_ID, name: 'Demo account' });
  for (const [asset, amount] of Object.entries(DEMO_FUNDS)) {
    const result = await venue.submit({ type: 'deposit', accountId: DEMO_ACCOUNT_ID, asset, amount });
    if (!result.ok) throw new Error(`demo deposit ${asset} failed: ${result.error?.message}`);
  }
}

/** Sets up (or finds again) the demo venue and writes the credentials file. */
export async function bootstrapDemo(
  venue: Venue,
  dataDir: string,
  operatorToken: string,
): Promise<DemoCredentials> {
  await ensureMarkets(venue);
  await ensureAccount(venue);
  const file = path.join(dataDir, CREDENTIALS_FILE);
  const stored = await readCredentials(file);
  const key = typeof stored.keyId === 'string' ? venue.key(stored.keyId) : undefined;
  let credentials: DemoCredentials;
  if (
    key &&
    key.revokedAt === null &&
    key.accountId === DEMO_ACCOUNT_ID &&
    typeof stored.secret === 'string'
  ) {
    credentials = { keyId: key.keyId, secret: stored.secret, operatorToken };
  } else {
    const { keyId, secret } = newKeyMaterial('hmac');
    if (secret === undefined) throw new Error('an HMAC key comes with a secret');
    const result = await venue.submit({
      type: 'createApiKey',
      keyId,
      accountId: DEMO_ACCOUNT_ID,
      keyType: 'hmac',
      scopes: ['read', 'trade'],
      secret,
      label: 'demo',
    });
    if (!result.ok) throw new Error(`demo key: ${result.detail}`);
    credentials = { keyId, secret, operatorToken };
  }
  await writeCredentials(file, credentials);
  return credentials;
}
