/**
 * A small deterministic machine the snapshot worker can load by module (its `type.module` names
 * this file), for the worker's tests. `fail` lets a test kill the worker for real: the worker
 * thread (never the main thread, whose state is the same either way) throws on it once, when the
 * marker file it names exists, and removes the marker so the restarted worker replays it cleanly.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import type { StateMachine, StateMachineType } from '../../server/venue/durable-machine.ts';

export type WorkerBankCommand =
  | { type: 'credit'; account: string; amount: number }
  | { type: 'fail'; marker: string };

export class WorkerBank implements StateMachine<WorkerBankCommand, number> {
  constructor(readonly balances: Map<string, number> = new Map()) {}

  apply(cmd: WorkerBankCommand): number {
    if (cmd.type === 'fail') {
      if (!isMainThread && existsSync(cmd.marker)) {
        unlinkSync(cmd.marker);
        throw new Error('worker killed by the test');
      }
      return 0;
    }
    const balance = (this.balances.get(cmd.account) ?? 0) + cmd.amount;
    this.balances.set(cmd.account, balance);
    return balance;
  }

  snapshot(): [string, number][] {
    return [...this.balances];
  }

  static readonly type: StateMachineType<WorkerBank> = {
    create: () => new WorkerBank(),
    restore: (s) => new WorkerBank(new Map(s as [string, number][])),
    module: { module: import.meta.url, name: 'WorkerBank.type' },
  };
}

/** The balances after `commands`, applied from scratch: what any snapshot must equal. */
export function replayed(commands: readonly WorkerBankCommand[]): [string, number][] {
  const bank = new WorkerBank();
  for (const c of commands) bank.apply(c);
  return bank.snapshot();
}
