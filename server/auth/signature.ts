/**
 * Request signatures shared by REST, WebSocket and FIX (API-DESIGN.md, "Authentication").
 *
 * Everything here works on bytes: the server must verify exactly the bytes it received, so the
 * body is never decoded to a string and re-encoded (a non-UTF-8 or differently normalised body
 * would then verify against something the client never sent).
 */
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  timingSafeEqual,
  verify,
} from 'node:crypto';

/** Bytes of an HMAC-SHA256 digest. */
export const HMAC_SIGNATURE_BYTES = 32;
/** Bytes of an Ed25519 signature. */
export const ED25519_SIGNATURE_BYTES = 64;
/** Bytes of a raw Ed25519 public key (RFC 8032). */
export const ED25519_PUBLIC_KEY_BYTES = 32;
/** The FIX SOH field separator used in the Logon prehash. */
export const SOH = '\x01';

const EMPTY = new Uint8Array(0);
const NEWLINE = 0x0a;
// DER prefixes that wrap a raw 32-byte Ed25519 key into SPKI / PKCS#8 (RFC 8410).
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The REST prehash: `timestamp "\n" METHOD "\n" requestTarget "\n" body`, as bytes.
 * `target` is the path and query exactly as on the request line; `body` the raw bytes received
 * (a string is accepted for client-side convenience and encoded as UTF-8).
 */
export function restPrehash(
  timestamp: string,
  method: string,
  target: string,
  body: Uint8Array | string = EMPTY,
): Buffer {
  const head = Buffer.from(`${timestamp}\n${method.toUpperCase()}\n${target}`, 'utf8');
  const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const out = Buffer.allocUnsafe(head.length + 1 + bodyBytes.length);
  head.copy(out, 0);
  out[head.length] = NEWLINE;
  out.set(bodyBytes, head.length + 1);
  return out;
}

/** The WebSocket login prehash: the REST prehash of `GET /v1/ws` with no body. */
export function wsLoginPrehash(timestamp: string): Buffer {
  return restPrehash(timestamp, 'GET', '/v1/ws');
}

/** The fields of a FIX Logon (35=A) that its signature (RawData, tag 96) covers. */
export interface FixLogonFields {
  /** SendingTime(52), exactly as sent. */
  sendingTime: string;
  /** MsgSeqNum(34), exactly as sent. */
  msgSeqNum: string | number;
  /** SenderCompID(49): the key id. */
  senderCompId: string;
  /** TargetCompID(56): `OPENVENUE`. */
  targetCompId: string;
}

/** The FIX Logon prehash: `SendingTime SOH "A" SOH MsgSeqNum SOH SenderCompID SOH TargetCompID`. */
export function fixLogonPrehash(f: FixLogonFields): Buffer {
  return Buffer.from(
    [f.sendingTime, 'A', String(f.msgSeqNum), f.senderCompId, f.targetCompId].join(SOH),
    'utf8',
  );
}

/** HMAC-SHA256 of the prehash keyed with the UTF-8 bytes of the secret, base64. */
export function signHmac(secret: string, prehash: Uint8Array): string {
  return createHmac('sha256', secret).update(prehash).digest('base64');
}

/** An Ed25519 private key from its 32-byte seed (RFC 8032), for tests, the demo and the SDK. */
export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new RangeError(`an Ed25519 seed is 32 bytes, got ${seed.length}`);
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The raw 32-byte public key of an Ed25519 private key, base64 (the form the back office takes). */
export function ed25519PublicKeyBase64(privateKey: KeyObject): string {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return spki.subarray(SPKI_ED25519_PREFIX.length).toString('base64');
}

/** Ed25519 signature of the prehash, base64. */
export function signEd25519(privateKey: KeyObject, prehash: Uint8Array): string {
  return sign(null, prehash, privateKey).toString('base64');
}

/**
 * Decodes canonical, padded standard base64, or returns null. `Buffer.from(s, 'base64')` silently
 * skips foreign characters, which would let many strings map to one signature.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  // Rejects non-zero padding bits, the last way two strings could decode to the same bytes.
  return bytes.toString('base64') === text ? bytes : null;
}

/**
 * Constant-time equality of two byte strings. A length mismatch still compares `expected` against
 * a buffer of its own length, so the time taken depends only on `expected.length`.
 */
export function constantTimeEqual(expected: Uint8Array, given: Uint8Array): boolean {
  const padded = Buffer.alloc(expected.length);
  padded.set(given.subarray(0, expected.length));
  const same = timingSafeEqual(expected, padded);
  return same && given.length === expected.length;
}

/**
 * Constant-time equality of two strings of unknown length (operator tokens): both are hashed
 * first, so neither the position of the first difference nor the expected length leaks.
 */
export function constantTimeStringEqual(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * Equality of two strings in time that depends only on `expected.length`: every character of
 * `expected` is compared, with no early exit, whatever `given` holds (a length difference is
 * folded into the same accumulator).
 */
function constantTimeTextEqual(expected: string, given: string): boolean {
  let diff = expected.length ^ given.length;
  // Past the end of `given`, charCodeAt is NaN and XORs as 0: the length term already differs.
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}

/**
 * Verifies a base64 HMAC-SHA256 signature in constant time; malformed input is simply false.
 * The expected digest is written as canonical padded base64, and canonical base64 is one-to-one:
 * comparing the texts compares the bytes, and no malformed, unpadded or otherwise non-canonical
 * text can equal it. Nothing is decoded or allocated for the given signature.
 */
export function verifyHmac(secret: string, prehash: Uint8Array, signature: string): boolean {
  return constantTimeTextEqual(createHmac('sha256', secret).update(prehash).digest('base64'), signature);
}

const publicKeyCache = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE_MAX = 100_000;

/**
 * Parses a raw 32-byte Ed25519 public key given in base64 into a KeyObject, memoised so that a key
 * is parsed once, not on every request. Throws a RangeError with a readable message when invalid.
 */
export function ed25519PublicKey(publicKeyBase64: string): KeyObject {
  const cached = publicKeyCache.get(publicKeyBase64);
  if (cached) return cached;
  const raw = decodeBase64Strict(publicKeyBase64);
  if (!raw || raw.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new RangeError('an Ed25519 public key is 32 raw bytes in standard padded base64 (44 characters)');
  }
  const key = createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
  // Keys are few (one per API key); the bound only stops a pathological caller growing it forever.
  if (publicKeyCache.size >= PUBLIC_KEY_CACHE_MAX) publicKeyCache.clear();
  publicKeyCache.set(publicKeyBase64, key);
  return key;
}

/** Verifies a base64 Ed25519 signature; a malformed or wrong-length signature is simply false. */
export function verifyEd25519(publicKey: KeyObject, prehash: Uint8Array, signature: string): boolean {
  const given = decodeBase64Strict(signature);
  if (!given || given.length !== ED25519_SIGNATURE_BYTES) return false;
  return verify(null, prehash, publicKey, given);
}

/** What the server holds to check a key's signatures. */
export type VerifierCredential =
  | { readonly type: 'hmac'; readonly secret: string }
  | { readonly type: 'ed25519'; readonly publicKey: KeyObject };

/** Verifies `signature` over `prehash` with whichever kind of key the credential is. */
export function verifySignature(
  credential: VerifierCredential,
  prehash: Uint8Array,
  signature: string,
): boolean {
  return credential.type === 'hmac'
    ? verifyHmac(credential.secret, prehash, signature)
    : verifyEd25519(credential.publicKey, prehash, signature);
}
