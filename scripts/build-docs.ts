// `npm run docs`: builds docs/site/, the public documentation: a landing page (docs/src/index.html
// plus the error catalogue table), self-contained REST and WebSocket references rendered by
// `redocly build-docs --inlineBundle`, and the FIX Rules of Engagement that `npm run generate`
// renders from spec/fix/ (copied to fix/index.html), and the contracts' changelog that
// `npm run release` writes to docs/changelog.md (changelog/index.html). The back-office contract
// is deliberately not published.
//
// Inputs are the bundled copies `npm run generate` writes to generated/docs/ (the contracts plus
// `x-codeSamples` on every operation), so the references show SDK and curl samples.
// Options (all optional): --out <dir> (default docs/site), --rest <file or api name>,
// --websocket <file or api name>, --catalogue <ErrorCode.yaml>, --fix <rules of engagement HTML>,
// --changelog <changelog Markdown>;
// an api name is looked up in redocly.yaml (e.g. `--rest public@v1` renders spec/ directly).
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { renderMarkdown } from '../generators/fix/markdown.ts';
import { repoRoot, runRedocly } from './redocly-cli.ts';

export interface DocsOptions {
  /** Output directory; receives index.html, rest/index.html, websocket/index.html and fix/index.html. */
  out: string;
  /** The REST contract: a file path or an API name from redocly.yaml. */
  rest: string;
  /** The WebSocket contract: a file path or an API name from redocly.yaml. */
  websocket: string;
  /** The ErrorCode schema the landing page's catalogue table is built from. */
  catalogue: string;
  /** The FIX Rules of Engagement page, as generated from spec/fix/ by `npm run generate`. */
  fix: string;
  /** The release changelog, as `npm run release` writes it for the docs site. */
  changelog: string;
}

export const defaultDocsOptions: DocsOptions = {
  out: path.join(repoRoot, 'docs', 'site'),
  rest: path.join(repoRoot, 'generated', 'docs', 'openapi.yaml'),
  websocket: path.join(repoRoot, 'generated', 'docs', 'asyncapi.yaml'),
  catalogue: path.join(repoRoot, 'spec', 'schemas', 'ErrorCode.yaml'),
  fix: path.join(repoRoot, 'generated', 'docs', 'fix-rules-of-engagement.html'),
  changelog: path.join(repoRoot, 'docs', 'changelog.md'),
};

/**
 * Every reference in `html` that would make a browser fetch something from another host: script
 * and style sources, stylesheet/font/icon links, CSS imports and url()s, and font sources. Plain
 * navigation links (`<a href>`) are not fetched, so they do not count.
 */
