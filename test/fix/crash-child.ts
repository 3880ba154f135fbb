/**
 * Child process for crash.test.ts: a durable venue and the FIX gateway on a given data
 * directory; prints `{"port": N}` once listening, then runs until killed.
 */
import { Authenticator } from '../../server/auth/authenticate.ts';
import type { KeyStore } from '../../server/auth/key-store.ts';
import { demoSetupCommands } from '../../server/core/index.ts';
import { startFixGateway } from '../../server/fix/gateway.ts';
import { Venue } from '../../server/venue.ts';
import { addAccount } from './helpers.ts';

const dataDir = process.argv[2] as string;
const venue = await Venue.open({ dataDir, expireEveryMs: 0 });
if (venue.engine.markets().length === 0) {
  for (const c of demoSetupCommands(venue.now())) await venue.submit(c);
  await addAccount(venue, 'acc-a', 'key-a');
  await addAccount(venue, 'acc-b', 'key-b');
}
const authenticator = new Authenticator({ keyStore: venue.keys as KeyStore });
const gateway = await startFixGateway({ venue, authenticator, port: 0, host: '127.0.0.1', dataDir });
process.stdout.write(`${JSON.stringify({ port: gateway.port })}\n`);
