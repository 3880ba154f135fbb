/**
 * The esbuild settings of the two builds, shared by `build` and the size check so the budget is
 * measured on exactly what ships. Generated code (`../generated`) is bundled in, so the package
 * never reaches outside itself once installed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

export const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const entry = path.join(sdkDir, 'src/index.ts');

/** Browser bundle budget: minified and gzipped, in bytes (15 kB). */
export const BROWSER_BUDGET_BYTES = 15_000;

/**
 * The generated modules only declare things, but esbuild cannot prove it for the compiled schema
 * validators (top-level RegExp objects, ajv runtime imports), so it would keep them, about 15 kB
 * gzipped that the SDK never calls: the generated WsClient is used without validation. This marks
 * generated code as free of side effects so unused parts are dropped.
 */
const generatedIsPure: Plugin = {
  name: 'generated-is-pure',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      const generated = `${path.sep}generated${path.sep}`;
      return resolved.includes(generated) ? { path: resolved, sideEffects: false } : undefined;
    });
  },
};

/** Node ESM build: the runtime dependencies stay imports, resolved from the installer's node_modules. */
export const nodeBuild: BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['openapi-fetch', 'ws'],
  sourcemap: true,
  legalComments: 'none',
  plugins: [generatedIsPure],
};

/**
 * In the browser build the Node-only `ws` import becomes a module that re-exports the built-in
 * WebSocket, so no bundler downstream tries to pull `ws` (and Node's `http`) into a web app.
 */
const wsIsNative: Plugin = {
  name: 'ws-is-native',
  setup(build) {
    build.onResolve({ filter: /^ws$/ }, () => ({ path: 'ws', namespace: 'ws-is-native' }));
    build.onLoad({ filter: /.*/, namespace: 'ws-is-native' }, () => ({
      contents: 'export const WebSocket = globalThis.WebSocket;',
      loader: 'js',
    }));
  },
};

/** Browser build: one self-contained minified file (openapi-fetch included, nothing external). */
export const browserBuild: BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  plugins: [generatedIsPure, wsIsNative],
};
