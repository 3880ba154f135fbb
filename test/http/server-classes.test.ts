// Requests and responses born with the Express app's prototypes: Express finds nothing to swap, and
// everything Express adds (getters, res helpers, locals) and everything Node does (bodies,
// keep-alive, HEAD) works as before, over real HTTP.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serverClasses } from '../../server/http/server-classes.ts';

const app = express();
const seen: { request: boolean; response: boolean }[] = [];
app.post('/echo/:name', (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    res.status(201).json({
      name: req.params.name,
      path: req.path,
      query: req.query,
      body: Buffer.concat(chunks).toString('utf8'),
      instance: req instanceof http.IncomingMessage && res instanceof http.ServerResponse,
    });
  });
});
app.get('/hello', (_req, res) => {
  res.type('text/plain').send('hello');
});

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer({ ...serverClasses(app), keepAliveTimeout: 1000 }, app);
  // Before Express sees them: the objects must already be the app's.
  server.prependListener('request', (req, res) => {
    seen.push({
      request: Object.getPrototypeOf(req) === app.request,
      response: Object.getPrototypeOf(res) === app.response,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('gives Express objects that already have its prototypes, and Express works on them', async () => {
  const res = await fetch(`${base}/echo/a%20b?x=1`, { method: 'POST', body: '{"k":1}' });
  expect(res.status).toBe(201);
  expect(await res.json()).toEqual({
    name: 'a b',
    path: '/echo/a%20b',
    query: { x: '1' },
    body: '{"k":1}',
    instance: true,
  });
  const hello = await fetch(`${base}/hello`);
  expect([hello.status, hello.headers.get('content-type'), await hello.text()]).toEqual([
    200,
    'text/plain; charset=utf-8',
    'hello',
  ]);
  const head = await fetch(`${base}/hello`, { method: 'HEAD' });
  expect([head.status, await head.text()]).toEqual([200, '']);
  expect(seen).toEqual([
    { request: true, response: true },
    { request: true, response: true },
    { request: true, response: true },
  ]);
});

it('keeps requests on one keep-alive connection apart', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (name: string) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request(`${base}/echo/${name}`, { method: 'POST', agent }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(name);
    });
  const answers = await Promise.all(['one', 'two', 'three'].map(get));
  expect(answers.map((a) => (JSON.parse(a) as { name: string; body: string }).body)).toEqual([
    'one',
    'two',
    'three',
  ]);
  agent.destroy();
});
