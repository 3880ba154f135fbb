/**
 * FIX tag=value framing, parsing and encoding. The framer cuts a byte stream into messages and
 * reports garbled input (bad BodyLength, bad CheckSum, junk) so that the session can ignore it
 * without consuming a sequence number; it never buffers more than one maximal message.
 */
import { fieldDef } from './dictionary.ts';

export const SOH = 0x01;
const SOH_CHAR = '\x01';
const BEGIN = Buffer.from('8=FIX', 'latin1');

export interface Field {
  tag: number;
  value: string;
}

export type FrameResult = { kind: 'frame'; bytes: Buffer } | { kind: 'garbled'; reason: string };

export interface FramerOptions {
  /** Largest BodyLength accepted; a larger claim is garbled at once rather than awaited. */
  maxBodyLength?: number;
}

/** Cuts a byte stream into checked frames. */
export class Framer {
  private buf: Buffer = Buffer.alloc(0);
  private readonly maxBody: number;

  constructor(options: FramerOptions = {}) {
    this.maxBody = options.maxBodyLength ?? 64 * 1024;
  }

  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
  }

  /** Bytes held waiting for the rest of a message. */
  get buffered(): number {
    return this.buf.length;
  }

  /** The next frame or garbled report, or null when more bytes are needed. */
  next(): FrameResult | null {
    const buf = this.buf;
    if (buf.length === 0) return null;
    if (!(buf[0] === 0x38 && (buf.length < 2 || buf[1] === 0x3d)))
      return this.resync(0, 'bytes before BeginString');
    if (buf.length < 2) return null;
    const beginEnd = buf.indexOf(SOH, 2);
    if (beginEnd < 0) return buf.length > 32 ? this.resync(1, 'BeginString not terminated') : null;
    const p = beginEnd + 1;
    if (buf.length < p + 2) return null;
    if (buf[p] !== 0x39 || buf[p + 1] !== 0x3d)
      return this.resync(1, 'BodyLength(9) is not the second field');
    let length = 0;
    let i = p + 2;
    for (; i < buf.length && buf[i] !== SOH; i++) {
      const c = buf[i] as number;
      if (c < 0x30 || c > 0x39 || i - p > 12) return this.resync(1, 'BodyLength(9) is not a number');
      length = length * 10 + (c - 0x30);
    }
    if (i >= buf.length) return null;
    if (i === p + 2) return this.resync(1, 'BodyLength(9) is empty');
    if (length > this.maxBody) return this.resync(1, `BodyLength(9) ${length} exceeds ${this.maxBody}`);
    const bodyStart = i + 1;
    const bodyEnd = bodyStart + length;
    if (buf.length < bodyEnd + 7) return null;
    if (
      buf[bodyEnd - 1] !== SOH ||
      buf[bodyEnd] !== 0x31 ||
      buf[bodyEnd + 1] !== 0x30 ||
      buf[bodyEnd + 2] !== 0x3d
    ) {
      return this.resync(1, 'BodyLength(9) does not end at CheckSum(10)');
    }
    if (buf[bodyEnd + 6] !== SOH) return this.resync(1, 'CheckSum(10) is not three digits');
    const frameEnd = bodyEnd + 7;
    const stated = Number(buf.toString('latin1', bodyEnd + 3, bodyEnd + 6));
    let sum = 0;
    for (let k = 0; k < bodyEnd; k++) sum += buf[k] as number;
    const bytes = buf.subarray(0, frameEnd);
    this.buf = buf.subarray(frameEnd);
    if (!Number.isInteger(stated) || stated !== sum % 256) {
      return { kind: 'garbled', reason: `CheckSum(10) ${stated} differs from ${sum % 256}` };
    }
    return { kind: 'frame', bytes };
  }

  /** Drops bytes up to the next plausible BeginString at or after `from`. */
  private resync(from: number, reason: string): FrameResult {
    let at = this.buf.indexOf(BEGIN, from);
    if (at < 0) {
      // Keep a tail that may be the start of the next BeginString.
      at = Math.max(from, this.buf.length - (BEGIN.length - 1));
      while (at < this.buf.length && this.buf[at] !== 0x38) at++;
    }
    this.buf = this.buf.subarray(at);
    return { kind: 'garbled', reason };
  }
}

