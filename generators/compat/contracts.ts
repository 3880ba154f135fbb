/**
 * The contracts a release freezes and where each lives in the tree. A released copy is the bundled
 * contract (one file, internal `$ref`s only) under `spec/releases/<semver>/<file>`; the FIX
 * dictionary is one file already and is copied as it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ContractEntry {
  /** The file name inside a release folder. */
  readonly file: string;
  /** The entry file in the tree, relative to the repo root. */
  readonly source: string;
  readonly title: string;
}

export const CONTRACTS: readonly ContractEntry[] = [
  { file: 'openapi.yaml', source: 'spec/openapi/openapi.yaml', title: 'Public REST API' },
  { file: 'admin.yaml', source: 'spec/admin/openapi.yaml', title: 'Back-office REST API' },
  { file: 'asyncapi.yaml', source: 'spec/asyncapi/asyncapi.yaml', title: 'WebSocket API' },
  { file: 'fix.xml', source: 'spec/fix/FIX44.xml', title: 'FIX 4.4 dictionary' },
];

export const RELEASES_DIR = 'spec/releases';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const isSemver = (text: string): boolean => SEMVER.test(text);

/** SemVer 2.0.0 precedence (build metadata ignored). */
export function compareSemver(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new Error(`not semver: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const [preA, preB] = [pa[4], pb[4]];
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const xs = preA.split('.');
  const ys = preB.split('.');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Released versions, oldest first. */
export function listReleases(root: string): string[] {
  const dir = path.join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isSemver(e.name))
    .map((e) => e.name)
    .sort(compareSemver);
}

/**
 * The releases current contracts must stay compatible with: those listed in
 * `spec/releases/supported.json` (`["1.0.0", ...]`) when it exists, else all of them.
 */
export function supportedReleases(root: string): string[] {
  const all = listReleases(root);
  const file = path.join(root, RELEASES_DIR, 'supported.json');
  if (!existsSync(file)) return all;
  const listed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(listed) || !listed.every((v) => typeof v === 'string' && all.includes(v))) {
    throw new Error(`${RELEASES_DIR}/supported.json must list released versions: ${JSON.stringify(listed)}`);
  }
  return all.filter((v) => listed.includes(v));
}
