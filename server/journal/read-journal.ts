/**
 * Read-only walk over every record still on disk, ignoring snapshots: for audits, tools and
 * tests that compare the full log with what was sent. Never repairs anything; a torn tail is
 * reported, not cut.
 */
import { join } from 'node:path';
import { JournalCorruptionError } from './errors.ts';
import { type JournalFs, nodeJournalFs } from './file-system.ts';
import { parseSegmentFileName, segmentFileName } from './format.ts';
import { type RecordVisitor, scanSegment } from './segment-scan.ts';

export interface JournalReadResult {
  /** First sequence number on disk (1 unless segments were pruned), 0 when empty. */
  firstSeq: number;
  lastSeq: number;
  torn?: { file: string; offset: number; reason: string };
}

export async function readJournal(
  dir: string,
  visit: RecordVisitor,
  fs: JournalFs = nodeJournalFs,
): Promise<JournalReadResult> {
  const segments = (await fs.readdir(dir))
    .map(parseSegmentFileName)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
  const result: JournalReadResult = { firstSeq: segments[0] ?? 0, lastSeq: 0 };
  let end: number | undefined;
  for (let i = 0; i < segments.length; i++) {
    const firstSeq = segments[i] as number;
    const file = segmentFileName(firstSeq);
    if (end !== undefined && firstSeq !== end + 1) {
      throw new JournalCorruptionError(
        file,
        0,
        `segment starts at sequence ${firstSeq} but the previous one ends at ${end}`,
      );
    }
    const bytes = await fs.readFile(join(dir, file));
    const scan = scanSegment(bytes, file, firstSeq, i === segments.length - 1, visit);
    end = scan.lastSeq;
    if (scan.torn !== undefined) result.torn = { file, ...scan.torn };
  }
  result.lastSeq = end ?? 0;
  return result;
}
