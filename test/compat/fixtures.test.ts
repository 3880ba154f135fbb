// One base/revision pair per rule under fixtures/<rule-id>[.<variant>]/ (variants for AsyncAPI, FIX and
// other spellings), with the exact findings
// expected: the right rule fires, at the right place, and nothing else does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../generators/compat/compare.ts';
import { loadDocument } from '../../generators/compat/load.ts';
import { type Finding, RULE_IDS, RULES } from '../../generators/compat/rules.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const names = readdirSync(fixtures).sort();
const SPECIAL = ['no-change', 'cycle'];

const expectedOf = (name: string): Finding[] =>
  JSON.parse(readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as Finding[];

/** FIX dictionaries are XML (`base.xml`, `revision.xml`), the JSON contracts YAML. */
const run = async (name: string) => {
  const ext = existsSync(path.join(fixtures, name, 'base.xml')) ? 'xml' : 'yaml';
  const base = await loadDocument(path.join(fixtures, name, `base.${ext}`));
  const revision = await loadDocument(path.join(fixtures, name, `revision.${ext}`));
  return compareDocuments(base, revision);
};

describe('compat fixtures', () => {
  it.each(names)('%s: exactly the expected findings', async (name) => {
    const report = await run(name);
    expect(report.findings).toEqual(expectedOf(name));
    for (const f of report.findings) expect(f.severity).toBe(RULES[f.rule].severity);
  });

  it('every fixture is named after a rule (or is a special case) and that rule fires in it', () => {
    for (const name of names) {
      const rule = name.split('.')[0] ?? '';
      if (SPECIAL.includes(rule)) continue;
      expect(RULE_IDS, `fixture ${name}`).toContain(rule);
      expect(
        expectedOf(name).map((f) => f.rule),
        `fixture ${name}`,
      ).toContain(rule);
    }
  });

  it('every rule in the catalogue has a fixture', () => {
    const covered = new Set(names.map((n) => n.split('.')[0]));
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('no-change pairs (renamed path parameter and security scheme, reordered keys) report nothing', () => {
    for (const name of names.filter((n) => n.startsWith('no-change'))) expect(expectedOf(name)).toEqual([]);
  });

  it('each rule applies to the document kinds the catalogue says', async () => {
    for (const name of names) {
      const report = await run(name);
      for (const f of report.findings)
        expect(RULES[f.rule].kinds as readonly string[]).toContain(report.kind);
    }
  });

  it('comparing the other way round turns removals into additions', async () => {
    const base = await loadDocument(path.join(fixtures, 'response-property-removed', 'revision.yaml'));
    const revision = await loadDocument(path.join(fixtures, 'response-property-removed', 'base.yaml'));
    expect(compareDocuments(base, revision).findings.map((f) => f.rule)).toEqual(['response-property-added']);
  });
});
