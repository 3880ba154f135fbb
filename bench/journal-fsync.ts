/**
 * bench:journal --mode fsync — where the journal's slow fdatasyncs come from.
 *
 * A venue in a FRESH data directory (as `npm start` and bench:ws begin) takes orders one at a
 * time at --rate per second (default 10,000, bench:ws's order-entry rate) for --seconds. Every
 * file operation of the journal is timed through a JournalFs wrapper; printed: the histogram of
 * the batch fdatasyncs (the buckets of /metrics openvenue_journal_fsync_seconds), and every batch
 * sync slower than 5 ms with what else the journal had in flight meanwhile (the spare segment's
 * zero-fill writes and syncs, segment creation, directory syncs). --segment-mb N (default 64, the
 * venue's default) makes the spare's zero-fill start earlier (it starts at half a segment).
 */
import { performance } from 'node:perf_hooks';
import { type FileHooks, hookedJournalFs, type JournalFs, nodeJournalFs } from '../server/journal/index.ts';
import type { Venue, VenueCommandInput, VenueOptions } from '../server/venue.ts';
import { submitPaced } from './lib/paced.ts';

const BUCKETS_MS = [0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500];
const SLOW_MS = 5;

type Kind =
  | 'batch write'
  | 'batch sync'
  | 'spare write'
  | 'spare sync'
  | 'other write'
  | 'other sync'
  | 'dir sync';

interface Op {
  kind: Kind;
  /** For batch operations: whether the segment was preallocated (a spare) or grows by appending. */
  segment: 'appended' | 'preallocated' | '';
  start: number;
  end: number;
  bytes: number;
}

/** Times every journal file operation; segments vs the spare are told apart by file name. */
export class FsProbe {
  readonly ops: Op[] = [];
  private measureFrom = Number.POSITIVE_INFINITY;

  startMeasuring(): void {
    this.measureFrom = performance.now();
  }

  private async time<T>(
    kind: Kind,
    bytes: number,
    run: () => Promise<T>,
    segment: Op['segment'] = '',
  ): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      if (start >= this.measureFrom) this.ops.push({ kind, segment, start, end: performance.now(), bytes });
    }
  }

  readonly fs: JournalFs = {
    ...hookedJournalFs(nodeJournalFs, (path) => this.hooks(path)),
    syncDir: (dir) => this.time('dir sync', 0, () => nodeJournalFs.syncDir(dir)),
  };

  private hooks(path: string): FileHooks {
    const name = path.split(/[\\/]/).pop() ?? '';
    // A spare keeps its file handle after its rename: the handle, not the name, tells them apart.
    let role: 'batch' | 'spare' | 'other' = name.startsWith('segment-spare')
      ? 'spare'
      : name.startsWith('segment-')
        ? 'batch'
        : 'other';
    const segment = role === 'spare' ? 'preallocated' : 'appended';
    return {
      writeAll: (write, length, position) => {
        // The spare's header write at rotation is its first write past the fill: from then on it
        // is the live segment.
        if (role === 'spare' && position === 0 && length < 4096) role = 'batch';
        return this.time(`${role} write`, length, write, segment);
      },
      datasync: (sync) => this.time(`${role} sync`, 0, sync, segment),
    };
  }

  /** Histogram of batch syncs, then each slow one with the operations overlapping it. */
  print(): void {
    const syncs = this.ops.filter((o) => o.kind === 'batch sync');
    histogram('all batch fdatasyncs', syncs);
    for (const segment of ['appended', 'preallocated'] as const) {
      const some = syncs.filter((o) => o.segment === segment);
      if (some.length > 0 && some.length < syncs.length) histogram(`  in ${segment} segments`, some);
    }
    const fills = this.ops.filter((o) => o.kind === 'spare write' || o.kind === 'spare sync');
    if (fills.length > 0) {
      // Batch syncs overlapping any zero-fill write or sync, against the rest of the same run.
      const overlaps = (s: Op) => fills.some((f) => f.end > s.start && f.start < s.end);
      const during = syncs.filter(overlaps);
      const written = fills.reduce((a, o) => a + o.bytes, 0);
      console.log(`  spare zero-fill: ${(written / 2 ** 20).toFixed(0)} MiB written while measuring`);
      histogram('  batch syncs overlapping a zero-fill write or sync', during);
      histogram(
        '  the other batch syncs',
        syncs.filter((s) => !overlaps(s)),
      );
    }
    const snapshotIo = this.ops.filter((o) => o.kind === 'other write' || o.kind === 'other sync');
    if (snapshotIo.length > 0) {
      const overlaps = (s: Op) => snapshotIo.some((f) => f.end > s.start && f.start < s.end);
      const written = snapshotIo.reduce((a, o) => a + o.bytes, 0);
      console.log(`  snapshot files: ${(written / 2 ** 20).toFixed(0)} MiB written while measuring`);
      histogram('  batch syncs overlapping a snapshot write or sync', syncs.filter(overlaps));
    }
    const slow = syncs.filter((s) => s.end - s.start > SLOW_MS);
    console.log(`  batch syncs > ${SLOW_MS} ms: ${slow.length}`);
    const t0 = this.measureFrom;
    for (const s of slow.slice(0, 40)) {
      const overlapping = new Map<Kind, { n: number; bytes: number }>();
      for (const o of this.ops) {
        if (o === s || o.end <= s.start || o.start >= s.end) continue;
        const e = overlapping.get(o.kind) ?? { n: 0, bytes: 0 };
        e.n++;
        e.bytes += o.bytes;
        overlapping.set(o.kind, e);
      }
      const what = [...overlapping]
        .map(([k, e]) => `${e.n} ${k}${e.bytes > 0 ? ` (${(e.bytes / 1024).toFixed(0)} KiB)` : ''}`)
        .join(', ');
      console.log(
        `    at ${((s.start - t0) / 1000).toFixed(3)} s: ${(s.end - s.start).toFixed(1)} ms; in flight: ${what || 'nothing else'}`,
      );
    }
    if (slow.length > 40) console.log(`    ... and ${slow.length - 40} more`);
  }
}

