/**
 * The WebSocket session: the generated `WsClient` (typed requests correlated by `id`, typed event
 * fan-out) over a socket this class keeps alive. It logs in, resubscribes and resynchronises its
 * local books after every reconnect, detects dead connections with the `ping` operation (browsers
 * cannot see protocol pings), and reconnects with exponential backoff and jitter as the close-code
 * table advises.
 */
import { WsClient } from '../../../generated/asyncapi/client.ts';
import {
  type ErrorReplyMessage,
  eventMatchers,
  type ServerEvents,
} from '../../../generated/asyncapi/messages.ts';
import { APIConnectionError, errorFromProblem } from '../errors.ts';
import { newClientOrderId } from '../ids.ts';
import { prehash, type Signer } from '../signing.ts';
import { type BookData, LocalOrderBook } from './book.ts';
import type {
  Channel,
  LifecycleEvents,
  Order,
  Schemas,
  SocketEvents,
  SocketInternals,
  SocketLike,
  WebSocketConstructor,
} from './types.ts';

/** Close codes after which reconnecting cannot help (x-close-codes with `reconnect: false`). */
const FINAL_CLOSE_CODES = new Set([1000, 1003, 1007, 1008, 1009]);
const OPEN = 1;

function isReply<T extends object>(reply: T | ErrorReplyMessage): reply is T {
  return !('error' in reply);
}

export class OpenVenueSocket {
  readonly #options: SocketInternals;
  readonly #client: WsClient;
  #socket: SocketLike | undefined;
  #closedByUser = false;
  #attempt = 0;
  #lastReceived = 0;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** The first connect, shared by concurrent `connect()` calls. */
  #ready: Promise<void> | undefined;
  /** Open, logged in and resubscribed: requests may be resent. */
  #isReady = false;
  #readyWaiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  readonly #subscriptions = new Map<Channel, Set<string> | 'all'>();
  readonly #books = new Map<string, LocalOrderBook>();
  readonly #lifecycle = new Map<string, Set<(payload: never) => void>>();
  #reconnects = 0;

  constructor(options: SocketInternals) {
    this.#options = options;
    this.#client = new WsClient(
      { send: (frame) => this.#send(frame) },
      { events: eventMatchers, idType: 'string', eventValidators: {}, replyValidators: {} },
      {
        timeoutMs: options.requestTimeoutMs ?? 10_000,
        onUnexpected: (_message, reason) => this.#emit('error', new Error(`unexpected message: ${reason}`)),
      },
    );
    this.#client.on('bookSnapshot', (m) => this.#onBook(m.data, true));
    this.#client.on('bookUpdate', (m) => this.#onBook(m.data as BookData, false));
  }

  /** Reconnections made so far (not counting the first connect). */
  get reconnects(): number {
    return this.#reconnects;
  }

  get connected(): boolean {
    return this.#socket?.readyState === OPEN;
  }

