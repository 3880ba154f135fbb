/**
 * A deterministic state machine made durable by the journal: every command is applied in memory
 * synchronously, appended to the journal in the same turn (so journal order is apply order), and
 * its result is released (promise resolved, listeners called) only once the batch holding it is
 * on disk. Nothing a client can see depends on a command that could still be lost.
 */
import { RECORD_HEADER_BYTES } from '../journal/format.ts';
import {
  Journal,
  JournalFailedError,
  type JournalFs,
  type JournalLogger,
  stderrLogger,
} from '../journal/index.ts';
import { isFlatJson, withContext } from './json-command.ts';
import type { MachineTypeRef } from './snapshot-protocol.ts';
import { type Restored, Snapshots } from './snapshots.ts';

/** What the venue needs from the state it keeps: deterministic apply, JSON snapshot. */
export interface StateMachine<C, R> {
  /** Must not keep references into `command` that it later mutates, nor rely on its identity. */
  apply(command: C): R;
  /**
   * JSON-serialisable; `restore` of its JSON round-trip must behave identically. A fresh capture
   * the machine never mutates afterwards: it is serialised over several event-loop turns.
   */
  snapshot(): unknown;
}

export interface StateMachineType<M> {
  create(): M;
  restore(snapshot: unknown): M;
  /**
   * Where a worker thread can import this same type (`name` may be dotted: `VenueState.type`).
   * With it, snapshots are taken by a follower of the journal in a worker (snapshot-worker.ts);
   * without it, on the main thread in slices.
   */
  module?: MachineTypeRef;
}

// biome-ignore lint/suspicious/noExplicitAny: the widest machine; commands are inferred from M.
type AnyMachine = StateMachine<any, unknown>;
export type CommandOf<M extends AnyMachine> = Parameters<M['apply']>[0];
export type ResultOf<M extends AnyMachine> = ReturnType<M['apply']>;

/** A command and its result, published after the command is durable, in journal order. */
export interface Applied<C, R> {
  readonly seq: number;
  readonly command: C;
  readonly result: R;
}

export type Listener<C, R> = (applied: Applied<C, R>) => void;

/** Called once per command: with its result once durable, or with the reason it never will be. */
export type Done<R> = (err: Error | undefined, result: R | undefined) => void;

export interface DurableMachineOptions<M> {
  dir: string;
  type: StateMachineType<M>;
  /**
   * Snapshot once at least this many commands were journaled since the last one (default 100,000;
   * 0 = never by count or size) and, with `snapshotGrowth`, enough journal bytes (snapshot-cadence.ts).
   */
  snapshotEvery?: number;
  /**
   * Also require journal bytes since the last snapshot of at least this multiple of its size
   * (default 1; 0 = by count only): bounds the amortised snapshot cost per command.
   */
  snapshotGrowth?: number;
  /** Take snapshots in a worker thread when the type says where to load it (default true). */
  snapshotWorker?: boolean;
  /** Also snapshot when this much time passed with at least one new command (default 60 s; 0 = off). */
  snapshotIntervalMs?: number;
  /**
   * Refuse new commands (VenueUnavailableError, nothing applied) while this many are applied but
   * not yet durable (default 100,000): a stalled disk must not turn into unbounded memory.
   */
  maxPending?: number;
  segmentBytes?: number;
  sync?: boolean;
  pruneSegments?: boolean;
  /** Prepare each next journal segment zero-filled ahead of need (default true). */
  preallocate?: boolean;
  fs?: JournalFs;
  logger?: JournalLogger;
}

/** Raised for every pending and later command once durability can no longer be guaranteed. */
export class VenueUnavailableError extends Error {
  override readonly name = 'VenueUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE';
}

export class DurableMachine<M extends AnyMachine, C = CommandOf<M>, R = ResultOf<M>> {
  private readonly listeners = new Set<Listener<C, R>>();
  private readonly snapshots: Snapshots;
  private failure: Error | undefined;
  private closing = false;
  private readonly maxPending: number;
  // Commands journaled but not yet durable, oldest first (parallel arrays, [head, tail)): the journal
  // calls one shared callback per record in order, so no closure is allocated per command.
  private head = 0;
  /** End of the queued entries; the arrays keep their length (and capacity) past it. */
  private tail = 0;
  private readonly queuedCommands: C[] = [];
  /** Each command's journal payload, kept only while a follower needs it. */
  private readonly queuedPayloads: string[] = [];
  private readonly queuedResults: R[] = [];
  private readonly queuedDone: (Done<R> | undefined)[] = [];
  private readonly queuedResolve: (((result: R) => void) | undefined)[] = [];
  private readonly queuedReject: (((err: Error) => void) | undefined)[] = [];
  private readonly queues: unknown[][] = [
    this.queuedCommands,
    this.queuedPayloads,
    this.queuedResults,
    this.queuedDone,
    this.queuedResolve,
    this.queuedReject,
  ];

