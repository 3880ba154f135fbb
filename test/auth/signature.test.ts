import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  constantTimeStringEqual,
  decodeBase64Strict,
  ed25519PrivateKeyFromSeed,
  ed25519PublicKey,
  ed25519PublicKeyBase64,
  fixLogonPrehash,
  restPrehash,
  signEd25519,
  signHmac,
  verifyEd25519,
  verifyHmac,
  verifySignature,
  wsLoginPrehash,
} from '../../server/auth/signature.ts';
import {
  ED_PRIVATE,
  ED_PUBLIC,
  GET_HMAC,
  GET_TARGET,
  POST_BODY,
  POST_ED25519,
  POST_HMAC,
  SECRET,
  TS,
} from './vectors.ts';

const body = Buffer.from(POST_BODY, 'utf8');
const postPrehash = restPrehash(TS, 'POST', '/v1/orders', body);
const getPrehash = restPrehash(TS, 'GET', GET_TARGET);
const privateKey = ED_PRIVATE;
const publicKey = ed25519PublicKey(ED_PUBLIC);

describe('published test vectors', () => {
  it('builds the prehash as documented', () => {
    expect(postPrehash.toString('utf8')).toBe(`${TS}\nPOST\n/v1/orders\n${POST_BODY}`);
    expect(getPrehash.toString('utf8')).toBe(`${TS}\nGET\n${GET_TARGET}\n`);
  });

  it('signs the POST vector with HMAC', () => {
    expect(signHmac(SECRET, postPrehash)).toBe(POST_HMAC);
  });

  it('signs the GET vector with HMAC', () => {
    expect(signHmac(SECRET, getPrehash)).toBe(GET_HMAC);
  });

  it('derives the published Ed25519 public key from the seed', () => {
    expect(ed25519PublicKeyBase64(privateKey)).toBe(ED_PUBLIC);
  });

  it('signs the POST vector with Ed25519', () => {
    expect(signEd25519(privateKey, postPrehash)).toBe(POST_ED25519);
  });

  it('verifies all three published signatures', () => {
    expect(verifyHmac(SECRET, postPrehash, POST_HMAC)).toBe(true);
    expect(verifyHmac(SECRET, getPrehash, GET_HMAC)).toBe(true);
    expect(verifyEd25519(publicKey, postPrehash, POST_ED25519)).toBe(true);
  });

  it('accepts a string body identically to its UTF-8 bytes', () => {
    expect(restPrehash(TS, 'POST', '/v1/orders', POST_BODY).equals(postPrehash)).toBe(true);
  });

  it('upper-cases the method', () => {
    expect(signHmac(SECRET, restPrehash(TS, 'get', GET_TARGET))).toBe(GET_HMAC);
  });
});

describe('tampering with each part of the prehash', () => {
  const tampered: [string, Buffer][] = [
    ['timestamp', restPrehash('1767225600001', 'POST', '/v1/orders', body)],
    ['method', restPrehash(TS, 'PUT', '/v1/orders', body)],
    ['target path', restPrehash(TS, 'POST', '/v1/orderz', body)],
    ['target query', restPrehash(TS, 'POST', '/v1/orders?x=1', body)],
    ['body byte', restPrehash(TS, 'POST', '/v1/orders', Buffer.from(POST_BODY.replace('0.0100', '0.0101')))],
    ['body whitespace', restPrehash(TS, 'POST', '/v1/orders', Buffer.from(`${POST_BODY} `))],
    ['body removed', restPrehash(TS, 'POST', '/v1/orders')],
  ];
  for (const [part, prehash] of tampered) {
    it(`rejects a changed ${part} (HMAC and Ed25519)`, () => {
      expect(verifyHmac(SECRET, prehash, POST_HMAC)).toBe(false);
      expect(verifyEd25519(publicKey, prehash, POST_ED25519)).toBe(false);
    });
  }

  it('rejects the GET vector with a changed query order', () => {
    expect(verifyHmac(SECRET, restPrehash(TS, 'GET', '/v1/orders?limit=50&market=BTC-USD'), GET_HMAC)).toBe(
      false,
    );
  });

  it('rejects another secret or another public key', () => {
    expect(verifyHmac(`${SECRET}x`, postPrehash, POST_HMAC)).toBe(false);
    const other = ed25519PrivateKeyFromSeed(Buffer.alloc(32, 7));
    expect(verifyEd25519(ed25519PublicKey(ed25519PublicKeyBase64(other)), postPrehash, POST_ED25519)).toBe(
      false,
    );
  });

  it('rejects a signature with one flipped bit', () => {
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[5] = (bytes[5] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    expect(verifyHmac(SECRET, postPrehash, flip(POST_HMAC))).toBe(false);
    expect(verifyEd25519(publicKey, postPrehash, flip(POST_ED25519))).toBe(false);
  });
});

describe('malformed signatures are simply invalid', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['not base64', '!!!!'],
    ['base64 with a stray character', `${POST_HMAC.slice(0, 10)}*${POST_HMAC.slice(10)}`],
    ['unpadded', POST_HMAC.replace('=', '')],
    ['base64url alphabet', POST_HMAC.replace('+', '-').replace('/', '_')],
    ['truncated', POST_HMAC.slice(0, 40)],
    ['too long', Buffer.concat([Buffer.from(POST_HMAC, 'base64'), Buffer.from([0])]).toString('base64')],
    ['the Ed25519 signature for an HMAC key', POST_ED25519],
  ];
  for (const [name, signature] of cases) {
    it(`HMAC: ${name}`, () => {
      expect(verifyHmac(SECRET, postPrehash, signature)).toBe(false);
    });
  }

  it('Ed25519: wrong length, malformed, or the HMAC signature', () => {
    expect(verifyEd25519(publicKey, postPrehash, POST_HMAC)).toBe(false);
    expect(verifyEd25519(publicKey, postPrehash, POST_ED25519.slice(0, 84))).toBe(false);
    expect(verifyEd25519(publicKey, postPrehash, `${POST_ED25519.slice(0, -2)}$$`)).toBe(false);
    expect(verifyEd25519(publicKey, postPrehash, '')).toBe(false);
  });

  it('decodes only canonical padded base64', () => {
    expect(decodeBase64Strict('QQ==')?.toString()).toBe('A');
    expect(decodeBase64Strict('QR==')).toBeNull(); // non-zero padding bits
    expect(decodeBase64Strict('QQ')).toBeNull();
    expect(decodeBase64Strict('Q Q==')).toBeNull();
    expect(decodeBase64Strict('')?.length).toBe(0);
  });
});

