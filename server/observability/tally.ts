/**
 * A prom-client counter fed from plain numbers. `Counter.inc(labels)` hashes the label object on
 * every call, which on the WebSocket order path (one count per message and per order) cost more
 * than the rest of the bookkeeping; here a count is two map lookups and an addition, and the sums
 * move into the counter when it is collected (every scrape and `get()`), so `/metrics` shows
 * exactly the same series and values.
 */
import { Counter, type CounterConfiguration } from 'prom-client';

interface Cell {
  readonly labels: Record<string, string>;
  n: number;
}

export class CounterTally<L extends string> {
  readonly counter: Counter<L>;
  /** First label value, then second (or '' for a one-label counter), to the running count. */
  readonly #cells = new Map<string, Map<string, Cell>>();
  readonly #names: readonly string[];

  constructor(config: CounterConfiguration<L> & { labelNames: readonly L[] }) {
    this.#names = config.labelNames;
    if (this.#names.length < 1 || this.#names.length > 2)
      throw new Error('CounterTally takes one or two labels');
    const flush = () => this.flush();
    this.counter = new Counter<L>({ ...config, collect: flush });
  }

  /** One more for the label values, in `labelNames` order. */
  inc(first: string, second = ''): void {
    let inner = this.#cells.get(first);
    if (inner === undefined) {
      inner = new Map();
      this.#cells.set(first, inner);
    }
    const cell = inner.get(second);
    if (cell !== undefined) {
      cell.n += 1;
      return;
    }
    const labels: Record<string, string> = { [this.#names[0] as string]: first };
    if (this.#names.length === 2) labels[this.#names[1] as string] = second;
    inner.set(second, { labels, n: 1 });
  }

  /** Moves the counts made since the last collection into the prom-client counter. */
  flush(): void {
    for (const inner of this.#cells.values()) {
      for (const cell of inner.values()) {
        if (cell.n === 0) continue;
        this.counter.inc(cell.labels as Partial<Record<L, string>>, cell.n);
        cell.n = 0;
      }
    }
  }
}
