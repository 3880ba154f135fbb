/**
 * The load generator's own RFC 6455 client (bench/lib/ws-session.ts) against the ws library's
 * server, which enforces the protocol on what a client sends (masked frames, a valid handshake):
 * replies in one frame, fragmented and with 16- and 64-bit lengths are all read, pings are
 * answered, and the closing handshake carries the server's code both ways.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Reply, WsSession } from '../../bench/lib/ws-session.ts';

let server: WebSocketServer | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  server = undefined;
});

/** A server whose `onMessage` answers each request; resolves once it listens. */
async function serve(onMessage: (socket: WebSocket, request: { id: number; op: string }) => void) {
  const sockets: WebSocket[] = [];
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  server = wss;
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => onMessage(socket, JSON.parse(String(data))));
  });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/v1/ws`, sockets };
}

const ask = (session: WsSession, op: string) =>
  new Promise<Reply>((resolve) => session.requestText(op, '"x":1', (reply) => resolve(reply)));

describe('bench WsSession client', () => {
  it('sends masked frames the server accepts and reads whole, fragmented and long replies', async () => {
    const { url } = await serve((socket, { id, op }) => {
      const reply = (extra: string) => `{"id":${id},"op":"${op}","result":{"status":"new"${extra}}}`;
      if (op === 'plain') socket.send(reply(''));
      else if (op === 'fragmented') {
        const text = reply(',"orderId":"42"');
        socket.send(text.slice(0, 10), { fin: false });
        socket.send(text.slice(10, 20), { fin: false });
        socket.send(text.slice(20), { fin: true });
      } else if (op === 'medium') socket.send(reply(`,"pad":"${'m'.repeat(1000)}"`));
      else socket.send(reply(`,"pad":"${'l'.repeat(70_000)}"`));
    });
    const session = new WsSession(url, 1000);
    await session.opened;
    expect(await ask(session, 'plain')).toEqual({ id: 1, op: 'plain', result: { status: 'new' } });
    expect(await ask(session, 'fragmented')).toEqual({
      id: 2,
      op: 'fragmented',
      result: { status: 'new', orderId: '42' },
    });
    expect((await ask(session, 'medium')).result?.status).toBe('new');
    expect((await ask(session, 'long')).result?.status).toBe('new');
    expect(session.inFlight).toBe(0);
    session.close();
  });

  it('answers a ping with its payload and echoes the server close code', async () => {
    const { url, sockets } = await serve(() => {});
    const session = new WsSession(url, 1000);
    await session.opened;
    const socket = sockets[0] as WebSocket;
    const pong = new Promise<string>((resolve) => socket.once('pong', (data) => resolve(String(data))));
    socket.ping('are you there');
    expect(await pong).toBe('are you there');
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.close(4002, 'Too many messages');
    expect(await closed).toBe(4002);
    expect(session.closeCode).toBe(4002);
    expect(session.mayPace(Number.POSITIVE_INFINITY)).toBe(false);
  });
});
