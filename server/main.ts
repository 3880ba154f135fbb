/**
 * The composition root: configuration in, a running venue out. `createServer(config)` opens the
 * durable venue, bootstraps the demo, and starts REST (with the docs, /metrics, /healthz, /readyz),
 * the FIX acceptor and the market simulator; `close()` stops them in the safe order. Tests import
 * it and run a real server on port 0 with a temporary data directory; `npm start` runs `main()`.
 *
 * Shutdown order (SIGTERM / SIGINT): not ready (load balancers stop sending), stop the simulator,
 * stop accepting connections, let in-flight requests finish (bounded by a grace period, then the
 * remaining sockets are closed), close WebSocket sessions with 1001 going away and FIX sessions,
 * stop the dead man's switch timers, then close the venue, which waits until every accepted
 * command is on disk and writes a snapshot.
 */
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Authenticator } from './auth/authenticate.ts';
import type { KeyStore } from './auth/key-store.ts';
import { ConfigError, configFromEnv, type ServerConfig } from './config.ts';
import { DeadMansSwitch } from './dead-mans-switch.ts';
import { bootstrapDemo, type DemoCredentials, resolveOperatorToken } from './demo.ts';
import { type FixGateway, startFixGateway } from './fix/index.ts';
import { createHttpApp } from './http/app.ts';
import { createRateLimits, type RateLimits } from './http/security.ts';
import { serverClasses } from './http/server-classes.ts';
import type { ResponseValidationFailure } from './http/validate-responses.ts';
import { type JournalFs, nodeJournalFs } from './journal/index.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { Metrics } from './observability/metrics.ts';
import { MarketSimulator } from './simulator.ts';
import { Venue } from './venue.ts';
import { attachWsGateway, type WsGateway } from './ws/index.ts';

export interface ServerHandle {
  readonly port: number;
  /** `http://host:port` of the REST API. */
  readonly url: string;
  readonly fixPort: number | null;
  readonly venue: Venue;
  /** Open WebSocket connections right now. */
  readonly wsConnections: () => number;
  readonly metrics: Metrics;
  readonly limits: RateLimits;
  readonly operatorToken: string;
  /** The demo key and token (also in `<dataDir>/demo-credentials.json`); null without the demo. */
  readonly credentials: DemoCredentials | null;
  /** Graceful stop; safe to call more than once. */
  close(): Promise<void>;
}

export interface CreateServerOptions {
  logger?: Logger;
  /** Test mode: check every response against the contracts and report mismatches here. */
  onResponseValidationFailure?: (failure: ResponseValidationFailure) => void;
  /** Collect process metrics (CPU, memory, event loop); on for `npm start`. */
  processMetrics?: boolean;
  /** The journal's file system (tests hold or fail fdatasync through it); default the real one. */
  journalFs?: JournalFs;
}

