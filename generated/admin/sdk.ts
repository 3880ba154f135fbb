// Generated from spec/admin/openapi.yaml by generators/openapi/sdk.ts — do not edit.
import createClient, { type Client, type ClientOptions, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './types.ts';

export type ApiClient = Client<paths>;

/** The server base path; openapi-fetch's `baseUrl` is the origin followed by it. */
export const basePath = "";

export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>(options);
}

/** Resource methods over an openapi-fetch client, one per operation. */
export function createResources(client: ApiClient) {
  return {
    aPIKeys: {
      /** POST /admin/v1/accounts/:accountId/api-keys: Create an API key */
      createApiKey: (init: MaybeOptionalInit<paths["/admin/v1/accounts/{accountId}/api-keys"], "post">) => client.POST("/admin/v1/accounts/{accountId}/api-keys", init),
      /** GET /admin/v1/accounts/:accountId/api-keys: List API keys */
      listApiKeys: (init: MaybeOptionalInit<paths["/admin/v1/accounts/{accountId}/api-keys"], "get">) => client.GET("/admin/v1/accounts/{accountId}/api-keys", init),
      /** DELETE /admin/v1/api-keys/:keyId: Revoke an API key */
      revokeApiKey: (init: MaybeOptionalInit<paths["/admin/v1/api-keys/{keyId}"], "delete">) => client.DELETE("/admin/v1/api-keys/{keyId}", init),
    },
    accounts: {
      /** POST /admin/v1/accounts: Create an account */
      createAccount: (init: MaybeOptionalInit<paths["/admin/v1/accounts"], "post">) => client.POST("/admin/v1/accounts", init),
      /** POST /admin/v1/accounts/:accountId/deposits: Credit a deposit */
      createDeposit: (init: MaybeOptionalInit<paths["/admin/v1/accounts/{accountId}/deposits"], "post">) => client.POST("/admin/v1/accounts/{accountId}/deposits", init),
      /** GET /admin/v1/accounts/:accountId: Get an account */
      getAccountById: (init: MaybeOptionalInit<paths["/admin/v1/accounts/{accountId}"], "get">) => client.GET("/admin/v1/accounts/{accountId}", init),
    },
  } as const;
}

export type Resources = ReturnType<typeof createResources>;
