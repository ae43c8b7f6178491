import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { encryptionKeySchema } from './encryption/keyring.js';
import { type LogLevel, logLevels } from './logger.js';
import { originSchema } from './platforms/origin.js';
import { platformNameSchema } from './platforms/platforms.js';
import { secretKeyPattern } from './platforms/secret-key.js';
import type { BucketRule } from './rate-limit/token-bucket.js';
import { redactDatabaseUrl } from './store/database-url.js';
import type { StoreConfig } from './store/open-store.js';

/**
 * Every environment variable the server reads. Listed once so the CLI help,
 * the README and the code cannot disagree.
 */
export const environmentVariables = {
  DATABASE_URL: 'PostgreSQL URL; when set, the PostgreSQL store is used instead of the embedded one',
  ONBOARDKIT_DATABASE_PREPARED_STATEMENTS:
    'on (default) or off: off for a pooler that does not keep prepared statements per client ' +
    '(PgBouncer in transaction mode before 1.21, or without max_prepared_statements)',
  ONBOARDKIT_DATA_DIR: 'directory of the embedded store (default: .onboardkit in the working directory)',
  ONBOARDKIT_PORT: 'port to listen on (default 4242; PORT is read too)',
  ONBOARDKIT_HOST: 'interface to listen on (default 127.0.0.1)',
  ONBOARDKIT_LOG_LEVEL: `${logLevels.join(' | ')} (default info)`,
  ONBOARDKIT_BOOTSTRAP_SECRET_KEY: 'secret key of a platform to create or update at start (demo, CI)',
  ONBOARDKIT_BOOTSTRAP_ORIGINS: 'comma-separated origins of that platform; required with the key',
  ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME: 'name of that platform (default "Bootstrap platform")',
  ONBOARDKIT_ENCRYPTION_KEY:
    'base64 of 32 random bytes (openssl rand -base64 32) sealing sensitive values; required with DATABASE_URL, ' +
    'else generated into the data directory',
  ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS:
    'comma-separated retired keys, kept to read values sealed before a rotation',
  ONBOARDKIT_SESSION_TTL_SECONDS: 'lifetime of an account session, 60 to 86400 (default 1800)',
  ONBOARDKIT_PLATFORM_RATE_LIMIT:
    'requests per second per secret key, RATE or RATE/BURST; 0 turns it off (default 100/100)',
  ONBOARDKIT_SESSION_RATE_LIMIT:
    'requests per second per account session, RATE or RATE/BURST; 0 turns it off (default 20/40)',
  ONBOARDKIT_TRUST_PROXY: 'true to take client addresses from X-Forwarded-For (behind your reverse proxy)',
} as const;

/** The environment as the server reads it; `process.env` fits. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Command-line flags that overlap the environment; flags win. */
export interface ConfigFlags {
  port?: string | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
  memory?: boolean | undefined;
}

export interface ConfigSources {
  env: Environment;
  flags?: ConfigFlags;
  /** Relative data directories are resolved against this. */
  cwd: string;
}

/** A platform the server makes sure exists at start, so a demo or CI needs no manual step. */
export interface BootstrapPlatform {
  readonly name: string;
  readonly secretKey: string;
  readonly origins: readonly string[];
}

/** Everything `onboardkit-server start` needs, validated. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly store: StoreConfig;
  readonly bootstrapPlatform: BootstrapPlatform | null;
  readonly logLevel: LogLevel;
  /** `null`: the embedded store generates (or reads) a key file in its data directory. */
  readonly encryptionKeys: { readonly current: string; readonly previous: readonly string[] } | null;
  readonly sessionLifetimeSeconds: number;
  /** `null` turns a limit off. */
  readonly rateLimits: { readonly platform: BucketRule | null; readonly session: BucketRule | null };
  readonly trustProxy: boolean;
}

