/**
 * The venue: the one service every transport (REST, WebSocket, FIX, back office) calls.
 * Commands in, durable results and events out.
 *
 * - `submit(command)` applies the command to the engine (or the key store) synchronously and in
 *   arrival order, journals it, and resolves only once it is on disk: a gateway that answers on
 *   resolution never acknowledges anything a crash could lose.
 * - `subscribe(listener)` receives every command's result and events after it is durable, in
 *   journal order, so no client sees an event that recovery might not reproduce.
 * - Queries (`engine`, `keys`) read the live state. It can be a few milliseconds ahead of the disk
 *   (commands applied but not yet synced); every mutation still goes through `submit`.
 * - Recovery at `open`: the newest valid snapshot plus replay of every later journaled command.
 */
import type { ApiKeyRecord, KeyStore } from './auth/key-store.ts';
import type { Engine } from './core/index.ts';
import type { JournalFs, JournalLogger } from './journal/index.ts';
import { type Applied, type Done, DurableMachine, VenueUnavailableError } from './venue/durable-machine.ts';
import { type ResultOf, type VenueCommand, type VenueResult, VenueState } from './venue/venue-state.ts';

export type { VenueSnapshot } from './venue/venue-state.ts';
export type { ResultOf, VenueCommand, VenueResult };
export { VenueUnavailableError };

/** A command as gateways build it: `ts` is stamped by the venue when absent. */
export type VenueCommandInput = VenueCommand extends infer C
  ? C extends VenueCommand
    ? Omit<C, 'ts'> & { ts?: number }
    : never
  : never;

type InputResult<T extends VenueCommandInput> = ResultOf<Extract<VenueCommand, { type: T['type'] }>>;

/** The engine minus its mutators: transports read through this, and write through `submit`. */
export type EngineQueries = Omit<Engine, 'apply' | 'snapshot'>;
/** The key store's lookups and verification; keys change only through `submit`. */
export type KeyQueries = Pick<KeyStore, 'get' | 'listByAccount' | 'allowsIp' | 'verifySignature' | 'size'>;

export type VenueEvent = Applied<VenueCommand, VenueResult>;

export interface VenueOptions {
  /** Journal and snapshots live here (created if missing). */
  dataDir: string;
  /** Snapshot every N commands (default 100,000) and/or every T ms with activity (default 60 s). */
  snapshotEvery?: number;
  snapshotIntervalMs?: number;
  /** Submit `expireOrders` this often so GTD orders end on time without traffic (default 1 s; 0 = off). */
  expireEveryMs?: number;
  /** Wall clock in integer µs since the epoch; the venue keeps what it stamps monotonic. */
  clock?: () => number;
  /** Refuse commands while this many are not yet durable (default 100,000). */
  maxPending?: number;
  segmentBytes?: number;
  /** fdatasync each batch (default true). */
  sync?: boolean;
  /** Delete journal segments covered by kept snapshots (default true). */
  pruneSegments?: boolean;
  /** Prepare each next journal segment zero-filled and synced ahead of need (default true). */
  preallocate?: boolean;
  logger?: JournalLogger;
  fs?: JournalFs;
}

const wallClockMicros = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

