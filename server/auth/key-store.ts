/**
 * API keys as a deterministic state machine: the venue journals `createApiKey` / `revokeApiKey`
 * commands and replays them on recovery, so `apply` never reads a clock or draws randomness. The
 * key id and secret are generated at the edge (`newKeyMaterial`) and travel inside the command.
 *
 * Secrets never leave this module except through `snapshot()` (the journal's, which must be
 * complete) and the create command itself: records handed out carry no secret, signatures are
 * verified here, and `redactKeyCommand` gives a loggable copy of a command.
 */
import { randomBytes } from 'node:crypto';
import { IpAllowlist } from './ip-allowlist.ts';
import { ed25519PublicKey, type VerifierCredential, verifySignature } from './signature.ts';

/** What a key may do. Scopes are independent: `trade` does not imply `read`. */
export type ApiKeyScope = 'read' | 'trade';
/** Every scope, in canonical order. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['read', 'trade'];
/** How a key signs. */
export type ApiKeyType = 'hmac' | 'ed25519';
/** Key ids are also FIX SenderCompIDs and header values, so they are kept to a safe alphabet. */
export const API_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Creates a key. `ts` is µs since the epoch; `secret` for HMAC keys, `publicKey` for Ed25519. */
export interface CreateApiKeyCommand {
  type: 'createApiKey';
  ts: number;
  keyId: string;
  accountId: string;
  keyType: ApiKeyType;
  scopes: ApiKeyScope[];
  secret?: string;
  publicKey?: string;
  /** CIDRs or bare addresses; absent, null or empty means any address. */
  allowedIps?: string[] | null;
  label?: string | null;
}

/** Revokes a key at `ts` (µs). Revoking a revoked key succeeds and changes nothing. */
export interface RevokeApiKeyCommand {
  type: 'revokeApiKey';
  ts: number;
  keyId: string;
}

/** The commands this state machine accepts. */
export type KeyStoreCommand = CreateApiKeyCommand | RevokeApiKeyCommand;

