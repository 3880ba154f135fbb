/**
 * The baseline: a bare `node:http` hello-world on 127.0.0.1, run as its own process like the
 * venue. It prints its port on stdout and serves until killed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const HELLO = Buffer.from('Hello, world!\n');

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': HELLO.length });
  res.end(HELLO);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
