/**
 * The next segment file, zero-filled and synced in the background before it is needed. Writing
 * into space that already exists lets fdatasync flush just the data (no file size or extent
 * change to commit), which makes every batch's sync cheaper and steadier than when appending.
 *
 * The fill is paced: small chunks, each made durable before the next, with a pause after each
 * one (PAUSE_FACTOR times the chunk's own I/O time) unless the fill is behind the journal. Every
 * batch fdatasync waits for the device to take what is already queued, so 1 MiB writes back to
 * back with a sync every 8 MiB (the first version) made the batch syncs that overlapped the fill
 * 5-12 ms instead of well under 1 ms (bench:journal --mode fsync).
 *
 * The spare lives under a `.tmp` name (removed by recovery if a crash leaves it) until rotation
 * gives it its header (version 2: "preallocated") and its segment name.
 */
import { join } from 'node:path';
import type { JournalFile, JournalFs } from './file-system.ts';
import { encodeSegmentHeader, PREALLOCATED_VERSION, segmentFileName, TEMP_SUFFIX } from './format.ts';

const SPARE_NAME = `segment-spare${TEMP_SUFFIX}`;
const FILL_CHUNK = 256 << 10;
/** Each chunk's sync flushes at most this much, so no batch sync queues behind a large flush. */
const SYNC_EVERY_BYTES = 1 << 20;
/** Pause after a chunk for this many times its I/O time: the fill takes at most ~1/(1+N) of the disk. */
const PAUSE_FACTOR = 3;
const MAX_PAUSE_MS = 50;

/** How far the journal is through its current segment: 0 to 1. */
export type JournalProgress = () => number;

export class SpareSegment {
  private file: JournalFile | undefined;
  private preparing: Promise<void> | undefined;
  private stopped = false;
  private created = false;
  /** Set when preparing failed (disk full, say): no retry before the next rotation. */
  private failed = false;
  private wake: (() => void) | undefined;

  /**
   * `journalProgress` (0..1 of the current segment written) paces the fill: a fill that started
   * at half the segment must be done by its end, so it pauses only while its own progress is
   * ahead of the journal's share of that second half.
   */
  constructor(
    private readonly fs: JournalFs,
    private readonly dir: string,
    private readonly bytes: number,
    private readonly journalProgress: JournalProgress = () => 0,
  ) {}

  /** Whether a filled spare is waiting to be taken. */
  get ready(): boolean {
    return this.file !== undefined;
  }

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
    this.wake?.();
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
        const started = performance.now();
        const n = Math.min(zeros.length, this.bytes - at);
        await file.writeAll(zeros, 0, n, at);
        unsynced += n;
        if (unsynced >= SYNC_EVERY_BYTES) {
          await file.datasync();
          unsynced = 0;
        }
        const behind = (this.journalProgress() - 0.5) * 2 > (at + n) / this.bytes;
        if (!behind) await this.pause(Math.min(MAX_PAUSE_MS, (performance.now() - started) * PAUSE_FACTOR));
      }
      // Stopped: the caller closes and removes it, no need to flush what was written.
      if (!this.stopped) await file.datasync();
      return file;
    } catch (err) {
      await file.close().catch(() => {});
      throw err;
    }
  }

  /** A timer `dispose` can cut short. */
  private pause(ms: number): Promise<void> {
    if (this.stopped || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      // Unref'd: a spare never keeps a process alive (recovery removes an unfinished one).
      const timer = setTimeout(done, ms).unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}
