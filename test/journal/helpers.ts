import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { JournalFs, JournalLogger } from '../../server/journal/index.ts';
import { hookedJournalFs, nodeJournalFs } from '../../server/journal/index.ts';

export function tempDir(prefix = 'ov-journal-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A factory of temporary directories that are removed after each test of the calling file. */
export function tempDirs(prefix = 'ov-journal-'): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  return () => {
    const t = tempDir(prefix);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}

export interface SyncGate {
  /** While true, every datasync waits for `release()`. */
  hold: boolean;
  /** Resolves the oldest blocked datasync. */
  release(): void;
  readonly blocked: number;
}

/**
 * The real file system with every call counted, and optionally datasync held until released, so
 * tests can observe exactly what forms a batch.
 */
export function countingFs(options: { failSync?: () => boolean } = {}) {
  const counts = { datasync: 0, writes: 0, syncDir: 0, renames: 0 };
  const held: (() => void)[] = [];
  const gate: SyncGate = {
    hold: false,
    release() {
      held.shift()?.();
    },
    get blocked() {
      return held.length;
    },
  };
  const fs: JournalFs = {
    ...hookedJournalFs(nodeJournalFs, () => ({
      async writeAll(write) {
        counts.writes++;
        await write();
      },
      async datasync(sync) {
        counts.datasync++;
        if (options.failSync?.()) throw new Error('EIO: injected fsync failure');
        if (gate.hold) await new Promise<void>((resolve) => held.push(resolve));
        await sync();
      },
    })),
    async rename(from, to) {
      counts.renames++;
      await nodeJournalFs.rename(from, to);
    },
    async syncDir(dir) {
      counts.syncDir++;
      await nodeJournalFs.syncDir(dir);
    },
  };
  return { fs, counts, gate };
}

export function recordingLogger(): JournalLogger & { messages: string[] } {
  const messages: string[] = [];
  return {
    messages,
    warn(fields, msg) {
      messages.push(`${msg} ${JSON.stringify(fields)}`);
    },
  };
}

/** Polls (on timers, so thread-pool I/O can finish) until `cond` holds; gives up after ~5 s. */
export async function until(cond: () => boolean): Promise<boolean> {
  for (let i = 0; i < 5000 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
  return cond();
}

export const text = (s: string) => Buffer.from(s, 'utf8');
