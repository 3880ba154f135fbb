import type { ProblemInit } from './problem.ts';
import { type CompiledValidator, check } from './validation.ts';

/** Omit that keeps the members of a union apart. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type Awaitable<T> = T | Promise<T>;

/** One client operation as the generated dispatcher wires it. */
export interface ClientOpBinding<Ctx> {
  readonly validate: CompiledValidator;
  readonly handle: (message: unknown, ctx: Ctx) => Awaitable<unknown>;
}

export type DispatchOutcome<Reply> =
  | { readonly kind: 'reply'; readonly message: Reply }
  | { readonly kind: 'done' }
  /** The frame was not a valid client message; the transport answers with `problem` (and `id` if any). */
  | { readonly kind: 'rejected'; readonly id?: unknown; readonly op?: string; readonly problem: ProblemInit };

/**
 * Parses one text frame, finds its operation by `op`, validates it against the contract and calls
 * the handler. Problems use the REST codes: MALFORMED_JSON and VALIDATION_FAILED with `errors`.
 * Not an async function: a handler's promise is chained once, and an answer known at once is
 * wrapped once, instead of an async frame and an await per message on top (a transport answering
 * thousands of orders a second pays every extra promise and microtask per message). Anything
 * that throws (a handler, a validator) rejects the promise, as in an async function.
 */
export function dispatchFrame<Ctx, Reply>(
  table: Readonly<Record<string, ClientOpBinding<Ctx>>>,
  frame: string,
  ctx: Ctx,
): Promise<DispatchOutcome<Reply>> {
  try {
    return dispatch<Ctx, Reply>(table, frame, ctx);
  } catch (error) {
    return Promise.reject(error);
  }
}

function dispatch<Ctx, Reply>(
  table: Readonly<Record<string, ClientOpBinding<Ctx>>>,
  frame: string,
  ctx: Ctx,
): Promise<DispatchOutcome<Reply>> {
  let message: unknown;
  try {
    message = JSON.parse(frame);
  } catch (error) {
    return Promise.resolve({
      kind: 'rejected',
      problem: { status: 400, code: 'MALFORMED_JSON', detail: (error as Error).message },
    });
  }
  if (!message || typeof message !== 'object' || Array.isArray(message)) {
    return Promise.resolve({
      kind: 'rejected',
      problem: { status: 400, code: 'VALIDATION_FAILED', errors: [{ path: '', message: 'must be object' }] },
    });
  }
  const { op, id } = message as { op?: unknown; id?: unknown };
  const binding = typeof op === 'string' && Object.hasOwn(table, op) ? table[op] : undefined;
  if (!binding) {
    const known = Object.keys(table).sort().join(', ');
    return Promise.resolve({
      kind: 'rejected',
      ...(id === undefined ? {} : { id }),
      problem: {
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: '/op', message: `must be one of ${known}` }],
      },
    });
  }
  const issues = check(binding.validate, 'body', message);
  if (issues.length > 0) {
    return Promise.resolve({
      kind: 'rejected',
      ...(id === undefined ? {} : { id }),
      op: op as string,
      problem: { status: 400, code: 'VALIDATION_FAILED', errors: issues },
    });
  }
  const reply: unknown = binding.handle(message, ctx);
  if (reply instanceof Promise) return reply.then(outcomeOf) as Promise<DispatchOutcome<Reply>>;
  // Any other thenable is adopted, as `await` would.
  if (typeof (reply as { then?: unknown } | undefined)?.then === 'function') {
    return Promise.resolve(reply).then(outcomeOf) as Promise<DispatchOutcome<Reply>>;
  }
  return Promise.resolve(outcomeOf(reply) as DispatchOutcome<Reply>);
}

const DONE = { kind: 'done' } as const;

function outcomeOf<Reply>(reply: Reply | undefined): DispatchOutcome<Reply> {
  return reply === undefined ? DONE : { kind: 'reply', message: reply };
}

