/**
 * The WebSocket gateway at `/v1/ws`, exactly as `spec/asyncapi/asyncapi.yaml` describes it: every
 * inbound message parsed and validated by the generated dispatcher, one reply per message, public
 * and private streams from the venue's durable events, and the connection rules of the contract
 * (64 KiB messages, text only, 15 s pings, 4 MiB slow-consumer limit, 100 messages/s flood guard,
 * 30 s login timeout, cancel-on-disconnect, 1008 on key revocation, 1001 on shutdown).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { createDispatcher, type ReplyMessage } from '../../generated/asyncapi/dispatcher.ts';
import type { VenueEvent } from '../venue.ts';
import { CLOSE, closeReason } from './close-codes.ts';
import { WsConnection } from './connection.ts';
import { type Gateway, type MessageCtx, messageCtx } from './context.ts';
import { MarketData } from './market-data.ts';
import { orderEntryHandlers } from './order-entry.ts';
import { isOpen, PrivateStreams } from './private-streams.ts';
import { errorReply, internalError } from './problems.ts';
import { replyText } from './reply-text.ts';
import { sessionHandlers } from './session-handlers.ts';
import type { WsDeps, WsGateway } from './types.ts';

export { CLOSE } from './close-codes.ts';
export type { WsDeps, WsGateway, WsOptions } from './types.ts';

const DEFAULTS = {
  path: '/v1/ws',
  pingIntervalMs: 15_000,
  loginTimeoutMs: 30_000,
  maxBufferedBytes: 4 * 1024 * 1024,
  maxMessagesPerSecond: 100,
  maxPayload: 64 * 1024,
  tickerIntervalMs: 1000,
};

/** How long `close()` waits for clients to answer the 1001 close frame before dropping them. */
const CLOSE_GRACE_MS = 2000;

