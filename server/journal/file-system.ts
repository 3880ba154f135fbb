/**
 * The file-system operations the journal uses, behind an interface so tests can count syncs and
 * inject failures without mocking Node's modules.
 */
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';

export interface JournalFile {
  /** Writes all `length` bytes at `position` (loops over short writes). */
  writeAll(buf: Uint8Array, offset: number, length: number, position: number): Promise<void>;
  /** fdatasync: data and the metadata needed to read it back (size), not timestamps. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface JournalFs {
  mkdirp(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Buffer>;
  /** Opens an existing file for writing without truncating it. */
  openExisting(path: string): Promise<JournalFile>;
  /** Creates (or truncates) a file for writing. */
  create(path: string): Promise<JournalFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** fsync a directory so that creations, renames and deletions in it are durable. */
  syncDir(dir: string): Promise<void>;
}

class NodeJournalFile implements JournalFile {
  constructor(private readonly handle: import('node:fs/promises').FileHandle) {}

  async writeAll(buf: Uint8Array, offset: number, length: number, position: number): Promise<void> {
    let done = 0;
    while (done < length) {
      const { bytesWritten } = await this.handle.write(buf, offset + done, length - done, position + done);
      done += bytesWritten;
    }
  }

  datasync(): Promise<void> {
    return this.handle.datasync();
  }

  truncate(length: number): Promise<void> {
    return this.handle.truncate(length);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export const nodeJournalFs: JournalFs = {
  async mkdirp(dir) {
    // Owner only: the journal holds API key secrets (create commands) in the clear.
    await mkdir(dir, { recursive: true, mode: 0o700 });
  },
  readdir: (dir) => readdir(dir),
  readFile: (path) => readFile(path),
  async openExisting(path) {
    return new NodeJournalFile(await open(path, 'r+'));
  },
  async create(path) {
    return new NodeJournalFile(await open(path, 'w', 0o600));
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async syncDir(dir) {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** What an instrumented file system (tests, benchmarks) does around each write and sync of a file. */
export interface FileHooks {
  /** Must call `write` (the real write) once; may act before and after it. */
  writeAll?(write: () => Promise<void>, length: number, position: number): Promise<void>;
  /** Must call `sync` (the real fdatasync) once, or throw instead. */
  datasync?(sync: () => Promise<void>): Promise<void>;
}

/** `base` with the writes and syncs of every file it opens or creates passed through `hooks(path)`. */
export function hookedJournalFs(base: JournalFs, hooks: (path: string) => FileHooks): JournalFs {
  const wrap = (file: JournalFile, path: string): JournalFile => {
    const h = hooks(path);
    return {
      writeAll(buf, offset, length, position) {
        const write = () => file.writeAll(buf, offset, length, position);
        return h.writeAll === undefined ? write() : h.writeAll(write, length, position);
      },
      datasync: () => (h.datasync === undefined ? file.datasync() : h.datasync(() => file.datasync())),
      truncate: (length) => file.truncate(length),
      close: () => file.close(),
    };
  };
  return {
    ...base,
    openExisting: async (path) => wrap(await base.openExisting(path), path),
    create: async (path) => wrap(await base.create(path), path),
  };
}
