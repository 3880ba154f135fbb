/**
 * The main thread's side of the snapshot worker (snapshot-worker.ts): starts it at a durable
 * journal position, posts it every later durable batch, hears which snapshots it wrote, and
 * restarts it (from disk, at the then durable position) when it fails. Nothing here can fail
 * order entry or durability: without a worker, snapshots are only later, and replay longer.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JournalLogger } from '../journal/index.ts';
import type { FromWorker, ToWorker, WorkerInit } from './snapshot-protocol.ts';

const WORKER_URL = new URL('./snapshot-worker.ts', import.meta.url).href;
const FIRST_RESTART_MS = 1000;
/**
 * Records posted but not yet applied beyond which the worker is stopped (and restarted later from
 * disk): a worker starved of CPU must not turn into an unbounded queue of payloads in memory.
 */
const MAX_LAG = 2_000_000;
const MAX_RESTART_MS = 60_000;
/**
 * Longest a close waits for the worker's final snapshot (a 1M-order venue's takes ~10 s): within the
 * 30 s a process manager usually grants after SIGTERM. Past it the snapshot is taken here; none is
 * needed for safety (the journal holds every command), it only shortens the next start.
 */
const CLOSE_TIMEOUT_MS = 20_000;

export interface FollowerOptions extends Omit<WorkerInit, 'fromSeq'> {
  logger: JournalLogger;
  /** Records up to here are on disk: a (re)started worker rebuilds its state up to it. */
  durableSeq(): number;
  /** Snapshot `seq` is in place: count it for retention and prune what it covers. */
  written(seq: number): Promise<void>;
}

interface Request {
  seq: number;
  resolve: (written: boolean) => void;
}

export class SnapshotFollower {
  private worker: Worker | undefined;
  /** The next record the worker expects. */
  private nextSeq = 0;
  /** The last record the worker reported applied. */
  private appliedSeq = 0;
  private restartMs = FIRST_RESTART_MS;
  private restartTimer: NodeJS.Timeout | undefined;
  private requests: Request[] = [];
  private closing: ((covered: boolean) => void) | undefined;
  private stopped = false;
  /** Sequence number of the newest snapshot the worker reported (0: none yet). */
  lastWritten = 0;

  constructor(private readonly opts: FollowerOptions) {
    this.start();
  }

  /** Whether a worker is following the journal now. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Hands the worker durable records first..first+n-1, their payloads joined with '\n'. */
  post(first: number, n: number, text: string): void {
    const worker = this.worker;
    if (worker === undefined) return;
    if (first !== this.nextSeq) {
      this.fail(new Error(`records from ${first} posted, the worker expects ${this.nextSeq}`));
      return;
    }
    if (first - this.appliedSeq > MAX_LAG) {
      this.fail(new Error(`the worker is ${first - this.appliedSeq} records behind`));
      return;
    }
    this.nextSeq = first + n;
    this.send({ t: 'batch', first, text });
  }

  /**
   * Asks for a snapshot at `seq` or later; resolves true once one is in place, false when the
   * worker stopped first (or none is running): the caller then decides whether to take it itself.
   */
  snapshot(seq: number): Promise<boolean> {
    if (this.worker === undefined) return Promise.resolve(false);
    if (seq <= this.lastWritten) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.requests.push({ seq, resolve });
      this.send({ t: 'snapshot', seq });
    });
  }

  /**
   * Has the worker write a final snapshot covering `seq` (every record, all durable and posted)
   * and stops it. Resolves true when the snapshot is in place, false when there was no worker or
   * it failed: the caller then snapshots itself.
   */
  async close(seq: number): Promise<boolean> {
    this.stopped = true;
    if (this.restartTimer !== undefined) clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (worker === undefined) return false;
    let timer: NodeJS.Timeout | undefined;
    const covered = await new Promise<boolean>((resolve) => {
      this.closing = resolve;
      this.send({ t: 'close', seq });
      // A worker that hangs must not hold shutdown forever; the caller then snapshots itself.
      timer = setTimeout(() => {
        this.opts.logger.warn({ seq }, 'venue: snapshot worker did not finish its final snapshot in time');
        resolve(false);
      }, CLOSE_TIMEOUT_MS);
    });
    clearTimeout(timer);
    this.closing = undefined;
    this.worker = undefined;
    await worker.terminate();
    return covered;
  }

  private start(): void {
    this.restartTimer = undefined;
    if (this.stopped) return;
    const fromSeq = this.opts.durableSeq();
    const { logger: _l, durableSeq: _d, written: _w, ...config } = this.opts;
    const init: WorkerInit = { ...config, fromSeq };
    // Node 20 does not apply the parent's `--import tsx` hooks to a worker's modules: the worker
    // registers tsx itself before loading its TypeScript entry (a no-op cost where it is loaded).
    const worker = new Worker(
      `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`,
      { eval: true, workerData: init },
    );
    // Never what keeps the process alive: close() ends it, and exit without close loses nothing.
    worker.unref();
    this.worker = worker;
    this.nextSeq = fromSeq + 1;
    this.appliedSeq = fromSeq;
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('error', (err) => {
      if (this.worker === worker) this.fail(err);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`snapshot worker exited with code ${code}`));
    });
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    if (this.worker !== worker) return;
    switch (m.t) {
      case 'ready':
      case 'at':
        this.appliedSeq = m.seq;
        break;
      case 'log':
        this.opts.logger.warn(m.fields, `snapshot worker: ${m.msg}`);
        break;
      case 'written':
        this.restartMs = FIRST_RESTART_MS;
        this.lastWritten = Math.max(this.lastWritten, m.seq);
        this.appliedSeq = Math.max(this.appliedSeq, m.seq);
        this.opts.written(m.seq).then(
          () => this.resolveUpTo(m.seq),
          (err: unknown) => {
            this.opts.logger.warn({ err: String(err), seq: m.seq }, 'venue: pruning after a snapshot failed');
            this.resolveUpTo(m.seq);
          },
        );
        break;
      case 'covered':
        this.resolveUpTo(m.seq);
        break;
      case 'closed':
        this.closing?.(true);
        this.closing = undefined;
        break;
    }
  }

  private resolveUpTo(seq: number): void {
    const still: Request[] = [];
    for (const r of this.requests) {
      if (r.seq <= seq) r.resolve(true);
      else still.push(r);
    }
    this.requests = still;
  }

  private send(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  /** A failed worker costs only snapshots: log, answer the waiting, start another one later. */
  private fail(err: unknown): void {
    const worker = this.worker;
    this.worker = undefined;
    this.opts.logger.warn(
      { err: String(err) },
      'venue: snapshot worker failed; snapshots resume after a restart',
    );
    worker?.terminate().catch(() => {});
    for (const r of this.requests.splice(0)) r.resolve(false);
    this.closing?.(false);
    this.closing = undefined;
    if (this.stopped) return;
    this.restartTimer = setTimeout(() => this.start(), this.restartMs);
    this.restartTimer.unref();
    this.restartMs = Math.min(this.restartMs * 2, MAX_RESTART_MS);
  }
}

/** tsx's registration API, resolved from here so the worker finds it whatever the cwd. */
const TSX_API = tsxApi();

function tsxApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  // Test runners that transform modules may not provide import.meta.resolve; require's
  // resolution gives the CommonJS entry, whose ES module sibling is what import() must load.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}
