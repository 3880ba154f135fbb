/**
 * Who takes the venue's snapshots, and when. With a machine type a worker can load
 * (`StateMachineType.module`), a follower of the journal in a worker thread (snapshot-follower.ts)
 * takes them and the main thread only posts it each durable batch; otherwise (or while the
 * worker is down) they are captured here and serialised in slices between event-loop turns.
 */
import type { Journal, JournalLogger } from '../journal/index.ts';
import { jsonInSlices } from './json-slices.ts';
import { type CadenceOptions, SnapshotCadence } from './snapshot-cadence.ts';
import { SnapshotFollower } from './snapshot-follower.ts';
import type { MachineTypeRef } from './snapshot-protocol.ts';

/** Longest a durable payload waits before it is posted to the worker. */
const POST_MS = 5;
/** Payloads posted at once at most (about 1 MB of order commands). */
const POST_RECORDS = 4096;

/** What start-up recovered: the snapshot (seq 0: none) and what was replayed after it. */
export interface Restored {
  snapshotSeq: number;
  snapshotBytes: number;
  commands: number;
  bytes: number;
}

export interface SnapshotsOptions extends CadenceOptions {
  dir: string;
  /** Where a worker loads the machine type; undefined: snapshots on the main thread. */
  worker: MachineTypeRef | undefined;
  intervalMs: number;
  logger: JournalLogger;
  journal: Journal;
  /** A fresh capture of the live state (main-thread snapshots only). */
  capture(): unknown;
  /** True once the venue has failed: nothing more is written then. */
  failed(): boolean;
}

export class Snapshots {
  private readonly cadence: SnapshotCadence;
  /** The newest snapshot in place (restored, written by the worker, or written here). */
  private lastSeq: number;
  private readonly follower: SnapshotFollower | undefined;
  /** Durable payloads not yet posted to the follower, from `outgoingFirst` on. */
  private outgoing: string[] = [];
  private outgoingFirst = 0;
  private postTimer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly opts: SnapshotsOptions,
    restored: Restored,
  ) {
    const journal = opts.journal;
    this.cadence = new SnapshotCadence(opts, restored.snapshotBytes, restored);
    this.lastSeq = restored.snapshotSeq;
    if (opts.worker !== undefined) {
      this.follower = new SnapshotFollower({
        dir: opts.dir,
        type: opts.worker,
        every: opts.every,
        growth: opts.growth,
        intervalMs: opts.intervalMs,
        logger: opts.logger,
        // A worker starting now rebuilds everything durable from disk: what waits here is for the
        // one it replaces (dropped when none runs), or the new one would be sent records twice.
        durableSeq: () => {
          this.flush();
          return journal.durableSeq;
        },
        written: (seq) => {
          this.lastSeq = Math.max(this.lastSeq, seq);
          return journal.adoptSnapshot(seq);
        },
      });
    } else if (opts.intervalMs > 0) {
      this.timer = setInterval(() => {
        if (this.cadence.pending > 0) this.snapshot();
      }, opts.intervalMs);
      this.timer.unref();
    }
  }

  /** Whether durable payloads go to a worker (`follow`): the caller then keeps them until durable. */
  get following(): boolean {
    return this.follower !== undefined;
  }

  /**
   * Collects a durable payload for the worker. Payloads go out together every POST_MS (or sooner
   * when many wait): one message per journal batch cost the main thread a structured clone and the
   * worker a wake-up up to a thousand times a second under load.
   */
  follow(seq: number, payload: string): void {
    if (this.outgoing.length === 0) {
      this.outgoingFirst = seq;
      this.postTimer ??= setTimeout(this.flush, POST_MS);
    }
    this.outgoing.push(payload);
    if (this.outgoing.length >= POST_RECORDS) this.flush();
  }

  private readonly flush = (): void => {
    if (this.postTimer !== undefined) clearTimeout(this.postTimer);
    this.postTimer = undefined;
    if (this.outgoing.length === 0) return;
    const batch = this.outgoing;
    this.outgoing = [];
    this.follower?.post(this.outgoingFirst, batch.length, batch.join('\n'));
  };

  /** One more command journaled; with a worker, the worker keeps the cadence over what it applies. */
  counted(): void {
    if (this.follower === undefined && this.cadence.count(1, this.opts.journal.stats.bytes)) this.snapshot();
  }

  /**
   * Writes a snapshot at the current journal position or later; resolves once it is on disk (or
   * failed: that is logged, and costs only replay time). The worker writes it when it runs.
   */
  async snapshot(): Promise<void> {
    const seq = this.opts.journal.lastSeq;
    this.flush();
    if (this.follower !== undefined && (await this.follower.snapshot(seq))) return;
    await this.snapshotHere();
  }

  /**
   * Ends with every journaled command covered by a snapshot: the worker's final one, or one
   * taken here when there is no worker or it failed. The journal must not accept more commands.
   */
  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.writing;
    const journal = this.opts.journal;
    if (this.follower !== undefined) {
      // Every durable command is collected when it becomes durable: posted now, the worker has them all.
      const durable = await journal.waitDurable().then(
        () => true,
        () => false,
      );
      this.flush();
      await this.follower.close(durable ? journal.lastSeq : journal.durableSeq);
    }
    if (!this.opts.failed() && journal.lastSeq > this.lastSeq) await this.snapshotHere();
  }

  /**
   * Captures the current state synchronously (so it matches the journal position exactly), then
   * serialises the capture in slices across event-loop turns and writes it in the background.
   * Skipped while the previous one is still in progress.
   */
  private snapshotHere(): Promise<void> {
    if (this.writing !== undefined || this.opts.failed()) return this.writing ?? Promise.resolve();
    const { journal, logger } = this.opts;
    const seq = journal.lastSeq;
    if (seq === 0) return Promise.resolve();
    let capture: unknown;
    try {
      capture = this.opts.capture();
    } catch (err) {
      // Called from timers and from submit: a failing snapshot must not take either down.
      logger.warn({ err: String(err), seq }, 'venue: snapshot failed');
      return Promise.resolve();
    }
    this.cadence.captured(journal.stats.bytes);
    let bytes = 0;
    const writing = jsonInSlices(capture)
      .then((chunks) => {
        for (const c of chunks) bytes += c.length;
        return journal.writeSnapshot(seq, chunks);
      })
      .then(() => {
        this.cadence.written(bytes);
        this.lastSeq = Math.max(this.lastSeq, seq);
      })
      .catch((err: unknown) => {
        // A lost snapshot costs only replay time; the journal still has every command.
        logger.warn({ err: String(err), seq }, 'venue: snapshot failed');
      })
      .finally(() => {
        this.writing = undefined;
      });
    this.writing = writing;
    return writing;
  }
}
