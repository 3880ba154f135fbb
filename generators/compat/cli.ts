// `npm run check:compat -- --base <file> --revision <file> [--format json] [--asyncapi-view client|server]`
// compares two contracts; with no files it compares the current contracts with every supported
// release under spec/releases/. Exit 0: no breaking change (or the major version was bumped);
// 1: a breaking change without a major bump; 2: bad usage or unreadable input.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type CompareOptions, type CompatReport, compareDocuments, type LoadedDocument } from './compare.ts';
import {
  CONTRACTS,
  compareSemver,
  isSemver,
  listReleases,
  RELEASES_DIR,
  supportedReleases,
} from './contracts.ts';
import { formatJson, formatText } from './format.ts';
import { InputError, loadDocument } from './load.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE =
  'usage: npm run check:compat -- [--base <file> --revision <file>] [--format text|json] [--asyncapi-view client|server]';

/** Current contracts against every supported release (releases missing a contract skip it). */
export async function checkAgainstReleases(root: string, options: CompareOptions): Promise<CompatReport[]> {
  const reports: CompatReport[] = [];
  const current = new Map<string, LoadedDocument>();
  for (const version of supportedReleases(root)) {
    for (const contract of CONTRACTS) {
      const released = path.join(RELEASES_DIR, version, contract.file);
      if (!existsSync(path.join(root, released)) || !existsSync(path.join(root, contract.source))) continue;
      let revision = current.get(contract.file);
      if (!revision) {
        revision = await loadDocument(path.join(root, contract.source), root);
        revision = { ...revision, file: contract.source };
        current.set(contract.file, revision);
      }
      const loaded = await loadDocument(path.join(root, released), root);
      // A FIX dictionary carries no version: the release folder names it.
      const base = { ...loaded, file: released, version: loaded.version ?? version };
      reports.push(compareDocuments(base, revision, options));
    }
  }
  return reports;
}

/**
 * Working contracts whose `info.version` is older than a release of the same contract: the docs
 * site and the SDK would then name a version below the one integrators already have. `lint:spec`
 * fails on it for the repository's own contracts (a release freezes copies and leaves the sources
 * as they are, so the sources are bumped by hand).
 */
export async function staleVersions(root: string): Promise<string[]> {
  const problems: string[] = [];
  const releases = listReleases(root);
  for (const contract of CONTRACTS) {
    if (!existsSync(path.join(root, contract.source))) continue;
    const { version } = await loadDocument(path.join(root, contract.source), root);
    if (version === undefined) continue; // a FIX dictionary carries no version
    const newest = releases.filter((r) => existsSync(path.join(root, RELEASES_DIR, r, contract.file))).at(-1);
    if (newest === undefined) continue;
    if (!isSemver(version) || compareSemver(version, newest) < 0) {
      problems.push(
        `${contract.source}: info.version ${version} is older than release ${newest}; set it to ${newest} or the version being prepared.`,
      );
    }
  }
  return problems;
}

export async function main(argv: string[], root = repoRoot): Promise<number> {
  let values: { base?: string; revision?: string; format?: string; 'asyncapi-view'?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: 'string' },
        revision: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'asyncapi-view': { type: 'string', default: 'client' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = values.format;
  const view = values['asyncapi-view'];
  if ((format !== 'text' && format !== 'json') || (view !== 'client' && view !== 'server')) {
    console.error(USAGE);
    return 2;
  }
  if ((values.base === undefined) !== (values.revision === undefined)) {
    console.error(`--base and --revision go together.\n${USAGE}`);
    return 2;
  }
  const options: CompareOptions = { asyncApiView: view };
  let reports: CompatReport[];
  try {
    if (values.base !== undefined && values.revision !== undefined) {
      const [base, revision] = await Promise.all([
        loadDocument(values.base, root),
        loadDocument(values.revision, root),
      ]);
      if (base.kind !== revision.kind)
        throw new InputError(`${values.base} is ${base.kind}, ${values.revision} is ${revision.kind}`);
      reports = [compareDocuments(base, revision, options)];
    } else {
      reports = await checkAgainstReleases(root, options);
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`check:compat: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (format === 'json') process.stdout.write(formatJson(reports));
  else {
    if (reports.length === 0)
      console.log(`check:compat: no releases under ${RELEASES_DIR}/ to compare with.`);
    for (const report of reports) console.log(formatText(report));
    const failed = reports.filter((r) => r.failed).length;
    console.log(
      failed > 0 ? `check:compat: FAILED (${failed} of ${reports.length} comparisons).` : 'check:compat: OK.',
    );
  }
  return reports.some((r) => r.failed) ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
