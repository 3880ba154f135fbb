/**
 * A WebSocket order-entry session for the benchmarks: connects to `/v1/ws`, logs in with an HMAC
 * key (the contract's login prehash), then sends requests paced below the gateway's per-connection
 * flood guard (the contract closes a connection with 4002 past 100 messages per second), with a
 * window of requests in flight. Replies are correlated by `id`; latency runs from the write of a
 * request to the arrival of its reply.
 *
 * The client is a small RFC 6455 implementation over a TCP socket rather than the `ws` library:
 * the load generator shares the machine's cores with the server it measures, and per message the
 * library's stream machinery (a header and a payload write, a Writable receiver, events) cost more
 * than the frame itself. It still does everything the protocol asks of a client: the opening
 * handshake with a checked Sec-WebSocket-Accept, every frame masked with a fresh random key,
 * fragmented messages, pong for every ping, the closing handshake, and a protocol error (close
 * 1002) for what a server must not send (masked or reserved-bit frames, bad control frames).
 * UTF-8 validation of text is skipped, as it was with the library (skipUTF8Validation).
 */
import { createHash, createHmac, randomBytes, randomFillSync } from 'node:crypto';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
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

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** Masking keys, four random bytes per frame, drawn from a block refilled when used up. */
const maskPool = Buffer.alloc(16 * 1024);
let maskAt = maskPool.length;

