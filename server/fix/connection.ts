/**
 * One TCP connection speaking the FIX session protocol: Logon with our signature scheme
 * (admission in logon.ts), inbound sequence checks (gap -> ResendRequest with the messages ahead
 * held in gap-queue.ts, too low -> Logout), SequenceReset, TestRequest and heartbeats
 * (heartbeat.ts), SendingTime (sending-time.ts) and CompID checks, dictionary validation with
 * session-level Reject. Application messages go, in sequence, to the application layer.
 */
import type { Socket } from 'node:net';
import { BEGIN_STRING, MsgType, SessionRejectReason as R, Tag } from '../../generated/fix/dictionary.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { ApiKeyRecord } from '../auth/key-store.ts';
import { type Field, Framer, fieldValue, parseFields, printable } from './codec.ts';
import { FIX44_MSG_TYPES, MESSAGE_INDEX } from './dictionary.ts';
import { GapQueue } from './gap-queue.ts';
import { HeartbeatMonitor } from './heartbeat.ts';
import { admitLogon } from './logon.ts';
import type { MarketDataSubscriptions } from './market-data.ts';
import type { FixMetrics } from './metrics.ts';
import { checkSendingTime } from './sending-time.ts';
import { type BodyFields, FixSession, VENUE_COMP_ID } from './session.ts';
import { type FixMessage, type Rejection, validateMessage } from './validate.ts';

export interface ConnectionLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ConnectionOptions {
  /** Largest |SendingTime - now| accepted after the Logon (the Logon itself uses the auth window). */
  sendingTimeToleranceMs: number;
  logonTimeoutMs: number;
  /** Out-of-sequence messages held while a gap is being filled. */
  maxQueued: number;
  /** A client that leaves more than this many bytes unsent is disconnected (slow consumer). */
  maxUnsentBytes: number;
  maxBodyLength: number;
}

export interface ConnectionHost {
  readonly authenticator: Authenticator;
  readonly clock: () => number;
  readonly options: ConnectionOptions;
  readonly logger: ConnectionLogger | undefined;
  readonly metrics: FixMetrics;
  /** The key's session, or a reason it cannot be had (already logged on elsewhere). */
  claim(key: ApiKeyRecord, connection: Connection): FixSession | string;
  release(session: FixSession, connection: Connection): void;
  onLoggedOn(connection: Connection): void;
  onApplicationMessage(connection: Connection, message: FixMessage): void;
  onEnded(connection: Connection): void;
}

type State = 'awaitingLogon' | 'active' | 'loggingOut' | 'closed';

export class Connection {
  private readonly framer: Framer;
  private state: State = 'awaitingLogon';
  private corked = false;
  private readonly heartbeats: HeartbeatMonitor;
  private readonly gap: GapQueue;
  session: FixSession | undefined;
  key: ApiKeyRecord | undefined;
  cancelOnDisconnect = false;
  /** Set by the gateway once logged on. */
  marketData: MarketDataSubscriptions | undefined;

