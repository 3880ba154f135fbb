/**
 * The process the crash test kills. Usage: node --import tsx test/venue/crash-child.ts <dataDir>
 * Reads one JSON line per command on stdin (`{"i": <index>, "cmd": {...}}`), submits each to a
 * Venue in arrival order, and prints `ack <index> <crc32 of the result JSON>` once it is durable.
 * Snapshots are frequent and segments small so that kills land around every kind of write.
 * A third argument `prune` deletes covered segments as in production; without it every segment
 * is kept.
 */
import { createInterface } from 'node:readline';
import { crc32 } from 'node:zlib';
import { Venue } from '../../server/venue.ts';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-child.ts <dataDir> [prune]');

const venue = await Venue.open({
  dataDir: dir,
  snapshotEvery: 40,
  snapshotIntervalMs: 0,
  expireEveryMs: 0,
  segmentBytes: 8 * 1024,
  pruneSegments: process.argv[3] === 'prune',
});
process.stdout.write(`ready ${venue.durableSeq}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line === '') continue;
  const { i, cmd } = JSON.parse(line) as { i: number; cmd: Parameters<Venue['submit']>[0] };
  venue.submit(cmd).then(
    (result) => process.stdout.write(`ack ${i} ${crc32(JSON.stringify(result))}\n`),
    (err: unknown) => process.stdout.write(`error ${i} ${String(err)}\n`),
  );
}
await venue.close();
