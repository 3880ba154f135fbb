// @ts-check
/**
 * A minimal market-maker loop: quote one bid and one ask around the mid of a local book, requote
 * every second, and let the dead man's switch cancel everything if this process stops talking.
 * Usage: node market-maker.mjs [market] [rounds]
 */
import { OpenVenue, RateLimitError } from '@openvenue/sdk';
import { apiKey, baseUrl } from './env.mjs';

const market = process.argv[2] ?? 'BTC-USD';
const rounds = Number(process.argv[3] ?? 5);
const client = new OpenVenue({ baseUrl: baseUrl(), apiKey: apiKey() });
const spec = await client.markets.get(market);
const decimals = (spec.tickSize.split('.')[1] ?? '').length;
const tick = Number(spec.tickSize);
const socket = client.ws({ cancelOnDisconnect: true });
await socket.connect();
const book = await socket.orderBook(market);

for (let round = 1; round <= rounds; round++) {
  // Cancels everything after 10 s unless the next round re-arms it.
  await client.orders.cancelAllAfter(10_000);
  const bid = book.bestBid;
  const ask = book.bestAsk;
  if (book.synced && bid && ask) {
    // Floating point is fine for choosing a quote; the price sent is a tick-aligned string.
    const mid = (Number(bid[0]) + Number(ask[0])) / 2;
    /** @param {number} offsetTicks */
    const price = (offsetTicks) => (Math.round(mid / tick + offsetTicks) * tick).toFixed(decimals);
    await socket.cancelAllOrders(market);
    try {
      const results = await client.orders.placeBatch([
        { market, side: 'buy', type: 'limit', price: price(-5), quantity: spec.minQuantity, postOnly: true },
        { market, side: 'sell', type: 'limit', price: price(5), quantity: spec.minQuantity, postOnly: true },
      ]);
      const quotes = results.map((r) => ('orderId' in r ? `${r.side} ${r.price}` : r.code)).join(', ');
      console.log(`round ${round}: mid ${mid.toFixed(decimals)}, quotes ${quotes}`);
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      console.log(`round ${round}: rate limited, waiting ${error.retryAfter} s`);
    }
  } else {
    console.log(`round ${round}: book not ready`);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const canceled = await client.orders.cancelAll({ market });
await client.orders.cancelAllAfter(0);
console.log(`done: ${canceled.length} quotes canceled, ${client.rateLimit?.remaining ?? '?'} weight left`);
socket.close();