export type ParseResult = { ok: true; fields: Field[] } | { ok: false; tagText: string; reason: string };

/**
 * Splits a checked frame into fields. DATA fields take exactly the length their LENGTH field
 * announced, so they may contain SOH.
 */
export function parseFields(frame: Buffer): ParseResult {
  const fields: Field[] = [];
  let pos = 0;
  let dataLength = -1;
  while (pos < frame.length) {
    // Scanned in JS: fields are a few bytes long, shorter than a call into Buffer#indexOf costs.
    let eq = pos;
    while (eq < frame.length && frame[eq] !== 0x3d) eq++;
    if (eq === frame.length)
      return { ok: false, tagText: frame.toString('latin1', pos), reason: 'field without =' };
    // The tag read from the bytes: 1 to 9 digits, no leading zero.
    let tag = eq > pos && eq - pos <= 9 && frame[pos] !== 0x30 ? 0 : -1;
    for (let k = pos; k < eq && tag >= 0; k++) {
      const c = frame[k] as number;
      tag = c >= 0x30 && c <= 0x39 ? tag * 10 + (c - 0x30) : -1;
    }
    if (tag < 0) {
      const tagText = frame.toString('latin1', pos, eq);
      return { ok: false, tagText, reason: 'tag is not a positive integer' };
    }
    let end: number;
    const def = fieldDef(tag);
    if (def?.type === 'DATA' && dataLength >= 0) {
      end = eq + 1 + dataLength;
      if (frame[end] !== SOH)
        return { ok: false, tagText: String(tag), reason: 'DATA length does not match' };
    } else {
      end = eq + 1;
      while (end < frame.length && frame[end] !== SOH) end++;
    }
    const value = frame.toString('latin1', eq + 1, end);
    dataLength = def?.type === 'LENGTH' && /^\d{1,6}$/.test(value) ? Number(value) : -1;
    fields.push({ tag, value });
    pos = end + 1;
  }
  return { ok: true, fields };
}

/** The value of the first `tag` among `fields` (a loop, not a closure per lookup: hot path). */
export function fieldValue(fields: readonly Field[], tag: number): string | undefined {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as Field;
    if (f.tag === tag) return f.value;
  }
  return undefined;
}

/** Builds a complete frame from BeginString and the fields after BodyLength (MsgType first). */
export function encodeFrame(
  beginString: string,
  body: ReadonlyArray<readonly [number, string | number]>,
): Buffer {
  let text = '';
  for (const [tag, value] of body) text += `${tag}=${value}${SOH_CHAR}`;
  // One buffer, written in place: the report path runs once per order, and every allocation and
  // copy on it shows in the round trip.
  const bodyLength = Buffer.byteLength(text, 'utf8');
  const head = `8=${beginString}${SOH_CHAR}9=${bodyLength}${SOH_CHAR}`;
  const frame = Buffer.allocUnsafe(head.length + bodyLength + 7);
  let at = frame.write(head, 0, 'latin1');
  at += frame.write(text, at, 'utf8');
  let sum = 0;
  for (let k = 0; k < at; k++) sum += frame[k] as number;
  sum %= 256;
  frame[at] = 0x31; // 1
  frame[at + 1] = 0x30; // 0
  frame[at + 2] = 0x3d; // =
  frame[at + 3] = 0x30 + Math.floor(sum / 100);
  frame[at + 4] = 0x30 + (Math.floor(sum / 10) % 10);
  frame[at + 5] = 0x30 + (sum % 10);
  frame[at + 6] = SOH;
  return frame;
}

/** Renders a frame for logs and errors with `|` for SOH. */
export function printable(frame: Buffer): string {
  return frame.toString('latin1').replaceAll(SOH_CHAR, '|');
}
