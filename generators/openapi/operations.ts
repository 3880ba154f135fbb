import { ContractError, followRef, pointer } from '../core/contract-error.ts';
import { byString } from '../core/text.ts';

export type Schema = Record<string, unknown>;
export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type Scope = 'none' | 'read' | 'trade' | 'operator';
export type ParamLocation = 'path' | 'query' | 'header';

export interface ParameterModel {
  readonly name: string;
  readonly in: ParamLocation;
  readonly required: boolean;
  readonly schema: Schema;
  readonly pointer: string;
  readonly example?: unknown;
}

export interface ResponseModel {
  /** '200', '4XX' or 'default' as written in the contract. */
  readonly status: string;
  readonly description: string;
  readonly contentType?: string;
  readonly schema?: Schema;
  readonly headers: readonly { readonly name: string; readonly required: boolean; readonly schema: Schema }[];
}

export interface OperationModel {
  readonly operationId: string;
  readonly method: Method;
  /** The path as written in the contract (`/markets/{market}`). */
  readonly path: string;
  /** The Express 5 route including the server base path (`/v1/markets/:market`). */
  readonly expressPath: string;
  readonly pointer: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** Alternatives of security scheme names; empty means public. */
  readonly security: readonly (readonly string[])[];
  readonly scope: Scope;
  readonly weight: number;
  readonly errorCodes: readonly string[];
  readonly parameters: readonly ParameterModel[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly contentType: string;
    readonly schema: Schema;
    readonly examples: readonly unknown[];
  };
  readonly responses: readonly ResponseModel[];
}

export interface ApiModel {
  readonly source: string;
  readonly basePath: string;
  readonly securitySchemes: Readonly<Record<string, Schema>>;
  readonly operations: readonly OperationModel[];
}

const METHODS: readonly Method[] = ['get', 'put', 'post', 'delete', 'patch'];
const SCOPES: readonly Scope[] = ['none', 'read', 'trade', 'operator'];
const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json$/;

const deref = followRef;

/** `/markets/{market}` to `/markets/:market` (Express 5 / path-to-regexp 8 syntax). */
export function toExpressPath(basePath: string, specPath: string): string {
  return basePath + specPath.replace(/\{([^}]+)\}/g, (_, name: string) => `:${name}`);
}

/** The path part of `servers[0].url` (OpenAPI 3.1 §4.8.5 Server Object), without a trailing slash. */
export function basePathOf(doc: Schema): string {
  const servers = doc.servers;
  const first = Array.isArray(servers) ? (servers[0] as Schema | undefined) : undefined;
  const url = typeof first?.url === 'string' ? first.url : '';
  const pathname = /^[a-z]+:\/\//i.test(url) ? new URL(url).pathname : url;
  return pathname.replace(/\/+$/, '');
}

/**
 * Registration order for a router: static segments before parameters, so `/orders/batch` is
 * tried before `/orders/:orderId`; ties broken by path then method for determinism.
 */
export function compareRoutes(a: OperationModel, b: OperationModel): number {
  const sa = a.path.split('/');
  const sb = b.path.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i += 1) {
    const x = sa[i] ?? '';
    const y = sb[i] ?? '';
    const px = x.startsWith('{');
    const py = y.startsWith('{');
    if (px !== py) return px ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (sa.length !== sb.length) return sa.length - sb.length;
  return METHODS.indexOf(a.method) - METHODS.indexOf(b.method);
}

function parameter(doc: Schema, raw: unknown, source: string, at: string): ParameterModel {
  const { node, at: where } = deref(doc, raw, source, at);
  const location = node.in;
  if (location === 'cookie')
    throw new ContractError(source, `${where}/in`, 'unsupported construct: cookie parameters');
  if (location !== 'path' && location !== 'query' && location !== 'header') {
    throw new ContractError(source, `${where}/in`, `unknown parameter location ${String(location)}`);
  }
  if (node.content !== undefined) {
    throw new ContractError(
      source,
      `${where}/content`,
      'unsupported construct: parameter `content` (use `schema`)',
    );
  }
  if (node.style !== undefined || node.explode === false) {
    throw new ContractError(source, `${where}/style`, 'unsupported construct: non-default parameter style');
  }
  if (!node.schema || typeof node.schema !== 'object') {
    throw new ContractError(source, where, 'parameter without a schema');
  }
  return {
    name: String(node.name),
    in: location,
    required: location === 'path' || node.required === true,
    schema: node.schema as Schema,
    pointer: where,
    ...(node.example !== undefined ? { example: node.example } : {}),
  };
}

function mediaExamples(media: Schema): unknown[] {
  if (media.example !== undefined) return [media.example];
  if (media.examples && typeof media.examples === 'object') {
    return Object.keys(media.examples as Schema)
      .sort()
      .map((k) => (media.examples as Record<string, Schema>)[k]?.value)
      .filter((v) => v !== undefined);
  }
  return [];
}

function singleJsonMedia(content: unknown, source: string, at: string): [string, Schema] | undefined {
  if (content === undefined) return undefined;
  const entries = Object.entries(content as Record<string, Schema>);
  const unsupported = entries.find(([type]) => !JSON_TYPES.test(type));
  if (unsupported) {
    throw new ContractError(
      source,
      `${at}${pointer(unsupported[0])}`,
      `unsupported construct: media type ${unsupported[0]}`,
    );
  }
  if (entries.length > 1)
    throw new ContractError(source, at, 'unsupported construct: more than one media type');
  return entries[0];
}

