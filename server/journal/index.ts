export { JournalCorruptionError, JournalFailedError } from './errors.ts';
export type { FileHooks, JournalFile, JournalFs } from './file-system.ts';
export { hookedJournalFs, nodeJournalFs } from './file-system.ts';
export type { DurableCallback, JournalOptions, JournalStats } from './journal.ts';
export { Journal, stderrLogger } from './journal.ts';
export { readJournal, readStateAt } from './read-journal.ts';
export type { JournalLogger, RecoveryHandler } from './recover.ts';