  /** Opens the connection (and logs in); resolves when ready. Later reconnects are automatic. */
  connect(): Promise<void> {
    this.#closedByUser = false;
    this.#ready ??= this.#open(false).catch((error: unknown) => {
      this.#ready = undefined;
      this.close();
      throw error;
    });
    return this.#ready;
  }

  /** Closes for good: no reconnect; pending requests are rejected. */
  close(): void {
    this.#closedByUser = true;
    this.#isReady = false;
    this.#ready = undefined;
    clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
    this.#stopHeartbeat();
    const socket = this.#socket;
    this.#socket = undefined;
    this.#client.close('socket closed by the client');
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(new APIConnectionError('socket closed'));
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'NORMAL_CLOSURE');
    }
  }

  /** Typed handlers: server stream events by message name, and lifecycle events. */
  on<Name extends keyof SocketEvents & string>(
    name: Name,
    handler: (event: SocketEvents[Name]) => void,
  ): () => void {
    if (Object.hasOwn(eventMatchers, name)) {
      return this.#client.on(name as keyof ServerEvents & string, handler as never);
    }
    const set = this.#lifecycle.get(name) ?? new Set();
    set.add(handler as (payload: never) => void);
    this.#lifecycle.set(name, set);
    return () => set.delete(handler as (payload: never) => void);
  }

  /** Subscribes (and remembers it, to resubscribe after a reconnect). Public channels take markets. */
  async subscribe(channel: Channel, markets?: readonly string[]): Promise<void> {
    const current = this.#subscriptions.get(channel);
    if (markets === undefined) this.#subscriptions.set(channel, 'all');
    else if (current !== 'all') this.#subscriptions.set(channel, new Set([...(current ?? []), ...markets]));
    await this.#request(() =>
      this.#client.subscribe(markets ? { channel, markets: [...markets] } : { channel }),
    );
  }

  async unsubscribe(channel: Channel, markets?: readonly string[]): Promise<void> {
    const current = this.#subscriptions.get(channel);
    if (markets === undefined || current === 'all') this.#subscriptions.delete(channel);
    else for (const market of markets) current?.delete(market);
    await this.#request(() =>
      this.#client.unsubscribe(markets ? { channel, markets: [...markets] } : { channel }),
    );
  }

  /**
   * A local book of one market, kept in sync from the `book` channel: resolves after the first
   * verified snapshot; the same object keeps updating (see `onUpdate`).
   */
  async orderBook(market: string): Promise<LocalOrderBook> {
    let book = this.#books.get(market);
    if (!book) {
      book = new LocalOrderBook(market);
      this.#books.set(market, book);
    }
    const target = book;
    const first = new Promise<void>((resolve) => {
      const off = target.onUpdate(() => {
        off();
        resolve();
      });
    });
    await this.subscribe('book', [market]);
    if (!target.synced) await first;
    return target;
  }

  /** Places an order; resent once after a reconnect when its reply was lost (idempotent by clientOrderId). */
  async placeOrder(order: Schemas['PlaceOrderRequest']): Promise<Order & { replayed: boolean }> {
    const body = { ...order, clientOrderId: order.clientOrderId ?? newClientOrderId() };
    const reply = await this.#request(() => this.#client.placeOrder({ order: body }), true);
    return { ...reply.result, replayed: reply.replayed };
  }

  async cancelOrder(ref: { orderId: string } | { clientOrderId: string }): Promise<Order> {
    return (await this.#request(() => this.#client.cancelOrder(ref), true)).result;
  }

  async amendOrder(
    ref: { orderId: string } | { clientOrderId: string },
    changes: Schemas['AmendOrderRequest'],
  ): Promise<Order> {
    return (await this.#request(() => this.#client.amendOrder({ ...ref, changes }))).result;
  }

  async cancelAllOrders(market?: string): Promise<Order[]> {
    const reply = await this.#request(
      () => this.#client.cancelAllOrders(market === undefined ? {} : { market }),
      true,
    );
    return reply.result.data;
  }

  /**
   * Arms (0 disarms) the account's dead man's switch, the one REST `orders.cancelAllAfter` sets;
   * safe to resend after a reconnect, and it stays armed when this socket closes.
   */
  async cancelAllAfter(timeoutMs: number): Promise<Schemas['CancelAllAfterStatus']> {
    return (await this.#request(() => this.#client.setCancelAllAfter({ timeoutMs }), true)).result;
  }

  /** Round trip to the venue; answers its clock. */
  async ping(): Promise<string> {
    return (await this.#request(() => this.#client.ping())).result.serverTime;
  }

  /**
   * One request: a problem reply becomes a typed ApiError; a lost connection an APIConnectionError,
   * or (for requests safe to repeat) one resend once the socket is back.
   */
  async #request<T extends object>(send: () => Promise<T | ErrorReplyMessage>, resend = false): Promise<T> {
    let reply: T | ErrorReplyMessage;
    try {
      reply = await send();
    } catch (error) {
      if (!resend || this.#closedByUser || this.#options.reconnect === false) throw this.#lost(error);
      await this.#whenReady();
      try {
        reply = await send();
      } catch (again) {
        throw this.#lost(again);
      }
    }
    if (isReply(reply)) return reply;
    throw errorFromProblem(reply.error.status, reply.error);
  }

  #lost(error: unknown): APIConnectionError {
    return error instanceof APIConnectionError
      ? error
      : new APIConnectionError(error instanceof Error ? error.message : 'WebSocket request failed', {
          cause: error,
        });
  }

  #whenReady(): Promise<void> {
    if (this.#isReady && this.connected) return Promise.resolve();
    return new Promise((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
  }

  #send(frame: string): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) throw new APIConnectionError('WebSocket is not open');
    socket.send(frame);
  }

  #emit<Name extends keyof LifecycleEvents>(name: Name, payload: LifecycleEvents[Name]): void {
    for (const handler of this.#lifecycle.get(name) ?? [])
      (handler as (p: LifecycleEvents[Name]) => void)(payload);
  }

  async #webSocketClass(): Promise<WebSocketConstructor> {
    if (this.#options.WebSocket) return this.#options.WebSocket;
    const native = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (native) return native;
    const module = (await import('ws')) as unknown as { WebSocket: WebSocketConstructor };
    return module.WebSocket;
  }

  async #open(reconnect: boolean): Promise<void> {
    const Impl = await this.#webSocketClass();
    const socket = new Impl(this.#options.url);
    this.#socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.onopen = () => resolve();
      socket.onerror = () => reject(new APIConnectionError(`cannot connect to ${this.#options.url}`));
      socket.onclose = (event) => reject(new APIConnectionError(`closed while connecting (${event.code})`));
    });
    this.#lastReceived = Date.now();
    socket.onmessage = (event) => {
      this.#lastReceived = Date.now();
      this.#client.receive(String(event.data));
    };
    socket.onerror = () => {};
    socket.onclose = (event) => this.#onClose(socket, event.code, event.reason);
    this.#emit('open', { reconnect });
    this.#startHeartbeat(socket);
    if (this.#options.signer && this.#options.login !== false) await this.#login();
    for (const book of this.#books.values()) book.invalidate();
    for (const [channel, markets] of this.#subscriptions) {
      const fields = markets === 'all' ? { channel } : { channel, markets: [...markets] };
      if (markets !== 'all' && markets.size === 0) continue;
      await this.#request(() => this.#client.subscribe(fields));
    }
    this.#attempt = 0;
    this.#isReady = true;
    for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve();
  }

  /** Signs a fresh login (a signature is accepted once); corrects the clock once if told to. */
  async #login(retried = false): Promise<void> {
    const signer = this.#options.signer as Signer;
    const timestamp = this.#options.serverNow();
    const signature = await signer.sign(prehash(timestamp, 'GET', '/v1/ws', ''));
    const reply = await this.#client.login({
      key: signer.keyId,
      timestamp,
      signature,
      cancelOnDisconnect: this.#options.cancelOnDisconnect ?? false,
    });
    if (isReply(reply)) {
      this.#emit('login', reply.result);
      return;
    }
    const serverTime = reply.error.serverTime;
    if (!retried && reply.error.code === 'TIMESTAMP_OUT_OF_WINDOW' && typeof serverTime === 'number') {
      this.#options.correctClock(serverTime);
      return this.#login(true);
    }
    throw errorFromProblem(reply.error.status, reply.error);
  }

  #onBook(data: BookData, snapshot: boolean): void {
    const book = this.#books.get(data.market);
    if (!book) return;
    const result = snapshot ? book.applySnapshot(data) : book.applyUpdate(data);
    if (result === 'gap' || result === 'checksum') {
      this.#emit('resync', { market: data.market, reason: result });
      // Subscribing again to a subscribed market sends a fresh snapshot.
      this.#request(() => this.#client.subscribe({ channel: 'book', markets: [data.market] })).catch(
        (error) => this.#emit('error', error as Error),
      );
    }
  }

  #onClose(socket: SocketLike, code: number, reason: string): void {
    if (this.#socket !== socket) return;
    this.#socket = undefined;
    this.#isReady = false;
    this.#stopHeartbeat();
    this.#client.close(`connection closed (${code})`);
    for (const book of this.#books.values()) book.invalidate();
    const willReconnect =
      !this.#closedByUser && this.#options.reconnect !== false && !FINAL_CLOSE_CODES.has(code);
    this.#emit('close', { code, reason, willReconnect });
    if (willReconnect) this.#scheduleReconnect();
    else
      for (const waiter of this.#readyWaiters.splice(0))
        waiter.reject(new APIConnectionError(`closed (${code})`));
  }

  #scheduleReconnect(): void {
    if (this.#reconnectTimer !== undefined || this.#closedByUser) return;
    const min = this.#options.minReconnectDelayMs ?? 500;
    const max = this.#options.maxReconnectDelayMs ?? 30_000;
    const delayMs = Math.min(max, min * 2 ** this.#attempt) * (0.5 + Math.random() / 2);
    this.#attempt += 1;
    this.#emit('reconnecting', { attempt: this.#attempt, delayMs });
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      if (this.#closedByUser) return;
      this.#reconnects += 1;
      this.#open(true).catch((error: Error) => {
        this.#emit('error', error);
        const socket = this.#socket;
        if (socket) this.#abandon(socket, 1006, error.message);
        else if (!this.#closedByUser) this.#scheduleReconnect();
      });
    }, delayMs);
  }

  #startHeartbeat(socket: SocketLike): void {
    const interval = this.#options.heartbeatIntervalMs ?? 15_000;
    const timeout = this.#options.heartbeatTimeoutMs ?? 10_000;
    this.#stopHeartbeat();
    let waiting = false;
    this.#heartbeat = setInterval(
      () => {
        if (waiting || Date.now() - this.#lastReceived < interval) return;
        waiting = true;
        const timer = setTimeout(() => this.#abandon(socket, 1006, 'heartbeat timeout'), timeout);
        this.#client
          .ping()
          .then(() => clearTimeout(timer))
          .catch(() => {})
          .finally(() => {
            waiting = false;
          });
      },
      Math.min(interval, 1000),
    );
    (this.#heartbeat as { unref?: () => void }).unref?.();
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  /** Gives up on a socket that may never deliver its close event (a dead peer). */
  #abandon(socket: SocketLike, code: number, reason: string): void {
    socket.onclose = null;
    socket.onmessage = null;
    const terminate = (socket as { terminate?: () => void }).terminate;
    if (terminate) terminate.call(socket);
    // Browsers throw on a close reason over 123 bytes; the reason is reported locally instead.
    else socket.close(4000);
    this.#onClose(socket, code, reason);
  }
}
