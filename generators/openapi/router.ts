import { header, key, lit, pascalCase } from '../core/text.ts';
import type { ApiModel, OperationModel, ResponseModel } from './operations.ts';
import { validatorName } from './validators.ts';

const op = (o: OperationModel) => `operations[${lit(o.operationId)}]`;

/** The typed input a handler receives: only the parts the operation declares. */
export function inputType(o: OperationModel): string {
  const fields: string[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    if (o.parameters.some((p) => p.in === location)) {
      fields.push(`  readonly ${location}: NonNullable<${op(o)}['parameters'][${lit(location)}]>;`);
    }
  }
  if (o.requestBody) {
    const body = `NonNullable<${op(o)}['requestBody']>['content'][${lit(o.requestBody.contentType)}]`;
    fields.push(`  readonly body: ${body}${o.requestBody.required ? '' : ' | undefined'};`);
  }
  return fields.length === 0 ? 'Record<string, never>' : `{\n${fields.join('\n')}\n}`;
}

function statusType(status: string): string {
  return /^\d{3}$/.test(status) ? status : 'number';
}

/** One member of a handler's result union (OpenAPI 3.1 §4.8.17 Response Object). */
export function resultMember(o: OperationModel, r: ResponseModel): string {
  const parts = [`readonly status: ${statusType(r.status)}`];
  if (r.contentType) {
    const status = /^\d{3}$/.test(r.status) ? r.status : lit(r.status);
    parts.push(`readonly body: ${op(o)}['responses'][${status}]['content'][${lit(r.contentType)}]`);
  }
  if (r.headers.length > 0) {
    const fields = r.headers.map(
      (h) => `readonly ${key(h.name)}${h.required ? '' : '?'}: string | number | boolean`,
    );
    const optional = r.headers.every((h) => !h.required);
    parts.push(`readonly headers${optional ? '?' : ''}: { ${fields.join('; ')} }`);
  }
  return `{ ${parts.join('; ')} }`;
}

export function resultType(o: OperationModel): string {
  const codes = o.errorCodes.length > 0 ? o.errorCodes.map(lit).join(' | ') : 'never';
  const members = [
    ...o.responses.map((r) => resultMember(o, r)),
    `ProblemResult<${codes}>`,
    'NotImplementedResult',
  ];
  return members.map((m) => `\n  | ${m}`).join('');
}

function binding(o: OperationModel): string {
  const validators = (['path', 'query', 'header'] as const)
    .filter((location) => o.parameters.some((p) => p.in === location))
    .map((location) => `${location}: v.${validatorName.params(o, location)}`);
  if (o.requestBody) validators.push(`body: v.${validatorName.body(o)}`);
  const responses = o.responses
    .filter((r) => r.schema)
    .map((r) => `${lit(r.status)}: v.${validatorName.response(o, r.status)}`);
  return `    {
      route: routesById.${o.operationId},
      validators: { ${validators.join(', ')} },
      responseValidators: { ${responses.join(', ')} },
      invoke: (input: ${pascalCase(o.operationId)}Input, ctx: HandlerContext<Auth>) => handlers.${o.operationId}(input, ctx),
    },`;
}

/**
 * Emits `router.ts`: per-operation input/result types, the `Handlers` interface (one property per
 * operationId, so a missing or mistyped handler is a compile error naming it) and `createRouter`.
 */
export function emitRouter(api: ApiModel, generator: string): string {
  const ops = api.operations;
  const byId = [...ops].sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  const types = byId
    .map((o) => {
      const name = pascalCase(o.operationId);
      return `/** Input of ${o.operationId} (${o.method.toUpperCase()} ${o.expressPath}), already validated. */
export type ${name}Input = ${inputType(o)};

export type ${name}Result =${resultType(o)};
`;
    })
    .join('\n');
  const handlers = byId
    .map((o) => {
      const name = pascalCase(o.operationId);
      const summary = o.summary ? ` ${o.summary.replaceAll('*/', '*\\/')}` : '';
      return `  /** ${o.method.toUpperCase()} ${o.expressPath}:${summary} */
  ${o.operationId}(input: ${name}Input, ctx: HandlerContext<Auth>): ${name}Result | Promise<${name}Result>;`;
    })
    .join('\n');
  return `${header(api.source, generator)}import type { RequestHandler } from 'express';
import {
  type Binding,
  buildRouter,
  type HandlerContext,
  type NotImplementedResult,
  type ProblemResult,
  type RouterOptions,
} from '../runtime/http.ts';
import { routesById } from './routes.ts';
import type { operations } from './types.ts';
import * as v from './validators.js';

${types}
/** One handler per operation of ${api.source}. */
export interface Handlers<Auth = unknown> {
${handlers}
}

/** Express 5 middleware serving every operation with validated, typed input (mount with \`app.use\`). */
export function createRouter<Auth = unknown>(handlers: Handlers<Auth>, options: RouterOptions<Auth> = {}): RequestHandler {
  const bindings: Binding[] = [
${ops.map(binding).join('\n')}
  ];
  return buildRouter(bindings, options);
}
`;
}

/** Emits `stub.ts`: a compiling `Handlers` in which every operation answers 501. */
export function emitStub(api: ApiModel, generator: string): string {
  const byId = [...api.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  return `${header(api.source, generator)}import { notImplemented } from '../runtime/http.ts';
import type { Handlers } from './router.ts';

/** A starting point for a new server: every operation answers 501 NOT_IMPLEMENTED. */
export function createStubHandlers<Auth = unknown>(): Handlers<Auth> {
  return {
${byId.map((o) => `    ${o.operationId}: () => notImplemented(${lit(o.operationId)}),`).join('\n')}
  };
}
`;
}
