/**
 * The REST application: the generated public and back-office routers over the venue, wrapped in
 * what every request needs whether or not it reaches an operation: a request id, a log line,
 * metrics, rate-limit headers, the body limit, and a problem+json answer for every failure
 * (unknown route, wrong method, bad JSON, oversized body, thrown error). No stack trace or
 * internal message ever reaches a client; they go to the log with the request id.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { createRouter as createAdminRouter } from '../../generated/admin/router.ts';
import { createRouter as createPublicRouter } from '../../generated/openapi/router.ts';
import type { RouterOptions } from '../../generated/runtime/http.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { DeadMansSwitch } from '../dead-mans-switch.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Venue } from '../venue.ts';
import { rawBody } from './body.ts';
import { installFastSend } from './fast-send.ts';
import { accountHandlers } from './handlers/account.ts';
import { adminHandlers } from './handlers/admin.ts';
import { marketDataHandlers } from './handlers/market-data.ts';
import { orderHandlers } from './handlers/orders.ts';
import { problemType, sendProblem } from './problems.ts';
import { requestContext } from './request-context.ts';
import { safeHandlers } from './safe-handlers.ts';
import { type Principal, type RateLimits, securityHooks } from './security.ts';
import { installResponseValidation, type ResponseValidationFailure } from './validate-responses.ts';

export interface HttpAppOptions {
  venue: Venue;
  authenticator: Authenticator;
  limits: RateLimits;
  deadMansSwitch: DeadMansSwitch;
  logger: Logger;
  metrics: Metrics;
  operatorToken: string;
  bodyLimit: number;
  /** Serve this directory at /docs when given. */
  docsDir?: string;
  /** Ready to serve (false while starting or draining): /readyz answers 503 otherwise. */
  isReady: () => boolean;
  /**
   * Validate every response against the OpenAPI documents with express-openapi-validator (and the
   * generated validators) and report mismatches here. For tests and development.
   */
  onResponseValidationFailure?: (failure: ResponseValidationFailure) => void;
}

function mountOperationsEndpoints(app: express.Express, options: HttpAppOptions): void {
  app.get('/healthz', (_req, res) => {
    res.locals.operation = 'healthz';
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.locals.operation = 'readyz';
    const ready = options.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  app.get('/metrics', async (_req, res, next) => {
    res.locals.operation = 'metrics';
    try {
      const { contentType, body } = await options.metrics.render();
      res.type(contentType).send(body);
    } catch (error) {
      next(error);
    }
  });
  if (options.docsDir) {
    app.get('/docs', (req, res, next) => (req.path === '/docs' ? res.redirect(301, '/docs/') : next()));
    app.use('/docs', express.static(options.docsDir, { index: 'index.html', fallthrough: true }));
  }
}

export function createHttpApp(options: HttpAppOptions): express.Express {
  const { venue, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  installFastSend(app);
  app.use(requestContext(app, options));

  app.use(rawBody(options.bodyLimit));
  if (options.onResponseValidationFailure) {
    installResponseValidation(app, options.onResponseValidationFailure);
  }

  const hooks = securityHooks(options);
  const deps = { venue, deadMansSwitch: options.deadMansSwitch, limits: options.limits };
  const routerOptions: RouterOptions<Principal> = {
    authenticate: (req, route, body) => {
      const outcome = hooks.authenticate(req, route, body);
      if ('auth' in outcome) (req.res as Response).locals.auth = outcome.auth;
      return outcome;
    },
    guard: hooks.guard,
    problemType,
    bodyLimit: options.bodyLimit,
    // Development and tests: the generated validators check every typed result as well.
    validateResponses: options.onResponseValidationFailure !== undefined,
    onError: (error: unknown, req: Request) => {
      const requestId = (req.res as Response | undefined)?.locals.requestId as string | undefined;
      logger.error({ err: error, requestId, path: req.path }, 'request failed');
      options.onResponseValidationFailure?.({
        method: req.method,
        path: req.originalUrl,
        status: 500,
        message: (error as Error).message,
      });
    },
  };
  const onThrow = (operation: string, error: unknown, requestId: string | undefined) =>
    logger.error({ err: error, operation, requestId }, 'handler failed');
  app.use(
    createPublicRouter(
      safeHandlers(
        { ...marketDataHandlers(deps), ...orderHandlers(deps), ...accountHandlers(deps) },
        onThrow,
      ),
      routerOptions,
    ),
  );
  app.use(createAdminRouter(safeHandlers(adminHandlers(deps), onThrow), routerOptions));
  // Operations endpoints after the API: every API request would otherwise be tested against
  // each of their paths first. None of their paths is an API path, so the order changes no answer.
  mountOperationsEndpoints(app, options);

  app.use((req: Request, res: Response) => {
    sendProblem(res, { status: 404, code: 'NOT_FOUND', detail: `No route ${req.method} ${req.path}.` });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (status === 400 || (error as { type?: string }).type === 'entity.parse.failed') {
      // Express's own 400s: a path segment that is not valid percent-encoding.
      sendProblem(res, {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The request target is malformed.',
      });
      return;
    }
    logger.error({ err: error, requestId: res.locals.requestId, path: req.path }, 'unhandled error');
    sendProblem(res, {
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: 'An unexpected error occurred; quote the requestId if you contact support.',
    });
  });
  return app;
}