/**
 * The configuration was unusable. `problems` holds one sentence per mistake,
 * each naming the flag or variable to fix; the message lists them all, so an
 * operator fixes everything in one go instead of one error per restart.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'invalid_config';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

const defaultPort = 4242;
const defaultHost = '127.0.0.1';
const defaultDataDir = '.onboardkit';
const defaultBootstrapPlatformName = 'Bootstrap platform';

const portSchema = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');
const hostSchema = z
  .string()
  .regex(/^[^\s/]+$/, 'must be a host name or IP address, such as 127.0.0.1 or 0.0.0.0');
const databaseUrlSchema = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.host !== '';
  } catch {
    return false;
  }
}, 'must be a postgres:// URL such as postgres://user:password@localhost:5432/onboardkit');
const secretKeySchema = z
  .string()
  .regex(secretKeyPattern, 'must be sk_test_ (or sk_live_) followed by 22 to 128 letters and digits');
const logLevelSchema = z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` });
const sessionLifetimeSchema = z.coerce
  .number({ error: 'must be a whole number of seconds from 60 to 86400' })
  .int('must be a whole number of seconds from 60 to 86400')
  .min(60, 'must be a whole number of seconds from 60 to 86400')
  .max(86_400, 'must be a whole number of seconds from 60 to 86400');
const rateLimitSchema = z
  .string()
  .regex(/^\d+(\/\d+)?$/, 'must be RATE or RATE/BURST in requests per second, such as 20/40, or 0 for none')
  .transform((text): BucketRule | null => {
    const [rate = 0, burst] = text.split('/').map(Number);
    if (rate === 0) return null;
    return { ratePerSecond: rate, burst: Math.max(1, burst ?? rate) };
  });
const booleanSchema = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((text) => text === 'true' || text === '1');

/**
 * Reads the `start` configuration from flags and environment and validates it.
 *
 * @throws {ConfigError} listing every problem; no secret appears in it.
 * @example
 * const config = loadServerConfig({ env: process.env, flags: { port: '8080' }, cwd: process.cwd() });
 */
export function loadServerConfig(sources: ConfigSources): ServerConfig {
  const problems: string[] = [];
  const { env, flags = {} } = sources;

  const port = readSetting(problems, portSchema, defaultPort, [
    ['--port', flags.port],
    ['ONBOARDKIT_PORT', env.ONBOARDKIT_PORT],
    ['PORT', env.PORT],
  ]);
  const host = readSetting(problems, hostSchema, defaultHost, [
    ['--host', flags.host],
    ['ONBOARDKIT_HOST', env.ONBOARDKIT_HOST],
  ]);
  const logLevel = readSetting(problems, logLevelSchema, 'info', [
    ['ONBOARDKIT_LOG_LEVEL', env.ONBOARDKIT_LOG_LEVEL],
  ]);
  const store = readStoreConfig(problems, sources);
  const bootstrapPlatform = readBootstrapPlatform(problems, env);
  const encryptionKeys = readEncryptionKeys(problems, env, store);
  const sessionLifetimeSeconds = readSetting(problems, sessionLifetimeSchema, 1_800, [
    ['ONBOARDKIT_SESSION_TTL_SECONDS', env.ONBOARDKIT_SESSION_TTL_SECONDS],
  ]);
  const rateLimits = {
    platform: readSetting(problems, rateLimitSchema, { ratePerSecond: 100, burst: 100 }, [
      ['ONBOARDKIT_PLATFORM_RATE_LIMIT', env.ONBOARDKIT_PLATFORM_RATE_LIMIT],
    ]),
    session: readSetting(problems, rateLimitSchema, { ratePerSecond: 20, burst: 40 }, [
      ['ONBOARDKIT_SESSION_RATE_LIMIT', env.ONBOARDKIT_SESSION_RATE_LIMIT],
    ]),
  };
  const trustProxy = readSetting(problems, booleanSchema, false, [
    ['ONBOARDKIT_TRUST_PROXY', env.ONBOARDKIT_TRUST_PROXY],
  ]);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    logLevel,
    store,
    bootstrapPlatform,
    encryptionKeys,
    sessionLifetimeSeconds,
    rateLimits,
    trustProxy,
  };
}

