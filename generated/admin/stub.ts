// Generated from spec/admin/openapi.yaml by generators/openapi/router.ts — do not edit.
import { notImplemented } from '../runtime/http.ts';
import type { Handlers } from './router.ts';

/** A starting point for a new server: every operation answers 501 NOT_IMPLEMENTED. */
export function createStubHandlers<Auth = unknown>(): Handlers<Auth> {
  return {
    createAccount: () => notImplemented("createAccount"),
    createApiKey: () => notImplemented("createApiKey"),
    createDeposit: () => notImplemented("createDeposit"),
    getAccountById: () => notImplemented("getAccountById"),
    listApiKeys: () => notImplemented("listApiKeys"),
    revokeApiKey: () => notImplemented("revokeApiKey"),
  };
}
