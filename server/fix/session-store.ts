/**
 * A FIX session's persistent state under `<dataDir>/fix/<keyId>/`:
 * - `outbound.log`: every message sent, as records `[u32 seq][u32 length][frame]`, for resends;
 * - `state`: `nextSender reservedUpTo nextTarget clean`, rewritten in place.
 *
 * Writes go to the kernel synchronously before the frame reaches the socket, so a killed process
 * loses nothing. Against a machine crash, sender numbers are reserved in blocks with an fdatasync
 * of `state`: after an unclean stop the session resumes above the reservation, so no sequence
 * number is ever reused; numbers whose message did not reach the disk are gap-filled on resend.
 */
import fs from 'node:fs';
import path from 'node:path';

const RESERVE_BLOCK = 1000;
const STATE_BYTES = 64;
const RECORD_HEADER = 8;

export class SessionStore {
  private readonly logFd: number;
  private readonly stateFd: number;
  private readonly index = new Map<number, { offset: number; length: number }>();
  private logSize: number;
  private reservedUpTo: number;
  nextSender: number;
  nextTarget: number;

  private constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.logFd = fs.openSync(path.join(dir, 'outbound.log'), fs.constants.O_RDWR | fs.constants.O_CREAT);
    this.stateFd = fs.openSync(path.join(dir, 'state'), fs.constants.O_RDWR | fs.constants.O_CREAT);
    const state = Buffer.alloc(STATE_BYTES);
    const n = fs.readSync(this.stateFd, state, 0, STATE_BYTES, 0);
    const [sender, reserved, target, clean] = state.toString('latin1', 0, n).trim().split(' ').map(Number);
    this.logSize = this.scanLog();
    let lastLogged = 0;
    for (const seq of this.index.keys()) if (seq > lastLogged) lastLogged = seq;
    if (n === 0 || !Number.isSafeInteger(sender) || !Number.isSafeInteger(target)) {
      this.nextSender = lastLogged + 1;
      this.nextTarget = 1;
      this.reservedUpTo = 0;
    } else {
      // After an unclean stop, resume above every number that may have reached the wire.
      this.nextSender = Math.max(lastLogged + 1, clean === 1 ? (sender as number) : (reserved as number) + 1);
      this.nextTarget = target as number;
      this.reservedUpTo = this.nextSender - 1;
    }
    this.reserve(true);
  }

  static open(dir: string): SessionStore {
    return new SessionStore(dir);
  }

  private scanLog(): number {
    const size = fs.fstatSync(this.logFd).size;
    const head = Buffer.alloc(RECORD_HEADER);
    let offset = 0;
    while (offset + RECORD_HEADER <= size) {
      fs.readSync(this.logFd, head, 0, RECORD_HEADER, offset);
      const seq = head.readUInt32LE(0);
      const length = head.readUInt32LE(4);
      if (offset + RECORD_HEADER + length > size || seq === 0) break;
      this.index.set(seq, { offset: offset + RECORD_HEADER, length });
      offset += RECORD_HEADER + length;
    }
    // A torn last record (crash mid-write) is cut off so that appends stay aligned.
    if (offset < size) fs.ftruncateSync(this.logFd, offset);
    return offset;
  }

  private writeState(clean: boolean): void {
    const text = `${this.nextSender} ${this.reservedUpTo} ${this.nextTarget} ${clean ? 1 : 0}`.padEnd(
      STATE_BYTES - 1,
    );
    fs.writeSync(this.stateFd, `${text}\n`, 0, 'latin1');
  }

  private reserve(force: boolean): void {
    if (!force && this.nextSender <= this.reservedUpTo) return;
    this.reservedUpTo = this.nextSender + RESERVE_BLOCK - 1;
    this.writeState(false);
    fs.fdatasyncSync(this.stateFd);
  }

  /** Takes the next sender number (reserving a new block on disk when needed). */
  takeSenderSeq(): number {
    const seq = this.nextSender++;
    if (seq > this.reservedUpTo) {
      this.nextSender = seq;
      this.reserve(true);
      this.nextSender = seq + 1;
    }
    return seq;
  }

  /** Records a sent frame under its sequence number. */
  append(seq: number, frame: Buffer): void {
    const head = Buffer.alloc(RECORD_HEADER);
    head.writeUInt32LE(seq, 0);
    head.writeUInt32LE(frame.length, 4);
    fs.writeSync(this.logFd, Buffer.concat([head, frame]), 0, RECORD_HEADER + frame.length, this.logSize);
    this.index.set(seq, { offset: this.logSize + RECORD_HEADER, length: frame.length });
    this.logSize += RECORD_HEADER + frame.length;
  }

  /** The frame sent under `seq`, if the store has it. */
  get(seq: number): Buffer | undefined {
    const at = this.index.get(seq);
    if (!at) return undefined;
    const buf = Buffer.alloc(at.length);
    fs.readSync(this.logFd, buf, 0, at.length, at.offset);
    return buf;
  }

  setNextTarget(seq: number): void {
    this.nextTarget = seq;
    this.writeState(false);
  }

  /** ResetSeqNumFlag: both directions restart at 1 and the resend history is dropped. */
  reset(): void {
    fs.ftruncateSync(this.logFd, 0);
    this.index.clear();
    this.logSize = 0;
    this.nextSender = 1;
    this.nextTarget = 1;
    this.reserve(true);
  }

  /** Marks a clean stop so the next open resumes at exactly nextSender. */
  close(): void {
    this.writeState(true);
    fs.fdatasyncSync(this.stateFd);
    fs.fdatasyncSync(this.logFd);
    fs.closeSync(this.stateFd);
    fs.closeSync(this.logFd);
  }
}
