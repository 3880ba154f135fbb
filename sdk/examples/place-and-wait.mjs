// @ts-check
/**
 * Place a buy order at the best ask and wait until it is filled, following it on the WebSocket
 * `orders` and `executions` streams. Usage: node place-and-wait.mjs [market] [quantity]
 */
import { newClientOrderId, OpenVenue } from '@openvenue/sdk';
import { apiKey, baseUrl } from './env.mjs';

const market = process.argv[2] ?? 'BTC-USD';
const quantity = process.argv[3] ?? '0.0010';
const client = new OpenVenue({ baseUrl: baseUrl(), apiKey: apiKey() });
const FINAL = new Set(['filled', 'canceled', 'expired', 'rejected']);

// Subscribe before placing, so no event about the order can be missed. Events are matched by our
// own clientOrderId: they may arrive before the REST answer that tells us the orderId.
const clientOrderId = newClientOrderId();
const socket = client.ws();
await socket.connect();
/** @type {(status: string) => void} */
let finished = () => {};
const done = new Promise((resolve) => {
  finished = resolve;
});
socket.on('executions', ({ data }) => {
  if (data.clientOrderId === clientOrderId) {
    console.log(
      `fill: ${data.quantity} @ ${data.price}, fee ${data.fee} ${data.feeAsset} (${data.liquidity})`,
    );
  }
});
socket.on('ordersUpdate', ({ data }) => {
  if (data.clientOrderId === clientOrderId && FINAL.has(data.status)) finished(data.status);
});
await socket.subscribe('executions');
await socket.subscribe('orders');

const book = await client.markets.book(market, { depth: 1 });
const price = book.asks[0]?.[0];
if (!price) throw new Error(`${market} has no asks to buy from`);
const order = await client.orders.place({
  market,
  side: 'buy',
  type: 'limit',
  price,
  quantity,
  clientOrderId,
});
console.log(`placed order ${order.orderId}: buy ${quantity} ${market} @ ${price}, status ${order.status}`);

const timeout = setTimeout(() => finished('timeout'), 30_000);
const status = FINAL.has(order.status) ? order.status : await done;
clearTimeout(timeout);
if (status === 'timeout') await client.orders.cancel(order.orderId).catch(() => {});
const final = await client.orders.get(order.orderId);
console.log(
  `order ${final.orderId} ${final.status}: ${final.filledQuantity} filled at ${final.averagePrice ?? '-'}`,
);
socket.close();
process.exitCode = final.status === 'filled' ? 0 : 1;
