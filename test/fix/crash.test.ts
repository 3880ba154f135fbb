/**
 * kill -9 of the process running the venue and the gateway, through the front door: after the
 * restart the session goes on without reusing a sequence number, the reports sent before the
 * crash are still served on ResendRequest, and every acknowledged order is still there.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { formatUtcTimestamp } from '../../server/fix/time.ts';
import { Venue } from '../../server/venue.ts';
import { RawClient, type } from './helpers.ts';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'ov-fix-crash-'));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function startChild(): Promise<{ proc: ChildProcess; port: number }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(proc);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout as NodeJS.ReadableStream }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { proc, port: (JSON.parse(line) as { port: number }).port };
}

it('survives kill -9 without reusing sequence numbers or losing acknowledged orders', async () => {
  const first = await startChild();
  const c1 = await RawClient.connect(first.port);
  await c1.logon();
  const acked: string[] = [];
  let lastSeq = 1;
  for (let i = 0; i < 20; i++) {
    c1.send('D', [
      [11, `k${i}`],
      [55, 'BTC-USD'],
      [54, '1'],
      [60, formatUtcTimestamp(Date.now() * 1000)],
      [38, '0.0001'],
      [40, '2'],
      [44, '10000.00'],
    ]);
  }
  for (let i = 0; i < 20; i++) {
    const er = await c1.next(type('8'));
    acked.push(er.get(11) ?? '');
    lastSeq = Number(er.get(34));
  }
  first.proc.kill('SIGKILL');
  await new Promise((r) => first.proc.once('exit', r));

  const second = await startChild();
  const c2 = await RawClient.connect(second.port);
  c2.seq = c1.seq;
  const reply = await c2.logon();
  expect(reply.get(35)).toBe('A');
  expect(Number(reply.get(34))).toBeGreaterThan(lastSeq);
  // The venue's Logon number jumped past the reservation; the gap is ours to fill on request.
  c2.send('2', [
    [7, 2],
    [16, 0],
  ]);
  const resent: string[] = [];
  for (;;) {
    const m = await c2.next((x) => x.get(43) === 'Y');
    if (m.get(35) === '8') resent.push(m.get(11) ?? '');
    if (m.get(35) === '4' && Number(m.get(36)) >= Number(reply.get(34))) break;
  }
  expect(resent).toEqual(acked);
  c2.close();
  second.proc.kill('SIGKILL');
  await new Promise((r) => second.proc.once('exit', r));
  const venue = await Venue.open({ dataDir: dir, expireEveryMs: 0 });
  for (const id of acked) expect(venue.engine.getOrderByClientOrderId('acc-a', id)?.status).toBe('new');
  await venue.close();
}, 60_000);