export function attachWsGateway(server: Server, deps: WsDeps): WsGateway {
  const options = { ...DEFAULTS, ...deps.options };
  const nowMs = deps.options?.nowMs ?? Date.now;
  const { venue, logger, metrics } = deps;
  const connections = new Set<WsConnection>();
  let nextId = 1;
  let closing: Promise<void> | undefined;

  const gateway: Gateway = {
    deps,
    nowMs,
    marketData: new MarketData(venue, options.tickerIntervalMs, nowMs),
    privateStreams: new PrivateStreams(venue),
    engage(connection) {
      connection.engaged = true;
      clearTimeout(connection.loginTimer);
    },
  };
  const dispatch = createDispatcher<MessageCtx>({
    ...sessionHandlers(gateway),
    ...orderEntryHandlers(gateway),
  });

  const unsubscribeVenue = venue.subscribe((applied: VenueEvent) => {
    gateway.marketData.onApplied(applied);
    gateway.privateStreams.onApplied(applied);
    if (applied.command.type === 'revokeApiKey') revoked(applied.command.keyId);
  });

  function revoked(keyId: string): void {
    for (const connection of [...gateway.privateStreams.connections()]) {
      if (connection.session?.key.keyId === keyId) connection.close(CLOSE.POLICY_VIOLATION);
    }
  }

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    perMessageDeflate: false,
  });

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== options.path || closing) {
      socket.end(
        `HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req, socket));
  }
  server.on('upgrade', onUpgrade);

  function onConnection(ws: WebSocket, req: IncomingMessage, socket: Duplex): void {
    const connection = new WsConnection(
      nextId++,
      ws,
      socket,
      req.socket.remoteAddress ?? '',
      { maxBufferedBytes: options.maxBufferedBytes, maxMessagesPerSecond: options.maxMessagesPerSecond },
      (slow) => {
        logger.warn(
          { connection: slow.id, buffered: slow.socket.bufferedAmount },
          'ws: slow consumer disconnected',
        );
        slow.close(CLOSE.SLOW_CONSUMER);
      },
    );
    // The ws library closes on its own for oversized (1009) or invalid UTF-8 (1007) frames, with
    // no reason text; the contract names every close, so its calls get the name too.
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) => {
      connection.closing = true;
      close(code, reason ?? closeReason(code));
    };
    connections.add(connection);
    metrics.wsConnectionOpened();
    logger.debug({ connection: connection.id, ip: connection.ip }, 'ws: connection opened');
    connection.loginTimer = setTimeout(() => {
      if (!connection.engaged) connection.close(CLOSE.LOGIN_TIMEOUT);
    }, options.loginTimeoutMs);
    connection.loginTimer.unref();

    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('message', (data, isBinary) => {
      // Once shutting down, requests are no longer executed: the connection is about to close.
      if (connection.closing || closing) return;
      if (isBinary) return connection.close(CLOSE.UNSUPPORTED_DATA);
      if (!connection.admit(nowMs())) {
        logger.info({ connection: connection.id }, 'ws: flood guard closed the connection');
        return connection.close(CLOSE.RATE_LIMITED);
      }
      handle(connection, (data as Buffer).toString('utf8'));
    });
    ws.on('error', (error) => {
      logger.debug({ connection: connection.id, err: String(error) }, 'ws: socket error');
    });
    ws.on('close', (code) => {
      logger.debug({ connection: connection.id, code }, 'ws: connection closed');
      connections.delete(connection);
      clearTimeout(connection.loginTimer);
      metrics.wsConnectionClosed();
      gateway.marketData.drop(connection);
      gateway.privateStreams.drop(connection);
      cancelOnDisconnect(connection).catch((error: unknown) => {
        logger.error({ connection: connection.id, err: String(error) }, 'ws: cancel-on-disconnect failed');
      });
    });
  }

  /**
   * Parses, validates and executes one message, and always answers it (never throws). A chained
   * promise rather than an async function: one promise and microtask fewer per message.
   */
  function handle(connection: WsConnection, frame: string): void {
    const ctx = messageCtx(connection);
    dispatch(frame, ctx).then(
      (outcome) =>
        answer(
          ctx,
          outcome.kind === 'reply'
            ? outcome.message
            : outcome.kind === 'rejected'
              ? errorReply(outcome.id, outcome.op, outcome.problem)
              : errorReply(undefined, undefined, internalError()),
        ),
      (error: unknown) => {
        logger.error({ connection: connection.id, err: String(error) }, 'ws: handler failed');
        answer(ctx, errorReply(requestField(frame, 'id'), requestField(frame, 'op'), internalError()));
      },
    );
  }

  /** Writes the reply, then what waited for it (a subscription's first messages, held streams). */
  function answer(ctx: MessageCtx, reply: ReplyMessage): void {
    const { connection } = ctx;
    try {
      connection.send(replyText(reply));
      metrics.recordWsMessage(reply.op ?? 'unknown', 'error' in reply ? reply.error.code : 'ok');
      ctx.afterReply?.();
    } catch (error) {
      logger.error({ connection: connection.id, err: String(error) }, 'ws: reply failed');
    } finally {
      if (ctx.ticket !== undefined) connection.answered(ctx.ticket);
    }
  }

  /** Cancels the open orders placed through the connection, once the requests in flight settled. */
  async function cancelOnDisconnect(connection: WsConnection): Promise<void> {
    const session = connection.session;
    if (!session?.cancelOnDisconnect) return;
    await Promise.allSettled([...connection.inFlight]);
    const ids = [...connection.placedOrders];
    connection.placedOrders.clear();
    await Promise.all(
      ids
        .filter((orderId) => {
          const order = venue.engine.getOrder(session.accountId, orderId);
          return order !== undefined && isOpen(order.status);
        })
        .map((orderId) =>
          venue.submit({ type: 'cancelOrder', accountId: session.accountId, orderId, reason: 'disconnect' }),
        ),
    );
  }

  // A peer that did not answer the previous ping by now is gone: drop it without a close frame.
  const pinger = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, options.pingIntervalMs);
  pinger.unref();

  async function shutdown(): Promise<void> {
    server.off('upgrade', onUpgrade);
    clearInterval(pinger);
    gateway.marketData.close();
    const open = [...connections];
    // Cancel-on-disconnect happens before the close frame on a graceful shutdown.
    await Promise.all(
      open.map((connection) =>
        cancelOnDisconnect(connection).catch((error: unknown) => {
          logger.error({ connection: connection.id, err: String(error) }, 'ws: cancel-on-disconnect failed');
        }),
      ),
    );
    const closed = open.map(
      (connection) =>
        new Promise<void>((resolve) => {
          if (connection.socket.readyState === connection.socket.CLOSED) return resolve();
          connection.socket.once('close', () => resolve());
          connection.close(CLOSE.GOING_AWAY);
          // A client that never answers the close handshake is dropped.
          setTimeout(() => connection.terminate(), CLOSE_GRACE_MS).unref();
        }),
    );
    await Promise.all(closed);
    unsubscribeVenue();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  return {
    close() {
      closing ??= shutdown();
      return closing;
    },
    get connectionCount() {
      return connections.size;
    },
  };
}

/** A top-level field of a frame the handler failed on, for the error reply's `id` and `op`. */
function requestField(frame: string, field: 'id' | 'op'): unknown {
  try {
    const value: unknown = JSON.parse(frame);
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
  } catch {
    return undefined;
  }
}
