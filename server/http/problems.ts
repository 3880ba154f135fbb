/**
 * Problem details as the contracts define them: `type` is `https://openvenue.dev/errors/<CODE>`,
 * `detail` and `requestId` are always present, and the status always matches the catalogue.
 */
import type { NextFunction, Request, Response } from 'express';
import { type ProblemInit, problemBody } from '../../generated/runtime/problem.ts';
import { CORE_ERROR_STATUS, type CoreError } from '../core/index.ts';

export type { ProblemInit };

export function problemType(code: string): string {
  return `https://openvenue.dev/errors/${code}`;
}

/** A problem result the generated router sends as it is. */
export function problem<Code extends string>(
  status: number,
  code: Code,
  detail: string,
  extensions?: Record<string, unknown>,
): { problem: ProblemInit<Code> } {
  return { problem: { status, code, detail, ...(extensions && { extensions }) } };
}

/** The problem for a core rejection, with the catalogue's status. */
export function coreProblem(error: CoreError): { problem: ProblemInit<never> } {
  // Typed `never` so it fits every operation's code list: the core decides which code applies, and
  // the contract test checks that each one answered is among the operation's x-error-codes.
  return {
    problem: { status: CORE_ERROR_STATUS[error.code], code: error.code as never, detail: error.message },
  };
}

/** A problem body for places that answer outside the generated router (404, 413, errors). */
export function problemJson(init: ProblemInit, requestId: string | undefined) {
  return problemBody(init, requestId ?? 'unknown', problemType);
}

export function sendProblem(res: Response, init: ProblemInit): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res
    .status(init.status)
    .type('application/problem+json')
    .send(JSON.stringify(problemJson(init, res.locals.requestId as string | undefined)));
}

/** A human-readable detail for a problem that came without one (see `completeProblems`). */
function defaultDetail(body: { code?: unknown; errors?: { path?: unknown; message?: unknown }[] }): string {
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const list = body.errors.map((e) => `${String(e.path)}: ${String(e.message)}`).join('; ');
    return `The request does not match the contract (${list}).`;
  }
  return `The request failed with ${String(body.code)}.`;
}

/**
 * The generated router answers schema failures (and a few others) without `detail`, which the
 * contract's Problem requires. Until the generator fills it in, this middleware completes every
 * problem+json body on its way out: `detail` when missing, `requestId` always.
 */
export function completeProblems(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send;
  res.send = function (this: Response, body?: unknown) {
    const type = String(this.getHeader('content-type') ?? '');
    if (typeof body === 'string' && type.startsWith('application/problem+json')) {
      try {
        const problem = JSON.parse(body) as Record<string, unknown>;
        if (typeof problem.detail !== 'string') problem.detail = defaultDetail(problem);
        if (typeof problem.requestId !== 'string') problem.requestId = this.locals.requestId;
        return send.call(this, JSON.stringify(problem));
      } catch {
        // Not JSON after all: send it unchanged.
      }
    }
    return send.call(this, body);
  } as typeof res.send;
  next();
}
