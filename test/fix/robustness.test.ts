/** Malformed input never crashes the gateway or disturbs another session. */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { type Harness, RawClient, startHarness, type } from './helpers.ts';

let h: Harness;
const clients: RawClient[] = [];
const connect = async (keyId = 'key-a') => {
  const c = await RawClient.connect(h.gateway.port, keyId);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

async function stillServes(c: RawClient, id: string) {
  c.send('1', [[112, id]]);
  expect((await c.next((m) => m.get(35) === '0' && m.get(112) === id)).get(112)).toBe(id);
}

it('survives random bytes, truncated frames and a huge BodyLength while another session keeps working', async () => {
  const healthy = await connect('key-b');
  await healthy.logon();
  const noise = await connect();
  noise.write(randomBytes(64 * 1024));
  const junk = await connect();
  await junk.logon();
  junk.write('8=FIX.4.4\x019=99999999999\x0135=D\x01');
  junk.write('8=FIX.4.4\x019=1000000\x0135=0\x01');
  const truncated = junk.frame('1', [[112, 'cut']]).subarray(0, 30);
  junk.write(truncated);
  junk.write(randomBytes(4096));
  await stillServes(healthy, 'h1');
  // The junk session is not disturbed beyond its garbage: a valid next message still works.
  junk.seq = 2;
  await stillServes(junk, 'j1');
  expect(h.gateway.loggedOn.has('key-b')).toBe(true);
});

it('handles 10,000 messages in one burst and answers every one in order', async () => {
  const c = await connect();
  await c.logon();
  const frames: Buffer[] = [];
  for (let i = 0; i < 10_000; i++) frames.push(c.frame('1', [[112, `b${i}`]]));
  c.write(Buffer.concat(frames));
  const last = await c.next((m) => m.get(112) === 'b9999', 60_000);
  expect(last.get(35)).toBe('0');
  const other = await connect('key-b');
  expect((await other.logon()).get(35)).toBe('A');
});

it('handles a burst of 2,000 orders with an ExecutionReport for each', async () => {
  const c = await connect();
  await c.logon();
  const frames: Buffer[] = [];
  for (let i = 0; i < 2000; i++) {
    frames.push(
      c.frame('D', [
        [11, `o${i}`],
        [55, 'BTC-USD'],
        [54, '1'],
        [60, formatUtcTimestamp(Date.now() * 1000)],
        [38, '0.0001'],
        [40, '2'],
        [44, '10000.00'],
      ]),
    );
  }
  c.write(Buffer.concat(frames));
  await c.next((m) => m.get(35) === '8' && m.get(11) === 'o1999', 60_000);
  expect(h.venue.engine.listOrders('acc-a', { status: 'open', limit: 1000 }).data).toHaveLength(1000);
  await stillServes(c, 'after-burst');
  expect(c.pending().filter(type('3'))).toHaveLength(0);
});
