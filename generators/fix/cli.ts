/**
 * `npx tsx generators/fix/cli.ts [--spec spec] [--out generated]`: runs the FIX generator alone,
 * writing each file atomically (temp file + rename). `npm run generate` calls `generateFix` too.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateFix } from './index.ts';

const { values } = parseArgs({
  options: { spec: { type: 'string', default: 'spec' }, out: { type: 'string', default: 'generated' } },
});
const files = generateFix({
  dictionaryXml: await readFile(path.join(values.spec, 'fix/FIX44.xml'), 'utf8'),
  rulesOfEngagement: await readFile(path.join(values.spec, 'fix/rules-of-engagement.md'), 'utf8'),
});
for (const [rel, content] of Object.entries(files)) {
  const target = path.join(values.out, rel);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, target);
  console.log(`wrote ${target}`);
}
