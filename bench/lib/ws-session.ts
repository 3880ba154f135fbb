/**
 * A WebSocket order-entry session for the benchmarks: connects to `/v1/ws`, logs in with an HMAC
 * key (the contract's login prehash), then sends requests paced below the gateway's per-connection
 * flood guard (the contract closes a connection with 4002 past 100 messages per second), with a
 * window of requests in flight. Replies are correlated by `id`; latency runs from the write of a
 * request to the arrival of its reply.
 */
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** What a reply carries that the benchmarks look at. */
export interface Reply {
  id: number;
  op: string;
  result?: { orderId?: string; status?: string };
  error?: { code?: string };
}

/**
 * The last login timestamp used per key: a signature is accepted once, so many connections of one
 * key logging in within the same millisecond each take the next millisecond (starting a little in
 * the past, well inside the server's window).
 */
const lastLogin = new Map<string, number>();

function loginTimestamp(keyId: string): number {
  const timestamp = Math.max((lastLogin.get(keyId) ?? 0) + 1, Date.now() - 2000);
  lastLogin.set(keyId, timestamp);
  return timestamp;
}

const zeroMask = (mask: Buffer): void => {
  mask.fill(0);
};

const REPLY_HEAD = /^\{"id":(\d+),"op":"(\w+)"/;
const STATUS = /"status":"(\w+)"/;
const ORDER_ID = /"orderId":"([^"]+)"/;
const CODE = /"code":"(\w+)"/;

/**
 * The reply fields the benchmarks use, read from the text: the server writes `id` and `op` first,
 * then either `error` (a problem with a string `code`) or the result. Anything else (a stream
 * message, an unexpected shape) goes through JSON.parse; undefined when it carries no numeric id.
 */
export function readReply(text: string): Reply | undefined {
  const head = REPLY_HEAD.exec(text);
  if (head === null) {
    const parsed = JSON.parse(text) as Partial<Reply>;
    return typeof parsed.id === 'number' ? (parsed as Reply) : undefined;
  }
  const reply: Reply = { id: Number(head[1]), op: head[2] as string };
  if (text.startsWith('"error":', head[0].length + 1)) {
    reply.error = { code: CODE.exec(text)?.[1] ?? 'unknown' };
  } else {
    const status = STATUS.exec(text)?.[1];
    const orderId = ORDER_ID.exec(text)?.[1];
    reply.result = {
      ...(status !== undefined && { status }),
      ...(orderId !== undefined && { orderId }),
    };
  }
  return reply;
}

/** A reply, its round trip in ms, and the clock (performance.now) when it arrived. */
export type ReplyCallback = (reply: Reply, ms: number, now: number) => void;

export class WsSession {
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  /** Close code once closed (4002 = flood guard, 4000 = slow consumer). */
  closeCode: number | undefined;
  #nextId = 1;
  #nextSendAt = 0;
  #gapMs: number;
  readonly #pending = new Map<number, { sentAt: number; resolve: ReplyCallback }>();

  constructor(url: string, messagesPerSecond: number) {
    this.#gapMs = 1000 / messagesPerSecond;
    this.socket = new WebSocket(url, {
      perMessageDeflate: false,
      generateMask: zeroMask,
      skipUTF8Validation: true,
    });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('close', (code) => {
      this.closeCode = code;
    });
    this.socket.on('message', (data: Buffer) => {
      const reply = readReply(data.toString());
      if (reply === undefined) return;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      const now = performance.now();
      pending.resolve(reply, now - pending.sentAt, now);
    });
  }

  /** Changes the pacing (messages per second) from the next message on. */
  pace(messagesPerSecond: number): void {
    this.#gapMs = 1000 / messagesPerSecond;
  }

  get inFlight(): number {
    return this.#pending.size;
  }

  /** True when the pacing allows another message now. */
  mayPace(now: number): boolean {
    return this.socket.readyState === WebSocket.OPEN && now >= this.#nextSendAt;
  }

  /** Sends `{op, id, ...fields}`; `done` gets the reply and the round trip in ms. */
  request(op: string, fields: Record<string, unknown>, done: ReplyCallback): void {
    const text = JSON.stringify(fields);
    this.requestText(op, text.length > 2 ? text.slice(1, -1) : '', done);
  }

  /** As `request`, with the fields as JSON text without braces (`"order":{...}`). */
  requestText(op: string, fields: string, done: ReplyCallback): void {
    const id = this.#nextId++;
    const now = performance.now();
    // Evenly spaced: any 100 consecutive messages span 99 gaps, so a server stall shorter than
    // 99 gaps minus one second cannot make them look like a burst to the flood guard.
    this.#nextSendAt = Math.max(this.#nextSendAt + this.#gapMs, now);
    this.#pending.set(id, { sentAt: now, resolve: done });
    this.socket.send(`{"op":"${op}","id":${id}${fields ? `,${fields}` : ''}}`);
  }

  async login(keyId: string, secret: string): Promise<void> {
    await this.opened;
    const timestamp = loginTimestamp(keyId);
    const signature = createHmac('sha256', secret).update(`${timestamp}\nGET\n/v1/ws\n`).digest('base64');
    const reply = await new Promise<Reply>((resolve) =>
      this.request('login', { key: keyId, timestamp, signature }, (r) => resolve(r)),
    );
    if (!reply.result) throw new Error(`login failed: ${JSON.stringify(reply)}`);
  }

  close(): void {
    this.socket.terminate();
  }
}
