// `npm run lint:spec`: Redocly lint over every API in redocly.yaml (or the paths given), failing on
// any warning as well as any error. Redocly's own exit code only reflects errors, so this wrapper
// reads its JSON report instead. Ignored problems count as failures too: a lint-ignore file would
// otherwise turn "zero warnings" into "zero warnings we chose to see".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { staleVersions } from '../generators/compat/cli.ts';
import { repoRoot, runRedocly } from './redocly-cli.ts';

export { repoRoot };

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer: string; start?: { line: number; col: number } }[];
}

export interface LintReport {
  /** The API name (`public@v1`) or path as passed to Redocly. */
  api: string;
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

export interface LintRun {
  reports: LintReport[];
  /** Redocly's stderr: config problems and crashes land here, not in the JSON. */
  stderr: string;
  exitCode: number;
}

/** The API names declared under `apis` in redocly.yaml, in file order. */
export function configuredApis(configPath = path.join(repoRoot, 'redocly.yaml')): string[] {
  const config = parse(readFileSync(configPath, 'utf8')) as { apis?: Record<string, unknown> };
  return Object.keys(config.apis ?? {});
}

/** Splits Redocly's output, one JSON object per linted API written back to back. */
export function splitJsonObjects(text: string): unknown[] {
  const objects: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) objects.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return objects;
}

/** Runs `redocly lint --format json` on `apis` (API names or file paths) and parses the reports. */
export async function runRedoclyLint(
  apis: string[],
  configPath = path.join(repoRoot, 'redocly.yaml'),
): Promise<LintRun> {
  const run = await runRedocly([
    'lint',
    ...apis,
    '--config',
    configPath,
    '--format',
    'json',
    '--lint-config',
    'error',
    '--max-problems',
    '100000',
  ]);
  const parsed = splitJsonObjects(run.stdout) as Omit<LintReport, 'api'>[];
  const reports = parsed.map((report, index) => ({ ...report, api: apis[index] ?? `#${index}` }));
  return { reports, stderr: run.stderr, exitCode: run.exitCode };
}

const formatProblem = (problem: LintProblem): string => {
  const where = problem.location[0];
  const position = where?.start ? `:${where.start.line}:${where.start.col}` : '';
  const file = where ? `${where.source.ref}${position}` : '?';
  return `  ${problem.severity.padEnd(5)} ${problem.ruleId.padEnd(40)} ${file}\n        ${problem.message}`;
};

/** Prints the run and answers whether it is clean: every API linted, nothing reported or ignored. */
export function summarise(run: LintRun, apis: string[], log: (line: string) => void = console.log): boolean {
  let clean = run.reports.length === apis.length;
  for (const report of run.reports) {
    const { errors, warnings, ignored } = report.totals;
    log(`${report.api}: ${errors} errors, ${warnings} warnings, ${ignored} ignored`);
    for (const problem of report.problems) log(formatProblem(problem));
    if (errors + warnings + ignored > 0) clean = false;
  }
  if (run.reports.length !== apis.length) {
    log(`Redocly reported on ${run.reports.length} of ${apis.length} APIs (exit ${run.exitCode}).`);
  }
  // Config warnings ("Unused rules", unknown keys) are only on stderr; they are warnings too.
  const configNotes = run.stderr
    .split('\n')
    .filter((line) => /\[(WARNING|ERROR)\]|Something went wrong|Failed to load/.test(line));
  for (const line of configNotes) log(line);
  if (configNotes.length > 0) clean = false;
  return clean;
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const apis = requested.length > 0 ? requested : configuredApis();
  const run = await runRedoclyLint(apis);
  let clean = summarise(run, apis);
  if (!clean && run.reports.length !== apis.length) process.stderr.write(run.stderr);
  if (requested.length === 0) {
    for (const problem of await staleVersions(repoRoot)) {
      console.log(problem);
      clean = false;
    }
  }
  console.log(clean ? 'lint:spec: clean.' : 'lint:spec: FAILED (errors and warnings both fail).');
  process.exitCode = clean ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