describe('other prehashes', () => {
  it('WebSocket login signs timestamp "\\nGET\\n/v1/ws\\n"', () => {
    const prehash = wsLoginPrehash(TS);
    expect(prehash.toString()).toBe(`${TS}\nGET\n/v1/ws\n`);
    expect(verifyHmac(SECRET, prehash, signHmac(SECRET, Buffer.from(`${TS}\nGET\n/v1/ws\n`)))).toBe(true);
  });

  it('FIX Logon signs SendingTime SOH A SOH MsgSeqNum SOH SenderCompID SOH TargetCompID', () => {
    const prehash = fixLogonPrehash({
      sendingTime: '20260101-00:00:00.000',
      msgSeqNum: 1,
      senderCompId: 'ak_1',
      targetCompId: 'OPENVENUE',
    });
    expect(prehash.toString()).toBe('20260101-00:00:00.000\x01A\x011\x01ak_1\x01OPENVENUE');
  });

  it('signs raw bytes that are not valid UTF-8 without re-encoding them', () => {
    const raw = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const prehash = restPrehash(TS, 'POST', '/v1/orders', raw);
    expect(prehash.subarray(prehash.length - 4).equals(raw)).toBe(true);
    const sig = signHmac(SECRET, prehash);
    expect(verifyHmac(SECRET, prehash, sig)).toBe(true);
    // Decoding and re-encoding would replace the invalid bytes and break the signature.
    const reencoded = restPrehash(TS, 'POST', '/v1/orders', raw.toString('utf8'));
    expect(verifyHmac(SECRET, reencoded, sig)).toBe(false);
  });
});

describe('keys and comparisons', () => {
  it('caches the KeyObject per public key', () => {
    expect(ed25519PublicKey(ED_PUBLIC)).toBe(publicKey);
  });

  it('rejects public keys that are not 32 raw bytes of base64', () => {
    expect(() => ed25519PublicKey('abc')).toThrow(/32 raw bytes/);
    expect(() => ed25519PublicKey(Buffer.alloc(31).toString('base64'))).toThrow(/32 raw bytes/);
    expect(() => ed25519PublicKey(Buffer.alloc(33).toString('base64'))).toThrow(/32 raw bytes/);
  });

  it('dispatches verifySignature on the credential type', () => {
    expect(verifySignature({ type: 'hmac', secret: SECRET }, getPrehash, GET_HMAC)).toBe(true);
    expect(verifySignature({ type: 'ed25519', publicKey }, postPrehash, POST_ED25519)).toBe(true);
    expect(verifySignature({ type: 'ed25519', publicKey }, getPrehash, POST_ED25519)).toBe(false);
  });

  it('compares bytes in constant time including length mismatches', () => {
    const a = Buffer.from('abcdef');
    expect(constantTimeEqual(a, Buffer.from('abcdef'))).toBe(true);
    expect(constantTimeEqual(a, Buffer.from('abcdeg'))).toBe(false);
    expect(constantTimeEqual(a, Buffer.from('abcde'))).toBe(false);
    expect(constantTimeEqual(a, Buffer.from('abcdef\0'))).toBe(false);
    expect(constantTimeEqual(a, Buffer.alloc(0))).toBe(false);
  });

  it('compares strings of any length in constant time', () => {
    expect(constantTimeStringEqual('token', 'token')).toBe(true);
    expect(constantTimeStringEqual('token', 'tokem')).toBe(false);
    expect(constantTimeStringEqual('token', 'token-longer')).toBe(false);
    expect(constantTimeStringEqual('token', '')).toBe(false);
  });
});
