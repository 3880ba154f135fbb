/**
 * Cursor lists as async iterables: `for await (const fill of client.executions.list())` walks every
 * page, fetching the next one only when the previous is used up. Lists the contract does not page
 * (markets, balances, ...) are one page, so every `list` reads the same way.
 */
export interface Page<T> {
  readonly data: readonly T[];
  readonly nextCursor: string | null;
}

export type PageFetcher<T> = (
  cursor: string | undefined,
) => Promise<{ data: T[]; nextCursor?: string | null }>;

export class PagedList<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;

  constructor(fetchPage: PageFetcher<T>) {
    this.#fetchPage = fetchPage;
  }

  /** Every page in turn, newest first as the venue returns them. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor: string | undefined;
    do {
      const page = await this.#fetchPage(cursor);
      const nextCursor = page.nextCursor ?? null;
      yield { data: page.data, nextCursor };
      cursor = nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** The first page only. */
  async firstPage(): Promise<Page<T>> {
    const page = await this.#fetchPage(undefined);
    return { data: page.data, nextCursor: page.nextCursor ?? null };
  }

  /** Every item of every page, collected. */
  async toArray(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}

/** A list query with the page's cursor added (none for the first page). */
export function withCursor<Q extends object>(query: Q, cursor: string | undefined): Q & { cursor?: string } {
  return cursor === undefined ? query : { ...query, cursor };
}
