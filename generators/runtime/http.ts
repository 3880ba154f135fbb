import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type ProblemInit, problemBody } from './problem.ts';
import { RouteTable } from './route-table.ts';
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

/**
 * What `guard` answers: a problem to refuse the request with, or nothing to let it through. A guard
 * that has already parsed the JSON body (to check it) may hand the value on as `parsedBody`: the
 * router then uses it instead of parsing the same bytes a second time.
 */
export type GuardOutcome = ProblemResult | { readonly parsedBody: unknown } | undefined;

/** Authentication, rate limiting and request ids belong to the server: these hooks plug them in. */
export interface RouterOptions<Auth> {
  /** Called for operations with `security`; answers the principal or a problem (401/403). */
  authenticate?(
    req: Request,
    route: RouteSpec,
    rawBody: Buffer,
  ): Promise<{ auth: Auth } | ProblemResult> | { auth: Auth } | ProblemResult;
  /** Called on every operation after authentication (rate limits, scope checks). */
  guard?(req: Request, route: RouteSpec, auth: Auth | undefined): Promise<GuardOutcome> | GuardOutcome;
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

/** The declared parameters found in `source` (under `key`), coerced, with defaults for absent ones. */
function pick(source: Readonly<Record<string, unknown>>, params: readonly Param[]) {
  const out: Record<string, unknown> = {};
  for (const { spec, key } of params) {
    const raw = source[key];
    if (raw !== undefined) out[key] = coerce(raw, spec.type);
    else if (spec.default !== undefined) out[key] = spec.default;
  }
  return out;
}

/** A parameter and the name it is looked up and validated under (Node lower-cases header names). */
interface Param {
  readonly spec: ParamSpec;
  readonly key: string;
}

/** A binding with what serving it needs worked out once, at build time. */
export interface Operation {
  readonly binding: Binding;
  readonly path: readonly Param[];
  readonly query: readonly Param[];
  readonly header: readonly Param[];
  /** Issue paths under Node's header names (`header.x-request-id`) to the contract's. */
  readonly headerIssuePaths: ReadonlyMap<string, string>;
}

function operation(binding: Binding): Operation {
  const { parameters } = binding.route;
  const as = (specs: readonly ParamSpec[], lower: boolean) =>
    specs.map((spec) => ({ spec, key: lower ? spec.name.toLowerCase() : spec.name }));
  return {
    binding,
    path: as(parameters.path, false),
    query: as(parameters.query, false),
    header: as(parameters.header, true),
    headerIssuePaths: new Map(
      parameters.header.map((p) => [`header.${p.name.toLowerCase()}`, `header.${p.name}`]),
    ),
  };
}

class PayloadTooLarge extends Error {}

async function readBody(req: Request, limit: number): Promise<Buffer> {
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
  // What clients nearly always send, without splitting or lower-casing anything.
  if (header === expected) return true;
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === expected || (expected === 'application/json' && /^application\/[\w.+-]+\+json$/.test(type));
}

function responseValidator(binding: Binding, status: number): CompiledValidator | undefined {
  const v = binding.responseValidators;
  return v[String(status)] ?? v[`${String(status).charAt(0)}XX`] ?? v.default;
}

/** Issues so far plus `found`; stays undefined while there are none. */
function merge(issues: Issue[] | undefined, found: Issue[]): Issue[] | undefined {
  if (found.length === 0) return issues;
  return issues === undefined ? found : issues.concat(found);
}

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;
const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * One request through one operation: raw body, authenticate, guard, parse, validate, call the
 * handler, send its typed result or a problem. Steps run synchronously and wait only where a hook
 * or handler answers a promise, so a request takes no event-loop turn it does not need.
 */
class Exchange<Auth> {
  auth: Auth | undefined = undefined;
  rawBody: Buffer = EMPTY_BODY;
  parsedBody: { value: unknown } | undefined = undefined;
  readonly requestId: string | undefined;

