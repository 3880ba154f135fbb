/**
 * Start-up recovery: pick the newest valid snapshot, replay every later record, cut off a torn
 * final write, and refuse to start on anything else that is damaged.
 */
import { join } from 'node:path';
import { JournalCorruptionError } from './errors.ts';
import type { JournalFs } from './file-system.ts';
import {
  decodeSnapshot,
  PREALLOCATED_VERSION,
  parseSegmentFileName,
  parseSnapshotFileName,
  SEGMENT_HEADER_BYTES,
  segmentFileName,
  snapshotFileName,
  TEMP_SUFFIX,
} from './format.ts';

const DAMAGED_SUFFIX = '.damaged';

import { scanSegment } from './segment-scan.ts';

/** Where recovered state goes: a snapshot first (if any), then every later record in order. */
export interface RecoveryHandler {
  restore?(seq: number, data: Buffer): void;
  replay(seq: number, payload: Buffer): void;
}

/** Pino-compatible subset, so the server can pass its logger straight in. */
export interface JournalLogger {
  warn(fields: Record<string, unknown>, msg: string): void;
}

export interface RecoveredLayout {
  /** First sequence numbers of the segment files on disk, ascending. */
  segments: number[];
  /** Sequence numbers of the snapshot files on disk not known to be damaged, ascending. */
  snapshots: number[];
  snapshotSeq: number;
  lastSeq: number;
  /** Byte length of the newest segment after repair; undefined when a new one must be created. */
  tailEnd: number | undefined;
  /** Whether the newest segment was preallocated (zero-filled ahead) rather than grown by appends. */
  tailPreallocated: boolean;
}

export async function recover(
  fs: JournalFs,
  dir: string,
  logger: JournalLogger,
  handler: RecoveryHandler,
): Promise<RecoveredLayout> {
  await fs.mkdirp(dir);
  const names = await fs.readdir(dir);
  const segments: number[] = [];
  const snapshots: number[] = [];
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX)) {
      // An unfinished snapshot write: it was never renamed into place, so it never counted.
      logger.warn({ file: name }, 'journal: removing leftover temporary file');
      // Gone already is as good as removed (a writer that was still running renamed or removed it).
      await fs.unlink(join(dir, name)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      continue;
    }
    const seg = parseSegmentFileName(name);
    if (seg !== undefined) segments.push(seg);
    const snap = parseSnapshotFileName(name);
    if (snap !== undefined) snapshots.push(snap);
  }
  segments.sort((a, b) => a - b);
  snapshots.sort((a, b) => a - b);

  const snapshot = await newestValidSnapshot(fs, dir, snapshots, logger);
  const snapshotSeq = snapshot?.seq ?? 0;

  // Start from the segment holding record snapshotSeq + 1; older ones are kept only for safety.
  let start = 0;
  for (let i = 0; i < segments.length; i++) {
    if ((segments[i] as number) <= snapshotSeq + 1) start = i;
  }
  const first = segments[start];
  if (first !== undefined && first > snapshotSeq + 1) {
    throw new JournalCorruptionError(
      segmentFileName(first),
      0,
      `journal starts at sequence ${first} but no usable snapshot covers sequences up to ${first - 1}`,
    );
  }
  if (snapshot !== undefined) handler.restore?.(snapshot.seq, snapshot.data);

  let journalEnd = snapshotSeq;
  let tailEnd: number | undefined;
  let tailPreallocated = false;
  for (let i = start; i < segments.length; i++) {
    const firstSeq = segments[i] as number;
    const file = segmentFileName(firstSeq);
    if (i > start && firstSeq !== journalEnd + 1) {
      throw new JournalCorruptionError(
        file,
        0,
        `segment starts at sequence ${firstSeq} but the previous one ends at ${journalEnd}`,
      );
    }
    const isLast = i === segments.length - 1;
    const bytes = await fs.readFile(join(dir, file));
    tailPreallocated = bytes.length >= SEGMENT_HEADER_BYTES && bytes.readUInt32LE(8) === PREALLOCATED_VERSION;
    const scan = scanSegment(bytes, file, firstSeq, isLast, (seq, payload) => {
      if (seq > snapshotSeq) handler.replay(seq, payload);
    });
    journalEnd = scan.lastSeq;
    tailEnd = scan.validEnd;
    if (scan.torn !== undefined) {
      logger.warn(
        { file, offset: scan.torn.offset, reason: scan.torn.reason, lost: bytes.length - scan.validEnd },
        'journal: truncating torn final write',
      );
      if (scan.validEnd === 0) {
        await fs.unlink(join(dir, file));
        await fs.syncDir(dir);
        segments.pop();
        tailEnd = undefined;
        tailPreallocated = false;
      } else {
        const handle = await fs.openExisting(join(dir, file));
        try {
          await handle.truncate(scan.validEnd);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      }
    }
  }
  const newest = segments[segments.length - 1];
  if (newest !== undefined && journalEnd < snapshotSeq) {
    throw new JournalCorruptionError(
      segmentFileName(newest),
      tailEnd ?? 0,
      `journal ends at sequence ${journalEnd}, before the snapshot at ${snapshotSeq}`,
    );
  }
  return {
    segments,
    snapshots,
    snapshotSeq,
    lastSeq: Math.max(journalEnd, snapshotSeq),
    tailEnd,
    tailPreallocated,
  };
}

/**
 * The newest snapshot in `snapshots` (ascending) whose file is intact. Damaged ones are renamed
 * aside and removed from `snapshots`, unless `readOnly` (a reader beside a live journal, which
 * must not change the directory): then they are only skipped.
 */
export async function newestValidSnapshot(
  fs: JournalFs,
  dir: string,
  snapshots: number[],
  logger: JournalLogger,
  readOnly = false,
): Promise<{ seq: number; data: Buffer } | undefined> {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const seq = snapshots[i] as number;
    const file = snapshotFileName(seq);
    const decoded = decodeSnapshot(await fs.readFile(join(dir, file)), seq);
    if (typeof decoded !== 'string') return { seq, data: decoded };
    if (readOnly) {
      logger.warn({ file, reason: decoded }, 'journal: skipping damaged snapshot');
      continue;
    }
    // Set aside for inspection, and out of the retention count: pruning must keep good
    // snapshots (and the segments they need), not a damaged one.
    logger.warn({ file, reason: decoded }, 'journal: skipping damaged snapshot');
    await fs.rename(join(dir, file), join(dir, `${file}${DAMAGED_SUFFIX}`));
    snapshots.splice(i, 1);
  }
  return undefined;
}