  private constructor(
    private machine: M,
    private readonly journal: Journal,
    opts: DurableMachineOptions<M>,
    private readonly logger: JournalLogger,
    restored: Restored,
  ) {
    this.maxPending = opts.maxPending ?? 100_000;
    const type = opts.type;
    this.snapshots = new Snapshots(
      {
        dir: opts.dir,
        worker: opts.snapshotWorker === false ? undefined : type.module,
        every: opts.snapshotEvery ?? 100_000,
        growth: opts.snapshotGrowth ?? 1,
        intervalMs: opts.snapshotIntervalMs ?? 60_000,
        logger,
        journal,
        capture: () => this.machine.snapshot(),
        failed: () => this.failure !== undefined,
      },
      restored,
    );
  }

  /** Recovers `dir` (newest valid snapshot + replay of later commands) and opens it for writing. */
  static async open<M extends AnyMachine>(opts: DurableMachineOptions<M>): Promise<DurableMachine<M>> {
    let machine = opts.type.create();
    const restored: Restored = { snapshotSeq: 0, snapshotBytes: 0, commands: 0, bytes: 0 };
    const journal = await Journal.open(
      {
        dir: opts.dir,
        ...(opts.fs && { fs: opts.fs }),
        ...(opts.logger && { logger: opts.logger }),
        ...(opts.segmentBytes !== undefined && { segmentBytes: opts.segmentBytes }),
        ...(opts.sync !== undefined && { sync: opts.sync }),
        ...(opts.pruneSegments !== undefined && { pruneSegments: opts.pruneSegments }),
        ...(opts.preallocate !== undefined && { preallocate: opts.preallocate }),
      },
      {
        restore(seq, data) {
          restored.snapshotSeq = seq;
          restored.snapshotBytes = data.length;
          machine = withContext(`snapshot ${seq}`, () =>
            opts.type.restore(JSON.parse(data.toString('utf8'))),
          );
        },
        replay(seq, payload) {
          restored.commands++;
          restored.bytes += RECORD_HEADER_BYTES + payload.length;
          withContext(`journal record ${seq}`, () => machine.apply(JSON.parse(payload.toString('utf8'))));
        },
      },
    );
    return new DurableMachine(machine, journal, opts, opts.logger ?? stderrLogger, restored);
  }

  /** The live state, for queries. It may include commands not yet durable: do not mutate it. */
  get state(): M {
    return this.machine;
  }

  get lastSeq(): number {
    return this.journal.lastSeq;
  }

  get durableSeq(): number {
    return this.journal.durableSeq;
  }

  get stats() {
    return this.journal.stats;
  }

  /**
   * Applies `command` now and resolves with its result once it is durable. Rejects with
   * VenueUnavailableError (and applies nothing) when the journal has failed, is closing or is
   * too far behind, and with the serialisation error for a command that is not JSON.
   * The command is handed over: the caller must not change it afterwards.
   */
  submit(command: C): Promise<R> {
    const refused = this.accept(command);
    if (refused !== undefined) return Promise.reject(refused);
    return new Promise<R>((resolve, reject) => {
      this.queue(undefined, resolve, reject);
      this.afterQueued();
    });
  }

  /**
   * `submit` without a promise, for gateways that answer from a callback: `done` runs exactly
   * once, always asynchronously, with the result once durable or with the error `submit` would
   * reject with.
   */
  submitWithCallback(command: C, done: Done<R>): void {
    const refused = this.accept(command);
    if (refused !== undefined) {
      process.nextTick(done, refused, undefined);
      return;
    }
    this.queue(done, undefined, undefined);
    this.afterQueued();
  }

