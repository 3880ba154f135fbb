/**
 * Reads a contract from disk into a LoadedDocument. Multi-file documents go through the project's
 * one bundler (generators/core/bundle.ts, Redocly) so pointers in findings are pointers into the
 * bundled document, the same shape the released copies under spec/releases/ have.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { bundleContract } from '../core/bundle.ts';
import { readDictionary } from '../fix/model.ts';
import { kindOf, type LoadedDocument, versionOf } from './compare.ts';
import { isObj, type Json } from './schema-view.ts';

/** A problem with the input itself (missing file, not a contract): the CLI exits 2 on it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const hasExternalRef = (node: Json): boolean => {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (!isObj(node)) return false;
  if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) return true;
  return Object.values(node).some(hasExternalRef);
};

export async function loadDocument(file: string, root = process.cwd()): Promise<LoadedDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (/^\s*</.test(text)) {
    try {
      return { file, kind: 'fix', doc: readDictionary(text), version: undefined };
    } catch (error) {
      throw new InputError(`${file} is not a FIX data dictionary: ${(error as Error).message}`);
    }
  }
  let doc: Json;
  try {
    doc = parse(text, { maxAliasCount: -1 }) as Json;
  } catch (error) {
    throw new InputError(`${file} is not YAML or JSON: ${(error as Error).message}`);
  }
  const kind = kindOf(doc);
  if (!kind)
    throw new InputError(
      `${file} is neither an OpenAPI 3.x nor an AsyncAPI 3.x document nor a FIX dictionary`,
    );
  if (hasExternalRef(doc)) {
    try {
      doc = (await bundleContract(path.resolve(file), root)).doc;
    } catch (error) {
      throw new InputError(`cannot bundle ${file}: ${(error as Error).message}`);
    }
  }
  return { file, kind, doc, version: versionOf(doc) };
}
