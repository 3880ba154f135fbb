// npm run release on a scratch tree: freezes bundled contracts, writes the changelog from the
// checker's findings, and refuses what it must refuse without writing anything.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main as checkCompat, staleVersions } from '../../generators/compat/cli.ts';
import { CHANGELOG, CHANGELOG_PAGE, prependEntry, ReleaseError, release } from '../../scripts/release.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const DATE = '2026-11-21';

/** A scratch repo whose public REST and WebSocket contracts are fixture documents. */
function scratchTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'release-'));
  mkdirSync(path.join(root, 'spec/openapi'), { recursive: true });
  mkdirSync(path.join(root, 'spec/asyncapi'), { recursive: true });
  cpSync(path.join(fixtures, 'no-change/base.yaml'), path.join(root, 'spec/openapi/openapi.yaml'));
  cpSync(path.join(fixtures, 'no-change.asyncapi/base.yaml'), path.join(root, 'spec/asyncapi/asyncapi.yaml'));
  return root;
}

const useRestFixture = (root: string, name: string) =>
  cpSync(path.join(fixtures, name, 'revision.yaml'), path.join(root, 'spec/openapi/openapi.yaml'));
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

async function quietCheck(root: string): Promise<number> {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    return await checkCompat([], root);
  } finally {
    vi.restoreAllMocks();
  }
}

