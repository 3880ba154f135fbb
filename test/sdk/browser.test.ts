/**
 * The browser build (the esbuild settings `npm run build` ships as `dist/browser.js`) in real Chromium against a real venue:
 * WebCrypto signing of the published vectors, signed REST calls and a WebSocket session with a
 * verified local book, all from a page served on the venue's own origin (so no CORS is involved).
 */
// Chromium is required, never skipped, as for test/browser: `.ci/run` installs it (Debian `chromium`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserBuild } from '../../sdk/scripts/bundle.ts';
import { SdkTestVenue } from './venue.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sdk');

type Sdk = typeof import('../../sdk/src/index.ts');
const PAGE = `<!doctype html><title>sdk</title>
<script type="module">import * as sdk from '/sdk-test/browser.js'; window.sdk = sdk;</script>`;

let venue: SdkTestVenue;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    ...browserBuild,
    write: false,
    outfile: path.join(sdkDir, 'dist/browser.js'),
  });
  bundle = result.outputFiles.find((f) => f.path.endsWith('browser.js'))?.text ?? '';
  venue = await SdkTestVenue.start({ simulatorStepMs: 50 });
  // The page is answered by the test's route, so Chromium cannot tell it came from 127.0.0.1 and
  // treats it as public: Local Network Access would then block its WebSocket to the loopback venue.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--disable-features=LocalNetworkAccessChecks,LocalNetworkAccessChecksWebSockets'],
  });
});

afterAll(async () => {
  await browser?.close();
  await venue?.stop();
});

it('signs, trades and keeps a verified book in Chromium', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Page and bundle are answered by the test; everything else goes to the venue itself.
  await page.route(`${venue.url}/sdk-test/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('.js')) {
      return route.fulfill({ contentType: 'text/javascript', body: bundle });
    }
    return route.fulfill({ contentType: 'text/html', body: PAGE });
  });
  await page.goto(`${venue.url}/sdk-test/index.html`);
  await page.waitForFunction(() => 'sdk' in window);

  const outcome = await page.evaluate(
    async ({ key, seedHex }) => {
      const sdk = (window as unknown as { sdk: Sdk }).sdk;
      const body =
        '{"market":"BTC-USD","side":"buy","type":"limit","price":"50000.00","quantity":"0.0100","timeInForce":"GTC","clientOrderId":"my-order-1"}';
      const hmac = sdk.createSigner({ id: 'k', secret: 'kY7pQ2vX9mN4rT8wZ3bF6hJ1sD5gL0cA' });
      const ed = sdk.createSigner({ id: 'k', privateKey: seedHex });
      const vectors = [
        await hmac.sign(sdk.prehash(1767225600000, 'POST', '/v1/orders', body)),
        await ed.sign(sdk.prehash(1767225600000, 'POST', '/v1/orders', body)),
      ];
      const client = new sdk.OpenVenue({ baseUrl: location.origin, apiKey: key });
      const account = await client.account.get();
      const order = await client.orders.place({
        market: 'BTC-USD',
        side: 'buy',
        type: 'limit',
        price: '30000.00',
        quantity: '0.0100',
      });
      const canceled = await client.orders.cancel(order.orderId);
      const socket = client.ws();
      await socket.connect();
      const book = await socket.orderBook('ETH-USD');
      await new Promise<void>((resolve) => {
        const stop = book.onUpdate(() => {
          if (book.updates >= 50) {
            stop();
            resolve();
          }
        });
      });
      const result = {
        vectors,
        accountKey: account.apiKey.keyId,
        canceled: canceled.status,
        clientOrderId: order.clientOrderId,
        updates: book.updates,
        resyncs: book.resyncs,
        synced: book.synced,
        rateLimit: client.rateLimit?.policy,
      };
      socket.close();
      return result;
    },
    { key: venue.demoKey, seedHex: '0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20' },
  );
  expect(errors).toEqual([]);
  expect(outcome.vectors).toEqual([
    'Lcnv/bFdSKm9YHrzot2Oy6bQt5+dmOfY12mscN79odw=',
    'gaHMy40aK9e1Ucs5Xw+aEvxjTzxpyMYkrGDHXujzwe/SYB6xDRKq5/c+KFdWto+FSEXfljq6S9FQQFPpM3AHAg==',
  ]);
  expect(outcome).toMatchObject({
    accountKey: venue.demoKey.id,
    canceled: 'canceled',
    resyncs: 0,
    synced: true,
  });
  expect(outcome.clientOrderId).toMatch(/^ov-[0-9a-f]{32}$/);
  expect(outcome.updates).toBeGreaterThanOrEqual(50);
  expect(typeof outcome.rateLimit).toBe('string');
});
