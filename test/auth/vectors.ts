/**
 * The published authentication test vectors (API-DESIGN.md, "Authentication"). The docs and the
 * SDK publish the same values, so they are the contract: never regenerate them from our own code.
 */
import { ed25519PrivateKeyFromSeed } from '../../server/auth/signature.ts';

export const SECRET = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';
export const T0 = 1_767_225_600_000;
export const TS = '1767225600000';
export const POST_BODY =
  '{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}';
export const POST_HMAC = 'Lcnv/bFdSKm9YHrzot2Oy6bQt5+dmOfY12mscN79odw=';
export const GET_TARGET = '/v1/orders?market=BTC-USD&limit=50';
export const GET_HMAC = '0W/6SkOVy+ON+wp0ir6hSk7M3h7St9TrXj/krVduHcs=';
export const ED_SEED_HEX = '0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20';
export const ED_PUBLIC = 'ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=';
export const POST_ED25519 =
  'gaHMy40aK9e1Ucs5Xw+aEvxjTzxpyMYkrGDHXujzwe/SYB6xDRKq5/c+KFdWto+FSEXfljq6S9FQQFPpM3AHAg==';

/** The vector's Ed25519 private key, from its seed. */
export const ED_PRIVATE = ed25519PrivateKeyFromSeed(Buffer.from(ED_SEED_HEX, 'hex'));
