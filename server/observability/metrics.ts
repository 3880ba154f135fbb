/**
 * The venue's Prometheus metrics: one registry per server (tests run several in one process), the
 * metrics every gateway records, and the venue-derived ones (orders, fills, journal) that no
 * gateway has to remember to count.
 *
 * Gateways call `recordRequest` (REST: one per HTTP request, labelled with the operationId or
 * `unmatched`), `wsConnectionOpened/Closed` and `recordWsMessage`. `observeVenue` counts orders
 * and fills from the venue's durable event stream, whichever gateway placed them.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { JournalFile, JournalFs } from '../journal/index.ts';
import type { Venue } from '../venue.ts';
import { CounterTally } from './tally.ts';

/** Latency buckets in seconds: sub-millisecond reads up to slow fsyncs. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'openvenue_http_requests_total',
    help: 'HTTP requests answered, by operation and status code.',
    labelNames: ['operation', 'method', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'openvenue_http_request_duration_seconds',
    help: 'Time from request start to the end of the response, by operation.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'openvenue_rate_limited_total',
    help: 'Requests and messages refused with RATE_LIMITED, by gateway and bucket.',
    labelNames: ['gateway', 'bucket'] as const,
    registers: [this.registry],
  });
  readonly authFailures = new Counter({
    name: 'openvenue_auth_failures_total',
    help: 'Authentication failures, by gateway and code.',
    labelNames: ['gateway', 'code'] as const,
    registers: [this.registry],
  });
  readonly wsConnections = new Gauge({
    name: 'openvenue_ws_connections',
    help: 'Open WebSocket connections.',
    registers: [this.registry],
  });
  readonly wsMessages = new CounterTally({
    name: 'openvenue_ws_messages_total',
    help: 'WebSocket client messages handled, by op and outcome (ok or the problem code).',
    labelNames: ['op', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly orders = new CounterTally({
    name: 'openvenue_orders_total',
    help: 'placeOrder commands made durable, by market and outcome (accepted, rejected, replayed, refused).',
    labelNames: ['market', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly fills = new CounterTally({
    name: 'openvenue_fills_total',
    help: 'Trades (one per fill between a maker and a taker), by market.',
    labelNames: ['market'] as const,
    registers: [this.registry],
  });
  readonly deadMansSwitchFired = new Counter({
    name: 'openvenue_dead_mans_switch_fired_total',
    help: "Dead man's switch expiries (cancelAllAfter) that canceled an account's orders.",
    registers: [this.registry],
  });
  readonly journalBatchBytes = new Histogram({
    name: 'openvenue_journal_batch_bytes',
    help: 'Bytes written per journal group-commit batch.',
    buckets: [64, 256, 1024, 4096, 16384, 65536, 262144, 1048576],
    registers: [this.registry],
  });
  readonly journalBatchRecords = new Histogram({
    name: 'openvenue_journal_batch_records',
    help: 'Commands per journal group-commit batch (one fdatasync covers them all).',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1024, 4096],
    registers: [this.registry],
  });
  readonly journalFsyncSeconds = new Histogram({
    name: 'openvenue_journal_fsync_seconds',
    help: 'fdatasync latency of journal batches.',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  // Commands journaled as of the previous batch write: the difference is the next batch's size.
  #journalRecords: () => number = () => 0;
  #recordsWritten = 0;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    // Process metrics (CPU, memory, event-loop lag) only for the real server: tests build many registries.
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'openvenue_' });
  }

  /** One answered HTTP request. */
  recordRequest(operation: string, method: string, status: number, seconds: number): void {
    this.httpRequests.inc({ operation, method, status: String(status) });
    this.httpDuration.observe({ operation }, seconds);
  }

  wsConnectionOpened(): void {
    this.wsConnections.inc();
  }

  wsConnectionClosed(): void {
    this.wsConnections.dec();
  }

  /** One WebSocket client message; `outcome` is `ok` or the problem code answered. */
  recordWsMessage(op: string, outcome: string): void {
    this.wsMessages.inc(op, outcome);
  }

  /**
   * Counts orders and fills from the venue's durable stream and exposes the journal counters.
   * Returns the unsubscribe function.
   */
  observeVenue(venue: Venue): () => void {
    const stats = () => venue.journalStats;
    this.#journalRecords = () => venue.journalStats.records;
    this.#recordsWritten = venue.journalStats.records;
    const counters = [
      ['openvenue_journal_records', 'Commands journaled since start-up.', 'records'],
      ['openvenue_journal_batches', 'Group-commit batches written since start-up.', 'batches'],
      ['openvenue_journal_syncs', 'fdatasync calls since start-up.', 'syncs'],
    ] as const;
    for (const [name, help, field] of counters) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(stats()[field]);
        },
      });
    }
    const listed = new Set<string>();
    return venue.subscribe(({ command, result }) => {
      if (command.type === 'placeOrder') {
        const r = result as { ok: boolean; replayed?: boolean; order?: unknown };
        const outcome = r.replayed ? 'replayed' : r.ok ? 'accepted' : r.order ? 'rejected' : 'refused';
        // Only listed markets become label values: a client cannot grow the series with junk symbols.
        // Markets are never delisted, so a symbol found once stays a label (one lookup per market).
        let market = command.market;
        if (!listed.has(market)) {
          if (venue.engine.market(market)) listed.add(market);
          else market = 'unknown';
        }
        this.orders.inc(market, outcome);
      }
      const events = (result as { events?: readonly { type: string; trade?: { market: string } }[] }).events;
      for (const event of events ?? []) {
        if (event.type === 'trade' && event.trade) this.fills.inc(event.trade.market);
      }
    });
  }

  /**
   * Wraps the journal's file system so that every journal segment write (one per group-commit
   * batch) and its fdatasync are measured. Snapshot files pass through unmeasured.
   */
  instrumentJournalFs(fs: JournalFs): JournalFs {
    const wrap = (file: JournalFile, path: string): JournalFile => {
      if (/snapshot/.test(path.split(/[\\/]/).pop() ?? '')) return file;
      return {
        writeAll: (buf, offset, length, position) => {
          // The journal swaps its buffer and starts this write in the same tick, so the commands
          // appended since the previous write are exactly this batch.
          const records = this.#journalRecords();
          if (records > this.#recordsWritten)
            this.journalBatchRecords.observe(records - this.#recordsWritten);
          this.#recordsWritten = records;
          this.journalBatchBytes.observe(length);
          return file.writeAll(buf, offset, length, position);
        },
        datasync: async () => {
          const end = this.journalFsyncSeconds.startTimer();
          try {
            await file.datasync();
          } finally {
            end();
          }
        },
        truncate: (length) => file.truncate(length),
        close: () => file.close(),
      };
    };
    return {
      ...fs,
      openExisting: async (path) => wrap(await fs.openExisting(path), path),
      create: async (path) => wrap(await fs.create(path), path),
    };
  }

  /** The exposition text for `/metrics`. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
