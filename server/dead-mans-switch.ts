/**
 * The dead man's switch (`cancelAllAfter`): one timer per account, shared by every gateway. REST
 * `setCancelAllAfter` and the WebSocket equivalent both call `arm`; the last call from any key
 * of the account wins. When a timer fires, every open order of the account is canceled through
 * the venue with reason `deadMansSwitch` (the API spells it `cancelAllAfter`).
 *
 * The switch is session state, not journaled: after a restart nothing is armed, exactly as if
 * every client had disconnected. A client that relies on it re-arms it when it reconnects.
 */
import type { Venue } from './venue.ts';

/** The longest timeout a client may ask for (the contract's maximum, 10 minutes). */
export const MAX_CANCEL_ALL_AFTER_MS = 600_000;

/** What a client sees after arming or disarming. */
export interface DeadMansSwitchStatus {
  timeoutMs: number;
  /** When the switch fires, µs since the epoch; null when disarmed. */
  triggerAt: number | null;
}

/** Who is told when a switch fires and what came of it. */
export interface DeadMansSwitchObserver {
  fired?(accountId: string, canceled: number): void;
  failed?(accountId: string, error: unknown): void;
}

export interface DeadMansSwitchOptions {
  venue: Pick<Venue, 'submit' | 'now'>;
  observer?: DeadMansSwitchObserver;
}

interface Armed {
  timer: NodeJS.Timeout;
  timeoutMs: number;
  triggerAt: number;
}

export class DeadMansSwitch {
  readonly #venue: Pick<Venue, 'submit' | 'now'>;
  readonly #observer: DeadMansSwitchObserver;
  readonly #armed = new Map<string, Armed>();
  #closed = false;

  constructor(options: DeadMansSwitchOptions) {
    this.#venue = options.venue;
    this.#observer = options.observer ?? {};
  }

  /**
   * Arms (or re-arms, pushing the deadline back) the account's switch; 0 disarms it. Throws a
   * RangeError for a timeout that is not an integer in 0..MAX_CANCEL_ALL_AFTER_MS: gateways
   * validate first, so reaching this is a programming error.
   */
  arm(accountId: string, timeoutMs: number): DeadMansSwitchStatus {
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_CANCEL_ALL_AFTER_MS) {
      throw new RangeError(`timeoutMs must be an integer in 0..${MAX_CANCEL_ALL_AFTER_MS}`);
    }
    this.disarm(accountId);
    if (timeoutMs === 0 || this.#closed) return { timeoutMs: 0, triggerAt: null };
    const triggerAt = this.#venue.now() + timeoutMs * 1000;
    const timer = setTimeout(() => this.#fire(accountId), timeoutMs);
    // The switch must never keep a stopping process alive; close() clears them anyway.
    timer.unref();
    this.#armed.set(accountId, { timer, timeoutMs, triggerAt });
    return { timeoutMs, triggerAt };
  }

  /** Disarms the account's switch; nothing happens if it is not armed. */
  disarm(accountId: string): void {
    const armed = this.#armed.get(accountId);
    if (armed === undefined) return;
    clearTimeout(armed.timer);
    this.#armed.delete(accountId);
  }

  /** The account's current state. */
  status(accountId: string): DeadMansSwitchStatus {
    const armed = this.#armed.get(accountId);
    return armed === undefined
      ? { timeoutMs: 0, triggerAt: null }
      : { timeoutMs: armed.timeoutMs, triggerAt: armed.triggerAt };
  }

  /** Number of accounts with an armed switch. */
  get armedCount(): number {
    return this.#armed.size;
  }

  /**
   * Stops every timer without firing it (shutdown: the orders stay as they are, and a restart
   * starts disarmed). Later `arm` calls answer disarmed.
   */
  close(): void {
    this.#closed = true;
    for (const armed of this.#armed.values()) clearTimeout(armed.timer);
    this.#armed.clear();
  }

  #fire(accountId: string): void {
    this.#armed.delete(accountId);
    this.#venue.submit({ type: 'cancelAll', accountId, reason: 'deadMansSwitch' }).then(
      (result) => this.#observer.fired?.(accountId, result.canceled?.length ?? 0),
      (error: unknown) => this.#observer.failed?.(accountId, error),
    );
  }
}
