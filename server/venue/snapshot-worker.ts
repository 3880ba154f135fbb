/**
 * The snapshot worker: a follower of the venue's journal in its own thread. It rebuilds the same
 * deterministic machine from disk (newest snapshot + replay, as start-up does) up to the record
 * the main thread names, then applies every batch the main thread posts once durable, in journal
 * order. Its state at record N is therefore the main thread's state at N, and its snapshots are
 * written with the same capture, JSON and atomic file as before, costing the main thread nothing
 * but the posts. It never writes a snapshot past a durable record: it only ever sees durable ones.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { nodeJournalFs } from '../journal/file-system.ts';
import { RECORD_HEADER_BYTES } from '../journal/format.ts';
import { readStateAt } from '../journal/read-journal.ts';
import type { JournalLogger } from '../journal/recover.ts';
import { SnapshotStore } from '../journal/snapshot-store.ts';
import type { StateMachine, StateMachineType } from './durable-machine.ts';
import { jsonInSlices } from './json-slices.ts';
import { SnapshotCadence } from './snapshot-cadence.ts';
import type { FromWorker, ToWorker, WorkerInit } from './snapshot-protocol.ts';

/**
 * Serialisation slices in the worker: long enough to keep yielding cheap, short enough that
 * batches posted meanwhile are applied promptly (the capture is copy-on-write, so they may be).
 */
const SLICE_MS = 20;

const port = parentPort;
if (port === null) throw new Error('snapshot-worker.ts runs only as a worker thread');
const init = workerData as WorkerInit;
const send = (m: FromWorker) => port.postMessage(m);
const logger: JournalLogger = { warn: (fields, msg) => send({ t: 'log', fields, msg }) };

// Background work: on a busy machine the gateways' thread must win every contest for a core
// (measured on 2 cores: at equal priority the worker's apply and serialisation raised order-entry
// p99). On Linux the nice value is per thread, so this lowers this thread only; elsewhere it would
// lower the whole process, so it is left alone there.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch (err) {
    logger.warn({ err: String(err) }, 'could not lower the worker thread priority');
  }
}

let exported: unknown = await import(init.type.module);
for (const key of init.type.name.split('.')) exported = (exported as Record<string, unknown>)[key];
const type = exported as StateMachineType<StateMachine<unknown, unknown>>;

let machine = type.create();
const at = await readStateAt(
  init.dir,
  init.fromSeq,
  {
    restore(_seq, data) {
      machine = type.restore(JSON.parse(data.toString('utf8')));
    },
    replay(_seq, payload) {
      machine.apply(JSON.parse(payload.toString('utf8')));
    },
  },
  logger,
);
let seq = init.fromSeq;
let journalBytes = at.replayedBytes;
let lastWritten = at.snapshotSeq;
const cadence = new SnapshotCadence(init, at.snapshotBytes, {
  commands: init.fromSeq - at.snapshotSeq,
  bytes: at.replayedBytes,
});
const store = new SnapshotStore(nodeJournalFs, init.dir, []);
/** Snapshot requests (sequence numbers) not yet covered by a written snapshot. */
let wanted = 0;
let closeAt: number | undefined;
let writing = false;
let timerDue = false;
let reportedAt = performance.now();
send({ t: 'ready', seq });

if (init.intervalMs > 0) {
  setInterval(() => {
    if (cadence.pending > 0) {
      timerDue = true;
      next();
    }
  }, init.intervalMs).unref();
}

port.on('message', (m: ToWorker) => {
  switch (m.t) {
    case 'batch':
      apply(m.first, m.text);
      break;
    case 'snapshot':
      // Already covered (the main thread had not heard yet): say so, or the request would wait forever.
      if (m.seq <= lastWritten) send({ t: 'covered', seq: lastWritten });
      else wanted = Math.max(wanted, m.seq);
      break;
    case 'close':
      closeAt = m.seq;
      break;
  }
  next();
});

function apply(first: number, text: string): void {
  // A gap means the main thread and this worker disagree on the journal: die and be restarted.
  if (first !== seq + 1) throw new Error(`snapshot worker at record ${seq} was sent records from ${first}`);
  let n = 0;
  let from = 0;
  for (;;) {
    const end = text.indexOf('\n', from);
    machine.apply(JSON.parse(end < 0 ? text.slice(from) : text.slice(from, end)));
    n++;
    if (end < 0) break;
    from = end + 1;
  }
  seq += n;
  // The journal's bytes for these records: their payloads (without the separators) and headers.
  journalBytes += Buffer.byteLength(text) - (n - 1) + n * RECORD_HEADER_BYTES;
  if (cadence.count(n, journalBytes)) timerDue = true;
  const now = performance.now();
  if (now - reportedAt >= 1000) {
    reportedAt = now;
    send({ t: 'at', seq });
  }
}

/** Starts the snapshot that is due, if any and none is being written; answers a close. */
function next(): void {
  if (writing) return;
  const due =
    timerDue || (wanted > lastWritten && seq >= wanted) || (closeAt !== undefined && seq >= closeAt);
  if (closeAt !== undefined && seq >= closeAt && lastWritten >= seq) {
    // The main thread terminates this thread once it has read this.
    send({ t: 'closed', seq: lastWritten });
    return;
  }
  if (!due || seq === lastWritten) {
    timerDue = false;
    return;
  }
  writing = true;
  timerDue = false;
  write().then(
    () => {
      writing = false;
      next();
    },
    (err: unknown) => {
      // The main thread logs the failure and starts a new worker; the journal still has everything.
      setImmediate(() => {
        throw err;
      });
    },
  );
}

async function write(): Promise<void> {
  const t0 = performance.now();
  const snapSeq = seq;
  const capture = machine.snapshot();
  cadence.captured(journalBytes);
  const chunks = await jsonInSlices(capture, { budgetMs: SLICE_MS });
  let bytes = 0;
  for (const c of chunks) bytes += c.length;
  await store.write(snapSeq, chunks);
  cadence.written(bytes);
  lastWritten = snapSeq;
  send({ t: 'written', seq: snapSeq, bytes, ms: performance.now() - t0 });
}
