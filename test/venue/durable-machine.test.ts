import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../server/journal/index.ts';
import {
  type Applied,
  DurableMachine,
  type StateMachine,
  VenueUnavailableError,
} from '../../server/venue/durable-machine.ts';
import { countingFs, recordingLogger, tempDirs, until } from '../journal/helpers.ts';

/** A tiny deterministic machine: the venue layer must work for any, not only the engine. */
type BankCommand = { type: 'credit'; account: string; amount: number } | { type: 'boom' };
type BankResult = { ok: boolean; balance: number };
class Bank implements StateMachine<BankCommand, BankResult> {
  constructor(readonly balances: Map<string, number> = new Map()) {}
  apply(cmd: BankCommand): BankResult {
    if (cmd.type === 'boom') throw new Error('invariant broken');
    if (cmd.amount <= 0) return { ok: false, balance: this.balances.get(cmd.account) ?? 0 };
    const balance = (this.balances.get(cmd.account) ?? 0) + cmd.amount;
    this.balances.set(cmd.account, balance);
    return { ok: true, balance };
  }
  snapshot() {
    return [...this.balances];
  }
  static readonly type = {
    create: () => new Bank(),
    restore: (s: unknown) => new Bank(new Map(s as [string, number][])),
  };
}

const dir = tempDirs('ov-venue-');