  constructor(
    readonly socket: Socket,
    private readonly host: ConnectionHost,
  ) {
    this.framer = new Framer({ maxBodyLength: host.options.maxBodyLength });
    this.gap = new GapQueue(host.options.maxQueued);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => this.closed());
    socket.on('error', () => this.closed());
    this.heartbeats = new HeartbeatMonitor(
      () => this.nowMs(),
      {
        heartbeat: () => this.send(MsgType.Heartbeat, []),
        testRequest: (id) => this.send(MsgType.TestRequest, [[Tag.TestReqID, id]]),
        dead: (reason) => this.disconnect(reason),
      },
      host.options.logonTimeoutMs,
    );
  }

  private readonly flushOut = () => {
    this.corked = false;
    this.session?.store.flush();
    this.socket.uncork();
  };

  private isClosed(): boolean {
    return this.state === 'closed';
  }

  private nowMs(): number {
    return Math.floor(this.host.clock() / 1000);
  }

  private onData(chunk: Buffer) {
    if (this.state === 'closed') return;
    this.heartbeats.received();
    this.framer.push(chunk);
    try {
      for (let r = this.framer.next(); r !== null && !this.isClosed(); r = this.framer.next()) {
        if (r.kind === 'garbled') {
          // Garbled input is ignored and consumes no sequence number.
          this.host.logger?.warn(
            { keyId: this.key?.keyId, reason: r.reason },
            'fix: garbled message ignored',
          );
          if (this.state === 'awaitingLogon') this.disconnect('garbled first message');
          continue;
        }
        this.onFrame(r.bytes);
      }
    } catch (err) {
      // A fault handling one client must end that client only.
      this.host.logger?.warn({ keyId: this.key?.keyId, err: String(err) }, 'fix: session failed');
      this.disconnect('internal error');
    }
  }

  /** Writes a frame on this socket; disconnects a client that stops reading. */
  write(frame: Buffer) {
    if (this.state === 'closed') return;
    if (this.socket.writableLength > this.host.options.maxUnsentBytes) {
      this.host.logger?.warn({ keyId: this.key?.keyId }, 'fix: slow consumer disconnected');
      this.disconnect('slow consumer');
      return;
    }
    this.heartbeats.sent();
    this.host.metrics.written(frame);
    // One socket write for the frames of one burst (all reports of a group commit arrive in one
    // synchronous run of durable callbacks) instead of one per frame. A microtask rather than
    // nextTick: queued inside the journal's completion, it runs right after that run, before the
    // continuations of the placements it resolved (bookkeeping that can wait); a nextTick would
    // wait for all of them. The store is flushed first, so frames are stored before they leave.
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      queueMicrotask(this.flushOut);
    }
    this.socket.write(frame);
  }

  send(msgType: string, body: BodyFields) {
    this.session?.send(msgType, body);
  }

  private onFrame(bytes: Buffer) {
    const parsed = parseFields(bytes);
    if (!parsed.ok) {
      this.host.logger?.warn(
        { keyId: this.key?.keyId, frame: printable(bytes) },
        `fix: unparseable message ignored: ${parsed.reason}`,
      );
      if (this.state === 'awaitingLogon') this.disconnect('unparseable Logon');
      return;
    }
    const fields = parsed.fields;
    this.host.metrics.received(fields[2]?.tag === Tag.MsgType ? fields[2].value : '');
    if (this.state === 'awaitingLogon') return this.onLogon(fields);
    if (fieldValue(fields, Tag.BeginString) !== BEGIN_STRING)
      return this.logout(`BeginString must be ${BEGIN_STRING}`);
    const seqText = fieldValue(fields, Tag.MsgSeqNum);
    const seq = seqText !== undefined && /^\d{1,15}$/.test(seqText) ? Number(seqText) : Number.NaN;
    const msgType = fields[2]?.tag === Tag.MsgType ? fields[2].value : '';
    if (
      fieldValue(fields, Tag.SenderCompID) !== this.key?.keyId ||
      fieldValue(fields, Tag.TargetCompID) !== VENUE_COMP_ID
    ) {
      this.reject(seq, msgType, {
        reason: Number(R.CompidProblem),
        text: 'SenderCompID/TargetCompID do not match the session',
      });
      if (seq === this.expected) this.advance(seq + 1);
      return this.logout('CompID problem');
    }
    if (Number.isNaN(seq)) return this.logout('MsgSeqNum(34) missing or not a number');
    if (msgType === MsgType.SequenceReset && fieldValue(fields, Tag.GapFillFlag) !== 'Y')
      return this.sequenceReset(seq, fieldValue(fields, Tag.NewSeqNo));
    if (seq > this.expected) return this.ahead(seq, msgType, fields);
    if (seq < this.expected) {
      if (fieldValue(fields, Tag.PossDupFlag) === 'Y') return; // a duplicate we already processed
      return this.logout(`MsgSeqNum too low, expecting ${this.expected} but received ${seq}`);
    }
    this.process(fields);
    this.drain();
  }

  private get expected(): number {
    return this.session?.store.nextTarget ?? 1;
  }

  private advance(next: number) {
    this.session?.store.setNextTarget(next);
    this.gap.advancedTo(next);
  }

  private ahead(seq: number, msgType: string, fields: Field[]) {
    if (msgType === MsgType.ResendRequest) this.serveResend((tag) => fieldValue(fields, tag));
    if (msgType === MsgType.Logout) return this.logout('Logout received');
    const held = this.gap.hold(seq, fields);
    if (held === 'full') return this.logout('too many messages ahead of sequence');
    if (held === 'heldRequestResend') {
      this.send(MsgType.ResendRequest, [
        [Tag.BeginSeqNo, this.expected],
        [Tag.EndSeqNo, 0],
      ]);
    }
  }

  private drain() {
    for (
      let next = this.gap.take(this.expected);
      next !== undefined && this.state === 'active';
      next = this.gap.take(this.expected)
    ) {
      this.process(next, true);
    }
  }

  private sequenceReset(seq: number, newSeqText: string | undefined) {
    const newSeq =
      newSeqText !== undefined && /^\d{1,15}$/.test(newSeqText) ? Number(newSeqText) : Number.NaN;
    if (Number.isNaN(newSeq) || newSeq < this.expected) {
      this.reject(seq, MsgType.SequenceReset, {
        reason: Number(R.ValueIsIncorrect),
        refTag: Tag.NewSeqNo,
        text: `NewSeqNo must be at least ${this.expected}`,
      });
      return;
    }
    this.advance(newSeq);
    this.drain();
  }

  /** Processes the message carrying the expected sequence number. */
  private process(fields: Field[], fromQueue = false) {
    const seq = this.expected;
    const msgType = fields[2]?.tag === Tag.MsgType ? fields[2].value : '';
    if (msgType === MsgType.Logon && fromQueue) return this.advance(seq + 1); // the Logon that opened a gap
    const late = checkSendingTime(fields, this.nowMs(), this.host.options.sendingTimeToleranceMs);
    if (late) {
      this.reject(seq, msgType, late.rejection);
      this.advance(seq + 1);
      return late.logout ? this.logout('SendingTime accuracy problem') : undefined;
    }
    if (!MESSAGE_INDEX.has(msgType) && FIX44_MSG_TYPES.has(msgType)) {
      this.send(MsgType.BusinessMessageReject, [
        [Tag.RefSeqNum, seq],
        [Tag.RefMsgType, msgType],
        [Tag.BusinessRejectReason, '3'],
        [Tag.Text, `MsgType ${msgType} is not supported by this venue`],
      ]);
      return this.advance(seq + 1);
    }
    const result = validateMessage(fields);
    if (!result.ok) {
      this.reject(seq, msgType, result.rejection);
      return this.advance(seq + 1);
    }
    const message = result.message;
    if (msgType === MsgType.SequenceReset) {
      // Gap fill (the reset form is handled before sequence checks).
      const newSeq = Number(message.body.get(Tag.NewSeqNo));
      if (newSeq <= seq) {
        this.reject(seq, msgType, {
          reason: Number(R.ValueIsIncorrect),
          refTag: Tag.NewSeqNo,
          text: 'NewSeqNo must move the sequence forward',
        });
        return this.advance(seq + 1);
      }
      return this.advance(newSeq);
    }
    this.advance(seq + 1);
    switch (msgType) {
      case MsgType.Heartbeat:
        if (message.body.has(Tag.TestReqID)) this.heartbeats.testAnswered();
        return;
      case MsgType.TestRequest:
        this.send(MsgType.Heartbeat, [[Tag.TestReqID, message.body.get(Tag.TestReqID) ?? '']]);
        return;
      case MsgType.ResendRequest:
        return this.serveResend((tag) => message.body.get(tag));
      case MsgType.Reject:
        this.host.logger?.info(
          { keyId: this.key?.keyId, text: message.body.get(Tag.Text) },
          'fix: client rejected a message',
        );
        return;
      case MsgType.Logout:
        if (this.state === 'loggingOut') return this.disconnect('logout complete');
        this.send(MsgType.Logout, []);
        return this.disconnect('client logged out');
      case MsgType.Logon:
        return this.logout('already logged on');
      default:
        this.host.onApplicationMessage(this, message);
    }
  }

  private serveResend(get: (tag: number) => string | undefined): void {
    const begin = Number(get(Tag.BeginSeqNo));
    const end = Number(get(Tag.EndSeqNo));
    if (Number.isSafeInteger(begin) && Number.isSafeInteger(end)) this.session?.resend(begin, end);
  }

  /** Session-level Reject (35=3) referencing the offending message. */
  reject(refSeq: number, refMsgType: string, r: Rejection) {
    const body: Array<readonly [number, string | number]> = [
      [Tag.RefSeqNum, Number.isNaN(refSeq) ? 0 : refSeq],
    ];
    if (r.refTag !== undefined) body.push([Tag.RefTagID, r.refTag]);
    if (refMsgType !== '') body.push([Tag.RefMsgType, refMsgType]);
    body.push([Tag.SessionRejectReason, r.reason], [Tag.Text, r.text]);
    this.send(MsgType.Reject, body);
  }

  private onLogon(fields: Field[]) {
    const admission = admitLogon(
      fields,
      this.host.authenticator,
      this.socket.remoteAddress ?? '',
      this.nowMs(),
    );
    const refuse = (text: string) => {
      const keyId = admission.ok ? admission.key.keyId : admission.keyId;
      this.host.metrics.logonRefused(text);
      this.write(FixSession.unsequenced(keyId, MsgType.Logout, [[Tag.Text, text]], this.host.clock));
      this.disconnect(text);
    };
    if (!admission.ok) return admission.answer ? refuse(admission.text) : this.disconnect(admission.text);
    const { key, logon, heartBtInt } = admission;
    const keyId = key.keyId;
    const claimed = this.host.claim(key, this);
    if (typeof claimed === 'string') return refuse(claimed);
    this.key = key;
    this.session = claimed;
    const store = claimed.store;
    const reset = logon.body.get(Tag.ResetSeqNumFlag) === 'Y';
    if (reset) {
      if (logon.seqNum !== 1) return this.refuseClaimed(refuse, 'ResetSeqNumFlag=Y needs MsgSeqNum=1');
      store.reset();
    } else if (logon.seqNum < store.nextTarget) {
      return this.refuseClaimed(
        refuse,
        `MsgSeqNum too low, expecting ${store.nextTarget} but received ${logon.seqNum}`,
      );
    }
    this.cancelOnDisconnect = logon.body.get(Tag.CancelOnDisconnect) === 'Y';
    this.state = 'active';
    this.host.metrics.loggedOn();
    claimed.attach(this);
    const reply: Array<readonly [number, string | number]> = [
      [Tag.EncryptMethod, 0],
      [Tag.HeartBtInt, heartBtInt],
    ];
    if (reset) reply.push([Tag.ResetSeqNumFlag, 'Y']);
    if (this.cancelOnDisconnect) reply.push([Tag.CancelOnDisconnect, 'Y']);
    this.send(MsgType.Logon, reply);
    this.host.logger?.info({ keyId, seq: logon.seqNum, expected: store.nextTarget }, 'fix: logged on');
    if (logon.seqNum > store.nextTarget) this.ahead(logon.seqNum, MsgType.Logon, fields);
    else this.advance(logon.seqNum + 1);
    this.heartbeats.start(heartBtInt);
    this.host.onLoggedOn(this);
  }

  private refuseClaimed(refuse: (text: string) => void, text: string): void {
    if (this.session) this.host.release(this.session, this);
    this.session = undefined;
    this.key = undefined;
    refuse(text);
  }

  /** Venue-initiated Logout: waits briefly for the client's Logout, then closes. */
  logout(text: string) {
    if (this.state !== 'active') return this.disconnect(text);
    this.state = 'loggingOut';
    this.send(MsgType.Logout, [[Tag.Text, text]]);
    setTimeout(() => this.disconnect(text), 2000).unref();
  }

  disconnect(reason: string) {
    if (this.state === 'closed') return;
    this.host.logger?.info({ keyId: this.key?.keyId, reason }, 'fix: disconnect');
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 1000).unref();
    this.closed();
  }

  private closed() {
    if (this.state === 'closed') return;
    const wasLoggedOn = this.state === 'active' || this.state === 'loggingOut';
    this.state = 'closed';
    this.heartbeats.stop();
    if (this.session) {
      this.session.detach(this);
      this.host.release(this.session, this);
    }
    if (wasLoggedOn) {
      this.host.metrics.loggedOff();
      this.host.onEnded(this);
    }
  }
}
