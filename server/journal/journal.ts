/**
 * A crash-safe, append-only journal of opaque records with group commit.
 *
 * `append` frames a record into an in-memory batch and returns its sequence number at once. A
 * single writer loop writes the whole pending batch, calls fdatasync once, and only then fires the
 * callbacks of exactly the records in that batch, in order. Records appended while a batch is
 * being written or synced form the next batch, so the fsync rate is bounded by the disk, never by
 * the record rate. Snapshots are published only once every record they cover is durable.
 */
import { join } from 'node:path';
import { JournalFailedError } from './errors.ts';
import { type JournalFile, type JournalFs, nodeJournalFs } from './file-system.ts';
import {
  encodeSegmentHeader,
  MAX_RECORD_BYTES,
  RECORD_HEADER_BYTES,
  segmentFileName,
  writeRecord,
  writeStringRecord,
} from './format.ts';
import { type JournalLogger, type RecoveryHandler, recover } from './recover.ts';
import { SnapshotStore } from './snapshot-store.ts';
import { SpareSegment } from './spare-segment.ts';

export type DurableCallback = (err: Error | undefined, seq: number) => void;

export interface JournalOptions {
  dir: string;
  fs?: JournalFs;
  /** Rotate to a new segment once the current one reaches this size (checked after each batch). */
  segmentBytes?: number;
  /** fdatasync each batch. Only benchmarks comparing against no-sync turn this off. */
  sync?: boolean;
  /** Snapshots to keep; segments are kept back to the oldest of them so a bad newest one is survivable. */
  keepSnapshots?: number;
  /** Delete segments that every kept snapshot covers. Off keeps the full history (audits, tests). */
  pruneSegments?: boolean;
  /**
   * Prepare each next segment zero-filled and synced in the background once the current one is
   * half full (default true), so batches overwrite allocated space and fdatasync stays cheap.
   * A segment that grows by appending (a fresh directory's first, or one created because no spare
   * was ready) is left for a spare as soon as it holds EARLY_SPARE_BYTES and the spare is ready.
   */
  preallocate?: boolean;
  logger?: JournalLogger;
}

export interface JournalStats {
  records: number;
  batches: number;
  syncs: number;
  bytes: number;
}

