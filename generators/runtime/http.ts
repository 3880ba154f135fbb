import { type Request, type Response, Router } from 'express';
import { type ProblemInit, problemBody } from './problem.ts';
import { type CompiledValidator, check, type Issue } from './validation.ts';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** A declared parameter and the JSON type its string form is coerced to before validation. */
export interface ParamSpec {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  /** The schema's default, filled in when the request leaves the parameter out. */
  readonly default?: unknown;
}

/** One row of the generated route manifest. */
export interface RouteSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly expressPath: string;
  /** Alternatives of security scheme names; empty for a public operation. */
  readonly security: readonly (readonly string[])[];
  readonly scope: 'none' | 'read' | 'trade' | 'operator';
  readonly weight: number;
  readonly errorCodes: readonly string[];
  readonly requestContentType: string | null;
  readonly bodyRequired: boolean;
  /** Status (as written in the contract) to response content type, null for an empty body. */
  readonly responses: Readonly<Record<string, string | null>>;
  readonly parameters: {
    readonly path: readonly ParamSpec[];
    readonly query: readonly ParamSpec[];
    readonly header: readonly ParamSpec[];
  };
}

/** A handler's answer with a problem; `code` is limited to the operation's `x-error-codes`. */
export interface ProblemResult<Code extends string = string> {
  readonly problem: ProblemInit<Code>;
}

/** What the generated stub answers: 501 with a NOT_IMPLEMENTED problem. */
export interface NotImplementedResult {
  readonly notImplemented: string;
}

export function notImplemented(operationId: string): NotImplementedResult {
  return { notImplemented: operationId };
}

export interface HandlerContext<Auth> {
  readonly req: Request;
  readonly res: Response;
  readonly route: RouteSpec;
  /** What `options.authenticate` returned; undefined on public operations. */
  readonly auth: Auth | undefined;
  readonly requestId: string | undefined;
  /** The body bytes exactly as received (signatures are computed over these). */
  readonly rawBody: Buffer;
}

/** Authentication, rate limiting and request ids belong to the server: these hooks plug them in. */
export interface RouterOptions<Auth> {
  /** Called for operations with `security`; answers the principal or a problem (401/403). */
  authenticate?(
    req: Request,
    route: RouteSpec,
    rawBody: Buffer,
  ): Promise<{ auth: Auth } | ProblemResult> | { auth: Auth } | ProblemResult;
  /** Called on every operation after authentication (rate limits, scope checks). */
  guard?(
    req: Request,
    route: RouteSpec,
    auth: Auth | undefined,
  ): Promise<ProblemResult | undefined> | ProblemResult | undefined;
  /** Defaults to `res.locals.requestId`. */
  requestId?(req: Request, res: Response): string | undefined;
  problemType?(code: string): string;
  /** Request body limit in bytes (default 64 KiB). */
  bodyLimit?: number;
  /** Check every handler result against the contract; a mismatch answers 500. For tests and dev. */
  validateResponses?: boolean;
  onError?(error: unknown, req: Request): void;
}

/** What the generated router binds per operation; `invoke` calls the typed handler. */
export interface Binding {
  readonly route: RouteSpec;
  readonly validators: {
    readonly path?: CompiledValidator;
    readonly query?: CompiledValidator;
    readonly header?: CompiledValidator;
    readonly body?: CompiledValidator;
  };
  readonly responseValidators: Readonly<Record<string, CompiledValidator>>;
  // biome-ignore lint/suspicious/noExplicitAny: the generated binding narrows input and context per operation.
  readonly invoke: (input: any, ctx: HandlerContext<any>) => unknown;
}

interface TypedResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string | number | boolean | undefined>>;
}

