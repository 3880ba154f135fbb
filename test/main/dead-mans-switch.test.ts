// The dead man's switch over a real venue: it fires once after the timeout with reason
// deadMansSwitch, re-arming pushes the deadline back, 0 and close() disarm.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { demoSetupCommands } from '../../server/core/index.ts';
import { DeadMansSwitch } from '../../server/dead-mans-switch.ts';
import { Venue } from '../../server/venue.ts';

let dir: string;
let venue: Venue;
let fired: { accountId: string; canceled: number }[];
let dms: DeadMansSwitch;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ov-dms-'));
  venue = await Venue.open({ dataDir: dir, expireEveryMs: 0 });
  for (const c of demoSetupCommands(venue.now())) await venue.submit(c);
  await venue.submit({ type: 'createAccount', accountId: 'a' });
  await venue.submit({ type: 'deposit', accountId: 'a', asset: 'USD', amount: '100000' });
  fired = [];
  dms = new DeadMansSwitch({
    venue,
    observer: { fired: (accountId, canceled) => fired.push({ accountId, canceled }) },
  });
});
afterEach(async () => {
  dms.close();
  await venue.close();
  await rm(dir, { recursive: true, force: true });
});

const place = (price: string) =>
  venue.submit({
    type: 'placeOrder',
    accountId: 'a',
    market: 'BTC-USD',
    side: 'buy',
    orderType: 'limit',
    price,
    quantity: '0.0100',
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const open = () => venue.engine.listOrders('a', { status: 'open' }).data.length;

it('cancels every open order of the account when it expires', async () => {
  await place('100.00');
  await place('101.00');
  const status = dms.arm('a', 100);
  expect(status.timeoutMs).toBe(100);
  expect(status.triggerAt).toBeGreaterThan(venue.now());
  for (let i = 0; i < 50 && fired.length === 0; i++) await sleep(100);
  expect(open()).toBe(0);
  expect(fired).toEqual([{ accountId: 'a', canceled: 2 }]);
  expect(venue.engine.listOrders('a').data.every((o) => o.cancelReason === 'deadMansSwitch')).toBe(true);
  expect(dms.status('a')).toEqual({ timeoutMs: 0, triggerAt: null });
});

it('re-arming pushes the deadline back; 0 disarms', async () => {
  await place('100.00');
  dms.arm('a', 1000);
  await sleep(500);
  dms.arm('a', 1000);
  await sleep(600);
  // 1.1 s after the first arm, 0.6 s after the second: only the second deadline counts.
  expect(open()).toBe(1);
  expect(dms.arm('a', 0)).toEqual({ timeoutMs: 0, triggerAt: null });
  await sleep(500);
  expect(open()).toBe(1);
  expect(fired).toEqual([]);
});

it('close() stops every timer without firing, and refuses out-of-range timeouts', async () => {
  await place('100.00');
  dms.arm('a', 100);
  expect(dms.armedCount).toBe(1);
  dms.close();
  await sleep(250);
  expect(open()).toBe(1);
  expect(() => dms.arm('a', 600_001)).toThrow(RangeError);
  expect(() => dms.arm('a', -1)).toThrow(RangeError);
});
