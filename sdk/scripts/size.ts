/**
 * The browser size budget: bundles the browser build in memory, gzips it and fails when it is over
 * 15 kB. Prints the figures either way, so CI logs show the trend.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BROWSER_BUDGET_BYTES, browserBuild } from './bundle.ts';

export async function browserBundleSize(): Promise<{ minified: number; gzipped: number }> {
  const result = await build({ ...browserBuild, write: false, outfile: 'browser.js' });
  const file = result.outputFiles.find((f) => f.path.endsWith('browser.js'));
  if (!file) throw new Error('esbuild produced no browser.js');
  return { minified: file.contents.byteLength, gzipped: gzipSync(file.contents, { level: 9 }).byteLength };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { minified, gzipped } = await browserBundleSize();
  const verdict = gzipped <= BROWSER_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `@openvenue/sdk browser build: ${minified} bytes minified, ${gzipped} bytes gzipped (${verdict} the ${BROWSER_BUDGET_BYTES}-byte budget)`,
  );
  if (gzipped > BROWSER_BUDGET_BYTES) process.exit(1);
}
