import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a folder, relative and sorted; empty when the folder is missing. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Names of the files that differ between two trees (missing on either side, or other content). */
export async function diffTrees(expected: string, actual: string): Promise<string[]> {
  const [a, b] = await Promise.all([listFiles(expected), listFiles(actual)]);
  const names = [...new Set([...a, ...b])].sort();
  const differing: string[] = [];
  for (const name of names) {
    const [x, y] = await Promise.all([
      readFile(path.join(expected, name), 'utf8').catch(() => undefined),
      readFile(path.join(actual, name), 'utf8').catch(() => undefined),
    ]);
    if (x !== y) differing.push(x === undefined ? `+ ${name}` : y === undefined ? `- ${name}` : `~ ${name}`);
  }
  return differing;
}
