/**
 * One WebSocket session: the socket and everything the contract scopes to it (login, the
 * subscriptions, the private `seq` counters, the orders placed through it for
 * cancel-on-disconnect) and the three guards on it (slow consumer, flood, reply-before-stream).
 */
import type { WebSocket } from 'ws';
import type { ApiKeyRecord } from '../auth/key-store.ts';
import { type CloseCode, closeReason } from './close-codes.ts';

export type PrivateChannel = 'orders' | 'executions' | 'balances';
export type PublicChannel = 'book' | 'trades' | 'ticker';

export interface Session {
  readonly key: ApiKeyRecord;
  readonly accountId: string;
  readonly cancelOnDisconnect: boolean;
}

/** A private message not yet written: its `seq` is assigned only when it is. */
interface HeldMessage {
  readonly channel: PrivateChannel;
  readonly build: (seq: number) => string;
  /** The newest request in flight when it was queued: it waits for that one and all older ones. */
  readonly after: number;
}

export interface ConnectionLimits {
  readonly maxBufferedBytes: number;
  readonly maxMessagesPerSecond: number;
}

/** The transport under the WebSocket (a net or TLS socket): what write batching needs of it. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/** Options of a text frame whose payload is already UTF-8 bytes. */
const TEXT_FRAME = { binary: false } as const;

/**
 * Connections written to in the current turn, uncorked together once it ends. A durable journal
 * batch releases all its replies and stream messages in one turn (listeners synchronously, reply
 * handlers in the microtasks after them), so holding each socket corked until the tick queue runs
 * turns the turn's many frames per socket into one write, without reordering or delaying any
 * frame past the turn that produced it.
 */
let corked: WsConnection[] = [];

function uncorkAll(): void {
  const batch = corked;
  corked = [];
  for (const connection of batch) connection.uncork();
}

export class WsConnection {
  session: Session | undefined;
  /** True once a login or a subscription succeeded (the login timeout no longer applies). */
  engaged = false;
  /** Cleared by each ping, set by each pong. */
  alive = true;
  closing = false;
  loginTimer: NodeJS.Timeout | undefined;
  readonly markets: Record<PublicChannel, Set<string>> = {
    book: new Set(),
    trades: new Set(),
    ticker: new Set(),
  };
  readonly channels = new Set<PrivateChannel>();
  /** Open orders placed through this connection, canceled when it ends if cancel-on-disconnect is on. */
  readonly placedOrders = new Set<string>();
  /**
   * Venue submissions not yet settled, of a cancel-on-disconnect session: the end of the
   * connection waits for them before canceling.
   */
  readonly inFlight = new Set<Promise<unknown>>();
  readonly #seq: Record<PrivateChannel, number> = { orders: 0, executions: 0, balances: 0 };
  /**
   * Tickets of this connection's order-entry requests submitted but not yet answered, ascending.
   * Replies come in ticket order (the journal completes in order), so answering is a shift. An
   * array and not a Set: adding and deleting on a long-lived Set makes V8 rebuild its table in old
   * space every few operations (~120 B of old-generation garbage per request).
   */
  readonly #unanswered: number[] = [];
  #lastTicket = 0;
  readonly #held: HeldMessage[] = [];
  /** Arrival times of the last `maxMessagesPerSecond` messages, as a ring. */
  readonly #arrivals: Float64Array;
  #arrivalIndex = 0;
  #corked = false;

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    private readonly transport: Corkable,
    readonly ip: string,
    private readonly limits: ConnectionLimits,
    private readonly onSlowConsumer: (connection: WsConnection) => void,
  ) {
    this.#arrivals = new Float64Array(limits.maxMessagesPerSecond).fill(Number.NEGATIVE_INFINITY);
  }

  /**
   * Records one client message at `nowMs`; false when it is more than the allowed number within
   * one second (the oldest of the last N arrived less than a second ago).
   */
  admit(nowMs: number): boolean {
    const oldest = this.#arrivals[this.#arrivalIndex] as number;
    if (nowMs - oldest < 1000) return false;
    this.#arrivals[this.#arrivalIndex] = nowMs;
    this.#arrivalIndex = (this.#arrivalIndex + 1) % this.#arrivals.length;
    return true;
  }

  /** Writes one text frame; past the buffered-bytes limit the client is a slow consumer. */
  send(text: string | Buffer): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return;
    if (!this.#corked) {
      this.#corked = true;
      this.transport.cork();
      if (corked.push(this) === 1) process.nextTick(uncorkAll);
    }
    // A Buffer is the same message encoded once for many subscribers: still a text frame.
    if (typeof text === 'string') this.socket.send(text);
    else this.socket.send(text, TEXT_FRAME);
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      // Corked bytes count in bufferedAmount but the kernel has not been offered them yet: write
      // them now, and judge the client only by what it has not taken, as without batching.
      this.uncork();
      if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) this.onSlowConsumer(this);
    }
  }

  /** Writes what this turn queued (see `corked`). */
  uncork(): void {
    if (!this.#corked) return;
    this.#corked = false;
    this.transport.uncork();
  }

  /** Starts the closing handshake with the contract's reason text for the code. */
  close(code: CloseCode): void {
    if (this.closing) return;
    this.closing = true;
    this.socket.close(code, closeReason(code));
  }

  /** Drops the TCP connection without a close frame (a peer that stopped answering pings). */
  terminate(): void {
    this.closing = true;
    this.socket.terminate();
  }

  /**
   * Sends a private stream message with the channel's next `seq`, unless this connection has a
   * request in flight: the message may be one it caused, and the contract puts a request's reply
   * before every stream message it causes, so it waits until the replies owed at that moment are
   * written. Later requests never hold it back, so a client that pipelines does not starve it.
   */
  sendPrivate(channel: PrivateChannel, build: (seq: number) => string): void {
    if (this.#unanswered.length > 0 || this.#held.length > 0) {
      this.#held.push({ channel, build, after: this.#lastTicket });
      return;
    }
    this.#write(channel, build);
  }

  /** An order-entry request is about to be submitted; answers its ticket for `answered`. */
  awaitReply(): number {
    this.#lastTicket += 1;
    this.#unanswered.push(this.#lastTicket);
    return this.#lastTicket;
  }

  /** The reply for `ticket` is written: send what no longer waits for an older reply. */
  answered(ticket: number): void {
    // Nothing held (no private stream waiting, the usual order-entry connection): nothing to scan.
    const unanswered = this.#unanswered;
    if (unanswered[0] === ticket) unanswered.shift();
    else {
      const at = unanswered.indexOf(ticket);
      if (at < 0) return;
      unanswered.splice(at, 1);
    }
    if (this.#held.length === 0) return;
    const oldest = unanswered.length > 0 ? (unanswered[0] as number) : Number.POSITIVE_INFINITY;
    let n = 0;
    while (n < this.#held.length && (this.#held[n] as HeldMessage).after < oldest) n++;
    for (const message of this.#held.splice(0, n)) {
      // A channel unsubscribed meanwhile gets nothing after its unsubscribe reply.
      if (this.channels.has(message.channel)) this.#write(message.channel, message.build);
    }
  }

  #write(channel: PrivateChannel, build: (seq: number) => string): void {
    this.#seq[channel] += 1;
    this.send(build(this.#seq[channel]));
  }
}
