import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreateApiKeyCommand } from '../../server/auth/key-store.ts';
import { demoSetupCommands } from '../../server/core/index.ts';
import { JournalCorruptionError } from '../../server/journal/index.ts';
import { Venue, type VenueEvent } from '../../server/venue.ts';
import { countingFs, recordingLogger, tempDirs, until } from '../journal/helpers.ts';

const dir = tempDirs('ov-venue-');

const T0 = 1_767_225_600_000_000;
/** A venue with the demo markets and two funded accounts, on a fixed clock. */
async function funded(dataDir: string, options: Partial<Parameters<typeof Venue.open>[0]> = {}) {
  let now = T0;
  const venue = await Venue.open({ dataDir, expireEveryMs: 0, clock: () => now++, ...options });
  if (venue.engine.account('alice') === undefined) {
    for (const cmd of demoSetupCommands(venue.now())) await venue.submit(cmd);
    for (const accountId of ['alice', 'bob']) {
      await venue.submit({ type: 'createAccount', accountId });
      await venue.submit({ type: 'deposit', accountId, asset: 'USD', amount: '100000' });
      await venue.submit({ type: 'deposit', accountId, asset: 'BTC', amount: '10' });
    }
  }
  return venue;
}

const buy = (price: string, clientOrderId: string) =>
  ({
    type: 'placeOrder',
    accountId: 'alice',
    market: 'BTC-USD',
    side: 'buy',
    orderType: 'limit',
    price,
    quantity: '0.5000',
    clientOrderId,
  }) as const;
const sell = (price: string, clientOrderId: string) =>
  ({ ...buy(price, clientOrderId), accountId: 'bob', side: 'sell' }) as const;

