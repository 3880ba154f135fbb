/**
 * A FIX session's persistent state under `<dataDir>/fix/<keyId>/`:
 * - `outbound.log`: every message sent, as records `[u32 seq][u32 length][frame]`, for resends;
 * - `state`: `nextSender reservedUpTo nextTarget clean`, rewritten in place.
 *
 * Writes go to the kernel synchronously before the frame reaches the socket, so a killed process
 * loses nothing. Against a machine crash, sender numbers are reserved in blocks with an fdatasync
 * of `state`: after an unclean stop the session resumes above the reservation, so no sequence
 * number is ever reused; numbers whose message did not reach the disk are gap-filled on resend.
 * The next block is reserved in the background once half of the current one is used, so the
 * fdatasync runs off the event loop; only a burst that outruns it waits for the disk.
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
  /** The highest sender number written to `state` as reserved (it may not be synced yet). */
  private reservedUpTo: number;
  /** The highest sender number whose reservation is known to be on disk: never sent beyond. */
  private durableReserved = 0;
  /** A background reservation is being synced. */
  private reserving = false;
  /** Bumped by reset(): a background reservation from before it no longer counts. */
  private generation = 0;
  nextSender: number;
  nextTarget: number;
  private stateDirty = false;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;

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
    this.reserve();
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

  /** Reserves a block from nextSender and waits for the disk (at open, reset, or an outrun burst). */
  private reserve(): void {
    this.reservedUpTo = Math.max(this.reservedUpTo, this.nextSender + RESERVE_BLOCK - 1);
    this.writeState(false);
    fs.fdatasyncSync(this.stateFd);
    this.durableReserved = this.reservedUpTo;
  }

  /** Extends the reservation by a block with the fdatasync on the thread pool. */
  private reserveAhead(): void {
    this.reserving = true;
    const target = this.durableReserved + RESERVE_BLOCK;
    const generation = this.generation;
    this.reservedUpTo = Math.max(this.reservedUpTo, target);
    this.writeState(false);
    fs.fdatasync(this.stateFd, (err) => {
      if (generation !== this.generation) return;
      this.reserving = false;
      // On failure the reservation does not count: the next number past it waits on reserve(),
      // which reports the error synchronously.
      if (err === null && !this.closed) this.durableReserved = Math.max(this.durableReserved, target);
    });
  }

  /** True once closed: the gateway is stopping and nothing more is sent or stored. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Takes the next sender number; it is always covered by a reservation already on disk. */
  takeSenderSeq(): number {
    const seq = this.nextSender;
    if (seq > this.durableReserved) this.reserve();
    else if (!this.reserving && this.durableReserved - seq < RESERVE_BLOCK / 2) this.reserveAhead();
    this.nextSender = seq + 1;
    return seq;
  }

  /**
   * Records a sent frame under its sequence number. Frames of one event-loop step are written
   * together in a nextTick queued before any socket flush of the same step (see Connection.write),
   * so a frame always reaches the kernel before the wire.
   */
  append(seq: number, frame: Buffer): void {
    const head = Buffer.allocUnsafe(RECORD_HEADER);
    head.writeUInt32LE(seq, 0);
    head.writeUInt32LE(frame.length, 4);
    const offset = this.logSize + this.pendingBytes + RECORD_HEADER;
    this.index.set(seq, { offset, length: frame.length });
    this.pending.push(head, frame);
    this.pendingBytes += RECORD_HEADER + frame.length;
    if (this.pending.length === 2) process.nextTick(() => this.flush());
  }

  /** Writes pending frames now (also done automatically at the end of the current step). */
  flush(): void {
    if (this.pending.length === 0 || this.closed) return;
    const data =
      this.pending.length === 2
        ? Buffer.concat(this.pending)
        : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    fs.writeSync(this.logFd, data, 0, data.length, this.logSize);
    this.logSize += data.length;
  }

  /** The frame sent under `seq`, if the store has it. */
  get(seq: number): Buffer | undefined {
    this.flush();
    const at = this.index.get(seq);
    if (!at) return undefined;
    const buf = Buffer.alloc(at.length);
    fs.readSync(this.logFd, buf, 0, at.length, at.offset);
    return buf;
  }

  /**
   * Records the next expected inbound number. Written once per event-loop turn rather than per
   * message: losing the last turn's numbers in a crash only makes the client resend them, and
   * resent orders are recognised by their ClOrdID. Written one check phase later than the turn
   * that advanced it, so that the journal write of an order received in that turn (queued by the
   * venue with setImmediate, after this) starts first: the state write is not on the order's path.
   */
  setNextTarget(seq: number): void {
    this.nextTarget = seq;
    if (this.stateDirty) return;
    this.stateDirty = true;
    setImmediate(() => setImmediate(this.writeTarget));
  }

  private readonly writeTarget = () => {
    if (!this.stateDirty || this.closed) return;
    this.stateDirty = false;
    this.writeState(false);
  };

  /** ResetSeqNumFlag: both directions restart at 1 and the resend history is dropped. */
  reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    fs.ftruncateSync(this.logFd, 0);
    this.index.clear();
    this.logSize = 0;
    this.nextSender = 1;
    this.nextTarget = 1;
    this.generation++;
    this.reserving = false;
    this.reservedUpTo = 0;
    this.durableReserved = 0;
    this.reserve();
  }

  /** Marks a clean stop so the next open resumes at exactly nextSender. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.stateDirty = false;
    this.writeState(true);
    fs.fdatasyncSync(this.stateFd);
    fs.fdatasyncSync(this.logFd);
    fs.closeSync(this.stateFd);
    fs.closeSync(this.logFd);
  }
}
