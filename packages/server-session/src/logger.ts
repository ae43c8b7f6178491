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
  /**
   * Receives each line, newline included, as it is logged. By default lines go
   * to standard error in batches (see {@link batchLines}).
   */
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
  const write = options.write ?? writeToStandardError;
  const now = options.now ?? (() => new Date());

  const log = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (logLevels.indexOf(level) < threshold) return;
    const line = { time: now().toISOString(), level, event, ...fields };
    // A request's line holds only strings and numbers: masking them here gives the same
    // line as the replacer, which JSON.stringify would call on every value, for less.
    const flat = maskFlat(line);
    write(`${flat ? JSON.stringify(flat) : JSON.stringify(line, replaceForLog)}\n`);
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

let standardError: ((line: string) => void) | undefined;

/** The default destination: one batcher for the process, so its exit hook is registered once. */
function writeToStandardError(line: string): void {
  standardError ??= batchLines((text) => process.stderr.write(text));
  standardError(line);
}

/** `line` with its strings masked, or `null` when a value is not a string, number, boolean or null. */
function maskFlat(line: Record<string, unknown>): Record<string, unknown> | null {
  const masked: Record<string, unknown> = {};
  for (const key in line) {
    const value = line[key];
    if (typeof value === 'string') masked[key] = redactSecrets(value);
    else if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
      masked[key] = value;
    else return null;
  }
  return masked;
}

/**
 * Gathers lines and hands them to `write` together, once per turn of the
 * event loop (sooner past `maxBytes`), and whatever is left when the process
 * exits. Standard error to a file or a pipe is a synchronous write on Linux:
 * one per request line cost more than the rest of the request log.
 *
 * @example
 * const logger = createJsonLogger({ write: batchLines((text) => process.stderr.write(text)) });
 */
export function batchLines(write: (text: string) => void, maxBytes = 64 * 1024): (line: string) => void {
  let pending: string[] = [];
  let pendingBytes = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingBytes = 0;
    write(text);
  };
  process.once('exit', flush);
  return (line) => {
    pending.push(line);
    pendingBytes += line.length;
    if (pendingBytes >= maxBytes) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

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
