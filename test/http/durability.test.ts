// An order is acknowledged only once its journal batch is on disk, and a venue that can no longer
// persist answers 503 SERVICE_UNAVAILABLE instead of acknowledging anything.
import { afterEach, expect, it } from 'vitest';
import { type JournalFile, type JournalFs, nodeJournalFs } from '../../server/journal/index.ts';
import { limitOrder, type Reply, TestVenue } from './harness.ts';

/** The real file system, with fdatasync of journal segments held or failed on demand. */
function controlledFs() {
  const control = { hold: false, fail: false, held: [] as (() => void)[] };
  const wrap = (file: JournalFile): JournalFile => ({
    ...file,
    writeAll: (...args) => file.writeAll(...args),
    truncate: (length) => file.truncate(length),
    close: () => file.close(),
    datasync: async () => {
      if (control.fail) throw new Error('EIO: simulated disk failure');
      if (control.hold) await new Promise<void>((resolve) => control.held.push(resolve));
      return file.datasync();
    },
  });
  const fs: JournalFs = {
    ...nodeJournalFs,
    openExisting: async (p) => wrap(await nodeJournalFs.openExisting(p)),
    create: async (p) => wrap(await nodeJournalFs.create(p)),
  };
  return { fs, control };
}

let v: TestVenue | undefined;
afterEach(async () => {
  await v?.stop();
  v = undefined;
});

it('answers placeOrder only after the journal batch is synced', async () => {
  const { fs, control } = controlledFs();
  v = await TestVenue.start({}, undefined, fs);
  const { key } = await v.newAccount();
  control.hold = true;
  let reply: Reply | undefined;
  const pending = v
    .call('POST', '/v1/orders', { key, body: limitOrder({ clientOrderId: 'durable-1' }) })
    .then((r) => {
      reply = r;
    });
  for (let i = 0; i < 50 && control.held.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(control.held.length).toBeGreaterThan(0);
  await new Promise((r) => setTimeout(r, 200));
  expect(reply).toBeUndefined();
  control.hold = false;
  for (const release of control.held.splice(0)) release();
  await pending;
  expect(reply?.status).toBe(201);
  expect(v.failures).toEqual([]);
});

it('answers 503 when the journal cannot persist, and acknowledges nothing', async () => {
  const { fs, control } = controlledFs();
  v = await TestVenue.start({}, undefined, fs);
  const { key } = await v.newAccount();
  control.fail = true;
  const r = await v.call('POST', '/v1/orders', { key, body: limitOrder({ clientOrderId: 'lost-1' }) });
  expect([r.status, r.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
  const again = await v.call('POST', '/v1/orders', { key, body: limitOrder({ clientOrderId: 'lost-2' }) });
  expect([again.status, again.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
  expect(v.failures).toEqual([]);
  // Shutting down says the journal failed rather than pretending everything was flushed.
  const stopping = v.stop();
  v = undefined;
  await expect(stopping).rejects.toThrow(/journal/);
});
