/**
 * The back office: accounts, deposits and API keys, behind the operator token. Ids and HMAC
 * secrets are drawn here, at the edge, and travel inside the journaled command, so recovery
 * replays the same keys. A secret appears in exactly one place: the 201 answer of createApiKey.
 */
import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../../generated/admin/router.ts';
import { defined } from '../../api/defined.ts';
import { apiKeyBody, balanceBody } from '../../api/views.ts';
import { type CreateApiKeyCommand, newKeyMaterial, validateCreateApiKey } from '../../auth/key-store.ts';
import { formatTimestamp } from '../../core/index.ts';
import type { KeyCommandResult } from '../../venue/venue-state.ts';
import { coreProblem, type ProblemInit, problem } from '../problems.ts';
import type { Principal } from '../security.ts';
import { type HandlerDeps, submit, validationFailed } from './context.ts';

const accountNotFound = (accountId: string) =>
  problem(404, 'ACCOUNT_NOT_FOUND', `No account has the id "${accountId}".`);

function keyProblem(result: Extract<KeyCommandResult, { ok: false }>): { problem: ProblemInit<never> } {
  if (result.code === 'VALIDATION_FAILED') {
    const errors = (('errors' in result && result.errors) || []).map((e) => ({
      path: `/${e.path}`,
      message: e.message,
    }));
    return { problem: { status: 400, code: 'VALIDATION_FAILED' as never, detail: result.detail, errors } };
  }
  return { problem: { status: 404, code: result.code as never, detail: result.detail } };
}

export function adminHandlers({ venue }: HandlerDeps): Handlers<Principal> {
  const accountBody = (accountId: string) => {
    const a = venue.engine.account(accountId);
    if (!a) return undefined;
    return {
      accountId: a.accountId,
      name: a.name,
      makerFeeBps: a.makerFeeBps,
      takerFeeBps: a.takerFeeBps,
      createdAt: formatTimestamp(a.createdAt),
      balances: (venue.engine.balances(accountId) ?? []).map(balanceBody),
    };
  };

  return {
    async createAccount(input) {
      const accountId = `acc_${randomBytes(8).toString('hex')}`;
      const { name, makerFeeBps, takerFeeBps } = input.body;
      const outcome = await submit(venue, {
        type: 'createAccount',
        accountId,
        ...defined({ name, makerFeeBps, takerFeeBps }),
      });
      if ('problem' in outcome) return outcome;
      const body = outcome.result.ok ? accountBody(accountId) : undefined;
      if (!outcome.result.ok || !body) {
        return coreProblem(outcome.result.error ?? { code: 'VALIDATION_FAILED', message: 'not created' });
      }
      return { status: 201, body };
    },

    getAccountById(input) {
      const body = accountBody(input.path.accountId);
      return body ? { status: 200, body } : accountNotFound(input.path.accountId);
    },

    async createDeposit(input) {
      const { accountId } = input.path;
      const { asset, amount } = input.body;
      const outcome = await submit(venue, { type: 'deposit', accountId, asset, amount });
      if ('problem' in outcome) return outcome;
      const { result } = outcome;
      if (!result.ok) return coreProblem(result.error ?? { code: 'VALIDATION_FAILED', message: 'refused' });
      const balance = venue.engine.balances(accountId)?.find((b) => b.asset === asset);
      const decimals = venue.engine.assets().find((a) => a.asset === asset)?.decimals ?? 0;
      if (!balance) throw new Error(`deposit of ${asset} left no balance`);
      return {
        status: 201,
        body: {
          accountId,
          asset,
          amount: normalise(amount, decimals),
          balanceAfter: balanceBody(balance),
          createdAt: formatTimestamp(venue.engine.now),
        },
      };
    },

    async createApiKey(input) {
      const { accountId } = input.path;
      const body = input.body as unknown as {
        type: 'hmac' | 'ed25519';
        scopes: ('read' | 'trade')[];
        allowedIps?: string[];
        label?: string;
        publicKey?: string;
      };
      if (venue.engine.account(accountId) === undefined) return accountNotFound(accountId);
      const material = newKeyMaterial(body.type);
      const command: CreateApiKeyCommand = {
        type: 'createApiKey',
        ts: venue.now(),
        keyId: material.keyId,
        accountId,
        keyType: body.type,
        scopes: [...body.scopes],
        ...defined({
          secret: material.secret,
          publicKey: body.publicKey,
          allowedIps: body.allowedIps,
          label: body.label,
        }),
      };
      // Checked before journaling so a bad CIDR or public key is a 400, not a journaled refusal.
      const errors = validateCreateApiKey(command).filter((e) => e.path !== 'secret' && e.path !== 'keyId');
      if (errors.length > 0) {
        return validationFailed(
          'The API key request is not valid.',
          errors.map((e) => ({ path: `/${e.path}`, message: e.message })),
        );
      }
      const outcome = await submit(venue, command);
      if ('problem' in outcome) return outcome;
      const { result } = outcome;
      if (!result.ok) return keyProblem(result);
      return { status: 201, body: { ...apiKeyBody(result.key), secret: material.secret ?? null } };
    },

    listApiKeys(input) {
      const { accountId } = input.path;
      if (venue.engine.account(accountId) === undefined) return accountNotFound(accountId);
      return { status: 200, body: { data: venue.keys.listByAccount(accountId).map(apiKeyBody) } };
    },

    async revokeApiKey(input) {
      const outcome = await submit(venue, { type: 'revokeApiKey', keyId: input.path.keyId });
      if ('problem' in outcome) return outcome;
      const { result } = outcome;
      if (!result.ok) return keyProblem(result);
      return { status: 200, body: apiKeyBody(result.key) };
    },
  };
}

/** `"100"` with 8 decimals is `"100.00000000"`: amounts are shown at the asset's scale. */
function normalise(amount: string, decimals: number): string {
  const [int = '0', frac = ''] = amount.split('.');
  const digits = int.replace(/^0+(?=\d)/, '');
  return decimals === 0 ? digits : `${digits}.${frac.padEnd(decimals, '0').slice(0, decimals)}`;
}
