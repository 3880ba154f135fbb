/**
 * One share of the fan-out subscribers, on its own thread so that reading a hundred thousand
 * messages a second is not limited to one event loop. It connects `count` sockets, subscribes each
 * to one market's book, counts book updates, and reports each update's `seq` once every one of its
 * own open sockets has received it (with the first and last arrival, absolute ms).
 *
 * Messages from the parent: {type: 'window', from, to} (absolute ms) and {type: 'stop'}; to it:
 * {type: 'ready'}, {type: 'done', updates: [seq, first, last][]} and {type: 'result', messages, open}.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, count, market } = workerData as { url: string; count: number; market: string };
const port = parentPort as NonNullable<typeof parentPort>;
const PREFIX = '{"channel":"book","type":"update"';
const now = () => performance.timeOrigin + performance.now();

let from = Number.POSITIVE_INFINITY;
let to = Number.NEGATIVE_INFINITY;
let messages = 0;
const sockets: WebSocket[] = [];
const pending = new Map<number, { count: number; first: number }>();
let done: [number, number, number][] = [];
const open = () => sockets.reduce((n, s) => n + (s.readyState === WebSocket.OPEN ? 1 : 0), 0);

function onMessage(data: Buffer): void {
  if (data.length < PREFIX.length || data.toString('latin1', 0, PREFIX.length) !== PREFIX) return;
  const at = data.indexOf('"seq":');
  const seq = Number.parseInt(data.toString('latin1', at + 6, at + 26), 10);
  const t = now();
  if (t >= from && t < to) messages++;
  const entry = pending.get(seq);
  if (entry === undefined) pending.set(seq, { count: 1, first: t });
  else entry.count++;
  const current = pending.get(seq) as { count: number; first: number };
  if (current.count >= open()) {
    pending.delete(seq);
    done.push([seq, current.first, t]);
  }
}

for (let i = 0; i < count; i += 50) {
  await Promise.all(
    Array.from({ length: Math.min(50, count - i) }, async () => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ op: 'subscribe', id: 1, channel: 'book', markets: [market] }));
      sockets.push(socket);
    }),
  );
}

// Batched so that the parent gets a few messages per tick, not one per update.
const flush = setInterval(() => {
  if (done.length === 0) return;
  port.postMessage({ type: 'done', updates: done });
  done = [];
}, 5);

port.on('message', (message: { type: string; from?: number; to?: number }) => {
  if (message.type === 'window') {
    from = message.from as number;
    to = message.to as number;
  } else if (message.type === 'stop') {
    clearInterval(flush);
    const stillOpen = open();
    for (const socket of sockets) socket.terminate();
    port.postMessage({ type: 'result', messages, open: stillOpen });
  }
});
port.postMessage({ type: 'ready' });
