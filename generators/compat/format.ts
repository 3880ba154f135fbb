/** Renders reports: text for people, JSON for machines, Markdown for the changelog. */
import type { CompatReport } from './compare.ts';
import type { Finding, Severity } from './rules.ts';

const versionText = (v: string | undefined) => (v ? ` (${v})` : '');

export function formatText(report: CompatReport): string {
  const { base, revision, counts } = report;
  const lines = [
    `${base.file}${versionText(base.version)} -> ${revision.file}${versionText(revision.version)}: ` +
      `${counts.breaking} breaking, ${counts.warning} warning, ${counts.info} info`,
  ];
  for (const f of report.findings) {
    lines.push(`  ${f.severity.padEnd(8)} ${f.rule}  ${f.location}`);
    lines.push(`           at ${f.pointer || '/'}`);
    lines.push(`           ${f.message}`);
  }
  if (report.counts.breaking > 0) {
    lines.push(
      report.majorBumped
        ? '  Breaking changes are allowed: the major version was bumped.'
        : '  FAILED: breaking changes need a new major version.',
    );
  }
  return lines.join('\n');
}

export function formatJson(reports: readonly CompatReport[]): string {
  return `${JSON.stringify({ failed: reports.some((r) => r.failed), reports }, null, 2)}\n`;
}

const HEADINGS: Record<Severity, string> = {
  breaking: 'Breaking changes',
  warning: 'Warnings',
  info: 'Additions and compatible changes',
};

const escapeMd = (text: string) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');

/**
 * The Markdown lines for one contract's findings in a changelog entry. A change to a shared schema
 * is one finding per operation; the changelog lists it once with the operations it affects.
 */
export function changelogSection(title: string, file: string, findings: readonly Finding[]): string[] {
  const lines = [`### ${title} (\`${file}\`)`, ''];
  if (findings.length === 0) {
    lines.push('No changes.', '');
    return lines;
  }
  for (const severity of ['breaking', 'warning', 'info'] as const) {
    const groups = new Map<string, { finding: Finding; locations: string[] }>();
    for (const f of findings.filter((x) => x.severity === severity)) {
      const key = `${f.rule}\u0000${f.pointer}\u0000${f.message}`;
      const group = groups.get(key) ?? { finding: f, locations: [] };
      group.locations.push(f.location);
      groups.set(key, group);
    }
    if (groups.size === 0) continue;
    lines.push(`#### ${HEADINGS[severity]}`, '');
    const ordered = [...groups.values()].sort((a, b) => {
      const ka = `${a.locations[0]}\u0000${a.finding.message}`;
      const kb = `${b.locations[0]}\u0000${b.finding.message}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    for (const { finding: f, locations } of ordered) {
      const where = locations.map((l) => `\`${l}\``).join(', ');
      lines.push(`- ${where}: ${escapeMd(f.message)} (\`${f.rule}\`)`);
    }
    lines.push('');
  }
  return lines;
}
