/**
 * Problem details as the contracts define them: `type` is `https://openvenue.dev/errors/<CODE>`,
 * `detail` and `requestId` are always present, and the status always matches the catalogue.
 * Every body is built by `problemBody` (here and in the generated router), which fills both where
 * the problem is made, so nothing has to re-parse bodies on the way out.
 */
import type { Response } from 'express';
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