describe('durable machine', () => {
  it('resolves results and publishes only after the batch is durable, in order', async () => {
    const { fs, gate } = countingFs();
    const m = await DurableMachine.open({ dir: dir(), type: Bank.type, fs });
    gate.hold = true;
    const published: number[] = [];
    m.subscribe((a: Applied<BankCommand, BankResult>) => published.push(a.seq));
    const resolved: number[] = [];
    const results = [1, 2, 3].map((n) =>
      m.submit({ type: 'credit', account: 'a', amount: n }).then((r) => {
        resolved.push(r.balance);
        return r;
      }),
    );
    // Applied synchronously (queries see it), but neither acknowledged nor published.
    expect(m.state.balances.get('a')).toBe(6);
    expect(await until(() => gate.blocked === 1)).toBe(true);
    expect(resolved).toEqual([]);
    expect(published).toEqual([]);
    gate.hold = false;
    gate.release();
    expect(await Promise.all(results)).toEqual([
      { ok: true, balance: 1 },
      { ok: true, balance: 3 },
      { ok: true, balance: 6 },
    ]);
    expect(published).toEqual([1, 2, 3]);
    await m.close();
  });

  it('answers every command with its own result while the queue never drains', async () => {
    const m = await DurableMachine.open({ dir: dir(), type: Bank.type });
    // Each answer submits the next command of its lane from inside the journal's durable callback,
    // so the next batch is queued before the current one is fully answered and the queue is never
    // empty: answered slots are reclaimed and the waiting ones moved while commands keep coming.
    const lanes = 300;
    const perLane = 20;
    const balances: number[][] = Array.from({ length: lanes }, () => []);
    const published = new Map<number, number>();
    m.subscribe((a) => published.set(a.seq, (a.result as BankResult).balance));
    await new Promise<void>((finished, failed) => {
      let open = lanes;
      const next = (l: number, i: number) =>
        m.submitWithCallback({ type: 'credit', account: `L${l}`, amount: i }, (err, r) => {
          if (err !== undefined || r === undefined) return failed(err);
          balances[l]?.push(r.balance);
          if (i < perLane) next(l, i + 1);
          else if (--open === 0) finished();
        });
      for (let l = 0; l < lanes; l++) next(l, 1);
    });
    const expected = Array.from({ length: perLane }, (_, i) => ((i + 1) * (i + 2)) / 2);
    for (const b of balances) expect(b).toEqual(expected);
    expect(published.size).toBe(lanes * perLane);
    expect([...published.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: lanes * perLane }, (_, i) => i + 1),
    );
    await m.close();
  });

  it('recovers the same state from snapshots plus replay, even with the newest snapshot damaged', async () => {
    const d = dir();
    const m = await DurableMachine.open({ dir: d, type: Bank.type, snapshotEvery: 30 });
    const pending: Promise<unknown>[] = [];
    for (let i = 1; i <= 100; i++) {
      pending.push(m.submit({ type: 'credit', account: `acc${i % 7}`, amount: i }));
      if (i % 10 === 0) await Promise.all(pending);
    }
    await Promise.all(pending);
    const expected = [...m.state.balances].sort();
    // The first call may only wait for a count-triggered snapshot still being written (a slow
    // machine can still be on the one at 30); the second always writes one at 100.
    await m.snapshot();
    await m.snapshot();
    const snapshots = readdirSync(d).filter((n) => n.startsWith('snapshot-'));
    expect(snapshots.length).toBe(2);
    // Not closed: like a crash after the last acknowledgement.
    const again = await DurableMachine.open({ dir: d, type: Bank.type });
    expect([...again.state.balances].sort()).toEqual(expected);
    expect(again.lastSeq).toBe(100);
    await again.close();

    const { writeFileSync, readFileSync } = await import('node:fs');
    const newest = `${d}/${snapshots.sort().at(-1)}`;
    const bytes = readFileSync(newest);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] as number) ^ 1;
    writeFileSync(newest, bytes);
    const logger = recordingLogger();
    const third = await DurableMachine.open({ dir: d, type: Bank.type, logger });
    expect([...third.state.balances].sort()).toEqual(expected);
    expect(logger.messages.join()).toMatch(/damaged snapshot/);
    await third.close();
    await m.close(); // the "crashed" machine's file, released only now that the test is done
  });

  it('fails every pending command when the journal fails, and refuses new ones', async () => {
    let fail = false;
    const { fs } = countingFs({ failSync: () => fail });
    const logger = recordingLogger();
    const m = await DurableMachine.open({ dir: dir(), type: Bank.type, fs, logger });
    const published: number[] = [];
    m.subscribe((a) => published.push(a.seq));
    await m.submit({ type: 'credit', account: 'a', amount: 1 });
    fail = true;
    const lost = [
      m.submit({ type: 'credit', account: 'a', amount: 2 }),
      m.submit({ type: 'credit', account: 'a', amount: 3 }),
    ];
    for (const p of lost) await expect(p).rejects.toBeInstanceOf(VenueUnavailableError);
    await expect(m.submit({ type: 'credit', account: 'a', amount: 4 })).rejects.toThrow(
      /no longer be made durable/,
    );
    expect(published).toEqual([1]);
    expect(m.state.balances.get('a')).toBe(6); // 4 was refused before applying
    // close() reports the failure and still releases the journal's file.
    await expect(m.close()).rejects.toThrow(/journal write failed/);
  });

  it('refuses commands without applying them while too many are not yet durable', async () => {
    const { fs, gate } = countingFs();
    const m = await DurableMachine.open({ dir: dir(), type: Bank.type, fs, maxPending: 3 });
    gate.hold = true;
    const accepted = [1, 2, 3].map((amount) => m.submit({ type: 'credit', account: 'a', amount }));
    await expect(m.submit({ type: 'credit', account: 'a', amount: 100 })).rejects.toThrow(/overloaded/);
    expect(m.state.balances.get('a')).toBe(6);
    gate.hold = false;
    gate.release();
    await Promise.all(accepted);
    expect((await m.submit({ type: 'credit', account: 'a', amount: 4 })).balance).toBe(10);
    await m.close();
  });

  it('stops when the machine throws instead of journaling a command it cannot replay', async () => {
    const d = dir();
    const m = await DurableMachine.open({ dir: d, type: Bank.type, logger: recordingLogger() });
    await m.submit({ type: 'credit', account: 'a', amount: 5 });
    await expect(m.submit({ type: 'boom' })).rejects.toBeInstanceOf(VenueUnavailableError);
    await expect(m.submit({ type: 'credit', account: 'a', amount: 1 })).rejects.toBeInstanceOf(
      VenueUnavailableError,
    );
    await m.close();
    const again = await DurableMachine.open({ dir: d, type: Bank.type });
    expect(again.state.balances.get('a')).toBe(5);
    expect(again.lastSeq).toBe(1);
    await again.close();
  });

  it('applies exactly what the journal will replay', async () => {
    const d = dir();
    const m = await DurableMachine.open({ dir: d, type: Bank.type });
    // NaN is not JSON: live state and replay must both see null, never NaN vs null.
    const live = await m.submit({ type: 'credit', account: 'a', amount: Number.NaN });
    expect(live).toEqual({ ok: false, balance: 0 });
    await expect(m.submit({ type: 'credit', account: 'a', amount: 1n as unknown as number })).rejects.toThrow(
      TypeError,
    );
    expect(m.lastSeq).toBe(1);
    await m.close();
  });

  it('applies a flat command as given and anything else as the journal will replay it', async () => {
    const seen: unknown[] = [];
    class Recording extends Bank {
      override apply(cmd: BankCommand): BankResult {
        seen.push(cmd);
        return super.apply(cmd);
      }
    }
    const d = dir();
    const type = { create: () => new Recording(), restore: () => new Recording() };
    const m = await DurableMachine.open({ dir: d, type });
    const flat = { type: 'credit', account: 'a', amount: 2, memo: null, big: true } as BankCommand;
    const nested = { type: 'credit', account: 'a', amount: 3, tags: ['x'] } as BankCommand;
    const negativeZero = { type: 'credit', account: 'a', amount: -0 } as BankCommand;
    await Promise.all([m.submit(flat), m.submit(nested), m.submit(negativeZero)]);
    // No copy for the flat one; a private parsed copy for the others (no shared array, -0 as 0).
    expect(seen[0]).toBe(flat);
    expect(seen[1]).not.toBe(nested);
    expect(seen[1]).toEqual(nested);
    expect(Object.is((seen[2] as { amount: number }).amount, 0)).toBe(true);
    const live = seen.slice();
    seen.length = 0;
    const replayed = await DurableMachine.open({ dir: d, type });
    expect(seen).toEqual(live);
    await replayed.close();
    await m.close(); // left open above like a crash; released only now that the test is done
  });

  it('answers through a callback exactly once, after the batch is durable, or with the refusal', async () => {
    const { fs, gate } = countingFs();
    const m = await DurableMachine.open({ dir: dir(), type: Bank.type, fs, maxPending: 2 });
    gate.hold = true;
    const answers: string[] = [];
    const done = (tag: string) => (err: Error | undefined, r: BankResult | undefined) =>
      answers.push(err === undefined ? `${tag}:${r?.balance}` : `${tag}:${err.message}`);
    m.submitWithCallback({ type: 'credit', account: 'a', amount: 5 }, done('a'));
    m.submitWithCallback({ type: 'credit', account: 'a', amount: 6 }, done('b'));
    m.submitWithCallback({ type: 'credit', account: 'a', amount: 7 }, done('c'));
    // The refusal, too, comes asynchronously: callers never see their callback run inside submit.
    expect(answers).toEqual([]);
    expect(await until(() => gate.blocked === 1 && answers.length === 1)).toBe(true);
    expect(answers).toEqual(['c:venue overloaded: the journal is behind']);
    gate.hold = false;
    gate.release();
    expect(await until(() => answers.length === 3)).toBe(true);
    expect(answers).toEqual(['c:venue overloaded: the journal is behind', 'a:5', 'b:11']);
    await m.close();
    m.submitWithCallback({ type: 'credit', account: 'a', amount: 1 }, done('d'));
    expect(await until(() => answers.length === 4)).toBe(true);
    expect(answers[3]).toBe('d:venue is closing');
  });

  it('writes a large snapshot in chunks that recovery reads back whole', async () => {
    const d = dir();
    const m = await DurableMachine.open({ dir: d, type: Bank.type, snapshotEvery: 0 });
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 70_000; i++)
      pending.push(m.submit({ type: 'credit', account: `acct-${i}`, amount: i + 1 }));
    await Promise.all(pending);
    await m.snapshot();
    const again = await DurableMachine.open({ dir: d, type: Bank.type });
    expect(again.state.balances.size).toBe(70_000);
    expect(again.state.balances.get('acct-69999')).toBe(70_000);
    expect(readdirSync(d)).toContain('snapshot-00000000000000070000');
    await again.close();
    await m.close();
  });

  it('keeps serving when taking a snapshot fails', async () => {
    class Unsnappable extends Bank {
      override snapshot(): [string, number][] {
        throw new Error('cannot snapshot');
      }
    }
    const logger = recordingLogger();
    const m = await DurableMachine.open({
      dir: dir(),
      type: { create: () => new Unsnappable(), restore: () => new Unsnappable() },
      snapshotEvery: 1,
      logger,
    });
    expect(await m.submit({ type: 'credit', account: 'a', amount: 2 })).toEqual({ ok: true, balance: 2 });
    expect(logger.messages.join()).toMatch(/snapshot failed.*cannot snapshot/);
    await m.close();
  });

  it('names the record when a journaled command cannot be replayed', async () => {
    const d = dir();
    const journal = await Journal.open({ dir: d }, { replay() {} });
    journal.append(Buffer.from(JSON.stringify({ type: 'credit', account: 'a', amount: 1 })));
    journal.append(Buffer.from(JSON.stringify({ type: 'boom' })));
    await journal.close();
    await expect(DurableMachine.open({ dir: d, type: Bank.type })).rejects.toThrow(
      /recovery failed at journal record 2: invariant broken/,
    );
  });

  it('flushes on close and takes a final snapshot so the next start replays nothing', async () => {
    const d = dir();
    const m = await DurableMachine.open({ dir: d, type: Bank.type });
    for (let i = 0; i < 5; i++) void m.submit({ type: 'credit', account: 'a', amount: 1 });
    await m.close();
    await expect(m.submit({ type: 'credit', account: 'a', amount: 1 })).rejects.toThrow(/closing/);
    let replayed = 0;
    class CountingBank extends Bank {
      override apply(cmd: BankCommand): BankResult {
        replayed++;
        return super.apply(cmd);
      }
    }
    const again = await DurableMachine.open({
      dir: d,
      type: {
        create: () => new CountingBank(),
        restore: (s: unknown) => new CountingBank(new Map(s as [string, number][])),
      },
    });
    expect(again.state.balances.get('a')).toBe(5);
    expect(again.lastSeq).toBe(5);
    expect(replayed).toBe(0);
    expect(readdirSync(d)).toContain('snapshot-00000000000000000005');
    await again.close();
  });
});
