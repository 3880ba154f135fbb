/**
 * Raised when a segment or the journal as a whole is damaged in a way that is not a torn final
 * write. Start-up must stop: continuing would silently drop acknowledged data.
 */
export class JournalCorruptionError extends Error {
  override readonly name = 'JournalCorruptionError';

  constructor(
    readonly file: string,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`journal corrupt: ${file} at byte offset ${offset}: ${reason}`);
  }
}

/** The journal can no longer guarantee durability (a write or fsync failed); it refuses work. */
export class JournalFailedError extends Error {
  override readonly name = 'JournalFailedError';

  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
  }
}
