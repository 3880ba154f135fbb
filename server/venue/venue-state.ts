/**
 * Everything the venue must keep across restarts, as one deterministic state machine: the
 * trading engine and the API key store. Commands are routed by `type`; one snapshot holds both,
 * so recovery never sees the two at different journal positions.
 */
import {
  KeyStore,
  type KeyStoreCommand,
  type KeyStoreResult,
  type KeyStoreSnapshot,
} from '../auth/key-store.ts';
import { type Command, type CommandResult, Engine, type EngineSnapshot } from '../core/index.ts';
import type { StateMachine, StateMachineType } from './durable-machine.ts';

export type VenueCommand = Command | KeyStoreCommand;

/** A key command for an account the engine does not know is refused here, deterministically. */
export type KeyCommandResult = KeyStoreResult | { ok: false; code: 'ACCOUNT_NOT_FOUND'; detail: string };

export type VenueResult = CommandResult | KeyCommandResult;

/** The result type of one command type, so callers get the precise shape back. */
export type ResultOf<T extends VenueCommand> = T extends KeyStoreCommand ? KeyCommandResult : CommandResult;

export interface VenueSnapshot {
  version: 1;
  engine: EngineSnapshot;
  keys: KeyStoreSnapshot;
}

export class VenueState implements StateMachine<VenueCommand, VenueResult> {
  constructor(
    readonly engine: Engine,
    readonly keys: KeyStore,
  ) {}

  apply(command: VenueCommand): VenueResult {
    switch (command.type) {
      case 'createApiKey':
        if (this.engine.account(command.accountId) === undefined) {
          return {
            ok: false,
            code: 'ACCOUNT_NOT_FOUND',
            detail: `no account "${command.accountId}"`,
          };
        }
        return this.keys.apply(command);
      case 'revokeApiKey':
        return this.keys.apply(command);
      default:
        return this.engine.apply(command);
    }
  }

  snapshot(): VenueSnapshot {
    // Keys first: the engine's capture watches new orders until it is serialised, so nothing that
    // can throw may come after it (a capture nobody serialises would keep watching).
    const keys = this.keys.snapshot();
    return { version: 1, engine: this.engine.snapshot(), keys };
  }

  static readonly type: StateMachineType<VenueState> = {
    create: () => new VenueState(new Engine(), new KeyStore()),
    restore(snapshot) {
      const s = snapshot as VenueSnapshot;
      if (s?.version !== 1) throw new Error(`unsupported venue snapshot version ${String(s?.version)}`);
      return new VenueState(Engine.restore(s.engine), KeyStore.fromSnapshot(s.keys));
    },
    // The snapshot worker loads this same type in its own thread.
    module: { module: import.meta.url, name: 'VenueState.type' },
  };
}
