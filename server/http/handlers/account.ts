/** The signing account's own data: balances, positions, executions and the account itself. */
import type { Handlers } from '../../../generated/openapi/router.ts';
import { defined } from '../../api/defined.ts';
import { balanceBody, executionBody, positionBody } from '../../api/views.ts';
import type { RateLimitPolicy } from '../../auth/rate-limit.ts';
import { problem } from '../problems.ts';
import type { Principal } from '../security.ts';
import { accountOf, checkCursor, type HandlerDeps } from './context.ts';

type AccountHandlers = Pick<
  Handlers<Principal>,
  'listBalances' | 'listPositions' | 'listExecutions' | 'getAccount'
>;

function policyBody(p: Readonly<RateLimitPolicy>, appliesTo: 'apiKey' | 'ip') {
  return { name: p.name, appliesTo, limit: p.quota, windowSeconds: p.windowSeconds };
}

export function accountHandlers({ venue, limits }: HandlerDeps): AccountHandlers {
  return {
    listBalances(_input, ctx) {
      const balances = venue.engine.balances(accountOf(ctx)) ?? [];
      return { status: 200, body: { data: balances.map(balanceBody) } };
    },

    listPositions(_input, ctx) {
      const positions = venue.engine.positions(accountOf(ctx)) ?? [];
      return { status: 200, body: { data: positions.map(positionBody) } };
    },

    listExecutions(input, ctx) {
      const { market, orderId, cursor, limit } = input.query;
      const bad = checkCursor(cursor);
      if (bad) return bad;
      if (market !== undefined && venue.engine.market(market) === undefined) {
        return problem(404, 'MARKET_NOT_FOUND', `No market has the symbol "${market}".`);
      }
      const page = venue.engine.listExecutions(accountOf(ctx), defined({ market, orderId, cursor, limit }));
      return { status: 200, body: { data: page.data.map(executionBody), nextCursor: page.nextCursor } };
    },

    getAccount(_input, ctx) {
      const accountId = accountOf(ctx);
      const account = venue.engine.account(accountId);
      if (ctx.auth?.kind !== 'key' || !account) throw new Error(`key of unknown account ${accountId}`);
      const { key } = ctx.auth;
      return {
        status: 200,
        body: {
          accountId,
          makerFeeBps: account.makerFeeBps,
          takerFeeBps: account.takerFeeBps,
          apiKey: {
            keyId: key.keyId,
            type: key.type,
            scopes: [...key.scopes],
            allowedIps: [...(key.allowedIps ?? [])],
          },
          rateLimits: [
            policyBody(limits.key.policy, 'apiKey'),
            policyBody(limits.orders.policy, 'apiKey'),
            policyBody(limits.ip.policy, 'ip'),
          ],
        },
      };
    },
  };
}
