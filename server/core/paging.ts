// Cursor paging shared by the history queries: newest first, cursors are sequence numbers (stable
// under inserts; a malformed cursor starts at the newest).

import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './constants.ts';
import type { Page, PageQuery } from './views.ts';

const CURSOR = /^[1-9][0-9]{0,15}$/;

export function pageLimit(q: PageQuery | undefined): number {
  const limit = q?.limit;
  if (limit === undefined || !Number.isInteger(limit)) return DEFAULT_PAGE_LIMIT;
  return Math.min(Math.max(limit, 1), MAX_PAGE_LIMIT);
}

/** Items strictly older than the cursor (a sequence number); invalid cursors start at the newest. */
export function below(q: PageQuery | undefined): number {
  const c = q?.cursor;
  return c !== undefined && CURSOR.test(c) ? Number(c) : Number.POSITIVE_INFINITY;
}

/**
 * Walks items from index `from` down to 0 (newest first), keeping `limit` matches; the cursor is the
 * seq of the last item returned, and only given when another match exists.
 */
export function page<V>(
  from: number,
  limit: number,
  itemAt: (i: number) => number,
  keep: (item: number) => boolean,
  view: (item: number) => V,
  seqOf: (item: number) => number = (item) => item,
): Page<V> {
  const data: V[] = [];
  let last = 0;
  for (let i = from; i >= 0; i--) {
    const item = itemAt(i);
    if (!keep(item)) continue;
    if (data.length === limit) return { data, nextCursor: String(last) };
    data.push(view(item));
    last = seqOf(item);
  }
  return { data, nextCursor: null };
}
