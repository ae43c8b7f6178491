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
  const { now } = options;
  // Without an injected clock, no Date per line: the time is read as a number.
  const nowMs = now ? () => now().getTime() : Date.now;

  let lastTime = Number.NaN;
  let lastIsoTime = '';
  const log = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (logLevels.indexOf(level) < threshold) return;
    const time = nowMs();
    // A busy server logs many lines per millisecond; one ISO string serves them all.
    if (time !== lastTime) {
      lastTime = time;
      lastIsoTime = new Date(time).toISOString();
    }
    write(
      `${flatLine(lastIsoTime, level, event, fields) ?? nestedLine(lastIsoTime, level, event, fields)}\n`,
    );
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

/**
 * The line when every field is a string, number, boolean or null (a request's
 * line): written out directly, each string masked. JSON.stringify of the
 * whole line would first need it copied into an object with the masked
 * values, or call a replacer on every value; this is the line most written.
 * `null` when a field needs the general path.
 */
function flatLine(time: string, level: string, event: string, fields: LogFields): string | null {
  let line = `{"time":"${time}","level":"${level}","event":${jsonOfName(event)}`;
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) continue;
    // The line's own keys come first and a field must not repeat them.
    if (key === 'time' || key === 'level' || key === 'event') return null;
    let json: string;
    if (typeof value === 'string') json = JSON.stringify(redactSecrets(value));
    else if (typeof value === 'number') json = Number.isFinite(value) ? String(value) : 'null';
    else if (typeof value === 'boolean' || value === null) json = String(value);
    else return null;
    line += `,${jsonOfName(key)}:${json}`;
  }
  return `${line}}`;
}

// Event names and field keys are the code's own, a few dozen: each is masked and quoted once.
const namesAsJson = new Map<string, string>();
const maxNamesAsJson = 1_000;

function jsonOfName(name: string): string {
  let json = namesAsJson.get(name);
  if (json === undefined) {
    const masked = redactSecrets(name);
    json = JSON.stringify(masked);
    // Names made from data (a bug) must not grow the map without end, nor keep a secret in it.
    if (masked === name && namesAsJson.size < maxNamesAsJson) namesAsJson.set(name, json);
  }
  return json;
}

/** The line for any fields: errors, nested objects, bigints; every string masked. */
function nestedLine(time: string, level: string, event: string, fields: LogFields): string {
  return JSON.stringify({ time, level, event, ...fields }, replaceForLog);
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
  // Appending builds a rope that the write flattens once; an array to join cost as much again.
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  process.once('exit', flush);
  return (line) => {
    pending += line;
    if (pending.length >= maxBytes) flush();
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
