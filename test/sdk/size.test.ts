/** The browser build budget (15 kB minified + gzipped), checked on every test run. */
import { expect, it } from 'vitest';
import { BROWSER_BUDGET_BYTES } from '../../sdk/scripts/bundle.ts';
import { browserBundleSize } from '../../sdk/scripts/size.ts';

it('the browser bundle stays within its gzip budget', async () => {
  const { minified, gzipped } = await browserBundleSize();
  console.log(
    `browser bundle: ${minified} B minified, ${gzipped} B gzipped (budget ${BROWSER_BUDGET_BYTES} B)`,
  );
  expect(gzipped).toBeGreaterThan(1000);
  expect(gzipped).toBeLessThanOrEqual(BROWSER_BUDGET_BYTES);
});
