/**
 * Heartbeat monitoring of one logged-on connection (FIX 4.4 session rules): a Heartbeat after
 * each interval without outbound traffic, a TestRequest after 1.2 intervals of inbound silence,
 * and the connection declared dead after 2.4 intervals. Also the Logon deadline before that.
 */

export interface HeartbeatActions {
  heartbeat(): void;
  testRequest(testReqId: string): void;
  /** The peer went silent (or never logged on): end the connection. */
  dead(reason: string): void;
}

export class HeartbeatMonitor {
  private intervalMs = 30_000;
  private lastReceived: number;
  private lastSent: number;
  private testRequestPending = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** Milliseconds since the epoch, from the venue clock. */
    private readonly nowMs: () => number,
    private readonly actions: HeartbeatActions,
    logonTimeoutMs: number,
  ) {
    this.lastReceived = nowMs();
    this.lastSent = this.lastReceived;
    this.timer = setTimeout(() => actions.dead('no Logon in time'), logonTimeoutMs);
  }

  received(): void {
    this.lastReceived = this.nowMs();
  }

  sent(): void {
    this.lastSent = this.nowMs();
  }

  /** A Heartbeat carrying a TestReqID answered our TestRequest. */
  testAnswered(): void {
    this.testRequestPending = false;
  }

  /** Logged on with this HeartBtInt: the Logon deadline gives way to heartbeat checks. */
  start(heartBtIntSeconds: number): void {
    this.stop();
    this.intervalMs = heartBtIntSeconds * 1000;
    // Checked a few times per interval so that timeouts are noticed promptly even for HeartBtInt=1.
    const tick = Math.min(1000, Math.max(100, this.intervalMs / 4));
    this.timer = setInterval(() => this.tick(), tick);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const now = this.nowMs();
    const silent = now - this.lastReceived;
    if (silent > this.intervalMs * 2.4) {
      this.actions.dead('heartbeat timeout');
    } else if (silent > this.intervalMs * 1.2 && !this.testRequestPending) {
      this.testRequestPending = true;
      this.actions.testRequest(`TEST-${now}`);
    } else if (now - this.lastSent >= this.intervalMs) {
      this.actions.heartbeat();
    }
  }
}