describe('npm run release', () => {
  it('freezes each contract bundled with info.version set, and writes the first changelog entry', async () => {
    const root = scratchTree();
    const result = await release({ root, version: '1.0.0', date: DATE });
    expect(result.previous).toBeUndefined();
    expect(result.files).toEqual(['spec/releases/1.0.0/openapi.yaml', 'spec/releases/1.0.0/asyncapi.yaml']);
    const frozen = parse(read(root, 'spec/releases/1.0.0/openapi.yaml')) as { info: { version: string } };
    expect(frozen.info.version).toBe('1.0.0');
    expect(read(root, 'spec/releases/1.0.0/openapi.yaml')).toMatch(
      /^# OpenVenue Public REST API 1\.0\.0, bundled/,
    );
    expect(existsSync(path.join(root, 'spec/releases/1.0.0/admin.yaml'))).toBe(false);
    const changelog = read(root, CHANGELOG);
    expect(changelog).toContain('## 1.0.0 (2026-11-21)');
    expect(changelog).toContain(
      '- `POST /v1/orders`: The operation POST /v1/orders (placeOrder) was added. (`operation-added`)',
    );
    expect(changelog).toContain(
      '- `send placeOrder`: The operation send placeOrder was added. (`operation-added`)',
    );
    expect(read(root, CHANGELOG_PAGE)).toBe(
      `<!-- Generated from CHANGELOG.md by scripts/release.ts — do not edit. -->\n${changelog.replace('](docs/compat-rules.md)', '](compat-rules.md)')}`,
    );
    expect(await quietCheck(root)).toBe(0);
  });

  it('refuses a non-semver, an existing release and a version not greater than the latest', async () => {
    const root = scratchTree();
    await release({ root, version: '1.0.0', date: DATE });
    const before = read(root, CHANGELOG);
    for (const version of ['1.0', 'v1.1.0', '1.1.0.0', '01.1.0']) {
      await expect(release({ root, version, date: DATE })).rejects.toThrow(/not a semantic version/);
    }
    await expect(release({ root, version: '1.0.0', date: DATE })).rejects.toThrow(/already exists/);
    await expect(release({ root, version: '0.9.0', date: DATE })).rejects.toThrow(/not greater/);
    await expect(release({ root, version: '1.0.0-rc.1', date: DATE })).rejects.toThrow(/not greater/);
    expect(read(root, CHANGELOG)).toBe(before);
  });

  it('lists additive changes against the previous release, newest entry first', async () => {
    const root = scratchTree();
    await release({ root, version: '1.0.0', date: DATE });
    useRestFixture(root, 'response-property-added');
    await release({ root, version: '1.1.0', date: '2026-12-01' });
    const changelog = read(root, CHANGELOG);
    expect(changelog.indexOf('## 1.1.0 (2026-12-01)')).toBeLessThan(
      changelog.indexOf('## 1.0.0 (2026-11-21)'),
    );
    const entry = changelog.slice(changelog.indexOf('## 1.1.0'), changelog.indexOf('## 1.0.0'));
    expect(entry).toContain('Compared with 1.0.0.');
    expect(entry).toContain(
      '- `GET /v1/orders/{orderId}`: Response property Order.fee was added. (`response-property-added`)',
    );
    expect(entry).toContain('### WebSocket API (`asyncapi.yaml`)\n\nNo changes.');
  });

  it('refuses a breaking change without a major bump, writing nothing, and accepts it as 2.0.0', async () => {
    const root = scratchTree();
    await release({ root, version: '1.0.0', date: DATE });
    const before = read(root, CHANGELOG);
    useRestFixture(root, 'response-property-removed');
    expect(await quietCheck(root)).toBe(1);
    const refused = release({ root, version: '1.1.0', date: DATE, log: () => {} });
    await expect(refused).rejects.toBeInstanceOf(ReleaseError);
    await expect(refused).rejects.toThrow(/1 breaking change/);
    expect(existsSync(path.join(root, 'spec/releases/1.1.0'))).toBe(false);
    expect(read(root, CHANGELOG)).toBe(before);

    await release({ root, version: '2.0.0', date: DATE });
    expect(read(root, CHANGELOG)).toContain(
      '#### Breaking changes\n\n- `GET /v1/orders/{orderId}`: Response property Order.price was removed. (`response-property-removed`)',
    );
    // Still breaking against 1.0.0 (the source says 1.0.0), until 1.0.0 is no longer supported.
    expect(await quietCheck(root)).toBe(1);
    writeFileSync(path.join(root, 'spec/releases/supported.json'), '["2.0.0"]\n');
    expect(await quietCheck(root)).toBe(0);
  });

  it('leaves the sources as they are, so lint:spec names each contract whose version fell behind', async () => {
    const root = scratchTree();
    await release({ root, version: '1.0.0', date: DATE });
    expect(await staleVersions(root)).toEqual([]);
    await release({ root, version: '1.1.0', date: DATE });
    const stale = await staleVersions(root);
    expect(stale).toHaveLength(2);
    expect(stale[0]).toMatch(/spec\/openapi\/openapi.yaml: info.version 1.0.0 is older than release 1.1.0/);
  });

  it('freezes the FIX dictionary as written and holds it to the same rules', async () => {
    const root = scratchTree();
    mkdirSync(path.join(root, 'spec/fix'), { recursive: true });
    const dictionary = path.join(root, 'spec/fix/FIX44.xml');
    cpSync(path.join(fixtures, 'message-removed.fix/base.xml'), dictionary);
    await release({ root, version: '1.0.0', date: DATE });
    expect(read(root, 'spec/releases/1.0.0/fix.xml')).toBe(readFileSync(dictionary, 'utf8'));
    expect(read(root, CHANGELOG)).toContain(
      '- `FIX NewOrderSingle (35=D)`: The message NewOrderSingle was added. (`request-message-added`)',
    );
    cpSync(path.join(fixtures, 'message-removed.fix/revision.xml'), dictionary);
    expect(await quietCheck(root)).toBe(1);
    await expect(release({ root, version: '1.1.0', date: DATE, log: () => {} })).rejects.toThrow(
      /spec\/fix\/FIX44.xml has 1 breaking change/,
    );
    await release({ root, version: '2.0.0', date: DATE });
    expect(read(root, CHANGELOG)).toContain(
      '- `FIX OrderCancelRequest (35=F)`: The message OrderCancelRequest was removed. (`message-removed`)',
    );
  });

  it('is deterministic: the same contracts give byte-identical releases', async () => {
    const [a, b] = [scratchTree(), scratchTree()];
    for (const root of [a, b]) await release({ root, version: '1.0.0', date: DATE });
    for (const file of ['spec/releases/1.0.0/openapi.yaml', 'spec/releases/1.0.0/asyncapi.yaml', CHANGELOG]) {
      expect(read(a, file)).toBe(read(b, file));
    }
  });

  it('a dry run writes nothing', async () => {
    const root = scratchTree();
    const result = await release({ root, version: '1.0.0', date: DATE, dryRun: true });
    expect(result.entry).toContain('## 1.0.0');
    expect(existsSync(path.join(root, 'spec/releases'))).toBe(false);
    expect(existsSync(path.join(root, CHANGELOG))).toBe(false);
  });

  it('starts a changelog with the preamble and one blank line before the entry', () => {
    const text = prependEntry(undefined, '## 1.0.0 (x)\n\nnew\n');
    expect(text.startsWith('# Changelog\n\n')).toBe(true);
    expect(text).toMatch(/`spec\/releases\/<version>\/`\.\n\n## 1\.0\.0 \(x\)\n\nnew\n$/);
  });

  it('prepends below a hand-written preamble', () => {
    const text = prependEntry('# Changelog\n\nIntro.\n\n## 1.0.0 (x)\n\nold\n', '## 1.1.0 (y)\n\nnew\n');
    expect(text).toBe('# Changelog\n\nIntro.\n\n## 1.1.0 (y)\n\nnew\n\n## 1.0.0 (x)\n\nold\n');
  });
});