function readEncryptionKeys(
  problems: string[],
  env: Environment,
  store: StoreConfig,
): ServerConfig['encryptionKeys'] {
  const current = present(env.ONBOARDKIT_ENCRYPTION_KEY);
  const previous = (present(env.ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS) ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  // Never quote a key, not even a malformed one: it may be a real key with a typo.
  const keyProblem = 'must be 32 random bytes in base64; generate one with `openssl rand -base64 32`';
  if (current !== undefined && !encryptionKeySchema.safeParse(current).success) {
    problems.push(`ONBOARDKIT_ENCRYPTION_KEY ${keyProblem}.`);
  }
  previous.forEach((key, index) => {
    if (!encryptionKeySchema.safeParse(key).success) {
      problems.push(`ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS entry #${index + 1} ${keyProblem}.`);
    }
  });
  if (current === undefined) {
    if (store.engine === 'postgres') {
      problems.push(
        'ONBOARDKIT_ENCRYPTION_KEY must be set with DATABASE_URL: every server process needs the same key to ' +
          'read sensitive values. Generate one with `openssl rand -base64 32` and keep it outside the database.',
      );
    }
    if (previous.length > 0) {
      problems.push(
        'ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS only applies with ONBOARDKIT_ENCRYPTION_KEY: set it too.',
      );
    }
    return null;
  }
  return { current, previous };
}

/**
 * Reads which store to open and the keys that seal its values, for
 * `keys reseal`: both keys are required, since a reseal moves values from the
 * previous keys to the current one.
 *
 * @throws {ConfigError}
 */
export function loadRotationConfig(sources: ConfigSources): {
  store: StoreConfig;
  encryptionKeys: { readonly current: string; readonly previous: readonly string[] };
} {
  const problems: string[] = [];
  // No --memory here: `keys reseal` takes only --data-dir, so the store is on disk or PostgreSQL.
  const store = readStoreConfig(problems, sources);
  const encryptionKeys = readEncryptionKeys(problems, sources.env, store);
  if (encryptionKeys === null && store.engine === 'pglite') {
    problems.push(
      'keys reseal needs ONBOARDKIT_ENCRYPTION_KEY (the new key) and ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS ' +
        '(the keys it replaces; for a data directory never given a key, the contents of its encryption.key).',
    );
  } else if (encryptionKeys !== null && encryptionKeys.previous.length === 0) {
    problems.push(
      'keys reseal needs ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS: the keys the values are sealed with now, ' +
        'which ONBOARDKIT_ENCRYPTION_KEY replaces.',
    );
  }
  if (problems.length > 0 || encryptionKeys === null) throw new ConfigError(problems);
  return { store, encryptionKeys };
}

/**
 * Reads only which store to open, for commands that do not serve HTTP
 * (`platforms create`).
 *
 * @throws {ConfigError}
 */
export function loadStoreConfig(sources: ConfigSources): StoreConfig {
  const problems: string[] = [];
  const store = readStoreConfig(problems, sources);
  if (problems.length > 0) throw new ConfigError(problems);
  return store;
}

function readStoreConfig(problems: string[], { env, flags = {}, cwd }: ConfigSources): StoreConfig {
  const databaseUrl = present(env.DATABASE_URL);
  const dataDirFlag = present(flags.dataDir);
  const dataDirEnv = present(env.ONBOARDKIT_DATA_DIR);

  if (databaseUrl !== undefined) {
    const chosenEmbedded = [
      flags.memory ? '--memory' : undefined,
      dataDirFlag === undefined ? undefined : '--data-dir',
      dataDirEnv === undefined ? undefined : 'ONBOARDKIT_DATA_DIR',
    ].filter((name) => name !== undefined);
    if (chosenEmbedded.length > 0) {
      problems.push(
        `DATABASE_URL selects the PostgreSQL store, but ${chosenEmbedded.join(' and ')} selects the embedded one: ` +
          'unset DATABASE_URL, or drop the embedded-store setting.',
      );
    }
    if (!databaseUrlSchema.safeParse(databaseUrl).success) {
      problems.push(
        `DATABASE_URL must be a postgres:// URL such as postgres://user:password@localhost:5432/onboardkit, ` +
          `got "${redactDatabaseUrl(databaseUrl)}".`,
      );
    }
    const prepared = present(env.ONBOARDKIT_DATABASE_PREPARED_STATEMENTS);
    if (prepared !== undefined && prepared !== 'on' && prepared !== 'off') {
      problems.push(`ONBOARDKIT_DATABASE_PREPARED_STATEMENTS must be on or off, got "${prepared}".`);
    }
    return { engine: 'postgres', url: databaseUrl, preparedStatements: prepared !== 'off' };
  }

  if (flags.memory) {
    if (dataDirFlag !== undefined) problems.push('--memory and --data-dir cannot be combined: choose one.');
    return { engine: 'pglite', dataDir: null };
  }
  const dataDir = dataDirFlag ?? dataDirEnv ?? defaultDataDir;
  return { engine: 'pglite', dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir) };
}

