/** The session store on disk: resends, clean and unclean restarts, torn records, resets. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SessionStore } from '../../server/fix/session-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ov-fix-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const frame = (n: number) => Buffer.from(`8=FIX.4.4\x019=5\x0135=0\x0158=${n}\x0110=000\x01`, 'latin1');

function send(store: SessionStore, count: number): number[] {
  const seqs: number[] = [];
  for (let i = 0; i < count; i++) {
    const seq = store.takeSenderSeq();
    store.append(seq, frame(seq));
    seqs.push(seq);
  }
  store.flush();
  return seqs;
}

it('keeps every sent frame for resend and resumes exactly after a clean close', () => {
  const a = SessionStore.open(dir);
  expect(send(a, 3)).toEqual([1, 2, 3]);
  a.setNextTarget(7);
  a.close();
  const b = SessionStore.open(dir);
  expect(b.nextSender).toBe(4);
  expect(b.nextTarget).toBe(7);
  expect(b.get(2)?.equals(frame(2))).toBe(true);
  b.close();
});

it('never reuses a sequence number after an unclean stop, even one the log lost', () => {
  const a = SessionStore.open(dir);
  const sent = send(a, 1500); // crosses a reservation block
  // No close(): the process "dies". Reopen as a restart would.
  const b = SessionStore.open(dir);
  expect(b.nextSender).toBeGreaterThan(Math.max(...sent));
  expect(b.get(1500)?.equals(frame(1500))).toBe(true);
  b.close();
});

it('cuts a torn last record and keeps appending after it', () => {
  const a = SessionStore.open(dir);
  send(a, 2);
  a.close();
  appendFileSync(path.join(dir, 'outbound.log'), Buffer.from([3, 0, 0, 0, 200, 0, 0, 0, 56, 61]));
  const b = SessionStore.open(dir);
  expect(b.get(3)).toBeUndefined();
  const [next] = send(b, 1);
  expect(next).toBe(3);
  b.close();
  const c = SessionStore.open(dir);
  expect(c.get(3)?.equals(frame(3))).toBe(true);
  c.close();
});

it('restarts both directions at 1 and drops the history on reset', () => {
  const a = SessionStore.open(dir);
  send(a, 5);
  a.setNextTarget(9);
  a.reset();
  expect([a.nextSender, a.nextTarget, a.get(3)]).toEqual([1, 1, undefined]);
  a.close();
  const b = SessionStore.open(dir);
  expect([b.nextSender, b.nextTarget]).toEqual([1, 1]);
  b.close();
});

const reservedOnDisk = () => Number(readFileSync(path.join(dir, 'state'), 'latin1').split(' ')[1]);

it('hands out only numbers the state file already reserves', () => {
  const a = SessionStore.open(dir);
  for (let i = 0; i < 2500; i++) {
    const seq = a.takeSenderSeq();
    expect(reservedOnDisk()).toBeGreaterThanOrEqual(seq);
  }
  a.close();
});

it('reserves the next block in the background once half of the current one is used', async () => {
  const a = SessionStore.open(dir);
  const first = reservedOnDisk();
  send(a, first / 2 + 1);
  // The new block is written at once (and synced on the thread pool) while the old one lasts.
  expect(reservedOnDisk()).toBe(2 * first);
  await new Promise((r) => setTimeout(r, 50));
  a.close();
  const b = SessionStore.open(dir);
  expect(b.nextSender).toBe(first / 2 + 2);
  b.close();
});
