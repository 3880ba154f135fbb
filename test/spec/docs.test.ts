// The docs site must open with no network: every script, style and font inlined. The build runs
// into a temporary directory and the output is searched for anything a browser would fetch.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDocs,
  catalogueRows,
  changelogHtml,
  defaultDocsOptions,
  externalResources,
  selfContained,
} from '../../scripts/build-docs.ts';

describe('externalResources', () => {
  it('finds scripts, stylesheets, CSS imports, url()s and font hosts from elsewhere', () => {
    const html = [
      '<script src="https://cdn.example.com/redoc.js"></script>',
      "<link rel='stylesheet' href='//cdn.example.com/x.css'>",
      '<style>@import url("https://fonts.example.com/a.css"); .a{background:url(http://x.example/b.png)}</style>',
      '<link href="https://fonts.googleapis.com/css?family=Roboto" rel="stylesheet">',
      '<img src="https://x.example/logo.png">',
    ].join('\n');
    expect(externalResources(html)).toEqual([
      '<script src="https://cdn.example.com/redoc.js',
      "<link rel='stylesheet' href='//cdn.example.com/x.css",
      '<link href="https://fonts.googleapis.com/css?family=Roboto',
      '<img src="https://x.example/logo.png',
      '@import url("https://fonts.example.com/a.css',
      'url("https://fonts.example.com/a.css',
      'url(http://x.example/b.png',
      'fonts.googleapis.com',
      'https://cdn.example.com/redoc.js',
      '//cdn.example.com/x.css',
      'https://fonts.example.com/a.css',
      'http://x.example/b.png',
      'https://x.example/logo.png',
    ]);
  });

  it('finds asset URLs that script sets at run time (the renderer shows its logo that way)', () => {
    const html =
      '<script>x={src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`}</script>';
    expect(externalResources(html)).toEqual([
      'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
      'https://cdn.redoc.ly/redoc/logo-mini.svg',
    ]);
  });

  it('ignores inline resources and plain navigation links', () => {
    const html = [
      '<script>var a = "https://example.com";</script>',
      '<a href="https://redocly.com/redoc/">Redoc</a>',
      "<style>@font-face{src:url('data:font/woff;base64,AAAA')}</style>",
      '<link rel="stylesheet" href="style.css">',
    ].join('\n');
    expect(externalResources(html)).toEqual([]);
  });
});

describe('selfContained', () => {
  it("replaces the renderer's remote logo and names an inline icon so no favicon request is made", () => {
    const html =
      '<html><head><title>x</title></head><script>x={src:`https://cdn.redoc.ly/redoc/logo-mini.svg`}</script></html>';
    const out = selfContained(html);
    expect(out).not.toContain('cdn.redoc.ly');
    expect(out).toContain('<head><link rel="icon" href="data:,">');
    expect(externalResources(out)).toEqual([]);
    expect(selfContained(out)).toBe(out);
  });
});

describe('changelogHtml', () => {
  it('renders the release Markdown as a page, without the back office, the comment or link targets', () => {
    const html = changelogHtml(
      [
        '<!-- Generated from CHANGELOG.md by scripts/release.ts — do not edit. -->',
        '# Changelog',
        '',
        'Rule ids: [docs/compat-rules.md](compat-rules.md).',
        '',
        '## 1.1.0 (2026-11-21)',
        '',
        '### Public REST API (`openapi.yaml`)',
        '',
        '- `GET /v1/x`: added <b>. (`operation-added`)',
        '',
        '### Back-office REST API (`admin.yaml`)',
        '',
        '- `POST /admin/v1/accounts`: createAccount was added. (`operation-added`)',
        '',
        '### WebSocket API (`asyncapi.yaml`)',
        '',
        'No changes.',
      ].join('\n'),
    );
    expect(html).toContain('<h2 id="1-1-0-2026-11-21">1.1.0 (2026-11-21)</h2>');
    expect(html).toContain(
      '<li><code>GET /v1/x</code>: added &lt;b&gt;. (<code>operation-added</code>)</li>',
    );
    expect(html).toContain('<p>Rule ids: docs/compat-rules.md.</p>');
    expect(html).toContain('<h3 id="websocket-api-asyncapi-yaml">');
    expect(html).not.toContain('Back-office');
    expect(html).not.toContain('/admin/v1');
    expect(html).not.toContain('Generated from');
    expect(externalResources(selfContained(html))).toEqual([]);
  });
});