/** JSON lines on stderr: the fallback when no logger is given. */
export const stderrLogger: JournalLogger = {
  warn(fields, msg) {
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg, ...fields })}\n`);
  },
};

/**
 * An appended segment this large gets a spare prepared, and is left for it once ready, without
 * waiting for half the segment size: on the venue's first segment (64 MiB) that was the whole of a
 * typical run (bench:ws) with every batch's fdatasync also committing a file size change, which
 * made its p99 several times that of a preallocated segment. Small enough that a service reaches it
 * in well under a second at its normal rate; large enough that tests opening venues in fresh
 * directories never start a zero-fill.
 */
const EARLY_SPARE_BYTES = 1 << 20;

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class Journal {
  readonly stats: JournalStats = { records: 0, batches: 0, syncs: 0, bytes: 0 };
  private pending: Buffer = Buffer.allocUnsafe(1 << 20);
  private spare: Buffer = Buffer.allocUnsafe(1 << 20);
  private pendingLen = 0;
  private callbacks: (DurableCallback | undefined)[] = [];
  private spareCallbacks: (DurableCallback | undefined)[] = [];
  private appendedSeq: number;
  private durable: number;
  private writing = false;
  private scheduled = false;
  private loop: Promise<void> | undefined;
  private snapshotChain: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private closed = false;
  private waiters: Waiter[] = [];
  private readonly nextSegment: SpareSegment | undefined;
  /** The current segment grows with each batch (not preallocated). */
  private appended: boolean;

  private constructor(
    private readonly dir: string,
    private readonly fs: JournalFs,
    private file: JournalFile,
    private position: number,
    private readonly segments: number[],
    private readonly snapshots: SnapshotStore,
    private readonly opts: Required<Omit<JournalOptions, 'dir' | 'fs'>>,
    lastSeq: number,
    appended: boolean,
  ) {
    this.appendedSeq = lastSeq;
    this.durable = lastSeq;
    this.appended = appended;
    // Room for the batch that crosses segmentBytes before rotation.
    if (opts.preallocate) {
      this.nextSegment = new SpareSegment(
        fs,
        dir,
        opts.segmentBytes + (opts.segmentBytes >> 4),
        () => this.position / this.opts.segmentBytes,
      );
    }
  }

  /**
   * Recovers the directory (newest valid snapshot, then every later record through `handler`),
   * repairs a torn tail, and returns a journal ready to append after the last recovered record.
   */
  static async open(options: JournalOptions, handler: RecoveryHandler): Promise<Journal> {
    const fs = options.fs ?? nodeJournalFs;
    const opts = {
      segmentBytes: options.segmentBytes ?? 64 * 1024 * 1024,
      sync: options.sync ?? true,
      keepSnapshots: Math.max(1, options.keepSnapshots ?? 2),
      pruneSegments: options.pruneSegments ?? true,
      preallocate: options.preallocate ?? true,
      logger: options.logger ?? stderrLogger,
    };
    const layout = await recover(fs, options.dir, opts.logger, handler);
    const segments = layout.segments;
    let file: JournalFile;
    let position: number;
    let appended = true;
    const newest = segments[segments.length - 1];
    if (newest === undefined || layout.tailEnd === undefined) {
      const firstSeq = layout.lastSeq + 1;
      file = await createSegment(fs, options.dir, firstSeq);
      position = encodeSegmentHeader(firstSeq).length;
      segments.push(firstSeq);
    } else {
      file = await fs.openExisting(join(options.dir, segmentFileName(newest)));
      position = layout.tailEnd;
      appended = !layout.tailPreallocated;
    }
    const store = new SnapshotStore(fs, options.dir, layout.snapshots);
    return new Journal(options.dir, fs, file, position, segments, store, opts, layout.lastSeq, appended);
  }

  /** Sequence number of the last appended record (durable or not). */
  get lastSeq(): number {
    return this.appendedSeq;
  }

  /** Sequence number up to which every record is on disk. */
  get durableSeq(): number {
    return this.durable;
  }

  /**
   * Adds a record to the next batch and returns its sequence number. `done` runs once the batch
   * holding it is durable (or with an error if the journal failed: then it was NOT persisted).
   */
  append(payload: Uint8Array, done?: DurableCallback): number {
    this.checkWritable(payload.length);
    const need = this.pendingLen + RECORD_HEADER_BYTES + payload.length;
    if (need > this.pending.length) this.pending = grow(this.pending, this.pendingLen, need);
    const seq = ++this.appendedSeq;
    this.pendingLen = writeRecord(this.pending, this.pendingLen, seq, payload);
    this.enqueue(done);
    return seq;
  }

  /** Refuses work after a failure or close, and records recovery would reject as too large. */
  private checkWritable(bytes: number): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.closed) throw new JournalFailedError('journal is closed');
    if (bytes > MAX_RECORD_BYTES) {
      throw new RangeError(`record of ${bytes} bytes exceeds the ${MAX_RECORD_BYTES}-byte limit`);
    }
  }

  private enqueue(done: DurableCallback | undefined): void {
    this.callbacks.push(done);
    this.stats.records++;
    if (!this.writing && !this.scheduled) {
      this.scheduled = true;
      // A microtask: every append of the current turn joins the batch, and the write is issued
      // before the event loop moves on (a lone command waits for no timer or I/O phase). Under
      // load batches form while the previous write and sync are in flight.
      queueMicrotask(this.startLoop);
    }
  }

  /**
   * `append` for a UTF-8 string payload, encoded straight into the batch buffer (the venue's
   * commands are JSON: this saves an intermediate Buffer per command).
   */
  appendString(payload: string, done?: DurableCallback): number {
    // 3 bytes per UTF-16 unit bounds the UTF-8 size; measure exactly only when it might matter.
    this.checkWritable(payload.length * 3 > MAX_RECORD_BYTES ? Buffer.byteLength(payload) : 0);
    const need = this.pendingLen + RECORD_HEADER_BYTES + payload.length * 3;
    if (need > this.pending.length) this.pending = grow(this.pending, this.pendingLen, need);
    const seq = ++this.appendedSeq;
    this.pendingLen = writeStringRecord(this.pending, this.pendingLen, seq, payload);
    this.enqueue(done);
    return seq;
  }

  /** Resolves once record `seq` (default: everything appended so far) is durable. */
  waitDurable(seq: number = this.appendedSeq): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (seq <= this.durable) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /**
   * Writes a snapshot of the state after record `seq` (one buffer, or chunks to concatenate),
   * atomically, once record `seq` is durable
   * (a snapshot ahead of the log would make recovery skip records that were never persisted).
   * Then drops snapshots and segments no longer needed.
   */
  writeSnapshot(seq: number, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    if (seq > this.appendedSeq) {
      return Promise.reject(new RangeError(`snapshot ${seq} is past the journal end`));
    }
    // One snapshot at a time: pruning must see the snapshots in the order they were taken.
    const run = async () => {
      await this.waitDurable(seq);
      await this.snapshots.write(seq, data);
      await this.prune();
    };
    const next = this.snapshotChain.then(run, run);
    this.snapshotChain = next.catch(() => {});
    return next;
  }

  /**
   * Counts snapshot `seq`, which another writer (the venue's snapshot worker) has already put in
   * place atomically after record `seq` was durable, then drops snapshots and segments no longer
   * needed, in turn with `writeSnapshot`.
   */
  adoptSnapshot(seq: number): Promise<void> {
    const run = async () => {
      this.snapshots.add(seq);
      await this.prune();
    };
    const next = this.snapshotChain.then(run, run);
    this.snapshotChain = next.catch(() => {});
    return next;
  }

  /** Flushes every appended record, then closes the segment. Further appends throw. */
  async close(): Promise<void> {
    if (this.closed) return;
    // Refuse appends from now on: one accepted after the final flush would never be written.
    this.closed = true;
    try {
      await this.waitDurable();
      await this.snapshotChain;
    } finally {
      // The loop may still be rotating after the last batch became durable.
      while (this.loop !== undefined) {
        const loop = this.loop;
        await loop;
        if (this.loop === loop) this.loop = undefined;
      }
      await this.nextSegment?.dispose();
      await this.file.close();
    }
  }

  private readonly startLoop = (): void => {
    this.loop = this.writeLoop();
  };

  private async writeLoop(): Promise<void> {
    this.scheduled = false;
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pendingLen > 0 && this.failure === undefined) {
        const buf = this.pending;
        const len = this.pendingLen;
        const callbacks = this.callbacks;
        this.pending = this.spare;
        this.spare = buf;
        this.callbacks = this.spareCallbacks;
        this.spareCallbacks = callbacks;
        this.pendingLen = 0;
        const last = this.appendedSeq;
        try {
          await this.file.writeAll(buf, 0, len, this.position);
          if (this.opts.sync) {
            await this.file.datasync();
            this.stats.syncs++;
          }
        } catch (err) {
          this.fail(err, callbacks, last);
          return;
        }
        this.position += len;
        this.stats.batches++;
        this.stats.bytes += len;
        this.durable = last;
        this.complete(callbacks, last);
        this.releaseWaiters();
        if (this.position >= this.opts.segmentBytes) await this.rotate();
        else if (this.nextSegment !== undefined) {
          if (this.appended && this.position >= EARLY_SPARE_BYTES) {
            if (this.nextSegment.ready) await this.rotate();
            else this.nextSegment.prepare();
          } else if (this.position * 2 >= this.opts.segmentBytes) this.nextSegment.prepare();
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private complete(callbacks: (DurableCallback | undefined)[], last: number): void {
    const first = last - callbacks.length + 1;
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i];
      if (cb === undefined) continue;
      try {
        cb(undefined, first + i);
      } catch (err) {
        // A throwing subscriber must not stall durability for everyone else.
        this.opts.logger.warn({ err: String(err) }, 'journal: durable callback threw');
      }
    }
    callbacks.length = 0;
  }

  private releaseWaiters(): void {
    if (this.waiters.length === 0) return;
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.seq <= this.durable) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  private async rotate(): Promise<void> {
    const firstSeq = this.durable + 1;
    try {
      const spare = await this.nextSegment?.take(firstSeq);
      const next = spare ?? (await createSegment(this.fs, this.dir, firstSeq));
      const old = this.file;
      this.file = next;
      this.appended = spare === undefined;
      this.position = encodeSegmentHeader(firstSeq).length;
      this.segments.push(firstSeq);
      await old.close();
    } catch (err) {
      this.fail(err, [], this.durable);
    }
  }

  /**
   * After a failed write or fsync the page cache state is unknown (fsyncgate): retrying could
   * report data as durable that is not. Fail every pending record and refuse further work.
   */
  private fail(err: unknown, batch: (DurableCallback | undefined)[], last: number): void {
    const error = new JournalFailedError(`journal write failed: ${String(err)}`, { cause: err });
    this.failure = error;
    const first = last - batch.length + 1;
    for (let i = 0; i < batch.length; i++) batch[i]?.(error, first + i);
    batch.length = 0;
    const pendingFirst = this.appendedSeq - this.callbacks.length + 1;
    for (let i = 0; i < this.callbacks.length; i++) this.callbacks[i]?.(error, pendingFirst + i);
    this.callbacks.length = 0;
    this.pendingLen = 0;
    for (const w of this.waiters) w.reject(error);
    this.waiters = [];
  }

  private async prune(): Promise<void> {
    const oldestKept = await this.snapshots.prune(this.opts.keepSnapshots);
    if (!this.opts.pruneSegments || oldestKept === undefined) return;
    // Never the newest segment (it is being written); others only once a kept snapshot covers them.
    while (this.segments.length > 1) {
      const end = (this.segments[1] as number) - 1;
      if (end > oldestKept) break;
      const first = this.segments.shift() as number;
      await this.fs.unlink(join(this.dir, segmentFileName(first)));
    }
  }
}

async function createSegment(fs: JournalFs, dir: string, firstSeq: number): Promise<JournalFile> {
  const file = await fs.create(join(dir, segmentFileName(firstSeq)));
  try {
    const header = encodeSegmentHeader(firstSeq);
    await file.writeAll(header, 0, header.length, 0);
    await file.datasync();
    // The new name must survive a crash too, or recovery would not find records written into it.
    await fs.syncDir(dir);
  } catch (err) {
    // Not left to the garbage collector: Node warns (DEP0137) and will throw in the future.
    await file.close().catch(() => {});
    throw err;
  }
  return file;
}

function grow(buf: Buffer, used: number, need: number): Buffer {
  let size = buf.length * 2;
  while (size < need) size *= 2;
  const bigger = Buffer.allocUnsafe(size);
  buf.copy(bigger, 0, 0, used);
  return bigger;
}
