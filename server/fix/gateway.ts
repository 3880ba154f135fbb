/**
 * The FIX acceptor: `startFixGateway` listens on TCP (or TLS), keeps one FixSession per API key
 * (its sequence numbers and outbound store under `<dataDir>/fix/`), allows one logged-on
 * connection per session, and routes the venue's durable events to the sessions' accounts.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import type { Authenticator } from '../auth/authenticate.ts';
import type { ApiKeyRecord } from '../auth/key-store.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Venue } from '../venue.ts';
import { ClOrdIdAliases } from './aliases.ts';
import { FixApplication } from './application.ts';
import { CancelOnDisconnect, isOpen } from './cancel-on-disconnect.ts';
import {
  Connection,
  type ConnectionHost,
  type ConnectionLogger,
  type ConnectionOptions,
} from './connection.ts';
import { MarketDataSubscriptions } from './market-data.ts';
import { fixMetrics, NO_FIX_METRICS } from './metrics.ts';
import { FixSession } from './session.ts';
import { SessionOrders } from './session-orders.ts';
import { SessionStore } from './session-store.ts';

export interface FixGatewayOptions extends Partial<ConnectionOptions> {
  venue: Venue;
  authenticator: Authenticator;
  /** Default 9878; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Session state goes to `<dataDir>/fix/`. */
  dataDir: string;
  /** Serve TLS with these options (key, cert, ...) instead of plain TCP. */
  tls?: tls.TlsOptions;
  logger?: ConnectionLogger;
  /** µs since the epoch; defaults to the venue's clock. */
  clock?: () => number;
  /** The server's metrics: FIX sessions, messages and rejects go on its registry. */
  metrics?: Metrics;
}

export interface FixGateway {
  readonly port: number;
  /** Sessions currently logged on, by key id. */
  readonly loggedOn: ReadonlyMap<string, Connection>;
  close(): Promise<void>;
}

const DEFAULTS: ConnectionOptions = {
  sendingTimeToleranceMs: 120_000,
  logonTimeoutMs: 10_000,
  maxQueued: 10_000,
  maxUnsentBytes: 16 * 1024 * 1024,
  maxBodyLength: 64 * 1024,
};

export async function startFixGateway(options: FixGatewayOptions): Promise<FixGateway> {
  const { venue } = options;
  const dir = path.join(options.dataDir, 'fix');
  const clock = options.clock ?? (() => venue.now());
  const sessionsDir = path.join(dir, 'sessions');
  const sessions = new Map<string, FixSession>();
  const byAccount = new Map<string, Set<FixSession>>();
  const active = new Map<string, Connection>();
  const connections = new Set<Connection>();
  const aliases = new ClOrdIdAliases(dir);
  const metrics = options.metrics ? fixMetrics(options.metrics) : NO_FIX_METRICS;
  const sessionsOf = (accountId: string) => byAccount.get(accountId) ?? [];
  const cancelOnDisconnect = new CancelOnDisconnect(venue, sessionsOf);
  const app = new FixApplication(venue, aliases, sessionsOf, cancelOnDisconnect);

  const sessionFor = (key: ApiKeyRecord): FixSession => {
    let s = sessions.get(key.keyId);
    if (!s) {
      const sessionDir = path.join(sessionsDir, key.keyId);
      const accountId = key.accountId;
      s = new FixSession(
        key.keyId,
        accountId,
        SessionStore.open(sessionDir),
        new SessionOrders(sessionDir, (orderId) => {
          const order = venue.engine.getOrder(accountId, orderId);
          return order !== undefined && isOpen(order.status);
        }),
        clock,
        metrics,
      );
      sessions.set(key.keyId, s);
      const set = byAccount.get(key.accountId) ?? new Set();
      set.add(s);
      byAccount.set(key.accountId, set);
    }
    return s;
  };

  // Sessions known from earlier runs keep receiving (and storing) their account's reports while
  // their clients are away, so a reconnect recovers them through ResendRequest.
  if (fs.existsSync(sessionsDir)) {
    for (const keyId of fs.readdirSync(sessionsDir).sort()) {
      const key = venue.key(keyId);
      if (key && key.revokedAt === null) sessionFor(key);
    }
  }

  const host: ConnectionHost = {
    authenticator: options.authenticator,
    clock,
    options: { ...DEFAULTS, ...stripUndefined(options) },
    logger: options.logger,
    metrics,
    claim(key, connection) {
      const current = active.get(key.keyId);
      if (current && current !== connection) return 'session already logged on from another connection';
      active.set(key.keyId, connection);
      return sessionFor(key);
    },
    release(session, connection) {
      if (active.get(session.keyId) === connection) active.delete(session.keyId);
    },
    onLoggedOn(connection) {
      connection.marketData = new MarketDataSubscriptions(venue.engine, (t, b) => connection.send(t, b));
    },
    onApplicationMessage(connection, message) {
      app.onMessage(connection, message);
    },
    onEnded(connection) {
      if (connection.session) cancelOnDisconnect.ended(connection.session, connection.cancelOnDisconnect);
    },
  };

  const unsubscribe = venue.subscribe((applied) => {
    if (applied.command.type === 'revokeApiKey') {
      // A revoked key loses its live session at once, not at its next Logon.
      active.get(applied.command.keyId)?.logout('API_KEY_REVOKED: this API key has been revoked');
      return;
    }
    app.onVenueEvent(applied);
    const events = 'events' in applied.result ? applied.result.events : undefined;
    if (events) for (const c of active.values()) c.marketData?.onEvents(events);
  });

  const onSocket = (socket: net.Socket) => {
    socket.setNoDelay(true);
    const c = new Connection(socket, host);
    connections.add(c);
    socket.on('close', () => connections.delete(c));
  };
  const server = options.tls ? tls.createServer(options.tls, onSocket) : net.createServer(onSocket);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9878, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 9878);

  return {
    port,
    loggedOn: active,
    async close() {
      unsubscribe();
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of connections) c.disconnect('gateway stopping');
      for (const c of connections) c.socket.destroy();
      // Cancel-on-disconnect of the sessions just closed goes through before the venue stops.
      await cancelOnDisconnect.settle();
      await closing;
      for (const s of sessions.values()) {
        s.store.close();
        s.orders.close();
      }
      aliases.close();
    },
  };
}

function stripUndefined(o: Partial<ConnectionOptions>): Partial<ConnectionOptions> {
  const out: Partial<ConnectionOptions> = {};
  for (const k of Object.keys(DEFAULTS) as Array<keyof ConnectionOptions>) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
