/**
 * WsConnection frames its own text messages (one buffer per connection and turn): the bytes must
 * be exactly what an RFC 6455 client reads, for every payload-length encoding, for text given as a
 * string (UTF-8 included) or as shared bytes, and the slow-consumer rule must still apply. The
 * frames are read back by the ws library's own Receiver, as a client would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as wsModule from 'ws';
import { type Transport, WsConnection } from '../../server/ws/connection.ts';

/** The library's frame parser (exported at runtime, not by its type declarations). */
interface FrameReceiver {
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  write(chunk: Buffer): void;
}
const { Receiver } = wsModule as unknown as {
  Receiver: new (options: { isServer: boolean; maxPayload: number }) => FrameReceiver;
};

/** A socket and a transport that record what is written (no network). */
function fakeConnection(maxBufferedBytes = 4 * 1024 * 1024) {
  const written: Buffer[] = [];
  const transport: Transport = {
    writable: true,
    write(chunk: Buffer) {
      written.push(Buffer.from(chunk));
      return true;
    },
  };
  const socket = { OPEN: 1, readyState: 1, bufferedAmount: 0 } as unknown as WebSocket;
  const slow: WsConnection[] = [];
  const connection = new WsConnection(
    1,
    socket,
    transport,
    '127.0.0.1',
    { maxBufferedBytes, maxMessagesPerSecond: 100 },
    (c) => slow.push(c),
  );
  return { connection, written, slow, socket };
}

/** Every message a client reads from the bytes, in order. */
function readMessages(bytes: Buffer): string[] {
  const messages: string[] = [];
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  receiver.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    messages.push(data.toString('utf8'));
  });
  receiver.on('error', (error) => {
    throw error;
  });
  receiver.write(bytes);
  return messages;
}

const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('WsConnection frames', () => {
  it('writes the messages of one turn as one buffer of text frames a client reads back in order', async () => {
    const { connection, written } = fakeConnection();
    const texts = ['{"a":1}', 'x'.repeat(125), 'y'.repeat(126), 'z'.repeat(65_535), 'w'.repeat(65_536), ''];
    const shared = Buffer.from('{"shared":"€ and ü"}', 'utf8');
    for (const text of texts) connection.send(text);
    connection.send(shared);
    connection.send('{"note":"naïve ☃ 𝄞"}');
    expect(written).toHaveLength(0);
    await tick();
    expect(written).toHaveLength(1);
    expect(readMessages(written[0] as Buffer)).toEqual([
      ...texts,
      shared.toString('utf8'),
      '{"note":"naïve ☃ 𝄞"}',
    ]);
  });

  it('reads back any sequence of strings exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (texts) => {
          const { connection, written } = fakeConnection();
          for (const text of texts) connection.send(text);
          await tick();
          expect(readMessages(Buffer.concat(written))).toEqual(texts);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes what is queued before a close and nothing after it', async () => {
    const { connection, written } = fakeConnection();
    const closed: number[] = [];
    (connection.socket as unknown as { close: (code: number) => void }).close = (code) => {
      closed.push(code);
      expect(readMessages(Buffer.concat(written))).toEqual(['first']);
    };
    connection.send('first');
    connection.close(4002);
    connection.send('after');
    await tick();
    expect(closed).toEqual([4002]);
    expect(readMessages(Buffer.concat(written))).toEqual(['first']);
  });

  it('judges a slow consumer by the bytes the transport has not taken, once queued ones are offered', async () => {
    const { connection, written, slow, socket } = fakeConnection(1000);
    connection.send('a'.repeat(600));
    expect(written).toHaveLength(0);
    // Past the limit: the queued frames are offered at once; a transport that took them is fine.
    connection.send('b'.repeat(600));
    expect(written).toHaveLength(1);
    expect(slow).toHaveLength(0);
    // A transport that keeps more than the limit unsent marks the client as a slow consumer.
    (socket as unknown as { bufferedAmount: number }).bufferedAmount = 1500;
    connection.send('c');
    expect(slow).toEqual([connection]);
    await tick();
  });
});
