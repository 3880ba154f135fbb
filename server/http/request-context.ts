/**
 * What every request gets before routing, whether or not it reaches an operation: a request id,
 * the headers every answer carries, and one access-log line plus metrics when it ends.
 *
 * This runs for every request, so it allocates as little as it can: no closure per request (the
 * end-of-request listener and the write-time hook are shared functions reading `this`), request
 * ids from a counter, and the per-request state in `res.locals`, which Express creates anyway.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import { accessLogger, type Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import { applyRateLimitHeaders } from './rate-limit-headers.ts';
import { clientIp, type Principal, type RateLimits } from './security.ts';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Request ids `req_` + 16 hex digits: 8 random per process (so ids differ across restarts and
 * replicas) and an 8-digit counter, with a fresh random half whenever the counter wraps. Ids only
 * correlate log lines with answers; they are no secret, so a counter is as good as fresh entropy.
 */
class RequestIds {
  #prefix = '';
  #next = 0x1_0000_0000;

  take(): string {
    if (this.#next > 0xffff_ffff) {
      this.#prefix = `req_${randomBytes(4).toString('hex')}`;
      this.#next = 0;
    }
    const n = this.#next++;
    return `${this.#prefix}${n.toString(16).padStart(8, '0')}`;
  }
}

interface Locals {
  requestId: string;
  startedMs: number;
  logged?: boolean;
  operation?: string;
  auth?: Principal;
}

export interface RequestContextOptions {
  logger: Logger;
  metrics: Metrics;
  limits: RateLimits;
}

/**
 * Installs the write-time hook on the app's response prototype (once, not per request) and
 * returns the middleware that opens each request.
 */
export function requestContext(app: Express, options: RequestContextOptions) {
  const { metrics, limits } = options;
  const log = accessLogger(options.logger);
  const ids = new RequestIds();

  // Answers that took no rate-limit decision (404, 405, 413, /healthz) still say where the IP
  // stands; the headers are added as the head is written, whatever path wrote it.
  const writeHead = http.ServerResponse.prototype.writeHead;
  (app.response as unknown as { writeHead: unknown }).writeHead = function (
    this: Response,
    status: number,
    reason?: unknown,
    headers?: unknown,
  ) {
    if (!this.hasHeader('RateLimit'))
      applyRateLimitHeaders(this, [limits.ip.peek(clientIp(this.req), Date.now())]);
    return (writeHead as (this: Response, ...a: unknown[]) => Response).call(this, status, reason, headers);
  };

  // 'close' follows 'finish' on every response, and is the only event an aborted one emits.
  function onClose(this: Response): void {
    const locals = this.locals as Locals;
    if (locals.logged) return;
    locals.logged = true;
    const ms = performance.now() - locals.startedMs;
    const req = this.req;
    const operation = locals.operation ?? 'unmatched';
    const status = this.statusCode;
    metrics.recordRequest(operation, req.method, status, ms / 1000);
    const line: Record<string, unknown> = {
      requestId: locals.requestId,
      operation,
      method: req.method,
      path: req.path,
      status,
      latencyMs: Math.round(ms * 1e3) / 1e3,
      ip: clientIp(req),
    };
    const auth = locals.auth;
    if (auth?.kind === 'key') {
      line.keyId = auth.key.keyId;
      line.accountId = auth.key.accountId;
    }
    if (!this.writableFinished) line.aborted = true;
    log.info(line, 'request');
  }

  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : ids.take();
    const locals = res.locals as Locals;
    locals.startedMs = performance.now();
    locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    // Private answers (orders, balances, keys) must never sit in a shared or browser cache.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.on('close', onClose);
    next();
  };
}
