/**
 * What every operation handler shares: the gateway's parts, the per-message context, and the
 * rate-limit charge (the same buckets as REST: the IP's before login, the key's after it).
 */
import { operations } from '../../generated/asyncapi/messages.ts';
import type { Session, WsConnection } from './connection.ts';
import type { MarketData } from './market-data.ts';
import type { PrivateStreams } from './private-streams.ts';
import { type ProblemInit, problem } from './problems.ts';
import type { WsDeps } from './types.ts';

/**
 * Per client message. Every field exists from the start (`messageCtx`), so setting one later
 * does not grow the object: one per message, thousands a second.
 */
export interface MessageCtx {
  readonly connection: WsConnection;
  /** The ticket of an order-entry request in flight (WsConnection.awaitReply). */
  ticket: number | undefined;
  /** Runs right after the reply is written: starts a subscription, so its messages follow the reply. */
  afterReply: (() => void) | undefined;
  /** An order-entry request's `id` and admitting session, for the reply built once it is durable. */
  id: number | string | undefined;
  session: Session | undefined;
}

export function messageCtx(connection: WsConnection): MessageCtx {
  return { connection, ticket: undefined, afterReply: undefined, id: undefined, session: undefined };
}

export interface Gateway {
  readonly deps: WsDeps;
  readonly nowMs: () => number;
  readonly marketData: MarketData;
  readonly privateStreams: PrivateStreams;
  /** A login or subscription succeeded: the login timeout no longer applies. */
  engage(connection: WsConnection): void;
}

export type OperationName = keyof typeof operations;

export function weightOf(name: OperationName): number {
  return operations[name].weight;
}

/**
 * Charges `weight` to the connection's bucket (and, for order entry, one order to the key's
 * order throttle); answers the RATE_LIMITED problem, with `retryAfter`, when a bucket is empty.
 */
export function charge(
  gateway: Gateway,
  connection: WsConnection,
  weight: number,
  orderEntry = false,
): ProblemInit | undefined {
  const { rateLimiter, metrics } = gateway.deps;
  const now = gateway.nowMs();
  const key = connection.session?.key.keyId;
  let decision =
    key === undefined
      ? rateLimiter.ip.check(connection.ip, weight, now)
      : rateLimiter.key.check(key, weight, now);
  if (decision.allowed && orderEntry && key !== undefined && rateLimiter.orders) {
    decision = rateLimiter.orders.check(key, 1, now);
  }
  if (decision.allowed) return undefined;
  metrics.rateLimited.inc({ gateway: 'ws', bucket: decision.policy.name });
  const retryAfter = decision.retryAfterSeconds ?? 1;
  return problem(
    429,
    'RATE_LIMITED',
    `The "${decision.policy.name}" rate-limit budget of ${decision.policy.quota} weight per ${decision.policy.windowSeconds} s is used up; retry after ${retryAfter} s.`,
    { retryAfter },
  );
}
