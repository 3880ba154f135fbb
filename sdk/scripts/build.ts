/**
 * Builds `dist/`: the Node ESM bundle, the minified browser bundle, and the type declarations.
 * Declarations are emitted by tsc for the SDK and the generated files it uses, then trimmed to the
 * files reachable from the entry point, with `.ts` import specifiers rewritten to `.js` so any
 * consumer's TypeScript resolves them to the shipped `.d.ts` files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { browserBuild, nodeBuild, sdkDir } from './bundle.ts';

const dist = path.join(sdkDir, 'dist');
const typesDir = path.join(dist, 'types');
const SPECIFIER = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g;

async function emitDeclarations(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const scratch = path.join(dist, '.types-all');
  execFileSync(process.execPath, [tsc, '-p', path.join(sdkDir, 'tsconfig.build.json'), '--outDir', scratch], {
    stdio: 'inherit',
  });
  // Walk the imports from the entry: only what the public types reach ships.
  const queue = [path.join(scratch, 'sdk/src/index.d.ts')];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const target = path.resolve(path.dirname(file), `${match[2]}.d.ts`);
      if (!existsSync(target)) throw new Error(`${file} imports ${match[2]}.ts, which has no declaration`);
      queue.push(target);
    }
    const out = path.join(typesDir, path.relative(scratch, file));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, text.replace(SPECIFIER, '$1$2.js$3'));
  }
  await rm(scratch, { recursive: true, force: true });
}

await rm(dist, { recursive: true, force: true });
await build({ ...nodeBuild, outfile: path.join(dist, 'index.js') });
await build({ ...browserBuild, outfile: path.join(dist, 'browser.js') });
await emitDeclarations();
console.log(`built ${path.relative(process.cwd(), dist) || 'dist'}: index.js, browser.js, types/`);
