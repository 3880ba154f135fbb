// The CI gate: the contracts in spec/ against every supported release under spec/releases/, the
// same comparison `npm run check:compat` makes with no arguments. A breaking change fails here
// with the findings in the message, unless the contract's major version was bumped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgainstReleases, repoRoot, staleVersions } from '../../generators/compat/cli.ts';
import { DEFAULT_OPTIONS } from '../../generators/compat/compare.ts';
import { CONTRACTS, listReleases, RELEASES_DIR } from '../../generators/compat/contracts.ts';
import { formatText } from '../../generators/compat/format.ts';

describe('current contracts', () => {
  it('are compatible with every supported release', async () => {
    expect(listReleases(repoRoot)).toContain('1.0.0');
    const reports = await checkAgainstReleases(repoRoot, DEFAULT_OPTIONS);
    expect(reports.length).toBeGreaterThanOrEqual(CONTRACTS.length);
    const failures = reports.filter((r) => r.failed).map(formatText);
    expect(failures.join('\n\n')).toBe('');
  });

  it('name a version no older than their newest release (the docs site and SDK show it)', async () => {
    expect(await staleVersions(repoRoot)).toEqual([]);
  });

  it('released contracts are frozen copies: header intact and info.version equal to the folder', () => {
    for (const version of listReleases(repoRoot)) {
      for (const contract of CONTRACTS.filter((c) => c.file.endsWith('.yaml'))) {
        const file = path.join(repoRoot, RELEASES_DIR, version, contract.file);
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue; // a contract that did not exist yet at that release
        }
        expect(text.split('\n', 1)[0]).toBe(
          `# OpenVenue ${contract.title} ${version}, bundled from ${contract.source} by scripts/release.ts. Frozen: do not edit.`,
        );
        expect((parse(text) as { info: { version: string } }).info.version).toBe(version);
      }
    }
  });
});
