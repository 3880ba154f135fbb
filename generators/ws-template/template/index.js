import { File } from '@asyncapi/generator-react-sdk';

/**
 * Renders every WebSocket file from the bundled document the generator was given, as text or as
 * the pipeline's pre-built document: either way with its `$ref`s to named schemas intact, which
 * a dereferencing parse would have inlined.
 */
export default async function ({ originalAsyncAPI, params }) {
  // The transforms are TypeScript, loaded through tsx's require hook (`npm run generate` runs under
  // tsx) from `params.generators`: the pipeline runs a copy of this template in its scratch folder.
  const { collectWsModel } = require(`${params.generators}/asyncapi/model.ts`);
  const { renderWsFiles } = require(`${params.generators}/asyncapi/emit.ts`);
  const doc = typeof originalAsyncAPI === 'string' ? JSON.parse(originalAsyncAPI) : originalAsyncAPI.json();
  const files = await renderWsFiles(doc, collectWsModel(doc, params.source));
  return files.map((file) => (
    <File key={file.name} name={file.name}>
      {file.content}
    </File>
  ));
}
