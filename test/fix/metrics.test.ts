/** FIX metrics on the server's shared registry: sessions logged on, messages by MsgType, rejects. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { Metrics } from '../../server/observability/metrics.ts';
import { type Harness, RawClient, startHarness, type } from './helpers.ts';

let h: Harness;
let metrics: Metrics;
const clients: RawClient[] = [];

beforeEach(async () => {
  metrics = new Metrics();
  h = await startHarness({ metrics });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

const connect = async (keyId = 'key-a') => {
  const c = await RawClient.connect(h.gateway.port, keyId);
  clients.push(c);
  return c;
};

/** The value of one series in the exposition text, 0 when absent. */
async function sample(name: string, labels: Record<string, string> = {}): Promise<number> {
  const { body } = await metrics.render();
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of body.split('\n')) {
    if (!line.startsWith(name)) continue;
    const [series, value] = line.split(' ');
    const inner = /\{(.*)\}/.exec(series ?? '')?.[1] ?? '';
    const got = inner === '' ? [] : inner.split(',');
    if (
      (series === name || series?.startsWith(`${name}{`)) &&
      want.every((w) => got.includes(w)) &&
      got.length === want.length
    )
      return Number(value);
  }
  return 0;
}

const now = () => formatUtcTimestamp(Date.now() * 1000);

describe('FIX metrics', () => {
  it('counts sessions logged on, messages in and out by MsgType, and rejects by reason', async () => {
    const c = await connect();
    await c.logon();
    expect(await sample('openvenue_fix_sessions_logged_on')).toBe(1);
    expect(await sample('openvenue_fix_messages_total', { direction: 'in', msg_type: 'A' })).toBe(1);
    expect(await sample('openvenue_fix_messages_total', { direction: 'out', msg_type: 'A' })).toBe(1);

    const order = (clOrdId: string, price: string): Array<[number, string]> => [
      [11, clOrdId],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
      [38, '0.0100'],
      [40, '2'],
      [44, price],
    ];
    c.send('D', order('ok-1', '40000.00'));
    await c.next((m) => m.get(35) === '8' && m.get(11) === 'ok-1');
    c.send('D', order('off-grid', '40000.001'));
    const rejected = await c.next((m) => m.get(35) === '8' && m.get(11) === 'off-grid');
    expect(rejected.get(150)).toBe('8');
    c.send('F', [
      [41, 'nope'],
      [11, 'cxl-1'],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, now()],
    ]);
    await c.next(type('9'));
    c.send('D', [[11, 'missing-fields']]);
    await c.next(type('3'));

    expect(await sample('openvenue_fix_messages_total', { direction: 'in', msg_type: 'D' })).toBe(3);
    expect(await sample('openvenue_fix_messages_total', { direction: 'in', msg_type: 'F' })).toBe(1);
    expect(await sample('openvenue_fix_messages_total', { direction: 'out', msg_type: '8' })).toBe(2);
    expect(await sample('openvenue_fix_rejects_total', { msg_type: '8', reason: 'PRICE_NOT_ON_TICK' })).toBe(
      1,
    );
    expect(await sample('openvenue_fix_rejects_total', { msg_type: '9', reason: 'ORDER_NOT_FOUND' })).toBe(1);
    expect(await sample('openvenue_fix_rejects_total', { msg_type: '3', reason: '1' })).toBe(1);

    c.close();
    await c.waitClosed();
    for (let i = 0; i < 50 && (await sample('openvenue_fix_sessions_logged_on')) !== 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await sample('openvenue_fix_sessions_logged_on')).toBe(0);
  });

  it('counts refused Logons as rejects and as FIX authentication failures', async () => {
    const bad = await connect();
    expect((await bad.logon({ secret: 'not-the-secret-at-all-0000000000' })).get(35)).toBe('5');
    const unknown = await connect('key-zz');
    expect((await unknown.logon()).get(35)).toBe('5');
    expect(await sample('openvenue_fix_rejects_total', { msg_type: 'A', reason: 'INVALID_SIGNATURE' })).toBe(
      1,
    );
    expect(await sample('openvenue_fix_rejects_total', { msg_type: 'A', reason: 'UNKNOWN_API_KEY' })).toBe(1);
    expect(await sample('openvenue_auth_failures_total', { gateway: 'fix', code: 'INVALID_SIGNATURE' })).toBe(
      1,
    );
    expect(await sample('openvenue_fix_sessions_logged_on')).toBe(0);
    // A gateway restarted over the same registry keeps its series.
    await h.restart();
    expect(await sample('openvenue_fix_rejects_total', { msg_type: 'A', reason: 'UNKNOWN_API_KEY' })).toBe(1);
  });
});
