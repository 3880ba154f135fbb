// Generated from spec/admin/openapi.yaml by generators/openapi/manifest.ts — do not edit.
import type { RouteSpec } from '../runtime/http.ts';

/** The server base path (servers[0].url). */
export const basePath = "";

/** Every operation, static paths before parameterised ones (Express registration order). */
export const routes = [
  {
    operationId: "createAccount",
    method: "post",
    path: "/admin/v1/accounts",
    expressPath: "/admin/v1/accounts",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "MALFORMED_JSON",
      "PAYLOAD_TOO_LARGE",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "UNSUPPORTED_MEDIA_TYPE",
      "VALIDATION_FAILED",
    ],
    requestContentType: "application/json",
    bodyRequired: true,
    responses: {
      "201": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "413": "application/problem+json",
      "415": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
  {
    operationId: "getAccountById",
    method: "get",
    path: "/admin/v1/accounts/{accountId}",
    expressPath: "/admin/v1/accounts/:accountId",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "ACCOUNT_NOT_FOUND",
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
    requestContentType: null,
    bodyRequired: false,
    responses: {
      "200": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "404": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [
        {
          name: "accountId",
          type: "string",
          required: true,
        },
      ],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
  {
    operationId: "listApiKeys",
    method: "get",
    path: "/admin/v1/accounts/{accountId}/api-keys",
    expressPath: "/admin/v1/accounts/:accountId/api-keys",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "ACCOUNT_NOT_FOUND",
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
    requestContentType: null,
    bodyRequired: false,
    responses: {
      "200": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "404": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [
        {
          name: "accountId",
          type: "string",
          required: true,
        },
      ],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
  {
    operationId: "createApiKey",
    method: "post",
    path: "/admin/v1/accounts/{accountId}/api-keys",
    expressPath: "/admin/v1/accounts/:accountId/api-keys",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "ACCOUNT_NOT_FOUND",
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "MALFORMED_JSON",
      "PAYLOAD_TOO_LARGE",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "UNSUPPORTED_MEDIA_TYPE",
      "VALIDATION_FAILED",
    ],
    requestContentType: "application/json",
    bodyRequired: true,
    responses: {
      "201": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "404": "application/problem+json",
      "413": "application/problem+json",
      "415": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [
        {
          name: "accountId",
          type: "string",
          required: true,
        },
      ],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
  {
    operationId: "createDeposit",
    method: "post",
    path: "/admin/v1/accounts/{accountId}/deposits",
    expressPath: "/admin/v1/accounts/:accountId/deposits",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "ACCOUNT_NOT_FOUND",
      "ASSET_NOT_FOUND",
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "MALFORMED_JSON",
      "PAYLOAD_TOO_LARGE",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "UNSUPPORTED_MEDIA_TYPE",
      "VALIDATION_FAILED",
      "VALUE_OUT_OF_RANGE",
    ],
    requestContentType: "application/json",
    bodyRequired: true,
    responses: {
      "201": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "404": "application/problem+json",
      "413": "application/problem+json",
      "415": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [
        {
          name: "accountId",
          type: "string",
          required: true,
        },
      ],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
  {
    operationId: "revokeApiKey",
    method: "delete",
    path: "/admin/v1/api-keys/{keyId}",
    expressPath: "/admin/v1/api-keys/:keyId",
    security: [
      [
        "OperatorToken",
      ],
    ],
    scope: "operator",
    weight: 1,
    errorCodes: [
      "API_KEY_NOT_FOUND",
      "INTERNAL_ERROR",
      "INVALID_OPERATOR_TOKEN",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "VALIDATION_FAILED",
    ],
    requestContentType: null,
    bodyRequired: false,
    responses: {
      "200": "application/json",
      "400": "application/problem+json",
      "401": "application/problem+json",
      "404": "application/problem+json",
      "429": "application/problem+json",
      "500": "application/problem+json",
      "503": "application/problem+json",
    },
    parameters: {
      path: [
        {
          name: "keyId",
          type: "string",
          required: true,
        },
      ],
      query: [],
      header: [
        {
          name: "X-Request-Id",
          type: "string",
          required: false,
        },
      ],
    },
  },
] as const satisfies readonly RouteSpec[];

export type OperationId = (typeof routes)[number]['operationId'];

export const routesById: { readonly [Id in OperationId]: Extract<(typeof routes)[number], { operationId: Id }> } =
  Object.fromEntries(routes.map((route) => [route.operationId, route])) as never;
