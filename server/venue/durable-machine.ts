/**
 * A deterministic state machine made durable by the journal: every command is applied in memory
 * synchronously, appended to the journal in the same turn (so journal order is apply order), and
 * its result is released (promise resolved, listeners called) only once the batch holding it is
 * on disk. Nothing a client can see depends on a command that could still be lost.
 */
import {
  Journal,
  JournalFailedError,
  type JournalFs,
  type JournalLogger,
  stderrLogger,
} from '../journal/index.ts';

/** What the venue needs from the state it keeps: deterministic apply, JSON snapshot. */
export interface StateMachine<C, R> {
  apply(command: C): R;
  /** JSON-serialisable; `restore` of its JSON round-trip must behave identically. */
  snapshot(): unknown;
}

export interface StateMachineType<M> {
  create(): M;
  restore(snapshot: unknown): M;
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

export interface DurableMachineOptions<M> {
  dir: string;
  type: StateMachineType<M>;
  /** Snapshot after this many commands since the last one (default 100,000; 0 = never by count). */
  snapshotEvery?: number;
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
  private sinceSnapshot = 0;
  private snapshotting: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failure: Error | undefined;
  private closing = false;

  private constructor(
    private machine: M,
    private readonly journal: Journal,
    private readonly opts: DurableMachineOptions<M>,
    private readonly logger: JournalLogger,
  ) {
    const interval = opts.snapshotIntervalMs ?? 60_000;
    if (interval > 0) {
      this.timer = setInterval(() => {
        if (this.sinceSnapshot > 0) this.snapshot();
      }, interval);
      this.timer.unref();
    }
  }

  /** Recovers `dir` (newest valid snapshot + replay of later commands) and opens it for writing. */
  static async open<M extends AnyMachine>(opts: DurableMachineOptions<M>): Promise<DurableMachine<M>> {
    let machine = opts.type.create();
    const journal = await Journal.open(
      {
        dir: opts.dir,
        ...(opts.fs && { fs: opts.fs }),
        ...(opts.logger && { logger: opts.logger }),
        ...(opts.segmentBytes !== undefined && { segmentBytes: opts.segmentBytes }),
        ...(opts.sync !== undefined && { sync: opts.sync }),
        ...(opts.pruneSegments !== undefined && { pruneSegments: opts.pruneSegments }),
      },
      {
        restore(seq, data) {
          machine = withContext(`snapshot ${seq}`, () =>
            opts.type.restore(JSON.parse(data.toString('utf8'))),
          );
        },
        replay(seq, payload) {
          withContext(`journal record ${seq}`, () => machine.apply(JSON.parse(payload.toString('utf8'))));
        },
      },
    );
    return new DurableMachine(machine, journal, opts, opts.logger ?? stderrLogger);
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
   */
  submit(command: C): Promise<R> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new VenueUnavailableError('venue is closing'));
    if (this.journal.lastSeq - this.journal.durableSeq >= (this.opts.maxPending ?? 100_000)) {
      return Promise.reject(new VenueUnavailableError('venue overloaded: the journal is behind'));
    }
    let payload: string;
    let journaled: C;
    try {
      payload = JSON.stringify(command);
      // Apply exactly what recovery will replay: JSON drops undefined fields and turns NaN into
      // null, and the live state must not see a command the journal cannot reproduce.
      journaled = JSON.parse(payload) as C;
    } catch (err) {
      return Promise.reject(err);
    }
    let result: R;
    try {
      result = this.machine.apply(journaled) as R;
    } catch (err) {
      // The machine broke its own contract (apply never throws for bad input) and may be half
      // updated: stop rather than keep serving a state the journal cannot reproduce.
      this.markFailed(err);
      return Promise.reject(this.failure);
    }
    return new Promise<R>((resolve, reject) => {
      try {
        this.journal.appendString(payload, (err, seq) => {
          if (err !== undefined) {
            this.markFailed(err);
            reject(this.failure);
            return;
          }
          if (this.listeners.size > 0) this.publish({ seq, command: journaled, result });
          resolve(result);
        });
      } catch (err) {
        // The command is applied in memory but not journaled: memory and disk now disagree.
        this.markFailed(err);
        reject(this.failure);
        return;
      }
      const every = this.opts.snapshotEvery ?? 100_000;
      if (++this.sinceSnapshot >= every && every > 0) this.snapshot();
    });
  }

  /** Calls `listener` for every command that becomes durable from now on, in journal order. */
  subscribe(listener: Listener<C, R>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Takes a snapshot of the current state synchronously (so it matches the journal position
   * exactly) and writes it in the background. Skipped while the previous one is still writing.
   */
  snapshot(): Promise<void> {
    if (this.snapshotting !== undefined || this.failure !== undefined) {
      return this.snapshotting ?? Promise.resolve();
    }
    const seq = this.journal.lastSeq;
    if (seq === 0) return Promise.resolve();
    let data: Buffer;
    try {
      data = Buffer.from(JSON.stringify(this.machine.snapshot()), 'utf8');
    } catch (err) {
      // Called from timers and from submit: a failing snapshot must not take either down.
      this.logger.warn({ err: String(err), seq }, 'venue: snapshot failed');
      return Promise.resolve();
    }
    this.sinceSnapshot = 0;
    const writing = this.journal
      .writeSnapshot(seq, data)
      .catch((err: unknown) => {
        // A lost snapshot costs only replay time; the journal still has every command.
        this.logger.warn({ err: String(err), seq }, 'venue: snapshot failed');
      })
      .finally(() => {
        this.snapshotting = undefined;
      });
    this.snapshotting = writing;
    return writing;
  }

  /** Stops accepting commands, waits for every accepted one to be durable, snapshots, closes. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.snapshotting;
    if (this.failure === undefined && this.sinceSnapshot > 0) await this.snapshot();
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

/** Names the snapshot or record that could not be restored, so start-up errors are actionable. */
function withContext<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new Error(`recovery failed at ${what}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
}