/** The key store as the venue holds it now (read through, so it is never a stale copy). */
function liveKeyStore(venue: Venue): KeyStore {
  const view: Pick<KeyStore, 'get' | 'allowsIp' | 'verifySignature'> = {
    get: (keyId) => venue.keys.get(keyId),
    allowsIp: (keyId, ip) => venue.keys.allowsIp(keyId, ip),
    verifySignature: (keyId, prehash, signature) => venue.keys.verifySignature(keyId, prehash, signature),
  };
  // The Authenticator only looks keys up and verifies; it never mutates the store.
  return view as KeyStore;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function createServer(
  config: ServerConfig,
  options: CreateServerOptions = {},
): Promise<ServerHandle> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const metrics = new Metrics({ defaultMetrics: options.processMetrics ?? false });
  const venue = await Venue.open({
    dataDir: config.dataDir,
    fs: metrics.instrumentJournalFs(options.journalFs ?? nodeJournalFs),
    logger: { warn: (fields, msg) => logger.warn(fields, msg) },
  });
  const unobserve = metrics.observeVenue(venue);
  let ready = false;

  const operatorToken = await resolveOperatorToken(config.dataDir, config.operatorToken);
  const credentials = config.demo ? await bootstrapDemo(venue, config.dataDir, operatorToken) : null;
  const authenticator = new Authenticator({ keyStore: liveKeyStore(venue), windowMs: config.authWindowMs });
  const limits = createRateLimits({
    key: config.keyRateLimit,
    ip: config.ipRateLimit,
    operator: config.operatorRateLimit,
    orders: config.orderRateLimit,
  });
  const deadMansSwitch = new DeadMansSwitch({
    venue,
    observer: {
      fired: (accountId, canceled) => {
        metrics.deadMansSwitchFired.inc();
        logger.info({ accountId, canceled }, "dead man's switch fired");
      },
      failed: (accountId, err) => logger.error({ accountId, err }, "dead man's switch could not cancel"),
    },
  });

  const app = createHttpApp({
    venue,
    authenticator,
    limits,
    deadMansSwitch,
    logger,
    metrics,
    operatorToken,
    bodyLimit: config.bodyLimit,
    docsDir: config.docsDir,
    isReady: () => ready,
    ...(options.onResponseValidationFailure && {
      onResponseValidationFailure: options.onResponseValidationFailure,
    }),
  });
  const server = http.createServer(
    {
      // Requests and responses born with Express's prototypes: Express's per-request prototype
      // swap becomes a no-op (see server/http/server-classes.ts).
      ...serverClasses(app),
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      // Nagle off (Node's default, stated so it stays so): an order ack is one small write that
      // must not wait for the client's delayed ACK. HTTP keep-alive is on; see keepAliveTimeout.
      noDelay: true,
    },
    app,
  );
  server.keepAliveTimeout = 5_000;
  const ws: WsGateway = attachWsGateway(server, {
    venue,
    authenticator,
    rateLimiter: limits,
    deadMansSwitch,
    logger,
    metrics,
  });
  const port = await listen(server, config.port, config.host);

  let fix: FixGateway | null = null;
  if (config.fixPort !== null) {
    fix = await startFixGateway({
      venue,
      authenticator,
      port: config.fixPort,
      host: config.host,
      dataDir: config.dataDir,
      metrics,
      logger: { info: (o, m) => logger.info(o, m), warn: (o, m) => logger.warn(o, m) },
    });
  }

  const simulator = config.simulator
    ? await MarketSimulator.start({
        venue,
        seed: config.simulatorSeed,
        onError: (err) => logger.warn({ err }, 'simulator command failed'),
      })
    : null;

  ready = true;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info({ port, fixPort: fix?.port ?? null, dataDir: config.dataDir }, 'OpenVenue started');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      ready = false;
      await simulator?.stop();
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      grace.unref();
      await ws.close();
      await fix?.close();
      await drained;
      clearTimeout(grace);
      deadMansSwitch.close();
      unobserve();
      await venue.close();
      logger.info({}, 'OpenVenue stopped');
    })();
    return closing;
  };

  return {
    port,
    url: `http://${host}:${port}`,
    fixPort: fix?.port ?? null,
    venue,
    wsConnections: () => ws.connectionCount,
    metrics,
    limits,
    operatorToken,
    credentials,
    close,
  };
}

/** `npm start`: configuration from the environment, a banner with the demo credentials, signals. */
export async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = configFromEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const handle = await createServer(config, { processMetrics: true });
  const lines = [
    '',
    `OpenVenue demo venue on ${handle.url}`,
    `  REST      ${handle.url}/v1   (WebSocket ${handle.url.replace('http', 'ws')}/v1/ws)`,
    `  Docs      ${handle.url}/docs/`,
    `  FIX       ${handle.fixPort === null ? 'off' : `port ${handle.fixPort}`}`,
    `  Metrics   ${handle.url}/metrics`,
    ...(handle.credentials
      ? [`  Demo key  ${handle.credentials.keyId}`, `  Secret    ${handle.credentials.secret}`]
      : []),
    `  Operator  ${handle.operatorToken}`,
    `  (saved in ${config.dataDir}/demo-credentials.json)`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let signals = 0;
  const stop = (signal: string) => {
    signals++;
    if (signals > 1) process.exit(1);
    process.stderr.write(`${signal}: draining and flushing the journal...\n`);
    handle.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `OpenVenue failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
