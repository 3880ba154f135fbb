/**
 * What every REST handler shares: the venue, the switch and the limits, plus the two helpers
 * every mutating handler needs (who the account is; submit and map an unavailable venue to 503).
 */
import type { HandlerContext } from '../../../generated/runtime/http.ts';
import type { Issue } from '../../../generated/runtime/validation.ts';
import type { DeadMansSwitch } from '../../dead-mans-switch.ts';
import type { Venue } from '../../venue.ts';
import { type VenueCommandInput, VenueUnavailableError } from '../../venue.ts';
import { problem } from '../problems.ts';
import type { Principal, RateLimits } from '../security.ts';

export interface HandlerDeps {
  venue: Venue;
  deadMansSwitch: DeadMansSwitch;
  limits: RateLimits;
}

export type Ctx = HandlerContext<Principal>;

/** The account of the signing key; the router only calls private handlers once authenticated. */
export function accountOf(ctx: Ctx): string {
  if (ctx.auth?.kind !== 'key') throw new Error(`${ctx.route.operationId} reached without an API key`);
  return ctx.auth.key.accountId;
}

export const unavailable = () =>
  problem(503, 'SERVICE_UNAVAILABLE', 'The venue cannot persist commands right now; retry after a back-off.');

/**
 * Submits a command and resolves when it is durable; a venue that can no longer persist answers
 * 503 instead of throwing (the command was not acknowledged, so the client may retry).
 */
export function submit<T extends VenueCommandInput>(venue: Venue, command: T) {
  let pending: ReturnType<typeof venue.submit<T>>;
  try {
    pending = venue.submit(command);
  } catch (error) {
    pending = Promise.reject(error);
  }
  return pending.then(
    (result) => ({ result }),
    (error: unknown) => {
      if (error instanceof VenueUnavailableError) return unavailable();
      throw error;
    },
  );
}

export function validationFailed(detail: string, errors: Issue[]) {
  return { problem: { status: 400, code: 'VALIDATION_FAILED' as const, detail, errors } };
}

const CURSOR = /^[1-9][0-9]{0,15}$/;

/** Cursors are the venue's own sequence numbers; anything else was not issued by it. */
export function checkCursor(cursor: string | undefined) {
  if (cursor === undefined || CURSOR.test(cursor)) return undefined;
  return validationFailed('The cursor was not issued by this venue.', [
    { path: 'query.cursor', message: 'is not a cursor this venue issued' },
  ]);
}
