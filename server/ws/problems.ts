/**
 * Error replies: `{id, op, error}` with the REST problem object (same `type` URIs, titles,
 * statuses and codes), and the request id of the `id` a client sent, or null when it sent none or
 * one the contract does not accept.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorReplyMessage } from '../../generated/asyncapi/messages.ts';
import { schemaClientOp, schemaRequestId } from '../../generated/asyncapi/validators.js';
import { type ProblemInit, problemBody } from '../../generated/runtime/problem.ts';
import type { AuthFailure } from '../auth/authenticate.ts';
import { CORE_ERROR_STATUS, type CoreError } from '../core/index.ts';

export type { ProblemInit };
export type ReplyId = ErrorReplyMessage['id'];
export type ReplyOp = ErrorReplyMessage['op'];

/** The `id` to echo: the client's, if it is a valid RequestId, else null. */
export function replyId(id: unknown): ReplyId {
  return id !== undefined && schemaRequestId(id) ? (id as ReplyId) : null;
}

/** The `op` to echo: the request's, if it is a client operation, else null. */
export function replyOp(op: unknown): ReplyOp {
  return schemaClientOp(op) ? (op as ReplyOp) : null;
}

export function problemType(code: string): string {
  return `https://openvenue.dev/errors/${code}`;
}

export function errorReply(id: unknown, op: unknown, init: ProblemInit): ErrorReplyMessage {
  const error = problemBody(
    { ...init, detail: init.detail ?? titleDetail(init.code) },
    `req_${randomUUID()}`,
    problemType,
  );
  return { id: replyId(id), op: replyOp(op), error } as ErrorReplyMessage;
}

function titleDetail(code: string): string {
  return `The request failed with ${code}.`;
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extensions?: Record<string, unknown>,
): ProblemInit {
  return { status, code, detail, ...(extensions && { extensions }) };
}

export function coreProblem(error: CoreError): ProblemInit {
  return problem(CORE_ERROR_STATUS[error.code], error.code, error.message);
}

export function authProblem(failure: AuthFailure): ProblemInit {
  return problem(
    failure.status,
    failure.code,
    failure.detail,
    failure.serverTime === undefined ? undefined : { serverTime: failure.serverTime },
  );
}

export const notLoggedIn = (what: string): ProblemInit =>
  problem(401, 'NOT_LOGGED_IN', `${what} needs a successful login first.`);

export const unavailable = (): ProblemInit =>
  problem(503, 'SERVICE_UNAVAILABLE', 'The venue cannot persist commands right now; retry after a back-off.');

export const internalError = (): ProblemInit =>
  problem(
    500,
    'INTERNAL_ERROR',
    'The server hit an unexpected error; the request may not have been executed.',
  );
