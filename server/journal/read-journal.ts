/**
 * Read-only walk over every record still on disk, ignoring snapshots: for audits, tools and
 * tests that compare the full log with what was sent. Never repairs anything; a torn tail is
 * reported, not cut.
 */
import { join } from 'node:path';
import { JournalCorruptionError } from './errors.ts';
import { type JournalFs, nodeJournalFs } from './file-system.ts';
import {
  parseSegmentFileName,
  parseSnapshotFileName,
  RECORD_HEADER_BYTES,
  segmentFileName,
} from './format.ts';
import { type JournalLogger, newestValidSnapshot, type RecoveryHandler } from './recover.ts';
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
  const segments = fileSeqs(await fs.readdir(dir), parseSegmentFileName);
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

export interface StateAt {
  /** The snapshot restored (0: none), and its size in bytes. */
  snapshotSeq: number;
  snapshotBytes: number;
  /** Journal bytes (records with their headers) replayed after the snapshot. */
  replayedBytes: number;
}

/**
 * Rebuilds the state after record `toSeq` as start-up recovery would (the newest intact snapshot
 * at or before it, then the later records through `handler`), beside a live journal that keeps
 * appending: nothing is repaired, renamed or removed, and bytes past `toSeq` (a batch being
 * written) are never judged. Every record up to `toSeq` must be durable and recovered before.
 */
export async function readStateAt(
  dir: string,
  toSeq: number,
  handler: RecoveryHandler,
  logger: JournalLogger,
  fs: JournalFs = nodeJournalFs,
): Promise<StateAt> {
  const names = await fs.readdir(dir);
  const segments = fileSeqs(names, parseSegmentFileName);
  const snapshots = fileSeqs(names, parseSnapshotFileName).filter((s) => s <= toSeq);
  const snapshot = await newestValidSnapshot(fs, dir, snapshots, logger, true);
  const from = snapshot?.seq ?? 0;
  if (snapshot !== undefined) handler.restore?.(snapshot.seq, snapshot.data);
  const result: StateAt = { snapshotSeq: from, snapshotBytes: snapshot?.data.length ?? 0, replayedBytes: 0 };
  let start = 0;
  for (let i = 0; i < segments.length; i++) if ((segments[i] as number) <= from + 1) start = i;
  let end = from;
  for (let i = start; i < segments.length && end < toSeq; i++) {
    const firstSeq = segments[i] as number;
    const file = segmentFileName(firstSeq);
    if (firstSeq > end + 1) {
      throw new JournalCorruptionError(
        file,
        0,
        `segment starts at sequence ${firstSeq}, expected ${end + 1}`,
      );
    }
    const bytes = await fs.readFile(join(dir, file));
    try {
      scanSegment(bytes, file, firstSeq, i === segments.length - 1, (seq, payload) => {
        if (seq <= from || seq > toSeq) return;
        handler.replay(seq, payload);
        result.replayedBytes += RECORD_HEADER_BYTES + payload.length;
        end = seq;
      });
    } catch (err) {
      // Past `toSeq` lies whatever the writer is doing right now; only damage before it counts.
      if (end < toSeq) throw err;
    }
  }
  if (end < toSeq) {
    throw new JournalCorruptionError(dir, 0, `the journal ends at sequence ${end}, before ${toSeq}`);
  }
  return result;
}

/** The sequence numbers in the names `parse` recognises (segments or snapshots), ascending. */
function fileSeqs(names: readonly string[], parse: (name: string) => number | undefined): number[] {
  return names
    .map(parse)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
}
