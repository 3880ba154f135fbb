// @ts-check
/**
 * Where the examples find the venue and a key: OPENVENUE_URL (default the demo venue at
 * http://localhost:8080), OPENVENUE_KEY_ID and OPENVENUE_SECRET, or else the demo credentials the
 * venue writes on start-up (OPENVENUE_CREDENTIALS, default ./data/demo-credentials.json).
 */
import { readFileSync } from 'node:fs';

export function baseUrl() {
  return process.env.OPENVENUE_URL ?? 'http://localhost:8080';
}

/** @returns {{ id: string, secret: string }} */
export function apiKey() {
  const id = process.env.OPENVENUE_KEY_ID;
  const secret = process.env.OPENVENUE_SECRET;
  if (id && secret) return { id, secret };
  const file = process.env.OPENVENUE_CREDENTIALS ?? 'data/demo-credentials.json';
  const credentials = JSON.parse(readFileSync(file, 'utf8'));
  return { id: credentials.keyId, secret: credentials.secret };
}