const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Query, path and header values arrive as strings: give them the JSON type the schema declares. */
export function coerce(value: unknown, type: string): unknown {
  if (type.startsWith('array:')) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((item) => coerce(item, type.slice('array:'.length)));
  }
  if (typeof value !== 'string') return value;
  if ((type === 'integer' || type === 'number') && NUMERIC.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function pick(source: Readonly<Record<string, unknown>>, specs: readonly ParamSpec[], lower: boolean) {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = source[lower ? spec.name.toLowerCase() : spec.name];
    if (raw !== undefined) out[lower ? spec.name.toLowerCase() : spec.name] = coerce(raw, spec.type);
    else if (spec.default !== undefined) out[lower ? spec.name.toLowerCase() : spec.name] = spec.default;
  }
  return out;
}

class PayloadTooLarge extends Error {}

async function readBody(req: Request, limit: number): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function isJsonType(header: string | undefined, expected: string): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === expected || (expected === 'application/json' && /^application\/[\w.+-]+\+json$/.test(type));
}

function responseValidator(binding: Binding, status: number): CompiledValidator | undefined {
  const v = binding.responseValidators;
  return v[String(status)] ?? v[`${String(status).charAt(0)}XX`] ?? v.default;
}

function send<Auth>(
  binding: Binding,
  ctx: HandlerContext<Auth>,
  result: unknown,
  options: RouterOptions<Auth>,
) {
  const { res } = ctx;
  const sendProblem = (init: ProblemInit) => {
    res
      .status(init.status)
      .type('application/problem+json')
      .send(JSON.stringify(problemBody(init, ctx.requestId, options.problemType)));
  };
  if (result && typeof result === 'object' && 'problem' in result)
    return sendProblem((result as ProblemResult).problem);
  if (result && typeof result === 'object' && 'notImplemented' in result) {
    return sendProblem({
      status: 501,
      code: 'NOT_IMPLEMENTED',
      detail: `${binding.route.operationId} is not implemented`,
    });
  }
  const typed = result as TypedResult;
  if (options.validateResponses) {
    const validator = responseValidator(binding, typed.status);
    const issues = validator ? check(validator, 'body', typed.body) : [];
    if (issues.length > 0 || !(String(typed.status) in binding.route.responses || validator)) {
      options.onError?.(
        new Error(
          `${binding.route.operationId} answered ${typed.status} off contract: ${JSON.stringify(issues)}`,
        ),
        ctx.req,
      );
      return sendProblem({ status: 500, code: 'INTERNAL_ERROR' });
    }
  }
  for (const [name, value] of Object.entries(typed.headers ?? {})) {
    if (value !== undefined) res.setHeader(name, String(value));
  }
  res.status(typed.status);
  if (typed.body === undefined) return void res.end();
  const contentType = binding.route.responses[String(typed.status)] ?? 'application/json';
  res.type(contentType).send(JSON.stringify(typed.body));
}

