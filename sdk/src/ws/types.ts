/** The WebSocket session's public shapes: options, the socket it drives, and its events. */
import type { LoginReplyMessage, ServerEvents } from '../../../generated/asyncapi/messages.ts';
import type { components } from '../../../generated/asyncapi/types.ts';
import type { Signer } from '../signing.ts';

export type Schemas = components['schemas'];
export type Channel = Schemas['StreamChannel'];
export type LoginResult = LoginReplyMessage['result'];
export type Order = Schemas['Order'];

/** The part of the WebSocket interface used, met by browsers' WebSocket and by `ws`. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type WebSocketConstructor = new (url: string) => SocketLike;

export interface SocketOptions {
  /** Default: `globalThis.WebSocket`, else the `ws` package (Node 20). */
  readonly WebSocket?: WebSocketConstructor;
  /** Log in after each connect when the client has a key (default true). */
  readonly login?: boolean;
  /** Arm cancel-on-disconnect for orders placed through this socket. */
  readonly cancelOnDisconnect?: boolean;
  /** Reconnect after an unexpected close (default true). */
  readonly reconnect?: boolean;
  readonly minReconnectDelayMs?: number;
  readonly maxReconnectDelayMs?: number;
  /** Send `ping` when nothing arrived for this long (default 15 s, as the guide advises). */
  readonly heartbeatIntervalMs?: number;
  /** Drop the connection when a `ping` gets no reply within this (default 10 s). */
  readonly heartbeatTimeoutMs?: number;
  /** Reject a request with no reply after this long (default 10 s). */
  readonly requestTimeoutMs?: number;
}

export interface SocketInternals extends SocketOptions {
  readonly url: string;
  readonly signer: Signer | undefined;
  readonly serverNow: () => number;
  /** Sets the clock offset from a server time the venue reported (ms). */
  readonly correctClock: (serverTime: number) => void;
}

/** Lifecycle events, beside the server's stream events. */
export interface LifecycleEvents {
  open: { reconnect: boolean };
  login: LoginResult;
  close: { code: number; reason: string; willReconnect: boolean };
  reconnecting: { attempt: number; delayMs: number };
  resync: { market: string; reason: 'gap' | 'checksum' };
  error: Error;
}
export type SocketEvents = ServerEvents & LifecycleEvents;