/** One client frame (FIN set): header, a fresh masking key, the masked payload. */
export function clientFrame(opcode: number, payload: string | Buffer): Buffer {
  const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  const extended = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const at = 2 + extended + 4;
  const frame = Buffer.allocUnsafe(at + length);
  frame[0] = 0x80 | opcode;
  if (extended === 0) frame[1] = 0x80 | length;
  else if (extended === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  if (maskAt + 4 > maskPool.length) {
    randomFillSync(maskPool);
    maskAt = 0;
  }
  maskPool.copy(frame, at - 4, maskAt, maskAt + 4);
  maskAt += 4;
  if (typeof payload === 'string') frame.write(payload, at, length, 'utf8');
  else payload.copy(frame, at);
  const mask = frame.subarray(at - 4, at);
  for (let i = 0; i < length; i++) frame[at + i] = (frame[at + i] as number) ^ (mask[i & 3] as number);
  return frame;
}

export class WsSession {
  readonly opened: Promise<void>;
  /** Close code once closed (4002 = flood guard, 4000 = slow consumer, 1006 = dropped). */
  closeCode: number | undefined;
  #open = false;
  #closeSent = false;
  #nextId = 1;
  #nextSendAt = 0;
  #gapMs: number;
  readonly #pending = new Map<number, { sentAt: number; resolve: (r: Reply, ms: number) => void }>();
  readonly #socket: net.Socket;
  /** Bytes received but not yet a whole frame. */
  #rest: Buffer | undefined;
  /** Payloads of a fragmented message so far. */
  #fragments: Buffer[] | undefined;

  constructor(url: string, messagesPerSecond: number) {
    this.#gapMs = 1000 / messagesPerSecond;
    const target = new URL(url);
    this.#socket = net.connect({ host: target.hostname, port: Number(target.port) || 80 });
    this.#socket.setNoDelay(true);
    const key = randomBytes(16).toString('base64');
    const accept = createHash('sha1')
      .update(key + ACCEPT_GUID)
      .digest('base64');
    this.opened = new Promise((resolve, reject) => {
      let head = '';
      const onHead = (chunk: Buffer) => {
        head += chunk.toString('latin1');
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        this.#socket.off('data', onHead);
        const [status = '', ...lines] = head.slice(0, end).split('\r\n');
        const headers = new Map(
          lines.map((line) => {
            const colon = line.indexOf(':');
            return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
          }),
        );
        if (
          !/^HTTP\/1\.1 101 /.test(status) ||
          headers.get('upgrade')?.toLowerCase() !== 'websocket' ||
          !/\bupgrade\b/i.test(headers.get('connection') ?? '') ||
          headers.get('sec-websocket-accept') !== accept ||
          headers.has('sec-websocket-extensions') ||
          headers.has('sec-websocket-protocol')
        ) {
          this.#socket.destroy();
          reject(new Error(`WebSocket handshake refused: ${status}`));
          return;
        }
        this.#open = true;
        this.#socket.on('data', (data: Buffer) => this.#receive(data));
        const after = Buffer.from(head.slice(end + 4), 'latin1');
        resolve();
        if (after.length > 0) this.#receive(after);
      };
      this.#socket.on('data', onHead);
      this.#socket.once('error', reject);
    });
    this.#socket.on('error', () => {});
    this.#socket.on('close', () => {
      this.#open = false;
      this.closeCode ??= 1006;
    });
    this.#socket.write(
      `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  }

  /** Parses every whole frame in what has arrived; keeps the rest for the next chunk. */
  #receive(chunk: Buffer): void {
    const data = this.#rest === undefined ? chunk : Buffer.concat([this.#rest, chunk]);
    this.#rest = undefined;
    let at = 0;
    while (data.length - at >= 2) {
      const b0 = data[at] as number;
      const b1 = data[at + 1] as number;
      let length = b1 & 0x7f;
      let start = at + 2;
      if (length === 126) {
        if (data.length - at < 4) break;
        length = data.readUInt16BE(at + 2);
        start += 2;
      } else if (length === 127) {
        if (data.length - at < 10) break;
        length = data.readUInt32BE(at + 2) * 2 ** 32 + data.readUInt32BE(at + 6);
        start += 8;
      }
      if (data.length - start < length) break;
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      // A server never masks, sets reserved bits (no extension was agreed) or fragments a control frame.
      if ((b1 & 0x80) !== 0 || (b0 & 0x70) !== 0 || (opcode >= 8 && (!fin || length > 125))) {
        this.#fail();
        return;
      }
      this.#frame(fin, opcode, data.subarray(start, start + length));
      if (!this.#open) return;
      at = start + length;
    }
    if (at < data.length) this.#rest = data.subarray(at);
  }

  #frame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode === 0x1 || opcode === 0x2) {
      if (this.#fragments !== undefined) this.#fail();
      else if (fin) this.#message(payload);
      else this.#fragments = [payload];
    } else if (opcode === 0x0) {
      if (this.#fragments === undefined) {
        this.#fail();
        return;
      }
      this.#fragments.push(payload);
      if (fin) {
        const whole = Buffer.concat(this.#fragments);
        this.#fragments = undefined;
        this.#message(whole);
      }
    } else if (opcode === 0x8) {
      this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      this.#close(payload.subarray(0, 2));
    } else if (opcode === 0x9) {
      this.#socket.write(clientFrame(0xa, payload));
    } else if (opcode !== 0xa) {
      this.#fail();
    }
  }

  #message(payload: Buffer): void {
    const reply = readReply(payload.toString());
    if (reply === undefined) return;
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    pending.resolve(reply, performance.now() - pending.sentAt);
  }

  /** A protocol error: close 1002 and drop the connection. */
  #fail(): void {
    this.closeCode ??= 1002;
    const code = Buffer.alloc(2);
    code.writeUInt16BE(1002);
    this.#close(code);
  }

  /** Sends the close frame (once) and ends the TCP connection; a client does not wait for more. */
  #close(body: Buffer): void {
    this.#open = false;
    if (!this.#closeSent) {
      this.#closeSent = true;
      this.#socket.end(clientFrame(0x8, body));
    }
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
    return this.#open && now >= this.#nextSendAt;
  }

  /** Sends `{op, id, ...fields}`; `done` gets the reply and the round trip in ms. */
  request(op: string, fields: Record<string, unknown>, done: (reply: Reply, ms: number) => void): void {
    const text = JSON.stringify(fields);
    this.requestText(op, text.length > 2 ? text.slice(1, -1) : '', done);
  }

  /** As `request`, with the fields as JSON text without braces (`"order":{...}`). */
  requestText(op: string, fields: string, done: (reply: Reply, ms: number) => void): void {
    const id = this.#nextId++;
    const now = performance.now();
    // Evenly spaced: any 100 consecutive messages span 99 gaps, so a server stall shorter than
    // 99 gaps minus one second cannot make them look like a burst to the flood guard.
    this.#nextSendAt = Math.max(this.#nextSendAt + this.#gapMs, now);
    this.#pending.set(id, { sentAt: now, resolve: done });
    this.#socket.write(clientFrame(0x1, `{"op":"${op}","id":${id}${fields ? `,${fields}` : ''}}`));
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

  /** Drops the connection without a closing handshake (the end of a run). */
  close(): void {
    this.#open = false;
    this.#socket.destroy();
  }
}