function responses(doc: Schema, raw: unknown, source: string, at: string): ResponseModel[] {
  if (!raw || typeof raw !== 'object') throw new ContractError(source, at, 'operation without responses');
  return Object.keys(raw as Schema)
    .sort()
    .map((status) => {
      const { node, at: where } = deref(doc, (raw as Schema)[status], source, `${at}${pointer(status)}`);
      const media = singleJsonMedia(node.content, source, `${where}/content`);
      const headers = Object.keys((node.headers as Schema | undefined) ?? {})
        .sort()
        .map((name) => {
          const h = deref(
            doc,
            (node.headers as Schema)[name],
            source,
            `${where}/headers${pointer(name)}`,
          ).node;
          return { name, required: h.required === true, schema: (h.schema as Schema | undefined) ?? {} };
        });
      return {
        status,
        description: String(node.description ?? ''),
        ...(media ? { contentType: media[0] } : {}),
        ...(media?.[1].schema ? { schema: media[1].schema as Schema } : {}),
        headers,
      };
    });
}

function extensions(
  op: Schema,
  source: string,
  at: string,
): Pick<OperationModel, 'scope' | 'weight' | 'errorCodes'> {
  const weight = op['x-rate-limit-weight'];
  if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1) {
    throw new ContractError(source, `${at}/x-rate-limit-weight`, 'must be a positive integer');
  }
  const scope = op['x-required-scope'];
  if (!SCOPES.includes(scope as Scope)) {
    throw new ContractError(source, `${at}/x-required-scope`, `must be one of ${SCOPES.join(', ')}`);
  }
  const codes = op['x-error-codes'];
  if (!Array.isArray(codes) || codes.some((c) => typeof c !== 'string')) {
    throw new ContractError(source, `${at}/x-error-codes`, 'must be a list of error codes');
  }
  return { weight, scope: scope as Scope, errorCodes: [...new Set(codes as string[])].sort() };
}

/**
 * Turns a bundled OpenAPI 3.1 document (§4.8.8 Paths, §4.8.10 Operation) into the operation
 * model every REST transform works from, rejecting constructs the generators do not support.
 */
export function collectOperations(doc: Schema, source: string): ApiModel {
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1.')) {
    throw new ContractError(source, '/openapi', 'only OpenAPI 3.1 documents are supported');
  }
  if (doc.webhooks !== undefined)
    throw new ContractError(source, '/webhooks', 'unsupported construct: webhooks');
  const basePath = basePathOf(doc);
  const seen = new Map<string, string>();
  const operations: OperationModel[] = [];
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  for (const specPath of Object.keys(paths).sort()) {
    const itemAt = `/paths${pointer(specPath)}`;
    const { node: item } = deref(doc, paths[specPath], source, itemAt);
    for (const key of Object.keys(item)) {
      if (['head', 'options', 'trace'].includes(key)) {
        throw new ContractError(
          source,
          `${itemAt}/${key}`,
          `unsupported construct: ${key.toUpperCase()} operations`,
        );
      }
    }
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const at = `${itemAt}/${method}`;
      const operationId = op.operationId;
      if (typeof operationId !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(operationId)) {
        throw new ContractError(
          source,
          `${at}/operationId`,
          'every operation needs an operationId that is an identifier',
        );
      }
      const first = seen.get(operationId);
      if (first) {
        throw new ContractError(
          source,
          `${at}/operationId`,
          `duplicate operationId ${operationId} (first at ${first})`,
        );
      }
      seen.set(operationId, at);
      if (op.callbacks !== undefined)
        throw new ContractError(source, `${at}/callbacks`, 'unsupported construct: callbacks');
      const inherited = (item.parameters as unknown[] | undefined) ?? [];
      const own = (op.parameters as unknown[] | undefined) ?? [];
      const byKey = new Map<string, ParameterModel>();
      inherited.forEach((p, i) => {
        const model = parameter(doc, p, source, `${itemAt}/parameters/${i}`);
        byKey.set(`${model.in}:${model.name}`, model);
      });
      own.forEach((p, i) => {
        const model = parameter(doc, p, source, `${at}/parameters/${i}`);
        byKey.set(`${model.in}:${model.name}`, model);
      });
      let requestBody: OperationModel['requestBody'];
      if (op.requestBody !== undefined) {
        const { node: body, at: bodyAt } = deref(doc, op.requestBody, source, `${at}/requestBody`);
        const media = singleJsonMedia(body.content, source, `${bodyAt}/content`);
        if (!media?.[1].schema)
          throw new ContractError(source, `${bodyAt}/content`, 'request body without a JSON schema');
        requestBody = {
          required: body.required === true,
          contentType: media[0],
          schema: media[1].schema as Schema,
          examples: mediaExamples(media[1]),
        };
      }
      // Scheme names in declared order: the order credentials are documented and sent in.
      const security = ((op.security ?? doc.security ?? []) as Schema[]).map((req) => Object.keys(req));
      operations.push({
        operationId,
        method,
        path: specPath,
        expressPath: toExpressPath(basePath, specPath),
        pointer: at,
        summary: String(op.summary ?? ''),
        tags: ((op.tags as string[] | undefined) ?? []).map(String),
        security: security.filter((names) => names.length > 0),
        ...extensions(op, source, at),
        parameters: [...byKey.values()].sort(byString((p) => `${p.in}:${p.name}`)),
        ...(requestBody ? { requestBody } : {}),
        responses: responses(doc, op.responses, source, `${at}/responses`),
      });
    }
  }
  const components = (doc.components ?? {}) as Schema;
  return {
    source,
    basePath,
    securitySchemes: (components.securitySchemes ?? {}) as Record<string, Schema>,
    operations: operations.sort(compareRoutes),
  };
}
