// Generated from spec/admin/openapi.yaml by generators/openapi/router.ts — do not edit.
import type { RequestHandler } from 'express';
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

/** Input of createAccount (POST /admin/v1/accounts), already validated. */
export type CreateAccountInput = {
  readonly header: NonNullable<operations["createAccount"]['parameters']["header"]>;
  readonly body: NonNullable<operations["createAccount"]['requestBody']>['content']["application/json"];
};

export type CreateAccountResult =
  | { readonly status: 201; readonly body: operations["createAccount"]['responses'][201]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["createAccount"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["createAccount"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["createAccount"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["createAccount"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["createAccount"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["createAccount"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["createAccount"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of createApiKey (POST /admin/v1/accounts/:accountId/api-keys), already validated. */
export type CreateApiKeyInput = {
  readonly path: NonNullable<operations["createApiKey"]['parameters']["path"]>;
  readonly header: NonNullable<operations["createApiKey"]['parameters']["header"]>;
  readonly body: NonNullable<operations["createApiKey"]['requestBody']>['content']["application/json"];
};

export type CreateApiKeyResult =
  | { readonly status: 201; readonly body: operations["createApiKey"]['responses'][201]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["createApiKey"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["createApiKey"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["createApiKey"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["createApiKey"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["createApiKey"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["createApiKey"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["createApiKey"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["createApiKey"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"ACCOUNT_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of createDeposit (POST /admin/v1/accounts/:accountId/deposits), already validated. */
export type CreateDepositInput = {
  readonly path: NonNullable<operations["createDeposit"]['parameters']["path"]>;
  readonly header: NonNullable<operations["createDeposit"]['parameters']["header"]>;
  readonly body: NonNullable<operations["createDeposit"]['requestBody']>['content']["application/json"];
};

export type CreateDepositResult =
  | { readonly status: 201; readonly body: operations["createDeposit"]['responses'][201]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["createDeposit"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["createDeposit"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["createDeposit"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 413; readonly body: operations["createDeposit"]['responses'][413]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 415; readonly body: operations["createDeposit"]['responses'][415]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["createDeposit"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["createDeposit"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["createDeposit"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"ACCOUNT_NOT_FOUND" | "ASSET_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "VALUE_OUT_OF_RANGE">
  | NotImplementedResult;

/** Input of getAccountById (GET /admin/v1/accounts/:accountId), already validated. */
export type GetAccountByIdInput = {
  readonly path: NonNullable<operations["getAccountById"]['parameters']["path"]>;
  readonly header: NonNullable<operations["getAccountById"]['parameters']["header"]>;
};

export type GetAccountByIdResult =
  | { readonly status: 200; readonly body: operations["getAccountById"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["getAccountById"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["getAccountById"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["getAccountById"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["getAccountById"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["getAccountById"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["getAccountById"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"ACCOUNT_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of listApiKeys (GET /admin/v1/accounts/:accountId/api-keys), already validated. */
export type ListApiKeysInput = {
  readonly path: NonNullable<operations["listApiKeys"]['parameters']["path"]>;
  readonly header: NonNullable<operations["listApiKeys"]['parameters']["header"]>;
};

export type ListApiKeysResult =
  | { readonly status: 200; readonly body: operations["listApiKeys"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["listApiKeys"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["listApiKeys"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["listApiKeys"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["listApiKeys"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["listApiKeys"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["listApiKeys"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"ACCOUNT_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** Input of revokeApiKey (DELETE /admin/v1/api-keys/:keyId), already validated. */
export type RevokeApiKeyInput = {
  readonly path: NonNullable<operations["revokeApiKey"]['parameters']["path"]>;
  readonly header: NonNullable<operations["revokeApiKey"]['parameters']["header"]>;
};

export type RevokeApiKeyResult =
  | { readonly status: 200; readonly body: operations["revokeApiKey"]['responses'][200]['content']["application/json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 400; readonly body: operations["revokeApiKey"]['responses'][400]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 401; readonly body: operations["revokeApiKey"]['responses'][401]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 404; readonly body: operations["revokeApiKey"]['responses'][404]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 429; readonly body: operations["revokeApiKey"]['responses'][429]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "Retry-After"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 500; readonly body: operations["revokeApiKey"]['responses'][500]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | { readonly status: 503; readonly body: operations["revokeApiKey"]['responses'][503]['content']["application/problem+json"]; readonly headers?: { readonly RateLimit?: string | number | boolean; readonly "RateLimit-Policy"?: string | number | boolean; readonly "X-Request-Id"?: string | number | boolean } }
  | ProblemResult<"API_KEY_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_OPERATOR_TOKEN" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "VALIDATION_FAILED">
  | NotImplementedResult;

/** One handler per operation of spec/admin/openapi.yaml. */
export interface Handlers<Auth = unknown> {
  /** POST /admin/v1/accounts: Create an account */
  createAccount(input: CreateAccountInput, ctx: HandlerContext<Auth>): CreateAccountResult | Promise<CreateAccountResult>;
  /** POST /admin/v1/accounts/:accountId/api-keys: Create an API key */
  createApiKey(input: CreateApiKeyInput, ctx: HandlerContext<Auth>): CreateApiKeyResult | Promise<CreateApiKeyResult>;
  /** POST /admin/v1/accounts/:accountId/deposits: Credit a deposit */
  createDeposit(input: CreateDepositInput, ctx: HandlerContext<Auth>): CreateDepositResult | Promise<CreateDepositResult>;
  /** GET /admin/v1/accounts/:accountId: Get an account */
  getAccountById(input: GetAccountByIdInput, ctx: HandlerContext<Auth>): GetAccountByIdResult | Promise<GetAccountByIdResult>;
  /** GET /admin/v1/accounts/:accountId/api-keys: List API keys */
  listApiKeys(input: ListApiKeysInput, ctx: HandlerContext<Auth>): ListApiKeysResult | Promise<ListApiKeysResult>;
  /** DELETE /admin/v1/api-keys/:keyId: Revoke an API key */
  revokeApiKey(input: RevokeApiKeyInput, ctx: HandlerContext<Auth>): RevokeApiKeyResult | Promise<RevokeApiKeyResult>;
}

/** Express 5 middleware serving every operation with validated, typed input (mount with `app.use`). */
export function createRouter<Auth = unknown>(handlers: Handlers<Auth>, options: RouterOptions<Auth> = {}): RequestHandler {
  const bindings: Binding[] = [
    {
      route: routesById.createAccount,
      validators: { header: v.createAccountHeader, body: v.createAccountBody },
      responseValidators: { "201": v.createAccountResponse201, "400": v.createAccountResponse400, "401": v.createAccountResponse401, "413": v.createAccountResponse413, "415": v.createAccountResponse415, "429": v.createAccountResponse429, "500": v.createAccountResponse500, "503": v.createAccountResponse503 },
      invoke: (input: CreateAccountInput, ctx: HandlerContext<Auth>) => handlers.createAccount(input, ctx),
    },
    {
      route: routesById.getAccountById,
      validators: { path: v.getAccountByIdPath, header: v.getAccountByIdHeader },
      responseValidators: { "200": v.getAccountByIdResponse200, "400": v.getAccountByIdResponse400, "401": v.getAccountByIdResponse401, "404": v.getAccountByIdResponse404, "429": v.getAccountByIdResponse429, "500": v.getAccountByIdResponse500, "503": v.getAccountByIdResponse503 },
      invoke: (input: GetAccountByIdInput, ctx: HandlerContext<Auth>) => handlers.getAccountById(input, ctx),
    },
    {
      route: routesById.listApiKeys,
      validators: { path: v.listApiKeysPath, header: v.listApiKeysHeader },
      responseValidators: { "200": v.listApiKeysResponse200, "400": v.listApiKeysResponse400, "401": v.listApiKeysResponse401, "404": v.listApiKeysResponse404, "429": v.listApiKeysResponse429, "500": v.listApiKeysResponse500, "503": v.listApiKeysResponse503 },
      invoke: (input: ListApiKeysInput, ctx: HandlerContext<Auth>) => handlers.listApiKeys(input, ctx),
    },
    {
      route: routesById.createApiKey,
      validators: { path: v.createApiKeyPath, header: v.createApiKeyHeader, body: v.createApiKeyBody },
      responseValidators: { "201": v.createApiKeyResponse201, "400": v.createApiKeyResponse400, "401": v.createApiKeyResponse401, "404": v.createApiKeyResponse404, "413": v.createApiKeyResponse413, "415": v.createApiKeyResponse415, "429": v.createApiKeyResponse429, "500": v.createApiKeyResponse500, "503": v.createApiKeyResponse503 },
      invoke: (input: CreateApiKeyInput, ctx: HandlerContext<Auth>) => handlers.createApiKey(input, ctx),
    },
    {
      route: routesById.createDeposit,
      validators: { path: v.createDepositPath, header: v.createDepositHeader, body: v.createDepositBody },
      responseValidators: { "201": v.createDepositResponse201, "400": v.createDepositResponse400, "401": v.createDepositResponse401, "404": v.createDepositResponse404, "413": v.createDepositResponse413, "415": v.createDepositResponse415, "429": v.createDepositResponse429, "500": v.createDepositResponse500, "503": v.createDepositResponse503 },
      invoke: (input: CreateDepositInput, ctx: HandlerContext<Auth>) => handlers.createDeposit(input, ctx),
    },
    {
      route: routesById.revokeApiKey,
      validators: { path: v.revokeApiKeyPath, header: v.revokeApiKeyHeader },
      responseValidators: { "200": v.revokeApiKeyResponse200, "400": v.revokeApiKeyResponse400, "401": v.revokeApiKeyResponse401, "404": v.revokeApiKeyResponse404, "429": v.revokeApiKeyResponse429, "500": v.revokeApiKeyResponse500, "503": v.revokeApiKeyResponse503 },
      invoke: (input: RevokeApiKeyInput, ctx: HandlerContext<Auth>) => handlers.revokeApiKey(input, ctx),
    },
  ];
  return buildRouter(bindings, options);
}
