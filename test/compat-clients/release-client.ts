/**
 * An old client, made the way a client of a release would have made it: the project's own
 * toolchain (generators/pipeline.ts) run on that release's frozen, bundled contracts into a
 * scratch folder, the scenario copied beside it with its imports pointed at that output, and tsc
 * run on the pair. The scratch folder is inside the repo (git-ignored `tmp/`) because the
 * generated code imports npm packages (openapi-fetch, ajv) that resolve from the repo's
 * node_modules, and the AsyncAPI template must run inside the repo.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { RELEASES_DIR } from '../../generators/compat/contracts.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Node with these arguments in the repo root; rejects with its output when it fails. */
async function run(args: string[]): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}
const SCENARIO = path.join(repoRoot, 'test/compat-clients/scenario.ts');

/** The frozen contracts an old client is generated from (the back office is not a client API). */
const CLIENT_CONTRACTS = [
  { frozen: 'openapi.yaml', entry: 'openapi/openapi.yaml' },
  { frozen: 'asyncapi.yaml', entry: 'asyncapi/asyncapi.yaml' },
] as const;

export interface ReleaseClient {
  readonly version: string;
  /** Scratch folder: `spec/` (the frozen inputs), `generated/`, `compat/scenario.ts`. */
  readonly dir: string;
  readonly generatedDir: string;
  readonly scenarioFile: string;
  remove(): Promise<void>;
}

/** Generates the release's client and places the scenario against it. */
export async function generateReleaseClient(version: string): Promise<ReleaseClient> {
  const dir = path.join(repoRoot, 'tmp', `compat-clients-${process.pid}-${version}`);
  await rm(dir, { recursive: true, force: true });
  const specDir = path.join(dir, 'spec');
  for (const { frozen, entry } of CLIENT_CONTRACTS) {
    await mkdir(path.dirname(path.join(specDir, entry)), { recursive: true });
    await copyFile(path.join(repoRoot, RELEASES_DIR, version, frozen), path.join(specDir, entry));
  }
  const generatedDir = path.join(dir, 'generated');
  try {
    // Through the CLI (`npm run generate -- --spec --out`) in its own process: @asyncapi/generator
    // loads its template with require(), which fails inside vitest's module runner.
    await run([
      '--import',
      'tsx',
      'generators/generate.ts',
      '--spec',
      path.relative(repoRoot, specDir),
      '--out',
      generatedDir,
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  // The scenario in the repo imports the current client (so the repo's typecheck covers it);
  // the copy imports this release's.
  const source = await readFile(SCENARIO, 'utf8');
  const rewritten = source.replaceAll("from '../../generated/", "from '../generated/");
  if (rewritten === source) throw new Error('scenario.ts no longer imports ../../generated/');
  const scenarioFile = path.join(dir, 'compat', 'scenario.ts');
  await mkdir(path.dirname(scenarioFile), { recursive: true });
  await writeFile(scenarioFile, rewritten);
  return {
    version,
    dir,
    generatedDir,
    scenarioFile,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * tsc on the scenario and the release's generated client, with the repo's compiler options:
 * an old client's code must still compile against its own generated client. Answers the
 * diagnostics (empty when it compiles).
 */
export async function typecheckScenario(client: ReleaseClient, file = client.scenarioFile): Promise<string> {
  const tsconfig = path.join(client.dir, `tsconfig.${path.basename(file, '.ts')}.json`);
  await writeFile(
    tsconfig,
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.json'),
      compilerOptions: { noEmit: true, typeRoots: [path.join(repoRoot, 'node_modules/@types')] },
      include: [path.relative(client.dir, file)],
    }),
  );
  try {
    await run([path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', tsconfig]);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