describe('catalogueRows', () => {
  it('renders each code with its status and the description without its status prefix', () => {
    const rows = catalogueRows({
      enum: ['RATE_LIMITED', 'NOT_LOGGED_IN'],
      'x-enumDescriptions': {
        RATE_LIMITED: '429. Wait for `Retry-After` <seconds>.',
        NOT_LOGGED_IN: 'WebSocket only.',
      },
      'x-enumHttpStatus': { RATE_LIMITED: 429 },
    });
    expect(rows.split('\n')).toEqual([
      '      <tr id="RATE_LIMITED"><td><code>RATE_LIMITED</code></td><td>429</td><td>Wait for <code>Retry-After</code> &lt;seconds&gt;.</td></tr>',
      '      <tr id="NOT_LOGGED_IN"><td><code>NOT_LOGGED_IN</code></td><td></td><td>WebSocket only.</td></tr>',
    ]);
  });
});

describe('npm run docs (into a temporary directory)', () => {
  let out: string;
  let pages: Record<string, string>;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'openvenue-docs-'));
    await buildDocs({ ...defaultDocsOptions, out });
    pages = {};
    for (const page of [
      'index.html',
      'rest/index.html',
      'websocket/index.html',
      'fix/index.html',
      'changelog/index.html',
    ]) {
      pages[page] = await readFile(path.join(out, page), 'utf8');
    }
  });

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes a landing page linking the references and the FIX rules, with the error catalogue', () => {
    const landing = pages['index.html'] ?? '';
    expect(landing).toContain('href="rest/index.html"');
    expect(landing).toContain('href="websocket/index.html"');
    expect(landing).toContain('href="fix/index.html"');
    expect(landing).toContain('href="changelog/index.html"');
    expect(landing).toContain('<tr id="INSUFFICIENT_FUNDS">');
    expect(landing).not.toMatch(/\{\{\w+\}\}/);
  });

  it('renders the public REST and WebSocket contracts, not the back office', () => {
    expect(pages['rest/index.html']).toContain('placeOrder');
    expect(pages['websocket/index.html']).toContain('/v1/ws');
    expect(pages['fix/index.html']).toContain('<title>OpenVenue FIX 4.4 Rules of Engagement</title>');
    expect(pages['fix/index.html']).toContain('CancelOnDisconnect(8013)');
    for (const html of Object.values(pages)) {
      expect(html).not.toContain('createApiKey');
      expect(html).not.toContain('/admin/v1');
    }
  });

  it('publishes the changelog with every release and the changes generated from its diff', () => {
    const page = pages['changelog/index.html'] ?? '';
    const section = (version: string) => {
      const start = page.search(
        new RegExp(`<h2 id="${version.replaceAll('.', '-')}-[^"]*">${version.replaceAll('.', '\\.')} \\(`),
      );
      expect(start, version).toBeGreaterThan(-1);
      const end = page.indexOf('<h2 ', start + 1);
      return page.slice(start, end < 0 ? undefined : end);
    };
    const v110 = section('1.1.0');
    expect(v110).toContain('Compared with 1.0.0.');
    expect(v110).toMatch(
      /<li><code>send setCancelAllAfter<\/code>: .*\(<code>operation-added<\/code>\)<\/li>/,
    );
    const v100 = section('1.0.0');
    expect(v100).toContain('First release');
    expect(v100).toMatch(
      /<li><code>POST \/v1\/orders<\/code>: .*placeOrder.*\(<code>operation-added<\/code>\)<\/li>/,
    );
    expect(v100).toContain('<code>send placeOrder</code>');
    expect(page.indexOf('1.1.0 (')).toBeLessThan(page.indexOf('1.0.0 ('));
  });

  it('fails, rather than writing a broken page, when a contract does not build', async () => {
    const input = path.join(out, 'missing.yaml');
    await expect(
      buildDocs({ ...defaultDocsOptions, out: path.join(out, 'broken'), rest: input }),
    ).rejects.toThrow(/redocly build-docs .*missing\.yaml exited/);
  });

  it('loads no script, style or font from another host', () => {
    for (const [page, html] of Object.entries(pages)) {
      expect(externalResources(html), page).toEqual([]);
      expect(html, page).not.toMatch(/<script\b[^>]*\bsrc=/i);
      expect(html, page).not.toMatch(/<link\b[^>]*rel=["']?stylesheet/i);
    }
  });
});