/** How the client reaches the socket: the SDK wires `ws` or a browser WebSocket to it. */
export interface WsTransport {
  send(frame: string): void;
}

export interface WsClientConfig {
  /** Event name to the constant properties that identify it. */
  readonly events: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly idType: 'string' | 'number';
  /** Validators for server messages by event name, and replies by op; used when `validate` is on. */
  readonly eventValidators: Readonly<Record<string, CompiledValidator>>;
  /** A reply is on contract when any of its operation's reply messages accepts it. */
  readonly replyValidators: Readonly<Record<string, readonly CompiledValidator[]>>;
}

export interface WsClientOptions {
  /** Reject a request with no reply after this long (default 10 s). */
  readonly timeoutMs?: number;
  /** Check incoming server messages against the contract. */
  readonly validate?: boolean;
  /** Frames that are neither a pending reply nor a known event, or that fail validation. */
  readonly onUnexpected?: (message: unknown, reason: string) => void;
}

function parseFrame(frame: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(frame);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

interface Pending {
  readonly op: string;
  readonly resolve: (message: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Request/reply correlation by `id` and event fan-out; the generated client adds typed methods. */
export class WsClientCore<Events extends object> {
  readonly #pending = new Map<string, Pending>();
  readonly #listeners = new Map<string, Set<(message: unknown) => void>>();
  #next = 0;

  constructor(
    private readonly transport: WsTransport,
    private readonly config: WsClientConfig,
    private readonly options: WsClientOptions = {},
  ) {}

  /** Feed every incoming text frame here. */
  receive(frame: string): void {
    const message = parseFrame(frame);
    if (!message) {
      this.options.onUnexpected?.(frame, 'not a JSON object');
      return;
    }
    const pending = message.id === undefined ? undefined : this.#pending.get(String(message.id));
    if (pending) {
      this.#pending.delete(String(message.id));
      clearTimeout(pending.timer);
      const validators = this.config.replyValidators[pending.op] ?? [];
      if (
        this.options.validate &&
        validators.length > 0 &&
        !validators.some((validate) => validate(message))
      ) {
        pending.reject(new Error(`reply to ${pending.op} is off contract`));
      } else {
        pending.resolve(message);
      }
      return;
    }
    const name = Object.keys(this.config.events).find((event) =>
      Object.entries(this.config.events[event] ?? {}).every(([k, v]) => message[k] === v),
    );
    if (name === undefined) {
      this.options.onUnexpected?.(message, 'no pending request or event matches');
      return;
    }
    const validator = this.config.eventValidators[name];
    if (this.options.validate && validator && !validator(message)) {
      this.options.onUnexpected?.(message, `${name} event is off contract`);
      return;
    }
    for (const listener of this.#listeners.get(name) ?? []) listener(message);
  }

  /** Subscribe to one server event; returns the unsubscribe function. */
  on<Name extends keyof Events & string>(name: Name, listener: (message: Events[Name]) => void): () => void {
    const set = this.#listeners.get(name) ?? new Set();
    const untyped = listener as (message: unknown) => void;
    set.add(untyped);
    this.#listeners.set(name, set);
    return () => set.delete(untyped);
  }

  /** Rejects every request still waiting, e.g. when the socket closes. */
  close(reason = 'connection closed'): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(reason));
      this.#pending.delete(id);
    }
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  protected request(op: string, fields: object): Promise<unknown> {
    this.#next += 1;
    const id = this.config.idType === 'number' ? this.#next : String(this.#next);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(String(id));
        reject(new Error(`${op} ${String(id)} timed out`));
      }, this.options.timeoutMs ?? 10_000);
      this.#pending.set(String(id), { op, resolve, reject, timer });
      try {
        this.transport.send(JSON.stringify({ op, id, ...fields }));
      } catch (error) {
        clearTimeout(timer);
        this.#pending.delete(String(id));
        reject(error as Error);
      }
    });
  }

  protected notify(op: string, fields: object): void {
    this.transport.send(JSON.stringify({ op, ...fields }));
  }
}
