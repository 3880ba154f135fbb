// A restart with the same data directory recovers every account, key, order and fill, and the
// demo bootstrap finds its key again instead of issuing a new one.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { limitOrder, TestVenue } from '../http/harness.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ov-restart-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('recovers accounts, keys, orders and fills after a restart', async () => {
  const first = await TestVenue.start({}, dir);
  const demo = first.demo;
  const maker = await first.newAccount();
  const revoked = await first.newAccount();
  await first.call('DELETE', `/admin/v1/api-keys/${revoked.key.keyId}`, {
    operator: first.handle.operatorToken,
  });
  await first.call('POST', '/v1/orders', {
    key: maker.key,
    body: limitOrder({ side: 'sell', quantity: '0.0300', clientOrderId: 'm-1' }),
  });
  await first.call('POST', '/v1/orders', {
    key: demo,
    body: limitOrder({ quantity: '0.0100', clientOrderId: 'd-1' }),
  });
  await first.call('POST', '/v1/orders', {
    key: demo,
    body: limitOrder({ price: '1000.00', clientOrderId: 'd-2' }),
  });
  const read = async (v: TestVenue) => ({
    demoOrders: (await v.call('GET', '/v1/orders?status=all', { key: demo })).body,
    makerOrders: (await v.call('GET', '/v1/orders?status=all', { key: maker.key })).body,
    demoFills: (await v.call('GET', '/v1/executions', { key: demo })).body,
    makerFills: (await v.call('GET', '/v1/executions', { key: maker.key })).body,
    balances: (await v.call('GET', '/v1/balances', { key: maker.key })).body,
    book: (await v.call('GET', '/v1/markets/BTC-USD/book')).body,
    keys: (
      await v.call('GET', `/admin/v1/accounts/${revoked.accountId}/api-keys`, {
        operator: v.handle.operatorToken,
      })
    ).body,
    account: (
      await v.call('GET', `/admin/v1/accounts/${maker.accountId}`, { operator: v.handle.operatorToken })
    ).body,
  });
  const before = await read(first);
  expect(before.demoFills.data).toHaveLength(1);
  const token = first.handle.operatorToken;
  await first.stop(false);

  const second = await TestVenue.start({}, dir);
  try {
    expect(second.handle.credentials?.keyId).toBe(demo.keyId);
    expect(second.handle.operatorToken).toBe(token);
    const stored = JSON.parse(await readFile(path.join(dir, 'demo-credentials.json'), 'utf8'));
    expect(stored).toEqual({
      keyId: demo.keyId,
      secret: (demo as { secret: string }).secret,
      operatorToken: token,
    });
    const after = await read(second);
    // The book's updatedAt is the engine clock, which moves with the demo bootstrap's commands.
    expect({ ...after, book: { ...after.book, updatedAt: '' } }).toEqual({
      ...before,
      book: { ...before.book, updatedAt: '' },
    });
    expect(after.keys.data[0].status).toBe('revoked');
    expect((await second.call('GET', '/v1/balances', { key: revoked.key })).body.code).toBe(
      'API_KEY_REVOKED',
    );
    expect(second.failures).toEqual([]);
  } finally {
    await second.stop(false);
  }
});