function readBootstrapPlatform(problems: string[], env: Environment): BootstrapPlatform | null {
  const secretKey = present(env.ONBOARDKIT_BOOTSTRAP_SECRET_KEY);
  const originList = present(env.ONBOARDKIT_BOOTSTRAP_ORIGINS);
  const nameText = present(env.ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME);

  if (secretKey === undefined) {
    if (originList !== undefined || nameText !== undefined) {
      problems.push(
        'ONBOARDKIT_BOOTSTRAP_ORIGINS and ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME only apply with ' +
          'ONBOARDKIT_BOOTSTRAP_SECRET_KEY: set the key too, or unset them.',
      );
    }
    return null;
  }

  const before = problems.length;
  if (!secretKeySchema.safeParse(secretKey).success) {
    problems.push(
      'ONBOARDKIT_BOOTSTRAP_SECRET_KEY must be sk_test_ (or sk_live_) followed by 22 to 128 letters and digits, ' +
        // Not even a mask: the last four characters of a short, malformed key give too much away.
        `got a value of ${secretKey.length} characters. ` +
        'Run `onboardkit-server platforms create` to get a well-formed key.',
    );
  }
  const origins: string[] = [];
  if (originList === undefined) {
    problems.push(
      'ONBOARDKIT_BOOTSTRAP_ORIGINS must list the origins that embed the components when ' +
        'ONBOARDKIT_BOOTSTRAP_SECRET_KEY is set, e.g. http://localhost:3000,https://app.example.com.',
    );
  } else {
    for (const text of originList.split(',').map((part) => part.trim())) {
      if (text === '') continue;
      const origin = originSchema.safeParse(text);
      if (origin.success) origins.push(origin.data);
      else problems.push(`ONBOARDKIT_BOOTSTRAP_ORIGINS has "${text}", which ${firstMessage(origin.error)}.`);
    }
  }
  const name = platformNameSchema.safeParse(nameText ?? defaultBootstrapPlatformName);
  if (!name.success) problems.push(`ONBOARDKIT_BOOTSTRAP_PLATFORM_NAME ${firstMessage(name.error)}.`);

  if (problems.length > before || !name.success) return null;
  return { name: name.data, secretKey, origins: [...new Set(origins)] };
}

/**
 * The first of `candidates` that is set, parsed with `schema`; `fallback` when
 * none is. A bad value is reported under the name it was given by, with the
 * value quoted so the operator sees what the server saw.
 */
function readSetting<Output>(
  problems: string[],
  schema: z.ZodType<Output>,
  fallback: Output,
  candidates: ReadonlyArray<readonly [source: string, value: string | undefined]>,
): Output {
  for (const [source, value] of candidates) {
    const text = present(value);
    if (text === undefined) continue;
    const result = schema.safeParse(text);
    if (result.success) return result.data;
    problems.push(`${source} ${firstMessage(result.error)}, got "${text}".`);
    return fallback;
  }
  return fallback;
}

/** Unset and empty mean the same: `FOO=` in a compose file should not count as a value. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is invalid';
}
