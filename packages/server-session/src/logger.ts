import { redactSecrets } from './redact-secrets.js';

/** How much a logger writes, from everything (`debug`) to nothing (`silent`). */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Extra facts for one log line. Values are written as JSON after secrets are masked. */
export type LogFields = Record<string, unknown>;

/**
 * Structured logging for the server: one JSON object per line, an `event` name
 * that is stable enough to alert on, and secrets masked before anything is written.
 *
 * @example
 * logger.info('server.listening', { url: 'http://127.0.0.1:4242' });
 */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface JsonLoggerOptions {
  /** Lowest level written; `info` by default. */
  level?: LogLevel;
  /** Receives each line, newline included; standard error by default. */
  write?: (line: string) => void;
  now?: () => Date;
}

/**
 * Creates a {@link Logger} that writes JSON lines. Every string in the line,
 * error messages and stacks included, goes through {@link redactSecrets}, so a
 * secret key pasted into a message by mistake is still never written.
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const threshold = logLevels.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const now = options.now ?? (() => new Date());

  const log = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (logLevels.indexOf(level) < threshold) return;
    const line = JSON.stringify({ time: now().toISOString(), level, event, ...fields }, replaceForLog);
    write(`${line}\n`);
  };

  return {
    debug: (event, fields) => log('debug', event, fields),
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}

/** A logger that writes nothing, for tests and for hosts that log elsewhere. */
export const silentLogger: Logger = createJsonLogger({ level: 'silent' });

function replaceForLog(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (typeof value === 'bigint') return value.toString();
  // Error's own properties are not enumerable, so JSON.stringify would write `{}`.
  if (value instanceof Error) {
    const code = 'code' in value ? value.code : undefined;
    return { name: value.name, message: value.message, code, stack: value.stack };
  }
  return value;
}
