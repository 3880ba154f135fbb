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

/** The Markdown lines for one contract's findings in a changelog entry. */
export function changelogSection(title: string, file: string, findings: readonly Finding[]): string[] {
  const lines = [`### ${title} (\`${file}\`)`, ''];
  if (findings.length === 0) {
    lines.push('No changes.', '');
    return lines;
  }
  for (const severity of ['breaking', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push(`#### ${HEADINGS[severity]}`, '');
    for (const f of list) lines.push(`- \`${f.location}\`: ${escapeMd(f.message)} (\`${f.rule}\`)`);
    lines.push('');
  }
  return lines;
}