  /**
   * Applies and journals `command` and queues it with its result (the caller then queues how to
   * answer). Returns the error instead when it is refused (nothing applied) or when the machine
   * or the journal broke.
   */
  private accept(command: C): Error | undefined {
    if (this.failure !== undefined) return this.failure;
    if (this.closing) return new VenueUnavailableError('venue is closing');
    if (this.journal.lastSeq - this.journal.durableSeq >= this.maxPending) {
      return new VenueUnavailableError('venue overloaded: the journal is behind');
    }
    let payload: string;
    let journaled: C;
    try {
      payload = JSON.stringify(command);
      // Apply exactly what recovery will replay. A flat object of strings, booleans, null and
      // finite numbers is its own JSON round trip; anything else (undefined fields, NaN, nested
      // values the machine could keep a reference to) is applied as parsed back from the journal.
      journaled = isFlatJson(command) ? command : (JSON.parse(payload) as C);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
    let result: R;
    try {
      result = this.machine.apply(journaled) as R;
    } catch (err) {
      // The machine broke its own contract (apply never throws for bad input) and may be half
      // updated: stop rather than keep serving a state the journal cannot reproduce.
      this.markFailed(err);
      return this.failure;
    }
    try {
      this.journal.appendString(payload, this.recordDone);
    } catch (err) {
      // The command is applied in memory but not journaled: memory and disk now disagree.
      this.markFailed(err);
      return this.failure;
    }
    // At the tail slot; `queue` adds how to answer it and takes the slot.
    this.queuedCommands[this.tail] = journaled;
    if (this.snapshots.following) this.queuedPayloads[this.tail] = payload;
    this.queuedResults[this.tail] = result;
    return undefined;
  }

  /** Queues the command `accept` just journaled with how to answer it. */
  private queue(
    done: Done<R> | undefined,
    resolve: ((result: R) => void) | undefined,
    reject: ((err: Error) => void) | undefined,
  ): void {
    const i = this.tail++;
    this.queuedDone[i] = done;
    this.queuedResolve[i] = resolve;
    this.queuedReject[i] = reject;
  }

  private afterQueued(): void {
    this.snapshots.counted();
  }

  /** The journal's durable callback, shared by every record: answers the oldest queued command. */
  private readonly recordDone = (err: Error | undefined, seq: number): void => {
    const i = this.head++;
    const command = this.queuedCommands[i] as C;
    const result = this.queuedResults[i] as R;
    const done = this.queuedDone[i];
    const resolve = this.queuedResolve[i];
    const reject = this.queuedReject[i];
    if (err === undefined && this.snapshots.following)
      this.snapshots.follow(seq, this.queuedPayloads[i] as string);
    this.queuedPayloads[i] = undefined as unknown as string;
    this.queuedCommands[i] = undefined as C;
    this.queuedResults[i] = undefined as R;
    this.queuedDone[i] = undefined;
    this.queuedResolve[i] = undefined;
    this.queuedReject[i] = undefined;
    this.reclaim();
    if (err !== undefined) {
      this.markFailed(err);
      const failure = this.failure as unknown as Error;
      if (done !== undefined) done(failure, undefined);
      else reject?.(failure);
      return;
    }
    if (this.listeners.size > 0) this.publish({ seq, command, result });
    if (done !== undefined) done(undefined, result);
    else resolve?.(result);
  };

  /**
   * Reclaims answered slots. Under sustained load the queue never drains (the next batch is
   * queued before the previous one is answered), and answered slots used to be emptied only on a
   * full drain (`length = 0`, which also dropped the arrays' capacity): results stayed reachable,
   * were promoted and cost old-generation GC. Now each slot is cleared when answered and the live
   * part is moved to the front once the answered part is the larger, keeping the capacity.
   */
  private reclaim(): void {
    const head = this.head;
    const tail = this.tail;
    if (head === tail) {
      this.head = 0;
      this.tail = 0;
      return;
    }
    if (head < 1024 || head * 2 < tail) return;
    for (const a of this.queues) {
      a.copyWithin(0, head, tail);
      a.fill(undefined, tail - head, tail);
    }
    this.head = 0;
    this.tail = tail - head;
  }

  /** Calls `listener` for every command that becomes durable from now on, in journal order. */
  subscribe(listener: Listener<C, R>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes a snapshot at the current journal position or later; resolves once it is on disk (or
   * failed: that is logged, and costs only replay time).
   */
  snapshot(): Promise<void> {
    return this.snapshots.snapshot();
  }

  /** Stops accepting commands, waits for every accepted one to be durable, snapshots, closes. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.snapshots.close();
    await this.journal.close();
  }

  private publish(applied: Applied<C, R>): void {
    for (const listener of this.listeners) {
      try {
        listener(applied);
      } catch (err) {
        this.logger.warn({ err: String(err), seq: applied.seq }, 'venue: listener threw');
      }
    }
  }

  private markFailed(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = new VenueUnavailableError(
      `venue stopped: commands can no longer be made durable (${err instanceof JournalFailedError ? err.message : String(err)})`,
      { cause: err },
    );
    this.logger.warn({ err: String(err) }, 'venue: journal failed, refusing further commands');
  }
}
