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

/** The transport under the WebSocket (a net or TLS socket): where the gateway's frames go. */
export interface Transport {
  write(chunk: Buffer): boolean;
  readonly writable: boolean;
}

/**
 * Connections written to in the current turn, flushed together once it ends. A durable journal
 * batch releases all its replies and stream messages in one turn (listeners synchronously, reply
 * handlers in the microtasks after them), so collecting each socket's frames until the tick queue
 * runs turns the turn's frames per socket into one buffer and one write, without reordering or
 * delaying any frame past the turn that produced it.
 */
let pending: WsConnection[] = [];

function flushAll(): void {
  const batch = pending;
  pending = [];
  for (const connection of batch) connection.flush();
}

/** RFC 6455 header length of an unmasked frame carrying `n` payload bytes. */
const headerLength = (n: number): number => (n < 126 ? 2 : n < 65_536 ? 4 : 10);

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
  /** Order-entry requests of this connection submitted but not yet answered, by ticket. */
  readonly #unanswered = new Set<number>();
  #lastTicket = 0;
  readonly #held: HeldMessage[] = [];
  /** Arrival times of the last `maxMessagesPerSecond` messages, as a ring. */
  readonly #arrivals: Float64Array;
  #arrivalIndex = 0;
  /** Text frames (their payloads) written this turn, not yet handed to the transport. */
  #out: (string | Buffer)[] = [];
  /** Payload bytes of each entry of #out. */
  #outLengths: number[] = [];
  /** Bytes #out takes once framed. */
  #outBytes = 0;

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    private readonly transport: Transport,
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

  /**
   * Queues one text frame for the end of the turn; past the buffered-bytes limit the client is a
   * slow consumer. The gateway frames its own messages (server frames are unmasked, FIN set, text
   * opcode) instead of `socket.send`: the library writes a header and a payload per frame through
   * the stream machinery, several objects per frame that outlive nothing but the write, where one
   * buffer per connection and turn does the same. Control frames (ping, pong, close) still go
   * through the library; close() writes what is queued before the close frame.
   */
  send(text: string | Buffer): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return;
    if (this.#out.length === 0 && pending.push(this) === 1) process.nextTick(flushAll);
    // A Buffer is the same message encoded once for many subscribers: still a text frame.
    const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
    this.#out.push(text);
    this.#outLengths.push(length);
    this.#outBytes += headerLength(length) + length;
    if (this.#outBytes + this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      // Queued bytes have not been offered to the kernel yet: write them now, and judge the
      // client only by what it has not taken, as without batching.
      this.flush();
      if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) this.onSlowConsumer(this);
    }
  }

  /** Writes the frames queued this turn (see `pending`) as one buffer. */
  flush(): void {
    const out = this.#out;
    if (out.length === 0) return;
    const lengths = this.#outLengths;
    const frames = Buffer.allocUnsafe(this.#outBytes);
    this.#out = [];
    this.#outLengths = [];
    this.#outBytes = 0;
    let at = 0;
    for (let i = 0; i < out.length; i++) {
      const payload = out[i] as string | Buffer;
      const length = lengths[i] as number;
      frames[at] = 0x81; // FIN, text
      if (length < 126) {
        frames[at + 1] = length;
        at += 2;
      } else if (length < 65_536) {
        frames[at + 1] = 126;
        frames.writeUInt16BE(length, at + 2);
        at += 4;
      } else {
        frames[at + 1] = 127;
        frames.writeUInt32BE(Math.floor(length / 2 ** 32), at + 2);
        frames.writeUInt32BE(length >>> 0, at + 6);
        at += 10;
      }
      if (typeof payload === 'string') frames.write(payload, at, length, 'utf8');
      else payload.copy(frames, at);
      at += length;
    }
    // A socket that ended meanwhile (the peer closed, or was dropped) takes nothing more.
    if (this.transport.writable) this.transport.write(frames);
  }

  /** Starts the closing handshake with the contract's reason text for the code. */
  close(code: CloseCode): void {
    if (this.closing) return;
    this.closing = true;
    this.flush();
    this.socket.close(code, closeReason(code));
  }

  /** Drops the TCP connection without a close frame (a peer that stopped answering pings). */
  terminate(): void {
    this.closing = true;
    this.#out = [];
    this.#outLengths = [];
    this.#outBytes = 0;
    this.socket.terminate();
  }

  /**
   * Sends a private stream message with the channel's next `seq`, unless this connection has a
   * request in flight: the message may be one it caused, and the contract puts a request's reply
   * before every stream message it causes, so it waits until the replies owed at that moment are
   * written. Later requests never hold it back, so a client that pipelines does not starve it.
   */
  sendPrivate(channel: PrivateChannel, build: (seq: number) => string): void {
    if (this.#unanswered.size > 0 || this.#held.length > 0) {
      this.#held.push({ channel, build, after: this.#lastTicket });
      return;
    }
    this.#write(channel, build);
  }

  /** An order-entry request is about to be submitted; answers its ticket for `answered`. */
  awaitReply(): number {
    this.#lastTicket += 1;
    this.#unanswered.add(this.#lastTicket);
    return this.#lastTicket;
  }

  /** The reply for `ticket` is written: send what no longer waits for an older reply. */
  answered(ticket: number): void {
    if (!this.#unanswered.delete(ticket)) return;
    let oldest = Number.POSITIVE_INFINITY;
    for (const t of this.#unanswered) oldest = Math.min(oldest, t);
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