  constructor(
    readonly op: Operation,
    readonly options: RouterOptions<Auth>,
    readonly req: Request,
    readonly res: Response,
    readonly params: Readonly<Record<string, string>>,
  ) {
    this.requestId = options.requestId
      ? options.requestId(req, res)
      : (res.locals.requestId as string | undefined);
  }

  start(): void | Promise<void> {
    const { req } = this;
    const body: unknown = req.body;
    if (Buffer.isBuffer(body)) return this.authenticate(body);
    // HTTP/1.1 framing: without Content-Length or Transfer-Encoding a request has no body at all.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
      return this.authenticate(EMPTY_BODY);
    return readBody(req, this.options.bodyLimit ?? 64 * 1024).then(
      (raw) => this.authenticate(raw),
      (error: unknown) => {
        if (!(error instanceof PayloadTooLarge)) throw error;
        this.res.setHeader('Connection', 'close');
        this.problem({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      },
    );
  }

  authenticate(raw: Buffer): void | Promise<void> {
    this.rawBody = raw;
    const { route } = this.op.binding;
    if (route.security.length === 0 || !this.options.authenticate) return this.guard();
    const outcome = this.options.authenticate(this.req, route, raw);
    return isPromise(outcome) ? outcome.then((o) => this.authenticated(o)) : this.authenticated(outcome);
  }

  authenticated(outcome: { auth: Auth } | ProblemResult): void | Promise<void> {
    if ('problem' in outcome) return this.problem(outcome.problem);
    this.auth = outcome.auth;
    return this.guard();
  }

  guard(): void | Promise<void> {
    const outcome = this.options.guard?.(this.req, this.op.binding.route, this.auth);
    return isPromise(outcome) ? outcome.then((o) => this.guarded(o)) : this.guarded(outcome);
  }

  guarded(outcome: GuardOutcome): void | Promise<void> {
    if (outcome !== undefined) {
      if ('problem' in outcome) return this.problem(outcome.problem);
      this.parsedBody = { value: outcome.parsedBody };
    }
    return this.validate();
  }

  validate(): void | Promise<void> {
    const { op, req, rawBody } = this;
    const { route, validators } = op.binding;
    let issues: Issue[] | undefined;
    let body: unknown;
    if (rawBody.length > 0) {
      if (!route.requestContentType) {
        issues = [{ path: '', message: 'this operation takes no request body' }];
      } else if (!isJsonType(req.headers['content-type'], route.requestContentType)) {
        return this.problem({
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          detail: `send ${route.requestContentType}`,
        });
      } else if (this.parsedBody !== undefined) {
        body = this.parsedBody.value;
      } else {
        try {
          body = JSON.parse(rawBody.toString('utf8'));
        } catch (error) {
          return this.problem({ status: 400, code: 'MALFORMED_JSON', detail: (error as Error).message });
        }
      }
    } else if (route.bodyRequired) {
      issues = [{ path: '', message: 'request body is required' }];
    }
    const input: Record<string, unknown> = {};
    if (validators.path) {
      const value = pick(this.params, op.path);
      issues = merge(issues, check(validators.path, 'path', value));
      input.path = value;
    }
    if (validators.query) {
      // No `?` on the request line: no parameters, and no query string to parse.
      const source = req.url.includes('?') ? (req.query as Record<string, unknown>) : EMPTY;
      const value = pick(source, op.query);
      issues = merge(issues, check(validators.query, 'query', value));
      input.query = value;
    }
    if (validators.header) {
      const value = pick(req.headers, op.header);
      // Validated under Node's lower-case header names, reported and handed on under the contract's.
      const found = check(validators.header, 'header', value);
      issues = merge(
        issues,
        found.map((i) => ({ ...i, path: op.headerIssuePaths.get(i.path) ?? i.path })),
      );
      const named: Record<string, unknown> = {};
      for (const { spec, key } of op.header) if (value[key] !== undefined) named[spec.name] = value[key];
      input.header = named;
    }
    if (validators.body && body !== undefined) issues = merge(issues, check(validators.body, 'body', body));
    if (route.requestContentType) input.body = body;
    if (issues !== undefined) {
      const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
      return this.problem({
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: `The request does not match the contract: ${count}.`,
        errors: issues,
      });
    }
    const ctx: HandlerContext<Auth> = {
      req,
      res: this.res,
      route,
      auth: this.auth,
      requestId: this.requestId,
      rawBody,
    };
    const result = op.binding.invoke(input, ctx);
    if (isPromise(result)) return result.then((r) => this.send(r));
    this.send(result);
  }

  send(result: unknown): void {
    const { binding } = this.op;
    const { res, options } = this;
    if (result && typeof result === 'object') {
      if ('problem' in result) {
        this.problem((result as ProblemResult).problem);
        return;
      }
      if ('notImplemented' in result) {
        const detail = `${binding.route.operationId} is not implemented`;
        this.problem({ status: 501, code: 'NOT_IMPLEMENTED', detail });
        return;
      }
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
          this.req,
        );
        this.problem({ status: 500, code: 'INTERNAL_ERROR' });
        return;
      }
    }
    const { headers } = typed;
    if (headers !== undefined) {
      for (const name in headers) {
        const value = headers[name];
        if (value !== undefined) res.setHeader(name, String(value));
      }
    }
    res.status(typed.status);
    if (typed.body === undefined) return void res.end();
    const contentType = binding.route.responses[String(typed.status)] ?? 'application/json';
    res.type(contentType).send(JSON.stringify(typed.body));
  }

