import openapiTS, { astToString } from 'openapi-typescript';
import { header } from '../core/text.ts';

/** Emits `types.ts` with openapi-typescript (`paths`, `components`, `operations`). */
export async function emitTypes(
  doc: Record<string, unknown>,
  source: string,
  generator: string,
): Promise<string> {
  // openapi-typescript annotates the object it is given; keep the caller's copy pristine.
  const ast = await openapiTS(structuredClone(doc) as never, { silent: true });
  return `${header(source, generator)}${astToString(ast)}`;
}
