/**
 * When to snapshot: after at least `every` commands AND once the journal written since the last
 * snapshot is at least `growth` times that snapshot's size (Redis's auto-aof-rewrite-percentage).
 * A snapshot costs O(state) and state grows with history, so a fixed command count would make the
 * cost per command grow without bound; tying the interval to the snapshot's own size keeps
 * serialisation at most 1/growth bytes per journal byte, and bounds recovery to reading one
 * snapshot of size S plus at most max(every commands, growth x S) bytes of journal.
 */
export interface CadenceOptions {
  /** At least this many commands between snapshots (0 = never by count or size). */
  every: number;
  /** Journal bytes since the last snapshot, as a multiple of its size (0 = count only). */
  growth: number;
}

export class SnapshotCadence {
  private commands = 0;
  private bytesAtLast: number;

  constructor(
    private readonly opts: CadenceOptions,
    /** Size of the snapshot the state was restored from (0: none). */
    private lastSize: number,
    /** Commands and journal bytes already past that snapshot (replayed at start-up). */
    since: { commands: number; bytes: number } = { commands: 0, bytes: 0 },
  ) {
    this.commands = since.commands;
    this.bytesAtLast = -since.bytes;
  }

  /** Commands since the last capture. */
  get pending(): number {
    return this.commands;
  }

  /** Counts `n` more commands, with `totalBytes` the journal bytes so far; true when one is due. */
  count(n: number, totalBytes: number): boolean {
    this.commands += n;
    const { every, growth } = this.opts;
    return every > 0 && this.commands >= every && totalBytes - this.bytesAtLast >= growth * this.lastSize;
  }

  /** A snapshot was captured with the journal at `totalBytes`: counting starts again. */
  captured(totalBytes: number): void {
    this.commands = 0;
    this.bytesAtLast = totalBytes;
  }

  /** The captured snapshot was written: its size sets the next interval. */
  written(size: number): void {
    this.lastSize = size;
  }
}
