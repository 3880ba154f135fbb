/** The messages between the venue's main thread and its snapshot worker (snapshot-worker.ts). */
import type { CadenceOptions } from './snapshot-cadence.ts';

/** Where the worker finds the machine type: `(await import(module))` then the dotted `name`. */
export interface MachineTypeRef {
  module: string;
  name: string;
}

export interface WorkerInit extends CadenceOptions {
  dir: string;
  type: MachineTypeRef;
  /** The worker starts from the state after this record (durable, on disk). */
  fromSeq: number;
  /** Snapshot when this much time passed with at least one new command (0 = off). */
  intervalMs: number;
}

export type ToWorker =
  /** Records first..first+n-1, durable, their JSON payloads joined with '\n' (never in JSON text). */
  | { t: 'batch'; first: number; text: string }
  /** Write a snapshot at `seq` or later as soon as the worker has applied `seq`. */
  | { t: 'snapshot'; seq: number }
  /** After `seq`, write a final snapshot if anything is not covered yet, then answer `closed`. */
  | { t: 'close'; seq: number };

export type FromWorker =
  | { t: 'ready'; seq: number }
  /** Progress, at most about once a second: every record up to `seq` is applied. */
  | { t: 'at'; seq: number }
  /** Snapshot `seq` is in place (renamed, directory synced); `ms` from capture to rename. */
  | { t: 'written'; seq: number; bytes: number; ms: number }
  /** A requested snapshot was already covered by snapshot `seq`. */
  | { t: 'covered'; seq: number }
  | { t: 'closed'; seq: number }
  | { t: 'log'; fields: Record<string, unknown>; msg: string };
