/**
 * Request signing with WebCrypto only (no `node:crypto`), so the same code signs in Node >= 20 and
 * in browsers. The prehash is the one the REST, WebSocket and FIX guides publish:
 * `timestamp + "\n" + METHOD + "\n" + requestTarget + "\n" + body`.
 */

/** An HMAC key: the secret shown once when the key was created. */
export interface HmacCredentials {
  readonly id: string;
  readonly secret: string;
}

/**
 * An Ed25519 key: the venue stores only the public key. `privateKey` is a WebCrypto `CryptoKey`,
 * the 32-byte seed (bytes, 64 hex digits or base64), or a PKCS#8 PEM.
 */
export interface Ed25519Credentials {
  readonly id: string;
  readonly privateKey: CryptoKey | Uint8Array | string;
}

export type Credentials = HmacCredentials | Ed25519Credentials;

export interface Signer {
  readonly keyId: string;
  /** base64 signature of the prehash. */
  sign(prehash: string): Promise<string>;
}

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new Error('WebCrypto (crypto.subtle) is not available: use Node >= 20 or a secure browser context');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The PKCS#8 header of an Ed25519 private key (RFC 8410), followed by the 32-byte seed. */
const PKCS8_ED25519_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

function pkcs8FromKeyText(text: string): Uint8Array {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    return fromBase64(trimmed.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
  }
  const seed = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Uint8Array.from(trimmed.match(/../g) ?? [], (h) => Number.parseInt(h, 16))
    : fromBase64(trimmed);
  return pkcs8FromSeed(seed);
}

function pkcs8FromSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new TypeError(`an Ed25519 seed is 32 bytes, got ${seed.length}`);
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
  der.set(PKCS8_ED25519_PREFIX);
  der.set(seed, PKCS8_ED25519_PREFIX.length);
  return der;
}

async function importEd25519(privateKey: Ed25519Credentials['privateKey']): Promise<CryptoKey> {
  if (typeof privateKey !== 'string' && !(privateKey instanceof Uint8Array)) return privateKey;
  const der = typeof privateKey === 'string' ? pkcs8FromKeyText(privateKey) : pkcs8FromSeed(privateKey);
  return subtle().importKey('pkcs8', der as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['sign']);
}

/** A signer that imports its key once, on first use (WebCrypto imports are asynchronous). */
export function createSigner(credentials: Credentials): Signer {
  let key: Promise<CryptoKey> | undefined;
  const algorithm = 'secret' in credentials ? 'HMAC' : 'Ed25519';
  const load = (): Promise<CryptoKey> => {
    key ??=
      'secret' in credentials
        ? subtle().importKey(
            'raw',
            encoder.encode(credentials.secret),
            { name: 'HMAC', hash: 'SHA-256' },
            false,
            ['sign'],
          )
        : importEd25519(credentials.privateKey);
    return key;
  };
  return {
    keyId: credentials.id,
    async sign(prehash) {
      const signature = await subtle().sign(algorithm, await load(), encoder.encode(prehash));
      return toBase64(new Uint8Array(signature));
    },
  };
}

export function prehash(timestamp: number, method: string, target: string, body: string): string {
  return `${timestamp}\n${method.toUpperCase()}\n${target}\n${body}`;
}

/** The three auth headers of one request, signed now. */
export async function signRequest(
  signer: Signer,
  timestamp: number,
  method: string,
  target: string,
  body: string,
): Promise<Record<'X-API-Key' | 'X-API-Timestamp' | 'X-API-Signature', string>> {
  return {
    'X-API-Key': signer.keyId,
    'X-API-Timestamp': String(timestamp),
    'X-API-Signature': await signer.sign(prehash(timestamp, method, target, body)),
  };
}
