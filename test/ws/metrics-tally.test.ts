import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { Metrics } from '../../server/observability/metrics.ts';
import { CounterTally } from '../../server/observability/tally.ts';

describe('CounterTally', () => {
  it('exposes the counts made between scrapes, adding up across scrapes', async () => {
    const registry = new Registry();
    const tally = new CounterTally({
      name: 't_total',
      help: 'test',
      labelNames: ['op', 'outcome'] as const,
      registers: [registry],
    });
    tally.inc('ping', 'ok');
    tally.inc('ping', 'ok');
    tally.inc('placeOrder', 'RATE_LIMITED');
    let text = await registry.metrics();
    expect(text).toMatch(/^t_total\{op="ping",outcome="ok"\} 2$/m);
    expect(text).toMatch(/^t_total\{op="placeOrder",outcome="RATE_LIMITED"\} 1$/m);
    tally.inc('ping', 'ok');
    text = await registry.metrics();
    expect(text).toMatch(/^t_total\{op="ping",outcome="ok"\} 3$/m);
    expect(text).toMatch(/^t_total\{op="placeOrder",outcome="RATE_LIMITED"\} 1$/m);
  });

  it('takes one-label counters', async () => {
    const registry = new Registry();
    const tally = new CounterTally({
      name: 'f_total',
      help: 'test',
      labelNames: ['market'] as const,
      registers: [registry],
    });
    tally.inc('BTC-USD');
    expect(await registry.metrics()).toMatch(/^f_total\{market="BTC-USD"\} 1$/m);
    expect((await tally.counter.get()).values).toEqual([{ labels: { market: 'BTC-USD' }, value: 1 }]);
  });

  it('backs the WebSocket message counter of the venue metrics', async () => {
    const metrics = new Metrics();
    metrics.recordWsMessage('placeOrder', 'ok');
    metrics.recordWsMessage('placeOrder', 'ok');
    const { body } = await metrics.render();
    expect(body).toMatch(/^openvenue_ws_messages_total\{op="placeOrder",outcome="ok"\} 2$/m);
  });
});
