import { stringify } from 'yaml';
import type { ApiModel, Schema } from './operations.ts';
import { curlSample, typescriptSample } from './samples.ts';

/**
 * The docs input for one REST document: the bundled contract with `x-codeSamples` (Redocly's
 * extension on the Operation Object) in TypeScript and curl on every operation.
 */
export function withCodeSamples(doc: Schema, api: ApiModel): Schema {
  const out = structuredClone(doc);
  for (const op of api.operations) {
    const item = (out.paths as Record<string, Schema>)[op.path] as Schema;
    const target = item[op.method] as Schema;
    target['x-codeSamples'] = [
      { lang: 'TypeScript', label: 'SDK', source: typescriptSample(op, doc) },
      { lang: 'Shell', label: 'curl', source: curlSample(op, api, doc) },
    ];
  }
  return out;
}

/** YAML so the "do not edit" header can be a comment rather than a field in the contract. */
export function emitDocsInput(doc: Schema, source: string, generator: string): string {
  return `# Generated from ${source} by ${generator} — do not edit.\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
