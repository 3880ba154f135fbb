/**
 * A closed-loop HTTP/1.1 load generator over raw keep-alive sockets: each connection writes one
 * request, waits for the complete response, then writes the next (no pipelining). Parsing is the
 * least that is correct for these servers (status line, Content-Length), so the client spends its
 * CPU on building and signing requests rather than on a general-purpose HTTP stack; the same
 * client drives every server measured, so their figures compare.
 *
 * Only requests that start after the warm-up and complete within the measured window count.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { ownCpuSeconds } from './stats.ts';

export interface LoadOptions {
  host: string;
  port: number;
  connections: number;
  warmupMs: number;
  seconds: number;
  /** The complete request (request line, headers, body) for connection `conn`'s `seq`-th request. */
  request: (conn: number, seq: number) => string;
  /** Optional check of each response; answer an error text to count it as a failure. */
  check?: (status: number, body: Buffer) => string | undefined;
}

export interface LoadResult {
  /** Requests counted in the measured window. */
  completed: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Map<number, number>;
  /** Failures counted in the window, with up to five examples. */
  failures: number;
  failureSamples: string[];
  /** This process's CPU seconds during the measured window. */
  clientCpuSeconds: number;
}

const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;

class Connection {
  #buffer: Buffer | null = null;
  #seq = 0;
  #sentAt = 0;
  readonly socket: net.Socket;

  constructor(
    readonly index: number,
    private readonly options: LoadOptions,
    private readonly onResponse: (conn: Connection, startedAt: number, status: number, body: Buffer) => void,
    onError: (error: Error) => void,
  ) {
    this.socket = net.connect({ host: options.host, port: options.port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => {
      try {
        this.#data(chunk);
      } catch (error) {
        onError(error as Error);
      }
    });
    this.socket.on('error', onError);
  }

  send(): void {
    this.#sentAt = performance.now();
    this.socket.write(this.options.request(this.index, this.#seq++));
  }

  #data(chunk: Buffer): void {
    this.#buffer = this.#buffer ? Buffer.concat([this.#buffer, chunk]) : chunk;
    for (;;) {
      const buffer: Buffer | null = this.#buffer;
      if (buffer === null) return;
      const headerEnd: number = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const head = buffer.toString('latin1', 0, headerEnd);
      const length = CONTENT_LENGTH.exec(head);
      if (!length) throw new Error(`a response without Content-Length:\n${head}`);
      const end: number = headerEnd + 4 + Number(length[1]);
      if (buffer.length < end) return;
      const status = Number(head.slice(9, 12));
      const body = buffer.subarray(headerEnd + 4, end);
      this.#buffer = buffer.length === end ? null : buffer.subarray(end);
      this.onResponse(this, this.#sentAt, status, body);
    }
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    completed: 0,
    seconds: options.seconds,
    latenciesMs: [],
    statuses: new Map(),
    failures: 0,
    failureSamples: [],
    clientCpuSeconds: Number.NaN,
  };
  let fatal: Error | undefined;
  const t0 = performance.now();
  const measureFrom = t0 + options.warmupMs;
  const measureTo = measureFrom + options.seconds * 1000;
  let active = options.connections;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });

  const onResponse = (conn: Connection, startedAt: number, status: number, body: Buffer) => {
    const now = performance.now();
    if (startedAt >= measureFrom && now <= measureTo) {
      result.completed++;
      result.latenciesMs.push(now - startedAt);
      result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
      const failure = options.check?.(status, body);
      if (failure !== undefined) {
        result.failures++;
        if (result.failureSamples.length < 5) result.failureSamples.push(failure);
      }
    }
    if (now < measureTo && fatal === undefined) {
      conn.send();
    } else {
      conn.socket.end();
      if (--active === 0) done();
    }
  };
  const onError = (error: Error) => {
    fatal ??= error;
    done();
  };

  const connections = Array.from(
    { length: options.connections },
    (_, i) => new Connection(i, options, onResponse, onError),
  );
  await Promise.all(connections.map((c) => new Promise((resolve) => c.socket.once('connect', resolve))));
  // Client CPU over the measured window: read when it opens and when the last connection ends
  // (just after it closes), scaled to the window.
  let cpuStart = Number.NaN;
  const startCpu = setTimeout(
    () => {
      cpuStart = ownCpuSeconds();
    },
    Math.max(0, measureFrom - performance.now()),
  );
  for (const c of connections) c.send();
  await finished;
  clearTimeout(startCpu);
  const overMs = performance.now() - measureFrom;
  result.clientCpuSeconds = ((ownCpuSeconds() - cpuStart) * options.seconds * 1000) / overMs;
  for (const c of connections) c.socket.destroy();
  if (fatal) throw fatal;
  return result;
}
