// The docs site as a reader's browser sees it: Debian's Chromium (headless, driven by
// playwright-core) opens /docs on the real server, follows the links to the REST and WebSocket
// references and checks that every operation of the contracts renders. The site must work with no
// network at all, so any request to a host other than the server fails the test, as does any
// console error or uncaught page error. Screenshots go to a temporary folder whose path is
// printed, for a human to look at.
//
// Chromium is required, never skipped: `.ci/run` installs it (Debian package `chromium`).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operations as wsOperations } from '../../generated/asyncapi/messages.ts';
import { routes } from '../../generated/openapi/routes.ts';
import { buildDocs, defaultDocsOptions } from '../../scripts/build-docs.ts';
import { defaultConfig } from '../../server/config.ts';
import { createServer, type ServerHandle } from '../../server/main.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Everything that could make the browser talk to the outside on its own, switched off, so that a
// request to another host can only come from the pages themselves.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

let dir: string;
let shots: string;
let server: ServerHandle;
let context: BrowserContext;
let page: Page;
/** What the browser did since the current test began. */
const seen = { requests: [] as string[], consoleErrors: [] as string[], pageErrors: [] as string[] };

/** data: and blob: URLs stay inside the page; anything else must go to the server under test. */
function leavesLocalhost(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
  return !LOCAL_HOSTS.has(parsed.hostname) || parsed.port !== String(server.port);
}

function watch(p: Page): void {
  p.on('request', (request) => seen.requests.push(request.url()));
  p.on('console', (message) => {
    if (message.type() === 'error') {
      seen.consoleErrors.push(`${message.text()} (at ${message.location().url || 'unknown'})`);
    }
  });
  p.on('pageerror', (error) => seen.pageErrors.push(error.stack ?? error.message));
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`,
    );
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'ov-browser-'));
  shots = await mkdtemp(path.join(os.tmpdir(), 'ov-docs-screenshots-'));
  // Built from the contracts as they are now, not whatever docs/site/ an earlier build left.
  const docsDir = path.join(dir, 'site');
  await buildDocs({ ...defaultDocsOptions, out: docsDir });
  server = await createServer({
    ...defaultConfig(),
    port: 0,
    host: '127.0.0.1',
    fixPort: null,
    dataDir: path.join(dir, 'data'),
    simulator: false,
    docsDir,
    logLevel: 'silent',
  });
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
  });
  for (const open of context.pages()) watch(open);
  context.on('page', watch);
  page = context.pages()[0] ?? (await context.newPage());
  console.log(`docs screenshots: ${shots}`);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen.requests.length = 0;
  seen.consoleErrors.length = 0;
  seen.pageErrors.length = 0;
});

/** Nothing left localhost, nothing logged an error, nothing threw. */
function expectCleanBrowsing(): void {
  expect(seen.requests.length).toBeGreaterThan(0);
  expect(seen.requests.filter(leavesLocalhost)).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
}

async function openLanding(): Promise<void> {
  const response = await page.goto(`${server.url}/docs`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/docs/');
}

const SIDEBAR = '[data-component-name="Menu/Menu"]';

/** The sidebar's entries: `#/orders/placeorder` -> `Place an orderpost` (title, then the badge). */
async function sidebarEntries(): Promise<Map<string, string>> {
  const links = await page
    .locator(`${SIDEBAR} a[href^="#/"]`)
    .evaluateAll((all) => all.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const));
  return new Map(links.map(([href, text]) => [href.split('/').pop() ?? '', text]));
}

/** Opens a tag in the sidebar (a click toggles it, so only when its operations are not listed). */
async function expandTag(name: string): Promise<void> {
  const operations = page.locator(`${SIDEBAR} a[href^="#/${name.toLowerCase().replaceAll(' ', '-')}/"]`);
  for (let attempt = 0; attempt < 2 && !(await operations.first().isVisible()); attempt++) {
    await page.locator(SIDEBAR).getByText(name, { exact: true }).click();
    await operations
      .first()
      .waitFor({ state: 'visible', timeout: 3000 })
      .catch(() => undefined);
  }
}

