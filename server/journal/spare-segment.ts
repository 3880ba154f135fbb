/**
 * The next segment file, zero-filled and synced in the background before it is needed. Writing
 * into space that already exists lets fdatasync flush just the data (no file size or extent
 * change to commit), which makes every batch's sync cheaper and steadier than when appending.
 *
 * The spare lives under a `.tmp` name (removed by recovery if a crash leaves it) until rotation
 * gives it its header (version 2: "preallocated") and its segment name.
 */
import { join } from 'node:path';
import type { JournalFile, JournalFs } from './file-system.ts';
import { encodeSegmentHeader, PREALLOCATED_VERSION, segmentFileName, TEMP_SUFFIX } from './format.ts';

const SPARE_NAME = `segment-spare${TEMP_SUFFIX}`;
const FILL_CHUNK = 1 << 20;
/** Sync every few chunks, so the background flush never queues a large burst ahead of a batch. */
const SYNC_EVERY_BYTES = 8 << 20;

export class SpareSegment {
  private file: JournalFile | undefined;
  private preparing: Promise<void> | undefined;
  private stopped = false;
  private created = false;
  /** Set when preparing failed (disk full, say): no retry before the next rotation. */
  private failed = false;

  constructor(
    private readonly fs: JournalFs,
    private readonly dir: string,
    private readonly bytes: number,
  ) {}

  /** Starts preparing a spare unless one is ready or on its way. Never throws: no spare is fine. */
  prepare(): void {
    if (this.file !== undefined || this.preparing !== undefined || this.stopped || this.failed) return;
    this.preparing = this.fill()
      .then((file) => {
        if (this.stopped) return file.close();
        this.file = file;
      })
      .catch(async () => {
        // Without a spare the next segment is created the plain way; nothing is lost.
        this.failed = true;
        if (this.created) await this.fs.unlink(join(this.dir, SPARE_NAME)).catch(() => {});
        this.created = false;
      })
      .finally(() => {
        this.preparing = undefined;
      });
  }

  /**
   * Turns the ready spare into segment `firstSeq` (header written and synced, renamed, directory
   * synced) and returns it open for writing; undefined when no spare is ready.
   */
  async take(firstSeq: number): Promise<JournalFile | undefined> {
    this.failed = false;
    const file = this.file;
    if (file === undefined) return undefined;
    this.file = undefined;
    this.created = false;
    const header = encodeSegmentHeader(firstSeq, PREALLOCATED_VERSION);
    try {
      await file.writeAll(header, 0, header.length, 0);
      await file.datasync();
      await this.fs.rename(join(this.dir, SPARE_NAME), join(this.dir, segmentFileName(firstSeq)));
      await this.fs.syncDir(this.dir);
    } catch (err) {
      await file.close().catch(() => {});
      throw err;
    }
    return file;
  }

  /** Stops any preparation and removes the spare file. */
  async dispose(): Promise<void> {
    this.stopped = true;
    await this.preparing;
    const file = this.file;
    this.file = undefined;
    await file?.close();
    if (this.created) {
      // Not taken: a spare is never part of the log, and recovery would remove it anyway.
      await this.fs.unlink(join(this.dir, SPARE_NAME)).catch(() => {});
    }
  }

  private async fill(): Promise<JournalFile> {
    const file = await this.fs.create(join(this.dir, SPARE_NAME));
    this.created = true;
    try {
      const zeros = Buffer.alloc(Math.min(FILL_CHUNK, this.bytes));
      let unsynced = 0;
      for (let at = 0; at < this.bytes && !this.stopped; at += zeros.length) {
        const n = Math.min(zeros.length, this.bytes - at);
        await file.writeAll(zeros, 0, n, at);
        unsynced += n;
        if (unsynced >= SYNC_EVERY_BYTES) {
          await file.datasync();
          unsynced = 0;
        }
      }
      await file.datasync();
      return file;
    } catch (err) {
      await file.close().catch(() => {});
      throw err;
    }
  }
}
