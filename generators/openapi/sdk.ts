import { header, lit } from '../core/text.ts';
import type { ApiModel, OperationModel } from './operations.ts';
import { resourceOf } from './samples.ts';

/** Whether openapi-fetch requires the init argument: any required parameter or body. */
export function initRequired(op: OperationModel): boolean {
  return op.parameters.some((p) => p.required) || op.requestBody?.required === true;
}

function method(op: OperationModel): string {
  const init = `MaybeOptionalInit<paths[${lit(op.path)}], ${lit(op.method)}>`;
  const summary = op.summary ? ` ${op.summary.replaceAll('*/', '*\\/')}` : '';
  const verb = op.method.toUpperCase();
  const call = initRequired(op)
    ? `(init: ${init}) => client.${verb}(${lit(op.path)}, init)`
    : `(init?: ${init}) => client.${verb}(${lit(op.path)}, init)`;
  return `      /** ${verb} ${op.expressPath}:${summary} */\n      ${op.operationId}: ${call},`;
}

/**
 * Emits `sdk.ts`: typed resource methods over openapi-fetch, one per operation, grouped by tag,
 * for the SDK package to wrap with signing, retries and errors.
 */
export function emitSdk(api: ApiModel, generator: string): string {
  const groups = new Map<string, OperationModel[]>();
  for (const op of api.operations) groups.set(resourceOf(op), [...(groups.get(resourceOf(op)) ?? []), op]);
  const body = [...groups.keys()]
    .sort()
    .map((group) => {
      const ops = (groups.get(group) ?? []).sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
      return `    ${group}: {\n${ops.map(method).join('\n')}\n    },`;
    })
    .join('\n');
  return `${header(api.source, generator)}import createClient, { type Client, type ClientOptions, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './types.ts';

export type ApiClient = Client<paths>;

/** The server base path; openapi-fetch's \`baseUrl\` is the origin followed by it. */
export const basePath = ${lit(api.basePath)};

export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>(options);
}

/** Resource methods over an openapi-fetch client, one per operation. */
export function createResources(client: ApiClient) {
  return {
${body}
  } as const;
}

export type Resources = ReturnType<typeof createResources>;
`;
}
