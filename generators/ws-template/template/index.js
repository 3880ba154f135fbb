import { File } from '@asyncapi/generator-react-sdk';

// The transforms are TypeScript, loaded through tsx's require hook: `npm run generate` runs under tsx.
const { collectWsModel } = require('../../asyncapi/model.ts');
const { renderWsFiles } = require('../../asyncapi/emit.ts');

/**
 * Renders every WebSocket file from the bundled document the generator was given, as text or as
 * the pipeline's pre-built document: either way with its `$ref`s to named schemas intact, which
 * a dereferencing parse would have inlined.
 */
export default async function ({ originalAsyncAPI, params }) {
  const doc = typeof originalAsyncAPI === 'string' ? JSON.parse(originalAsyncAPI) : originalAsyncAPI.json();
  const files = await renderWsFiles(doc, collectWsModel(doc, params.source));
  return files.map((file) => (
    <File key={file.name} name={file.name}>
      {file.content}
    </File>
  ));
}