async function handle<Auth>(binding: Binding, options: RouterOptions<Auth>, req: Request, res: Response) {
  const { route } = binding;
  let ctx: HandlerContext<Auth> = {
    req,
    res,
    route,
    auth: undefined,
    requestId: options.requestId ? options.requestId(req, res) : (res.locals.requestId as string | undefined),
    rawBody: Buffer.alloc(0),
  };
  const fail = (init: ProblemInit) => send(binding, ctx, { problem: init }, options);
  let rawBody: Buffer;
  try {
    rawBody = await readBody(req, options.bodyLimit ?? 64 * 1024);
  } catch (error) {
    if (!(error instanceof PayloadTooLarge)) throw error;
    res.setHeader('Connection', 'close');
    return fail({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  }
  ctx = { ...ctx, rawBody };
  if (route.security.length > 0 && options.authenticate) {
    const outcome = await options.authenticate(req, route, rawBody);
    if ('problem' in outcome) return fail(outcome.problem);
    ctx = { ...ctx, auth: outcome.auth };
  }
  const guarded = await options.guard?.(req, route, ctx.auth);
  if (guarded) return fail(guarded.problem);

  const issues: Issue[] = [];
  let body: unknown;
  if (rawBody.length > 0) {
    if (!route.requestContentType) {
      issues.push({ path: '', message: 'this operation takes no request body' });
    } else if (!isJsonType(req.headers['content-type'], route.requestContentType)) {
      return fail({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: `send ${route.requestContentType}`,
      });
    } else {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch (error) {
        return fail({ status: 400, code: 'MALFORMED_JSON', detail: (error as Error).message });
      }
    }
  } else if (route.bodyRequired) {
    issues.push({ path: '', message: 'request body is required' });
  }
  const input: Record<string, unknown> = {};
  const { validators } = binding;
  const parts = [
    ['path', validators.path, pick(req.params, route.parameters.path, false)],
    ['query', validators.query, pick(req.query as Record<string, unknown>, route.parameters.query, false)],
    ['header', validators.header, pick(req.headers, route.parameters.header, true)],
  ] as const;
  for (const [location, validator, value] of parts) {
    if (!validator) continue;
    // Validated under Node's lower-case header names, reported under the contract's.
    const named = new Map(
      route.parameters.header.map((p) => [`header.${p.name.toLowerCase()}`, `header.${p.name}`]),
    );
    issues.push(
      ...check(validator, location, value).map((issue) => ({
        ...issue,
        path: named.get(issue.path) ?? issue.path,
      })),
    );
    input[location] =
      location === 'header'
        ? Object.fromEntries(
            route.parameters.header
              .filter((p) => value[p.name.toLowerCase()] !== undefined)
              .map((p) => [p.name, value[p.name.toLowerCase()]]),
          )
        : value;
  }
  if (validators.body && body !== undefined) issues.push(...check(validators.body, 'body', body));
  if (route.requestContentType) input.body = body;
  if (issues.length > 0) {
    const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
    return fail({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: `The request does not match the contract: ${count}.`,
      errors: issues,
    });
  }
  send(binding, ctx, await binding.invoke(input, ctx), options);
}

/** Mount after every router: any other path answers 404 NOT_FOUND as a problem (catalogue code). */
export function notFoundHandler(options: Pick<RouterOptions<unknown>, 'problemType'> = {}) {
  return (req: Request, res: Response): void => {
    res
      .status(404)
      .type('application/problem+json')
      .send(
        JSON.stringify(
          problemBody(
            { status: 404, code: 'NOT_FOUND', detail: `no route for ${req.method} ${req.path}` },
            res.locals.requestId as string | undefined,
            options.problemType,
          ),
        ),
      );
  };
}

/**
 * Builds an Express 5 router from generated bindings: raw body, authenticate, guard, parse,
 * validate, call the handler, send its typed result or a problem. Paths that exist with another
 * method answer 405 with an Allow header.
 */
export function buildRouter<Auth>(bindings: readonly Binding[], options: RouterOptions<Auth>): Router {
  const router = Router();
  const methods = new Map<string, string[]>();
  for (const binding of bindings) {
    const { route } = binding;
    methods.set(route.expressPath, [...(methods.get(route.expressPath) ?? []), route.method.toUpperCase()]);
    router[route.method](route.expressPath, (req, res) => {
      handle(binding, options, req, res).catch((error: unknown) => {
        options.onError?.(error, req);
        if (res.headersSent) return void res.end();
        res
          .status(500)
          .type('application/problem+json')
          .send(
            JSON.stringify(
              problemBody({ status: 500, code: 'INTERNAL_ERROR' }, res.locals.requestId, options.problemType),
            ),
          );
      });
    });
  }
  for (const [expressPath, allowed] of [...methods.entries()].sort()) {
    router.all(expressPath, (req, res) => {
      res.setHeader('Allow', [...allowed].sort().join(', '));
      res
        .status(405)
        .type('application/problem+json')
        .send(
          JSON.stringify(
            problemBody(
              { status: 405, code: 'METHOD_NOT_ALLOWED', detail: `${req.method} is not allowed here` },
              res.locals.requestId,
              options.problemType,
            ),
          ),
        );
    });
  }
  return router;
}
