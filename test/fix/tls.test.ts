/** The acceptor over TLS: the same session, encrypted. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Harness, RawClient, startHarness } from './helpers.ts';

const cert = readFileSync(new URL('./fixtures/tls-test-cert.pem', import.meta.url));
const key = readFileSync(new URL('./fixtures/tls-test-key.pem', import.meta.url));
let h: Harness;

beforeEach(async () => {
  h = await startHarness({ tls: { cert, key } });
});
afterEach(async () => {
  await h.close();
});

it('logs on and answers a TestRequest over TLS, verifying the server certificate', async () => {
  const c = await RawClient.connect(h.gateway.port, 'key-a', { ca: cert, servername: 'localhost' });
  const reply = await c.logon();
  expect(reply.get(35)).toBe('A');
  c.send('1', [[112, 'tls']]);
  expect((await c.next((m) => m.get(35) === '0')).get(112)).toBe('tls');
  c.close();
});

it('does not speak plain FIX on a TLS port', async () => {
  const c = await RawClient.connect(h.gateway.port, 'key-a');
  c.write(c.logonFrame());
  await c.waitClosed();
  expect(c.pending()).toHaveLength(0);
});
