/**
 * The pure core: two loaded documents in, a report out. One comparer per document kind, so a new
 * contract format plugs in as one more entry in COMPARERS (the FIX dictionary is one).
 */
import type { FixDictionary } from '../fix/model.ts';
import { type AsyncApiView, compareAsyncApi } from './asyncapi.ts';
import { compareFix } from './fix.ts';
import { compareOpenApi } from './openapi.ts';
import { type Finding, type Severity, sortFindings } from './rules.ts';
import { isObj, type Json } from './schema-view.ts';

export type DocumentKind = 'openapi' | 'asyncapi' | 'fix';

export interface CompareOptions {
  /** Which side an AsyncAPI document is written from (OpenVenue's: the client's). */
  readonly asyncApiView: AsyncApiView;
}

export const DEFAULT_OPTIONS: CompareOptions = { asyncApiView: 'client' };

type Comparer = (base: Json, revision: Json, options: CompareOptions) => Finding[];

export const COMPARERS: Record<DocumentKind, Comparer> = {
  openapi: (base, revision) => compareOpenApi(base, revision),
  asyncapi: (base, revision, options) => compareAsyncApi(base, revision, options.asyncApiView),
  fix: (base, revision) => compareFix(base as FixDictionary, revision as FixDictionary),
};

/** The kind of a parsed document, from its version field; undefined for anything else. */
export function kindOf(doc: Json): DocumentKind | undefined {
  if (!isObj(doc)) return undefined;
  if (typeof doc.openapi === 'string' && /^3\./.test(doc.openapi)) return 'openapi';
  if (typeof doc.asyncapi === 'string' && /^3\./.test(doc.asyncapi)) return 'asyncapi';
  return undefined;
}

export interface LoadedDocument {
  /** As given by the caller (printed in reports). */
  readonly file: string;
  readonly kind: DocumentKind;
  readonly doc: Json;
  /** `info.version`, when the document has one (a FIX dictionary has none: callers may supply it). */
  readonly version: string | undefined;
}

export type Counts = Record<Severity, number>;

export interface CompatReport {
  readonly kind: DocumentKind;
  readonly base: { readonly file: string; readonly version: string | undefined };
  readonly revision: { readonly file: string; readonly version: string | undefined };
  /** The revision's major version is greater than the base's: breaking changes are allowed. */
  readonly majorBumped: boolean;
  readonly counts: Counts;
  /** Breaking findings without a major bump. */
  readonly failed: boolean;
  readonly findings: Finding[];
}

export const versionOf = (doc: Json): string | undefined =>
  isObj(doc) && isObj(doc.info) && typeof doc.info.version === 'string' ? doc.info.version : undefined;

const majorOf = (version: string | undefined): number | undefined => {
  const match = /^v?(\d+)\./.exec(version ?? '');
  return match ? Number(match[1]) : undefined;
};

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function compareDocuments(
  base: LoadedDocument,
  revision: LoadedDocument,
  options: CompareOptions = DEFAULT_OPTIONS,
): CompatReport {
  if (base.kind !== revision.kind) {
    throw new Error(`cannot compare a ${base.kind} document with a ${revision.kind} document`);
  }
  const findings = sortFindings(COMPARERS[base.kind](base.doc, revision.doc, options));
  const counts = countFindings(findings);
  const baseMajor = majorOf(base.version);
  const revMajor = majorOf(revision.version);
  const majorBumped = baseMajor !== undefined && revMajor !== undefined && revMajor > baseMajor;
  return {
    kind: base.kind,
    base: { file: base.file, version: base.version },
    revision: { file: revision.file, version: revision.version },
    majorBumped,
    counts,
    failed: counts.breaking > 0 && !majorBumped,
    findings,
  };
}
