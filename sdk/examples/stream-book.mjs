// @ts-check
/**
 * Stream one market's order book into a local copy that the SDK keeps checksum-verified, and print
 * the top of the book on every update. No key needed. Usage: node stream-book.mjs [market] [updates]
 */
import { OpenVenue } from '@openvenue/sdk';
import { baseUrl } from './env.mjs';

const market = process.argv[2] ?? 'BTC-USD';
const count = Number(process.argv[3] ?? 20);
const socket = new OpenVenue({ baseUrl: baseUrl() }).ws();
socket.on('resync', ({ reason }) => console.log(`resynchronising ${market} after a ${reason}`));
await socket.connect();
const book = await socket.orderBook(market);

/** @type {{ updates: number, resyncs: number }} */
const seen = await new Promise((resolve) => {
  const stop = book.onUpdate(() => {
    const [bid = '-', bidQty = ''] = book.bestBid ?? [];
    const [ask = '-', askQty = ''] = book.bestAsk ?? [];
    console.log(
      `${market} seq ${book.seq}: ${bidQty} @ ${bid}  |  ${ask} x ${askQty}  (checksum ${book.checksum()} ok)`,
    );
    if (book.updates >= count) {
      stop();
      resolve({ updates: book.updates, resyncs: book.resyncs });
    }
  });
});
socket.close();
console.log(`${seen.updates} updates verified, ${seen.resyncs} resyncs`);