/**
 * Orders at `rate` per second for `seconds` (after a 1 s warm-up) into a venue opened by `open`
 * on the probe's file system; prints the probe's findings.
 */
export async function benchFsync(
  open: (more: Partial<VenueOptions>) => Promise<Venue>,
  next: () => VenueCommandInput,
  rate: number,
  seconds: number,
  segmentMiB: number,
  snapshotEvery: number,
): Promise<void> {
  const probe = new FsProbe();
  const venue = await open({ fs: probe.fs, segmentBytes: segmentMiB * 2 ** 20, snapshotEvery });
  const { latencies } = await submitPaced(
    (c: VenueCommandInput) => venue.submit(c),
    next,
    rate,
    1000,
    seconds,
    () => probe.startMeasuring(),
  );
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0).toFixed(2);
  console.log(
    `\nfsync probe: ${rate.toLocaleString('en-US')} orders/s paced, fresh directory, ${segmentMiB} MiB segments, snapshot every ${snapshotEvery || 'never'}, ${seconds} s measured`,
  );
  console.log(
    `  submit→durable p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   p99.9 ${at(0.999)} ms   max ${at(1)} ms   (${sorted.length.toLocaleString('en-US')} orders)`,
  );
  probe.print();
  await venue.close();
}

function histogram(title: string, syncs: Op[]): void {
  const ms = syncs.map((o) => o.end - o.start).sort((a, b) => a - b);
  console.log(`  ${title}: ${ms.length}; share at or under each bound:`);
  const cells = BUCKETS_MS.map((b) => {
    const n = ms.filter((v) => v <= b).length;
    return `≤${b} ms ${((100 * n) / Math.max(1, ms.length)).toFixed(2)}%`;
  });
  console.log(`    ${cells.slice(0, 6).join('  ')}\n    ${cells.slice(6, 9).join('  ')}`);
  const q = (p: number) =>
    ms.length === 0 ? 0 : (ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? 0);
  console.log(
    `    p50 ${q(0.5).toFixed(2)} ms   p99 ${q(0.99).toFixed(2)} ms   p99.9 ${q(0.999).toFixed(2)} ms   max ${(ms.at(-1) ?? 0).toFixed(2)} ms`,
  );
}
