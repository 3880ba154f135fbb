/** Atomic snapshot files: write a temp file, fsync it, rename it into place, fsync the directory. */
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { JournalFs } from './file-system.ts';
import {
  encodeSnapshotHeader,
  SNAPSHOT_HEADER_BYTES,
  snapshotCrcStart,
  snapshotFileName,
  TEMP_SUFFIX,
} from './format.ts';

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

  /** Writes `data` (one buffer, or chunks to be concatenated) as snapshot `seq`, atomically. */
  async write(seq: number, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const name = snapshotFileName(seq);
    const temp = join(this.dir, name + TEMP_SUFFIX);
    const chunks = data instanceof Uint8Array ? [data] : data;
    let length = 0;
    for (const chunk of chunks) length += chunk.length;
    const file = await this.fs.create(temp);
    try {
      // Chunk by chunk, checksumming each just before it is written: a snapshot of a large venue
      // never holds the event loop for one whole-file copy or CRC.
      let crc = snapshotCrcStart(seq, length);
      let position = SNAPSHOT_HEADER_BYTES;
      for (const chunk of chunks) {
        crc = crc32(chunk, crc);
        await file.writeAll(chunk, 0, chunk.length, position);
        position += chunk.length;
      }
      const header = encodeSnapshotHeader(seq, length, crc);
      await file.writeAll(header, 0, header.length, 0);
      await file.datasync();
    } finally {
      await file.close();
    }
    // Readers see either no snapshot or a complete one: the name appears only after the data is on disk.
    await this.fs.rename(temp, join(this.dir, name));
    await this.fs.syncDir(this.dir);
    this.add(seq);
  }

  /** Counts snapshot `seq`, already in place (written by another thread), for retention. */
  add(seq: number): void {
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