export class Venue {
  private lastTs: number;
  private readonly expiryTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly durable: DurableMachine<VenueState>,
    private readonly clock: () => number,
    expireEveryMs: number,
  ) {
    // Never stamp a time before what the recovered engine has seen, even if the clock stepped back.
    this.lastTs = durable.state.engine.now;
    if (expireEveryMs > 0) {
      this.expiryTimer = setInterval(() => {
        this.submit({ type: 'expireOrders' }).catch(() => {
          // Only fails once the venue is stopping or stopped; nothing to expire then.
        });
      }, expireEveryMs);
      this.expiryTimer.unref();
    }
  }

  static async open(options: VenueOptions): Promise<Venue> {
    const durable = await DurableMachine.open({
      dir: options.dataDir,
      type: VenueState.type,
      ...(options.snapshotEvery !== undefined && { snapshotEvery: options.snapshotEvery }),
      ...(options.snapshotIntervalMs !== undefined && { snapshotIntervalMs: options.snapshotIntervalMs }),
      ...(options.maxPending !== undefined && { maxPending: options.maxPending }),
      ...(options.segmentBytes !== undefined && { segmentBytes: options.segmentBytes }),
      ...(options.sync !== undefined && { sync: options.sync }),
      ...(options.pruneSegments !== undefined && { pruneSegments: options.pruneSegments }),
      ...(options.preallocate !== undefined && { preallocate: options.preallocate }),
      ...(options.logger && { logger: options.logger }),
      ...(options.fs && { fs: options.fs }),
    });
    return new Venue(durable, options.clock ?? wallClockMicros, options.expireEveryMs ?? 1000);
  }

  /**
   * Applies a command and resolves with its result once it is durable. Rejects with
   * `VenueUnavailableError` (SERVICE_UNAVAILABLE) if the journal can no longer persist commands.
   * A rejection of the command itself (ok: false) is a normal result, not a rejected promise.
   */
  submit<T extends VenueCommandInput>(input: T): Promise<InputResult<T>> {
    return this.durable.submit(this.stamp(input)) as Promise<InputResult<T>>;
  }

  /**
   * `submit` without a promise per command, for gateways that answer from a callback: `done` runs
   * exactly once, always asynchronously, with the durable result or the error `submit` rejects with.
   */
  submitWithCallback<T extends VenueCommandInput>(
    input: T,
    done: (err: Error | undefined, result: InputResult<T> | undefined) => void,
  ): void {
    this.durable.submitWithCallback(this.stamp(input), done as Done<VenueResult>);
  }

  /**
   * The venue's own copy of the command, time-stamped: the caller may reuse or change its object
   * afterwards, and the copy holds plain data properties only (spread reads getters once).
   * Object.assign, not a spread: once the venue has seen a few command shapes, V8's spread clones
   * stop sharing hidden classes (consecutive copies of the same order shape got different maps),
   * which made every property read of the command in the core, isFlatJson and JSON.stringify
   * megamorphic: about 4 µs CPU more per order in bench:journal (profiled: stamp, checkShape,
   * isFlatJson and the GC share all fell with this change).
   */
  private stamp(input: VenueCommandInput): VenueCommand {
    const ts = input.ts ?? this.now();
    if (ts > this.lastTs) this.lastTs = ts;
    // Object.assign would call the `__proto__` setter where a spread defines a plain property.
    if (Object.hasOwn(input, '__proto__')) return { ...input, ts } as VenueCommand;
    const command = Object.assign({}, input) as { ts: number };
    command.ts = ts;
    return command as VenueCommand;
  }

  /** The venue's current time (µs), monotonic, never before the last command's. */
  now(): number {
    const t = this.clock();
    return Math.max(t, this.lastTs);
  }

  subscribe(listener: (event: VenueEvent) => void): () => void {
    return this.durable.subscribe(listener);
  }

  get engine(): EngineQueries {
    return this.durable.state.engine;
  }

  get keys(): KeyQueries {
    return this.durable.state.keys;
  }

  /** Looks a key up by id; a convenience for the authenticators. */
  key(keyId: string): ApiKeyRecord | undefined {
    return this.durable.state.keys.get(keyId);
  }

  /** Journal counters (records, batches, syncs, bytes) for metrics. */
  get journalStats() {
    return this.durable.stats;
  }

  get durableSeq(): number {
    return this.durable.durableSeq;
  }

  /** Writes a snapshot now (normally periodic); resolves when it is on disk. */
  snapshot(): Promise<void> {
    return this.durable.snapshot();
  }

  /** Stops timers, waits until every accepted command is durable, snapshots, and closes. */
  async close(): Promise<void> {
    if (this.expiryTimer !== undefined) clearInterval(this.expiryTimer);
    await this.durable.close();
  }
}