export function externalResources(html: string): string[] {
  const patterns = [
    /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
    /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
    /<(?:img|iframe|source|video|audio|embed|object)\b[^>]*\b(?:src|data|srcset)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
    /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^"')\s;]+/gi,
    /url\(\s*["']?(?:https?:)?\/\/[^"')\s]+/gi,
    /\bfonts\.(?:googleapis|gstatic)\.com/gi,
    // Asset URLs inside the bundled renderer's JavaScript (e.g. an <img src> set from script) are
    // fetched just the same, so any absolute URL of an image, font, script or stylesheet counts.
    /(?:https?:)?\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}\/[^"'`\s)]*\.(?:svg|png|jpe?g|gif|webp|ico|woff2?|ttf|otf|css|m?js)\b/gi,
  ];
  return patterns.flatMap((pattern) => html.match(pattern) ?? []);
}

/** An empty SVG: what the renderer's remote logo is replaced with. */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';

/**
 * Makes a rendered page self-contained: Redocly's renderer shows its logo from cdn.redoc.ly (set
 * from script, so no HTML attribute reveals it), and browsers ask for /favicon.ico unless the page
 * names an icon. Both would be requests leaving the machine or failing.
 */
export function selfContained(html: string): string {
  const withoutCdn = html.replace(/https:\/\/cdn\.redoc\.ly\/[^"'`\s)]+\.svg/g, EMPTY_SVG);
  return /<link\b[^>]*\brel=["']?icon/i.test(withoutCdn)
    ? withoutCdn
    : withoutCdn.replace(/<head>/i, '<head><link rel="icon" href="data:,">');
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Markdown-lite for catalogue descriptions: `code` spans only, everything else escaped. */
const inlineCode = (text: string): string =>
  escapeHtml(text).replace(/`([^`]+)`/g, (_match, code: string) => `<code>${code}</code>`);

/** The error catalogue as table rows: code, HTTP status, description without its "NNN. " prefix. */
export function catalogueRows(schema: unknown): string {
  const {
    enum: codes,
    'x-enumDescriptions': descriptions = {},
    'x-enumHttpStatus': statuses = {},
  } = schema as {
    enum: string[];
    'x-enumDescriptions'?: Record<string, string>;
    'x-enumHttpStatus'?: Record<string, number>;
  };
  return codes
    .map((code) => {
      const status = statuses[code];
      const meaning = (descriptions[code] ?? '').replace(/^\d{3}\.\s*/, '').trim();
      return `      <tr id="${escapeHtml(code)}"><td><code>${escapeHtml(code)}</code></td><td>${status ?? ''}</td><td>${inlineCode(meaning)}</td></tr>`;
    })
    .join('\n');
}

const CHANGELOG_STYLE = `:root { color-scheme: light dark; --muted: #5b6470; --rule: #d8dde3; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h2 { border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2.5rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
nav { color: var(--muted); }`;

/** Drops each release's back-office section: like its reference, it is not published. */
function withoutBackOffice(markdown: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of markdown.split('\n')) {
    if (/^#{2,3} /.test(line)) skipping = line.startsWith('### Back-office');
    if (!skipping) kept.push(line);
  }
  return kept.join('\n');
}

/**
 * The changelog page: the release tool's Markdown through the renderer the FIX pages use. That
 * renderer has no links and would print the generator's HTML comment as text, so the comment is
 * dropped and a link keeps its text only (its targets are repository files the site does not
 * publish).
 */
export function changelogHtml(markdown: string): string {
  const prose = withoutBackOffice(markdown)
    .replace(/^<!--[\s\S]*?-->\n?/, '')
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenVenue API changelog</title>
<style>${CHANGELOG_STYLE}</style>
</head>
<body>
<main>
<nav><a href="../index.html">OpenVenue API documentation</a></nav>
${renderMarkdown(prose)}
</main>
</body>
</html>
`;
}

/** The file behind an API name in redocly.yaml, or the argument itself when it is a path. */
async function sourceFile(apiOrFile: string): Promise<string> {
  const config = parse(await readFile(path.join(repoRoot, 'redocly.yaml'), 'utf8')) as {
    apis?: Record<string, { root: string }>;
  };
  return path.resolve(repoRoot, config.apis?.[apiOrFile]?.root ?? apiOrFile);
}

async function versionOf(apiOrFile: string): Promise<string> {
  const doc = parse(await readFile(await sourceFile(apiOrFile), 'utf8')) as { info?: { version?: string } };
  return doc.info?.version ?? 'unknown';
}

export async function buildDocs(options: DocsOptions = defaultDocsOptions): Promise<string[]> {
  const pages = [
    { input: options.rest, file: path.join(options.out, 'rest', 'index.html') },
    { input: options.websocket, file: path.join(options.out, 'websocket', 'index.html') },
  ];
  for (const page of pages) {
    await mkdir(path.dirname(page.file), { recursive: true });
    const run = await runRedocly([
      'build-docs',
      page.input,
      '--inlineBundle',
      '--output',
      page.file,
      '--lint-config',
      'error',
    ]);
    if (run.exitCode !== 0) {
      throw new Error(`redocly build-docs ${page.input} exited ${run.exitCode}:\n${run.stdout}${run.stderr}`);
    }
    await writeFile(page.file, selfContained(await readFile(page.file, 'utf8')));
  }

  const template = await readFile(path.join(repoRoot, 'docs', 'src', 'index.html'), 'utf8');
  const catalogue = parse(await readFile(options.catalogue, 'utf8')) as unknown;
  const landing = template
    .replace('{{restVersion}}', escapeHtml(await versionOf(options.rest)))
    .replace('{{websocketVersion}}', escapeHtml(await versionOf(options.websocket)))
    .replace('{{errorCatalogue}}', catalogueRows(catalogue));
  const index = path.join(options.out, 'index.html');
  await writeFile(index, selfContained(landing));

  // Already rendered by the FIX generator (dictionary tables and all): published as it is.
  const fixPage = path.join(options.out, 'fix', 'index.html');
  try {
    await access(options.fix);
  } catch {
    throw new Error(`${options.fix} is missing: run \`npm run generate\` first`);
  }
  await mkdir(path.dirname(fixPage), { recursive: true });
  await writeFile(fixPage, selfContained(await readFile(options.fix, 'utf8')));

  let changelog: string;
  try {
    changelog = await readFile(options.changelog, 'utf8');
  } catch {
    throw new Error(`${options.changelog} is missing: \`npm run release\` writes it`);
  }
  const changelogPage = path.join(options.out, 'changelog', 'index.html');
  await mkdir(path.dirname(changelogPage), { recursive: true });
  await writeFile(changelogPage, selfContained(changelogHtml(changelog)));

  const written = [index, ...pages.map((page) => page.file), fixPage, changelogPage];
  // Fail rather than publish a page that phones home: the site must work with no network at all.
  for (const file of written) {
    const found = externalResources(await readFile(file, 'utf8'));
    if (found.length > 0) throw new Error(`${file} loads external resources:\n  ${found.join('\n  ')}`);
  }
  return written;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      rest: { type: 'string' },
      websocket: { type: 'string' },
      catalogue: { type: 'string' },
      fix: { type: 'string' },
      changelog: { type: 'string' },
    },
  });
  const options: DocsOptions = {
    out: values.out ? path.resolve(values.out) : defaultDocsOptions.out,
    rest: values.rest ?? defaultDocsOptions.rest,
    websocket: values.websocket ?? defaultDocsOptions.websocket,
    catalogue: values.catalogue ? path.resolve(values.catalogue) : defaultDocsOptions.catalogue,
    fix: values.fix ? path.resolve(values.fix) : defaultDocsOptions.fix,
    changelog: values.changelog ? path.resolve(values.changelog) : defaultDocsOptions.changelog,
  };
  const written = await buildDocs(options);
  for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
