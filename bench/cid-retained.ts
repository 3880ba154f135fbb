// bench:cid-retained — memory the matching engine keeps per closed order that carried a
// clientOrderId (the 24 h idempotency record), measured after full GCs: V8 heap and off-heap
// (ArrayBuffer) bytes, before and after N orders that all close at once (a resting sell with a
// clientOrderId, then a buy IOC with one that fills it: two closed orders per pair).
//
// Usage: node --expose-gc --import tsx bench/cid-retained.ts [pairs=100000]

import { type Command, demoSetupCommands, MatchingEngine } from '../server/core/index.ts';
import { NULL_SINK } from '../server/core/sink.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const pairs = Number(process.argv[2] ?? 100_000);
const T0 = 1_767_225_600_000_000;
const engine = new MatchingEngine();
const apply = (cmd: Command) => {
  const o = engine.applyTo(cmd, NULL_SINK);
  if (!o.ok) throw new Error(`${cmd.type}: ${o.error?.code}`);
};
for (const c of demoSetupCommands(T0)) apply(c);
for (const accountId of ['maker', 'taker']) {
  apply({ type: 'createAccount', ts: T0, accountId });
  for (const asset of ['USD', 'BTC'])
    apply({ type: 'deposit', ts: T0, accountId, asset, amount: '20000000' });
}

// Each command is built just before it is applied, as a parsed request would be: what the engine
// keeps of it (the clientOrderId string) counts, the rest is garbage by the measurement.
function pair(i: number): void {
  const ts = T0 + 1 + i * 10;
  const order = { market: 'BTC-USD', orderType: 'limit', price: '50000.00', quantity: '0.0010' } as const;
  apply({ type: 'placeOrder', ts, accountId: 'maker', side: 'sell', ...order, clientOrderId: `m-${i}` });
  apply({
    type: 'placeOrder',
    ts: ts + 1,
    accountId: 'taker',
    side: 'buy',
    ...order,
    timeInForce: 'IOC',
    clientOrderId: `t-${i}`,
  });
}

function measure(): { heap: number; buffers: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

const before = measure();
for (let i = 0; i < pairs; i++) pair(i);
const after = measure();
const closed = 2 * pairs;
const heap = (after.heap - before.heap) / closed;
const buffers = (after.buffers - before.buffers) / closed;
console.log(
  `${closed} closed orders with clientOrderIds: ` +
    `V8 heap ${heap.toFixed(1)} B/order, off-heap ${buffers.toFixed(1)} B/order, ` +
    `total ${(heap + buffers).toFixed(1)} B/order`,
);
// Keeps the engine (and so everything it retains) reachable until after the measurement.
if (engine.now === 0) console.log('');
