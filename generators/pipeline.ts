import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectWsModel } from './asyncapi/model.ts';
import { bundleContract } from './core/bundle.ts';
import { ContractError } from './core/contract-error.ts';
import { emitDocsInput, withCodeSamples } from './openapi/docs.ts';
import { emitManifest } from './openapi/manifest.ts';
import { collectOperations } from './openapi/operations.ts';
import { emitRouter, emitStub } from './openapi/router.ts';
import { emitSdk } from './openapi/sdk.ts';
import { emitTypes } from './openapi/types.ts';
import { emitRestValidators } from './openapi/validators.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_DIR = path.join(here, 'ws-template');
const RUNTIME_DIR = path.join(here, 'runtime');

/** The contracts a spec folder may hold, and the output folder of each. */
const REST_DOCUMENTS = [
  { name: 'openapi', entry: 'openapi/openapi.yaml' },
  { name: 'admin', entry: 'admin/openapi.yaml' },
] as const;
const WS_DOCUMENT = { name: 'asyncapi', entry: 'asyncapi/asyncapi.yaml' } as const;

export interface GenerateOptions {
  /** Folder with `openapi/`, `admin/`, `asyncapi/` (and the shared `schemas/`). */
  readonly specDir: string;
  readonly outDir: string;
  /** Repo root: headers and errors name files relative to it; scratch space goes in `<root>/tmp`. */
  readonly root: string;
}

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** One REST contract to every file derived from it (paths relative to the output folder). */
async function restFiles(file: string, name: string, root: string): Promise<Map<string, string>> {
  const { doc, source } = await bundleContract(file, root);
  const api = collectOperations(doc, source);
  const validators = emitRestValidators(api, doc, name, 'generators/openapi/validators.ts');
  return new Map([
    [`${name}/types.ts`, await emitTypes(doc, source, 'generators/openapi/types.ts')],
    [`${name}/routes.ts`, emitManifest(api, doc, 'generators/openapi/manifest.ts')],
    [`${name}/validators.js`, validators.js],
    [`${name}/validators.d.ts`, validators.dts],
    [`${name}/router.ts`, emitRouter(api, 'generators/openapi/router.ts')],
    [`${name}/stub.ts`, emitStub(api, 'generators/openapi/router.ts')],
    [`${name}/sdk.ts`, emitSdk(api, 'generators/openapi/sdk.ts')],
    [`docs/${name}.yaml`, emitDocsInput(withCodeSamples(doc, api), source, 'generators/openapi/docs.ts')],
  ]);
}

/** The AsyncAPI contract through @asyncapi/generator with our template. */
async function wsFiles(file: string, root: string, stage: string): Promise<Map<string, string>> {
  const { doc, source } = await bundleContract(file, root);
  collectWsModel(doc, source); // fail with a pointer here rather than deep inside the generator
  const out = path.join(stage, 'asyncapi');
  const { default: Generator } = await import('@asyncapi/generator');
  const { createAsyncAPIDocument } = await import('@asyncapi/parser');
  // The generator's own parse (schema validation, Spectral rules, dereferencing) takes 4-7 s here,
  // most of the time budget; Redocly already lints the document (npm run lint:spec), so hand the
  // generator the bundled document as already parsed. The template reads it with its $refs intact.
  const [major = 3, minor = 0, patch = 0] = String(doc.asyncapi).split('.').map(Number);
  const document = createAsyncAPIDocument({
    source: file,
    input: doc as never,
    parsed: structuredClone(doc) as never,
    semver: { major, minor, patch, version: String(doc.asyncapi) },
  });
  // The generator transpiles a template into `__transpiled/` beside it: run a private copy in the
  // scratch folder (still inside the repo, so its imports resolve), so concurrent runs never share
  // half-written files and generators/ stays clean.
  const template = path.join(stage, 'ws-template');
  await cp(TEMPLATE_DIR, template, { recursive: true, filter: (from) => !from.includes('__transpiled') });
  const generator = new Generator(template, out, {
    forceWrite: true,
    templateParams: { source, generators: here },
  });
  try {
    await generator.generate(document);
  } catch (error) {
    throw new ContractError(source, '', `@asyncapi/generator: ${(error as Error).message}`);
  }
  const files = new Map<string, string>();
  for (const name of (await readdir(out)).sort())
    files.set(`asyncapi/${name}`, await readFile(path.join(out, name), 'utf8'));
  const { stringify } = await import('yaml');
  files.set(
    'docs/asyncapi.yaml',
    `# Generated from ${source} by generators/pipeline.ts — do not edit.\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`,
  );
  return files;
}

/** The FIX dictionary and Rules of Engagement through the FIX generator (generators/fix, its owner's). */
async function fixFiles(specDir: string): Promise<Map<string, string>> {
  const dictionary = path.join(specDir, 'fix/FIX44.xml');
  const rules = path.join(specDir, 'fix/rules-of-engagement.md');
  if (!existsSync(dictionary) || !existsSync(rules)) return new Map();
  const { generateFix } = await import('./fix/index.ts');
  const files = generateFix({
    dictionaryXml: await readFile(dictionary, 'utf8'),
    rulesOfEngagement: await readFile(rules, 'utf8'),
  });
  return new Map(Object.entries(files));
}

/** The hand-written runtime the generated code imports, copied so `generated/` stands alone. */
async function runtimeFiles(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(RUNTIME_DIR)).filter((n) => n.endsWith('.ts')).sort()) {
    const source = path.join(RUNTIME_DIR, name);
    const text = await readFile(source, 'utf8');
    files.set(
      `runtime/${name}`,
      `// Generated from ${rel(root, source)} by generators/pipeline.ts — do not edit.\n${text}`,
    );
  }
  return files;
}

/**
 * Generates everything into a scratch folder, then swaps it in for `outDir` with two renames, so a
 * failing run (bad contract, crash) leaves the previous output untouched.
 */
export async function generate(options: GenerateOptions): Promise<string[]> {
  const { specDir, outDir, root } = options;
  const scratch = path.join(root, 'tmp');
  await mkdir(scratch, { recursive: true });
  const stage = path.join(scratch, `generate-${process.pid}-${Date.now()}`);
  await mkdir(stage, { recursive: true });
  try {
    const files = new Map<string, string>();
    const add = (more: Map<string, string>) => {
      for (const [k, v] of more) files.set(k, v);
    };
    for (const { name, entry } of REST_DOCUMENTS) {
      const file = path.join(specDir, entry);
      if (existsSync(file)) add(await restFiles(file, name, root));
    }
    const wsFile = path.join(specDir, WS_DOCUMENT.entry);
    if (existsSync(wsFile)) add(await wsFiles(wsFile, root, stage));
    add(await fixFiles(specDir));
    if (files.size === 0) throw new ContractError(rel(root, specDir), '', 'no contract found');
    add(await runtimeFiles(root));

    const out = path.join(stage, 'out');
    const names = [...files.keys()].sort();
    for (const name of names) {
      await mkdir(path.dirname(path.join(out, name)), { recursive: true });
      await writeFile(path.join(out, name), files.get(name) as string);
    }
    await mkdir(path.dirname(outDir), { recursive: true });
    const previous = path.join(stage, 'previous');
    if (existsSync(outDir)) await rename(outDir, previous);
    try {
      await rename(out, outDir);
    } catch (error) {
      if (existsSync(previous)) await rename(previous, outDir);
      throw error;
    }
    return names;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
