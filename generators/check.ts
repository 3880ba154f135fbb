import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ContractError } from './core/contract-error.ts';
import { diffTrees } from './core/tree.ts';
import { generate } from './pipeline.ts';

/** `npm run check:generated`: regenerate into scratch space and fail on any difference from generated/. */
const root = process.cwd();
const scratch = path.join(root, 'tmp', `check-generated-${process.pid}`);
try {
  await generate({ specDir: path.join(root, 'spec'), outDir: scratch, root });
  const differing = await diffTrees(path.join(root, 'generated'), scratch);
  if (differing.length > 0) {
    console.error(`generated/ is stale; run npm run generate and commit:\n${differing.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('generated/ matches spec/');
  }
} catch (error) {
  console.error(error instanceof ContractError ? `error: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
