import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContractError } from './core/contract-error.ts';
import { generate } from './pipeline.ts';

/** `npm run generate [-- --spec DIR --out DIR]`: spec/ to generated/. */
const { values } = parseArgs({
  options: { spec: { type: 'string', default: 'spec' }, out: { type: 'string', default: 'generated' } },
});
const root = process.cwd();
const started = performance.now();
try {
  const files = await generate({
    specDir: path.resolve(root, values.spec),
    outDir: path.resolve(root, values.out),
    root,
  });
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${files.length} files into ${values.out}/ in ${ms} ms`);
} catch (error) {
  if (error instanceof ContractError) {
    console.error(`error: ${error.file}#${error.pointer}: ${error.reason}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
