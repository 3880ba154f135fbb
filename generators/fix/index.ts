/**
 * The FIX generator: the data dictionary (spec/fix/FIX44.xml) and the Rules of Engagement prose
 * (spec/fix/rules-of-engagement.md) in, generated files out. Pure and deterministic: the same
 * inputs always give byte-identical files, keyed by their path relative to `generated/`.
 */
import { emitRulesOfEngagement } from './emit-roe.ts';
import { emitTypes } from './emit-types.ts';
import { readDictionary } from './model.ts';

export interface FixGeneratorInput {
  /** Contents of spec/fix/FIX44.xml. */
  dictionaryXml: string;
  /** Contents of spec/fix/rules-of-engagement.md. */
  rulesOfEngagement: string;
}

/** Paths (relative to `generated/`) of the files `generateFix` writes. */
export const FIX_OUTPUTS = {
  types: 'fix/dictionary.ts',
  rulesOfEngagement: 'docs/fix-rules-of-engagement.html',
} as const;

export function generateFix(input: FixGeneratorInput): Record<string, string> {
  const dict = readDictionary(input.dictionaryXml);
  return {
    [FIX_OUTPUTS.types]: emitTypes(dict),
    [FIX_OUTPUTS.rulesOfEngagement]: emitRulesOfEngagement(dict, input.rulesOfEngagement),
  };
}