/** A key as the rest of the server sees it: never the secret. Times are µs since the epoch. */
export interface ApiKeyRecord {
  readonly keyId: string;
  readonly accountId: string;
  readonly type: ApiKeyType;
  readonly scopes: readonly ApiKeyScope[];
  /** Raw Ed25519 public key, base64; null for HMAC keys. */
  readonly publicKey: string | null;
  readonly allowedIps: readonly string[] | null;
  readonly label: string | null;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** One problem with a command, shaped like a VALIDATION_FAILED `errors[]` entry. */
export interface KeyStoreFieldError {
  path: string;
  message: string;
}

/** The outcome of `apply`. */
export type KeyStoreResult =
  | { ok: true; key: ApiKeyRecord }
  | {
      ok: false;
      code: 'VALIDATION_FAILED' | 'API_KEY_NOT_FOUND';
      detail: string;
      errors?: KeyStoreFieldError[];
    };

/** JSON-serialisable state, secrets included: it is the journal's snapshot, never a log line. */
export interface KeyStoreSnapshot {
  version: 1;
  keys: Array<ApiKeyRecord & { secret?: string }>;
}

interface Entry {
  record: ApiKeyRecord;
  credential: VerifierCredential;
  allowlist: IpAllowlist | null;
  secret?: string;
}

const MAX_LABEL = 100;
const MIN_SECRET = 16;
const MAX_SECRET = 256;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * Generates a key id and, for HMAC keys, a secret (256 bits, base64url). This is the only place
 * randomness enters; call it at the edge and put the result in a `createApiKey` command.
 */
export function newKeyMaterial(type: ApiKeyType): { keyId: string; secret?: string } {
  const keyId = `key_${randomBytes(10).toString('hex')}`;
  return type === 'hmac' ? { keyId, secret: randomBytes(32).toString('base64url') } : { keyId };
}

/** A copy of a command safe to log: the HMAC secret replaced by `[REDACTED]`. */
export function redactKeyCommand(cmd: KeyStoreCommand): KeyStoreCommand {
  return cmd.type === 'createApiKey' && cmd.secret !== undefined ? { ...cmd, secret: '[REDACTED]' } : cmd;
}

function isMicros(ts: unknown): ts is number {
  return typeof ts === 'number' && Number.isSafeInteger(ts) && ts >= 0;
}

/**
 * Checks a create command without applying it: the edge calls this before journaling so that
 * invalid input (a bad CIDR, a malformed public key) is a 400 with one message per problem.
 */
export function validateCreateApiKey(cmd: CreateApiKeyCommand): KeyStoreFieldError[] {
  const errors: KeyStoreFieldError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  if (!isMicros(cmd.ts)) err('ts', 'must be a non-negative safe integer (µs since the epoch)');
  if (typeof cmd.keyId !== 'string' || !API_KEY_ID_PATTERN.test(cmd.keyId)) {
    err('keyId', 'must be 1-64 characters of [A-Za-z0-9_-]');
  }
  if (typeof cmd.accountId !== 'string' || cmd.accountId === '')
    err('accountId', 'must be a non-empty string');
  if (cmd.keyType === 'hmac') {
    const s = cmd.secret;
    if (typeof s !== 'string' || s.length < MIN_SECRET || s.length > MAX_SECRET || !PRINTABLE_ASCII.test(s)) {
      err('secret', `an HMAC key needs a secret of ${MIN_SECRET}-${MAX_SECRET} printable ASCII characters`);
    }
    if (cmd.publicKey !== undefined) err('publicKey', 'an HMAC key takes no public key');
  } else if (cmd.keyType === 'ed25519') {
    try {
      ed25519PublicKey(String(cmd.publicKey));
    } catch (e) {
      err('publicKey', (e as Error).message);
    }
    if (cmd.secret !== undefined)
      err('secret', 'an Ed25519 key takes no secret: the server stores only the public key');
  } else {
    err('keyType', 'must be "hmac" or "ed25519"');
  }
  if (!Array.isArray(cmd.scopes) || cmd.scopes.length === 0) {
    err('scopes', 'must list at least one of "read", "trade"');
  } else {
    cmd.scopes.forEach((s, i) => {
      if (!API_KEY_SCOPES.includes(s)) err(`scopes/${i}`, 'must be "read" or "trade"');
      else if (cmd.scopes.indexOf(s) !== i) err(`scopes/${i}`, `duplicate scope "${s}"`);
    });
  }
  if (cmd.allowedIps != null) {
    const parsed = Array.isArray(cmd.allowedIps) ? IpAllowlist.parse(cmd.allowedIps) : null;
    if (!parsed) err('allowedIps', 'must be an array of CIDR blocks or addresses');
    else if (!parsed.ok) for (const e of parsed.errors) err(`allowedIps/${e.index}`, e.message);
  }
  if (cmd.label != null && (typeof cmd.label !== 'string' || cmd.label.length > MAX_LABEL)) {
    err('label', `must be a string of at most ${MAX_LABEL} characters`);
  }
  return errors;
}

function compile(cmd: CreateApiKeyCommand): Entry {
  const ips = cmd.allowedIps && cmd.allowedIps.length > 0 ? [...cmd.allowedIps] : null;
  const parsed = ips ? IpAllowlist.parse(ips) : null;
  const record: ApiKeyRecord = Object.freeze({
    keyId: cmd.keyId,
    accountId: cmd.accountId,
    type: cmd.keyType,
    // Canonical order, so two keys with the same scopes compare and serialise identically.
    scopes: Object.freeze(API_KEY_SCOPES.filter((s) => cmd.scopes.includes(s))),
    publicKey: cmd.keyType === 'ed25519' ? (cmd.publicKey ?? null) : null,
    allowedIps: ips ? Object.freeze(ips) : null,
    label: cmd.label ?? null,
    createdAt: cmd.ts,
    revokedAt: null,
  });
  const credential: VerifierCredential =
    cmd.keyType === 'hmac'
      ? { type: 'hmac', secret: cmd.secret ?? '' }
      : { type: 'ed25519', publicKey: ed25519PublicKey(cmd.publicKey ?? '') };
  const entry: Entry = { record, credential, allowlist: parsed?.ok ? parsed.allowlist : null };
  if (cmd.secret !== undefined) entry.secret = cmd.secret;
  return entry;
}

/** The API key state machine. Lookups are O(1) by key id and O(keys of the account) by account. */
export class KeyStore {
  #byId = new Map<string, Entry>();
  #byAccount = new Map<string, string[]>();

  /** Builds a store from a snapshot (see `restore`). */
  static fromSnapshot(snapshot: KeyStoreSnapshot): KeyStore {
    const store = new KeyStore();
    store.restore(snapshot);
    return store;
  }

