/** Atomic snapshot files: write a temp file, fsync it, rename it into place, fsync the directory. */
import { join } from 'node:path';
import type { JournalFs } from './file-system.ts';
import { encodeSnapshot, snapshotFileName, TEMP_SUFFIX } from './format.ts';

export class SnapshotStore {
  /** Sequence numbers of the snapshot files on disk, ascending. */
  private readonly seqs: number[];

  constructor(
    private readonly fs: JournalFs,
    private readonly dir: string,
    existing: readonly number[],
  ) {
    this.seqs = [...existing];
  }

  get list(): readonly number[] {
    return this.seqs;
  }

  async write(seq: number, data: Uint8Array): Promise<void> {
    const name = snapshotFileName(seq);
    const temp = join(this.dir, name + TEMP_SUFFIX);
    const bytes = encodeSnapshot(seq, data);
    const file = await this.fs.create(temp);
    try {
      await file.writeAll(bytes, 0, bytes.length, 0);
      await file.datasync();
    } finally {
      await file.close();
    }
    // Readers see either no snapshot or a complete one: the name appears only after the data is on disk.
    await this.fs.rename(temp, join(this.dir, name));
    await this.fs.syncDir(this.dir);
    if (!this.seqs.includes(seq)) this.seqs.push(seq);
    this.seqs.sort((a, b) => a - b);
  }

  /** Deletes all but the newest `keep` snapshots; returns the oldest kept sequence number. */
  async prune(keep: number): Promise<number | undefined> {
    while (this.seqs.length > keep) {
      const seq = this.seqs.shift() as number;
      await this.fs.unlink(join(this.dir, snapshotFileName(seq)));
    }
    return this.seqs[0];
  }
}
