/**
 * The outbound half of one FIX session (one API key): sequence numbers, the persistent store,
 * resends. It outlives TCP connections, so messages produced while the client is away (fills,
 * expiries) get their sequence numbers and reach the client through its ResendRequest.
 */
import { BEGIN_STRING, MsgType, Tag } from '../../generated/fix/dictionary.ts';
import { encodeFrame, type Field, parseFields } from './codec.ts';
import { MESSAGE_INDEX } from './dictionary.ts';
import { type FixMetrics, NO_FIX_METRICS } from './metrics.ts';
import type { SessionOrders } from './session-orders.ts';
import type { SessionStore } from './session-store.ts';
import { formatUtcTimestamp } from './time.ts';

export const VENUE_COMP_ID = 'OPENVENUE';

export type BodyFields = ReadonlyArray<readonly [number, string | number]>;

/** Where a session writes frames while a client is connected. */
export interface FrameSink {
  write(frame: Buffer): void;
}

const RESEND_HEADER_SKIP = new Set<number>([8, 9, 10, 35, 49, 56, 34, 52, 43, 97, 122]);

export class FixSession {
  private sink: FrameSink | undefined;
  /**
   * Placements in flight, each resolving to the order id once acknowledged (undefined if none
   * was recorded open): cancel-on-disconnect waits for them.
   */
  readonly placing = new Set<Promise<string | undefined>>();

  constructor(
    readonly keyId: string,
    readonly accountId: string,
    readonly store: SessionStore,
    /** The open orders entered through this session, for cancel-on-disconnect. */
    readonly orders: SessionOrders,
    private readonly clock: () => number,
    private readonly metrics: FixMetrics = NO_FIX_METRICS,
  ) {}

  get connected(): boolean {
    return this.sink !== undefined;
  }

  attach(sink: FrameSink): void {
    this.sink = sink;
  }

  detach(sink: FrameSink): void {
    if (this.sink === sink) this.sink = undefined;
  }

  private header(msgType: string, seq: number): Array<readonly [number, string | number]> {
    return [
      [Tag.MsgType, msgType],
      [Tag.SenderCompID, VENUE_COMP_ID],
      [Tag.TargetCompID, this.keyId],
      [Tag.MsgSeqNum, seq],
      [Tag.SendingTime, formatUtcTimestamp(this.clock())],
    ];
  }

  /**
   * Sends a message under the next sequence number: stored first, then written if a client is
   * connected. Returns the frame, or undefined once the gateway has stopped.
   */
  send(msgType: string, body: BodyFields): Buffer | undefined {
    // A reply finishing after the gateway stopped has nowhere to go.
    if (this.store.isClosed) return undefined;
    this.metrics.sending(msgType, body);
    const seq = this.store.takeSenderSeq();
    const frame = encodeFrame(BEGIN_STRING, [...this.header(msgType, seq), ...body]);
    this.store.append(seq, frame);
    this.sink?.write(frame);
    return frame;
  }

  /** Sends on the live connection only, outside the sequence (a refused or duplicate Logon). */
  static unsequenced(keyId: string, msgType: string, body: BodyFields, clock: () => number): Buffer {
    return encodeFrame(BEGIN_STRING, [
      [Tag.MsgType, msgType],
      [Tag.SenderCompID, VENUE_COMP_ID],
      [Tag.TargetCompID, keyId],
      [Tag.MsgSeqNum, 1],
      [Tag.SendingTime, formatUtcTimestamp(clock())],
      ...body,
    ]);
  }

  /**
   * Serves a ResendRequest: stored application messages go again with PossDupFlag=Y and
   * OrigSendingTime; session messages and numbers the store lacks become SequenceReset-GapFill.
   */
  resend(begin: number, end: number): void {
    const last = this.store.nextSender - 1;
    const to = end === 0 || end > last ? last : end;
    let gapStart = 0;
    const flushGap = (next: number) => {
      if (gapStart === 0) return;
      this.writeResent(gapStart, MsgType.SequenceReset, [], formatUtcTimestamp(this.clock()), [
        [Tag.GapFillFlag, 'Y'],
        [Tag.NewSeqNo, next],
      ]);
      gapStart = 0;
    };
    for (let seq = Math.max(1, begin); seq <= to; seq++) {
      const stored = this.store.get(seq);
      const parsed = stored ? parseFields(stored) : undefined;
      const fields = parsed?.ok ? parsed.fields : undefined;
      const msgType = fields?.[2]?.value ?? '';
      if (!fields || MESSAGE_INDEX.get(msgType)?.def.category !== 'app') {
        if (gapStart === 0) gapStart = seq;
        continue;
      }
      flushGap(seq);
      const orig = fields.find((f) => f.tag === Tag.SendingTime)?.value ?? '';
      this.writeResent(seq, msgType, fields, orig, []);
    }
    flushGap(to + 1);
  }

  private writeResent(
    seq: number,
    msgType: string,
    fields: readonly Field[],
    origSendingTime: string,
    extra: BodyFields,
  ): void {
    const body = fields.filter((f) => !RESEND_HEADER_SKIP.has(f.tag)).map((f) => [f.tag, f.value] as const);
    const frame = encodeFrame(BEGIN_STRING, [
      [Tag.MsgType, msgType],
      [Tag.SenderCompID, VENUE_COMP_ID],
      [Tag.TargetCompID, this.keyId],
      [Tag.MsgSeqNum, seq],
      [Tag.PossDupFlag, 'Y'],
      [Tag.SendingTime, formatUtcTimestamp(this.clock())],
      [Tag.OrigSendingTime, origSendingTime],
      ...extra,
      ...body,
    ]);
    this.sink?.write(frame);
  }
}