describe('venue', () => {
  it('acknowledges and publishes a command only after its batch is durable', async () => {
    const { fs, gate } = countingFs();
    const venue = await funded(dir(), { fs });
    const events: VenueEvent[] = [];
    venue.subscribe((e) => events.push(e));
    gate.hold = true;
    let acked = false;
    const placed = venue.submit(buy('50000.00', 'b1')).then((r) => {
      acked = true;
      return r;
    });
    // The book already shows it (queries read live state) ...
    expect(venue.engine.book('BTC-USD')?.bids).toEqual([{ price: '50000.00', quantity: '0.5000' }]);
    expect(await until(() => gate.blocked === 1)).toBe(true);
    // ... but nobody was told: no ack, no event.
    expect(acked).toBe(false);
    expect(events).toEqual([]);
    gate.hold = false;
    gate.release();
    const result = await placed;
    expect(result.ok).toBe(true);
    expect(result.order?.status).toBe('new');
    expect(events.map((e) => e.command.type)).toEqual(['placeOrder']);
    expect(events[0]?.result).toBe(result);
    await venue.close();
  });

  it('recovers orders, fills, balances and books after a restart without close', async () => {
    const d = dir();
    const venue = await funded(d, { snapshotEvery: 7 });
    await venue.submit(buy('50000.00', 'b1'));
    await venue.submit(buy('49999.00', 'b2'));
    const fill = await venue.submit(sell('49999.00', 's1'));
    expect(fill.order?.status).toBe('filled');
    await venue.submit({ type: 'cancelOrder', accountId: 'alice', clientOrderId: 'b2' });
    const before = {
      alice: venue.engine.balances('alice'),
      bob: venue.engine.balances('bob'),
      orders: venue.engine.listOrders('alice', { status: 'all' }),
      executions: venue.engine.listExecutions('bob'),
      book: venue.engine.book('BTC-USD'),
    };
    // The snapshot worker writes it in the background, soon after the 7th command is durable.
    expect(await until(() => readdirSync(d).some((n) => n.startsWith('snapshot-')))).toBe(true);
    // Simulates a crash: the old instance is abandoned, not closed.
    const again = await Venue.open({ dataDir: d, expireEveryMs: 0, clock: () => T0 + 60_000_000 });
    expect({
      alice: again.engine.balances('alice'),
      bob: again.engine.balances('bob'),
      orders: again.engine.listOrders('alice', { status: 'all' }),
      executions: again.engine.listExecutions('bob'),
      book: again.engine.book('BTC-USD'),
    }).toEqual(before);
    // The clientOrderId rule survives too: an identical resend is a replay, not a new order.
    const resend = await again.submit(buy('50000.00', 'b1'));
    expect(resend.replayed).toBe(true);
    await again.close();
  });

  it('stamps commands with a monotonic time that never goes back across restarts', async () => {
    const d = dir();
    let now = T0 + 1_000_000;
    const venue = await Venue.open({ dataDir: d, expireEveryMs: 0, clock: () => now });
    const seen: number[] = [];
    venue.subscribe((e) => seen.push(e.command.ts));
    await venue.submit({ type: 'addAsset', asset: 'USD', decimals: 6 });
    now -= 500; // the wall clock steps back
    await venue.submit({ type: 'addAsset', asset: 'BTC', decimals: 8 });
    expect(seen).toEqual([T0 + 1_000_000, T0 + 1_000_000]);
    await venue.close();
    const again = await Venue.open({ dataDir: d, expireEveryMs: 0, clock: () => T0 });
    expect(again.now()).toBe(T0 + 1_000_000);
    await again.close();
  });

  it('routes API key commands to the key store, checks the account, and keeps keys across restarts', async () => {
    const d = dir();
    const venue = await funded(d);
    const secret = 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA';
    const create: Omit<CreateApiKeyCommand, 'ts'> = {
      type: 'createApiKey',
      keyId: 'ak_test',
      accountId: 'alice',
      keyType: 'hmac',
      scopes: ['read', 'trade'],
      secret,
    };
    const created = await venue.submit(create);
    expect(created).toMatchObject({ ok: true, key: { keyId: 'ak_test', accountId: 'alice' } });
    expect(await venue.submit({ ...create, keyId: 'ak_other', accountId: 'nobody' })).toMatchObject({
      ok: false,
      code: 'ACCOUNT_NOT_FOUND',
    });
    await venue.submit({
      type: 'createApiKey',
      keyId: 'ak_2',
      accountId: 'bob',
      keyType: 'hmac',
      scopes: ['read'],
      secret,
    });
    await venue.submit({ type: 'revokeApiKey', keyId: 'ak_2' });
    await venue.snapshot();
    await venue.submit({ type: 'revokeApiKey', keyId: 'ak_test' });
    const again = await Venue.open({ dataDir: d, expireEveryMs: 0 });
    expect(again.key('ak_2')?.revokedAt).not.toBeNull();
    expect(again.key('ak_test')?.revokedAt).not.toBeNull();
    expect(again.keys.listByAccount('alice').map((k) => k.keyId)).toEqual(['ak_test']);
    // The secret itself survived (snapshot + replay), so signatures still verify.
    const { createHmac } = await import('node:crypto');
    const prehash = Buffer.from('1767225600000\nGET\n/v1/time\n');
    const sig = createHmac('sha256', secret).update(prehash).digest('base64');
    expect(again.keys.verifySignature('ak_test', prehash, sig)).toBe(true);
    await again.close();
    // The journal holds secrets: files are readable by the owner only.
    for (const name of readdirSync(d)) expect(statSync(join(d, name)).mode & 0o077).toBe(0);
  });

  it('expires GTD orders on its own timer and publishes the expiry once durable', async () => {
    let now = T0;
    const live = await funded(dir(), { expireEveryMs: 5, clock: () => now });
    const events: VenueEvent[] = [];
    live.subscribe((e) => events.push(e));
    const placed = await live.submit({
      ...buy('40000.00', 'gtd'),
      timeInForce: 'GTD',
      expireAt: now + 50_000,
    });
    expect(placed.order?.status).toBe('new');
    now += 100_000;
    expect(
      await until(() =>
        events.some(
          (e) =>
            e.result.ok &&
            'events' in e.result &&
            e.result.events.some((x) => x.type === 'order' && x.order.status === 'expired'),
        ),
      ),
    ).toBe(true);
    expect(live.engine.getOrderByClientOrderId('alice', 'gtd')?.status).toBe('expired');
    await live.close();
  });

  it('refuses to start on a damaged journal, naming the file and offset', async () => {
    const d = dir();
    const venue = await funded(d, { snapshotEvery: 0, snapshotIntervalMs: 0 });
    for (let i = 0; i < 20; i++) await venue.submit(buy('40000.00', `x${i}`));
    // Abandon without close (no final snapshot), then flip a byte in the middle of the segment.
    const segment = readdirSync(d).find((n) => n.startsWith('segment-')) as string;
    const bytes = readFileSync(join(d, segment));
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0xff;
    writeFileSync(join(d, segment), bytes);
    const err = await Venue.open({ dataDir: d, expireEveryMs: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalCorruptionError);
    expect(String((err as Error).message)).toMatch(new RegExp(`${segment} at byte offset \\d+`));
  });

  it('cuts a torn final record and keeps every complete command', async () => {
    const d = dir();
    const venue = await funded(d, { snapshotEvery: 0, snapshotIntervalMs: 0 });
    await venue.submit(buy('40000.00', 'kept'));
    await venue.submit(buy('40001.00', 'torn'));
    const segment = join(d, readdirSync(d).find((n) => n.startsWith('segment-')) as string);
    writeFileSync(segment, readFileSync(segment).subarray(0, statSync(segment).size - 5));
    const logger = recordingLogger();
    const again = await Venue.open({ dataDir: d, expireEveryMs: 0, logger });
    expect(logger.messages.join()).toMatch(/torn/);
    expect(again.engine.getOrderByClientOrderId('alice', 'kept')?.status).toBe('new');
    expect(again.engine.getOrderByClientOrderId('alice', 'torn')).toBeUndefined();
    await again.close();
  });
});
