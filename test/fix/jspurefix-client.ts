/**
 * An independent FIX engine (jspurefix) as the initiator, loading our dictionary from
 * spec/fix/FIX44.xml and signing its Logon the way API-DESIGN.md specifies.
 */
import 'reflect-metadata';
import path from 'node:path';
import {
  AsciiSession,
  AsciiSessionMsgFactory,
  EmptyLogFactory,
  type EngineFactory,
  type IJsFixConfig,
  type ISessionDescription,
  type ISessionMsgFactory,
  type MsgView,
  type ObjectMutator,
  SessionLauncher,
} from 'jspurefix';
import { fixLogonPrehash, signHmac } from '../../server/auth/signature.ts';
import { formatUtcTimestamp } from '../../server/fix/time.ts';

type Loose = Record<string, unknown>;

const DICTIONARY = path.resolve('spec/fix/FIX44.xml');
/** Signing secrets by SenderCompID (kept out of the description so nothing sends them). */
const secrets = new Map<string, string>();
/** Test hook: the next Logon of this key is signed with this secret instead (bad signature). */
const overrides = new Map<string, string>();
/** Test hook: the Logon frames as sent, to replay one. */
export const sentLogons: Buffer[] = [];

class SigningMsgFactory extends AsciiSessionMsgFactory {
  private raw: Buffer | undefined;

  constructor(description: ISessionDescription, mutator: ObjectMutator | null = null) {
    super(description, mutator);
  }

  override logon(): Loose {
    // The signature covers the header's SendingTime and MsgSeqNum, which only header() knows:
    // hand the encoder a buffer now and fill it in there, before the body is written.
    this.raw = Buffer.alloc(44);
    // RawDataLength is set explicitly: when jspurefix 5.11 derives it, it ends the field with its
    // log delimiter ('|') instead of SOH.
    return {
      ...super.logon(),
      Username: this.description.SenderCompId,
      RawDataLength: 44,
      RawData: this.raw,
      Password: null,
    };
  }

  override header(msgType: string, seqNum: number, time: Date, overrideData?: Loose): Loose {
    const h = super.header(msgType, seqNum, time, overrideData);
    if (msgType === 'A' && this.raw) {
      const sender = this.description.SenderCompId;
      const secret = overrides.get(sender) ?? secrets.get(sender) ?? '';
      const prehash = fixLogonPrehash({
        sendingTime: formatUtcTimestamp(time.getTime() * 1000),
        msgSeqNum: seqNum,
        senderCompId: sender,
        targetCompId: this.description.TargetCompID,
      });
      this.raw.write(signHmac(secret, prehash), 'latin1');
      this.raw = undefined;
    }
    return h;
  }
}

export interface Received {
  msgType: string;
  body: Loose;
}

export class ClientSession extends AsciiSession {
  readonly received: Received[] = [];
  private waiters: Array<() => void> = [];
  ready = false;
  stopped = false;
  stopError: Error | undefined;

  constructor(config: IJsFixConfig) {
    super(config);
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  protected onApplicationMsg(msgType: string, view: MsgView): void {
    this.received.push({ msgType, body: view.toObject() as Loose });
    this.wake();
  }
  protected onReady(): void {
    this.ready = true;
    this.wake();
  }
  protected onStopped(error?: Error): void {
    this.stopped = true;
    this.stopError = error;
    this.wake();
  }
  protected onLogon(): boolean {
    return true;
  }
  protected onDecoded(): void {}
  protected onEncoded(msgType: string, txt: string): void {
    if (msgType === 'A') sentLogons.push(Buffer.from(txt.replaceAll('|', '\x01'), 'latin1'));
  }

  sendMessage(msgType: string, body: Loose): void {
    this.send(msgType, body);
  }

  async waitFor(pred: (m: Received) => boolean, timeoutMs = 5000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(pred);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`timed out; received ${JSON.stringify(this.received.map((r) => r.msgType))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async waitUntil(cond: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

class Launcher extends SessionLauncher {
  session: ClientSession | undefined;
  constructor(description: ISessionDescription) {
    super(description, null, new EmptyLogFactory());
  }
  protected override makeFactory(): EngineFactory {
    return {
      makeSession: (config: IJsFixConfig) => {
        this.session = new ClientSession(config);
        return this.session;
      },
    } as EngineFactory;
  }
  protected override makeSessionMsgFactory(description: ISessionDescription): ISessionMsgFactory {
    return new SigningMsgFactory(description);
  }
}

export interface JspfOptions {
  port: number;
  keyId: string;
  secret: string;
  /** A directory for jspurefix's file store: sequence numbers survive reconnects. */
  storeDir?: string;
  reset?: boolean;
  badSecret?: string;
}

/** Starts a jspurefix initiator; resolves with its session once it exists (not yet logged on). */
export async function connectJspf(
  o: JspfOptions,
): Promise<{ session: ClientSession; run: Promise<unknown>; stop(): void }> {
  secrets.set(o.keyId, o.secret);
  if (o.badSecret) overrides.set(o.keyId, o.badSecret);
  else overrides.delete(o.keyId);
  const description = {
    application: {
      type: 'initiator',
      name: `jspf-${o.keyId}`,
      reconnectSeconds: 1,
      tcp: { host: '127.0.0.1', port: o.port },
      protocol: 'ascii',
      dictionary: DICTIONARY,
    },
    EncryptMethod: 0,
    ResetSeqNumFlag: o.reset ?? false,
    HeartBtInt: 30,
    SenderCompId: o.keyId,
    TargetCompID: 'OPENVENUE',
    BeginString: 'FIX.4.4',
    ...(o.storeDir && { store: { type: 'file', directory: o.storeDir } }),
  } as unknown as ISessionDescription;
  const launcher = new Launcher(description);
  const run = launcher.run().catch((e: unknown) => e);
  const deadline = Date.now() + 10_000;
  while (!launcher.session) {
    if (Date.now() > deadline) throw new Error('jspurefix session never started');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { session: launcher.session, run, stop: () => launcher.stop() };
}
