/**
 * JSON logs (pino). Secrets never reach a log line: the credential headers, the operator token
 * and any `secret` field are redacted wherever they appear, as a net under the rule that callers
 * do not log them in the first place.
 */
import { type Logger, pino } from 'pino';

export type { Logger };

const REDACT = [
  'secret',
  '*.secret',
  'operatorToken',
  '*.operatorToken',
  'signature',
  '*.signature',
  'req.headers.authorization',
  'req.headers["x-api-signature"]',
  'headers.authorization',
  'headers["x-api-signature"]',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; default stdout. Tests pass a stream to inspect or silence them. */
  destination?: NodeJS.WritableStream;
}

const BASE = { service: 'openvenue' };

export function createLogger(options: LoggerOptions = {}): Logger {
  const opts = {
    level: options.level ?? 'info',
    base: BASE,
    redact: { paths: REDACT, censor: '[REDACTED]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (options.destination) return pino(opts, options.destination);
  // Asynchronous stdout: a line goes out at once when no write is in flight, and lines logged while
  // one is (under load: many per millisecond) leave together in the next write, instead of one
  // blocking write(2) per request. pino flushes what is pending when the process exits; only a
  // kill -9 can lose the last few milliseconds of lines (the journal, not the log, is the record).
  return pino(opts, pino.destination({ dest: 1, sync: false }));
}

/**
 * The access log's logger: same destination, level and line format as `logger`, without the
 * redaction pass. The access line is built in one place (request-context.ts) from a fixed set of
 * keys (requestId, operation, method, path, status, latencyMs, ip, keyId, accountId, aborted),
 * none of which any redaction path names, so redaction could never change it; yet it copied every
 * line, a per-request cost of its own. Everything else keeps going through the redacting logger.
 */
export function accessLogger(logger: Logger): Logger {
  const stream = (logger as unknown as Record<symbol, pino.DestinationStream>)[pino.symbols.streamSym];
  return pino({ level: logger.level, base: BASE, timestamp: pino.stdTimeFunctions.isoTime }, stream);
}