  /** Applies one command deterministically; invalid commands change nothing and say why. */
  apply(cmd: KeyStoreCommand): KeyStoreResult {
    if (cmd.type === 'revokeApiKey') return this.#revoke(cmd);
    if (cmd.type !== 'createApiKey') {
      // Commands come back from the journal as plain JSON, so the type is checked, not assumed.
      return {
        ok: false,
        code: 'VALIDATION_FAILED',
        detail: `unknown key store command "${String((cmd as { type?: unknown }).type)}"`,
      };
    }
    const errors = validateCreateApiKey(cmd);
    if (this.#byId.has(cmd.keyId))
      errors.push({ path: 'keyId', message: `key "${cmd.keyId}" already exists` });
    if (errors.length > 0) {
      return {
        ok: false,
        code: 'VALIDATION_FAILED',
        detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      };
    }
    const entry = compile(cmd);
    this.#insert(entry);
    return { ok: true, key: entry.record };
  }

  #revoke(cmd: RevokeApiKeyCommand): KeyStoreResult {
    const entry = this.#byId.get(cmd.keyId);
    if (!entry) return { ok: false, code: 'API_KEY_NOT_FOUND', detail: `no API key "${cmd.keyId}"` };
    if (!isMicros(cmd.ts)) {
      return { ok: false, code: 'VALIDATION_FAILED', detail: 'ts: must be a non-negative safe integer (µs)' };
    }
    if (entry.record.revokedAt === null) entry.record = Object.freeze({ ...entry.record, revokedAt: cmd.ts });
    return { ok: true, key: entry.record };
  }

  #insert(entry: Entry): void {
    this.#byId.set(entry.record.keyId, entry);
    const ids = this.#byAccount.get(entry.record.accountId);
    if (ids) ids.push(entry.record.keyId);
    else this.#byAccount.set(entry.record.accountId, [entry.record.keyId]);
  }

  /** The key with this id, revoked or not. */
  get(keyId: string): ApiKeyRecord | undefined {
    return this.#byId.get(keyId)?.record;
  }

  /** An account's keys in creation order, revoked ones included (they show `revokedAt`). */
  listByAccount(accountId: string): ApiKeyRecord[] {
    return (this.#byAccount.get(accountId) ?? []).flatMap((id) => this.#byId.get(id)?.record ?? []);
  }

  /** Number of keys held. */
  get size(): number {
    return this.#byId.size;
  }

  /** True when the key has no allowlist or `ip` falls inside it; false for an unknown key. */
  allowsIp(keyId: string, ip: string): boolean {
    const entry = this.#byId.get(keyId);
    if (!entry) return false;
    return entry.allowlist === null || entry.allowlist.allows(ip);
  }

  /** Verifies a signature with the key's secret or public key; false for an unknown key. */
  verifySignature(keyId: string, prehash: Uint8Array, signature: string): boolean {
    const entry = this.#byId.get(keyId);
    return entry ? verifySignature(entry.credential, prehash, signature) : false;
  }

  /** The complete state, secrets included, in creation order (deterministic bytes when serialised). */
  snapshot(): KeyStoreSnapshot {
    const keys: KeyStoreSnapshot['keys'] = [];
    for (const { record, secret } of this.#byId.values()) {
      keys.push(secret === undefined ? { ...record } : { ...record, secret });
    }
    return { version: 1, keys };
  }

  /** Replaces the state with a snapshot's. Throws on a snapshot that does not validate. */
  restore(snapshot: KeyStoreSnapshot): void {
    if (snapshot?.version !== 1 || !Array.isArray(snapshot.keys))
      throw new Error('unsupported key store snapshot');
    const fresh = new KeyStore();
    for (const k of snapshot.keys) {
      const cmd: CreateApiKeyCommand = {
        type: 'createApiKey',
        ts: k.createdAt,
        keyId: k.keyId,
        accountId: k.accountId,
        keyType: k.type,
        scopes: [...k.scopes],
        allowedIps: k.allowedIps ? [...k.allowedIps] : null,
        label: k.label,
      };
      if (k.secret !== undefined) cmd.secret = k.secret;
      if (k.publicKey !== null) cmd.publicKey = k.publicKey;
      const created = fresh.apply(cmd);
      if (!created.ok) throw new Error(`key store snapshot: key "${k.keyId}": ${created.detail}`);
      if (k.revokedAt !== null) {
        const revoked = fresh.apply({ type: 'revokeApiKey', ts: k.revokedAt, keyId: k.keyId });
        if (!revoked.ok) throw new Error(`key store snapshot: key "${k.keyId}": ${revoked.detail}`);
      }
    }
    this.#byId = fresh.#byId;
    this.#byAccount = fresh.#byAccount;
  }

  /** Keeps secrets out of logs should the store itself ever be serialised. */
  toJSON(): { keys: number } {
    return { keys: this.#byId.size };
  }
}