/**
 * Opens one operation from the sidebar, then waits until Redoc (which renders lazily, near the
 * viewport) has rendered its section with `text` in it, and checks the reader can see it.
 */
async function openOperation(operationId: string, text: string): Promise<string> {
  const slug = operationId.toLowerCase();
  // Keyboard activation: a sticky group header in the sidebar can sit over the link's centre.
  await page.locator(`${SIDEBAR} a[href$="/${slug}"]`).first().focus({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const section = page.locator(`[data-section-id$="/${slug}"]`).filter({ hasText: text }).first();
  await section.waitFor({ state: 'visible', timeout: 10_000 });
  return section.innerText();
}

describe('the docs site in headless Chromium', () => {
  it('serves the landing page with both references and the error catalogue', async () => {
    await openLanding();
    await expect(page.title()).resolves.toBe('OpenVenue API documentation');
    await page.getByRole('link', { name: /REST API reference/ }).waitFor();
    await page.getByRole('link', { name: /WebSocket API reference/ }).waitFor();
    const codes = await page.locator('tbody tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
    expect(codes).toEqual(
      expect.arrayContaining(['VALIDATION_FAILED', 'RATE_LIMITED', 'INSUFFICIENT_FUNDS']),
    );
    await page.screenshot({ path: path.join(shots, 'landing.png'), fullPage: true });
    expectCleanBrowsing();
  });

  it('renders every REST operation, placeOrder included', async () => {
    await openLanding();
    await page.getByRole('link', { name: /REST API reference/ }).click();
    await page.waitForURL(/\/docs\/rest\//);
    await page.locator('[data-section-id="/orders"]').waitFor({ state: 'attached' });

    // Redoc lists a tag's operations in the sidebar once the reader opens the tag.
    const spec = parse(await readFile(path.join(root, 'spec/openapi/openapi.yaml'), 'utf8')) as {
      tags: { name: string }[];
    };
    // It keeps only the groups opened last, so the entries are gathered group by group.
    const entries = new Map<string, string>();
    for (const { name } of spec.tags) {
      await expandTag(name);
      for (const [slug, text] of await sidebarEntries()) entries.set(slug, text);
    }
    const missing = routes.filter(
      (r) => !entries.get(r.operationId.toLowerCase())?.toLowerCase().endsWith(r.method),
    );
    expect(missing.map((r) => r.operationId)).toEqual([]);

    await expandTag('Orders');
    const placeOrder = await openOperation('placeOrder', 'Place an order');
    expect(placeOrder).toMatch(/POST\s*\/v1\/orders/);
    await page.screenshot({ path: path.join(shots, 'rest-place-order.png') });
    expectCleanBrowsing();
  });

  it('renders every WebSocket operation, login and placeOrder included', async () => {
    await openLanding();
    await page.getByRole('link', { name: /WebSocket API reference/ }).click();
    await page.waitForURL(/\/docs\/websocket\//);
    await page.locator('[data-section-id$="/operations/login"]').waitFor({ state: 'attached' });

    const spec = parse(await readFile(path.join(root, 'spec/asyncapi/asyncapi.yaml'), 'utf8')) as {
      channels: { venue: { title: string } };
      operations: Record<string, { title: string }>;
    };
    await page.locator(SIDEBAR).getByText(spec.channels.venue.title, { exact: true }).click();
    const entries = await sidebarEntries();
    const missing = Object.keys(wsOperations).filter(
      (id) => !entries.get(id.toLowerCase())?.startsWith(spec.operations[id]?.title ?? '\0'),
    );
    expect(missing).toEqual([]);

    for (const operation of ['login', 'placeOrder']) {
      const text = await openOperation(operation, spec.operations[operation]?.title as string);
      // The details below the title: its messages and the reply it gets.
      expect(text).toMatch(/Messages[\s\S]*Reply/);
      await page.screenshot({ path: path.join(shots, `websocket-${operation}.png`) });
    }
    expectCleanBrowsing();
  });
});