  problem(init: ProblemInit): void {
    sendProblem(this.res, init, this.requestId, this.options.problemType);
  }

  crash(error: unknown): void {
    this.options.onError?.(error, this.req);
    if (this.res.headersSent) return void this.res.end();
    sendProblem(
      this.res,
      { status: 500, code: 'INTERNAL_ERROR' },
      this.res.locals.requestId,
      this.options.problemType,
    );
  }
}

const EMPTY_BODY = Buffer.alloc(0);

function sendProblem(
  res: Response,
  init: ProblemInit,
  requestId: string | undefined,
  typeOf: ((code: string) => string) | undefined,
): void {
  res
    .status(init.status)
    .type('application/problem+json')
    .send(JSON.stringify(problemBody(init, requestId, typeOf)));
}

/** Mount after every router: any other path answers 404 NOT_FOUND as a problem (catalogue code). */
export function notFoundHandler(options: Pick<RouterOptions<unknown>, 'problemType'> = {}) {
  return (req: Request, res: Response): void => {
    const detail = `no route for ${req.method} ${req.path}`;
    sendProblem(res, { status: 404, code: 'NOT_FOUND', detail }, res.locals.requestId, options.problemType);
  };
}

/**
 * The Express 5 middleware serving generated bindings: one route-table lookup on method and path
 * (matching as Express's router would: case-insensitive, an optional trailing slash, parameters
 * percent-decoded), then the operation. Paths that exist with another method answer 405 with an
 * Allow header; any other request goes on to the next middleware.
 */
export function buildRouter<Auth>(
  bindings: readonly Binding[],
  options: RouterOptions<Auth>,
): RequestHandler {
  const table = new RouteTable(bindings.map(operation));
  return (req: Request, res: Response, next: NextFunction): void => {
    const found = table.find(req.method, req.path);
    if (found === undefined || found.kind === 'error') {
      next(found?.error);
      return;
    }
    if (found.kind === 'method') {
      res.setHeader('Allow', found.allow);
      const detail = `${req.method} is not allowed here`;
      sendProblem(
        res,
        { status: 405, code: 'METHOD_NOT_ALLOWED', detail },
        res.locals.requestId,
        options.problemType,
      );
      return;
    }
    req.params = found.params;
    const exchange = new Exchange(found.operation, options, req, res, found.params);
    try {
      const pending = exchange.start();
      if (pending !== undefined) pending.then(undefined, (error: unknown) => exchange.crash(error));
    } catch (error) {
      exchange.crash(error);
    }
  };
}
