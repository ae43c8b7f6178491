import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSessionServer } from './app.js';
import {
  ConfigError,
  environmentVariables,
  loadRotationConfig,
  loadServerConfig,
  loadStoreConfig,
} from './config.js';
import { keyFileName } from './encryption/key-file.js';
import { createKeyring } from './encryption/keyring.js';
import { ResealError, resealUnderCurrentKey } from './encryption/reseal.js';
import { batchLines, createJsonLogger } from './logger.js';
import { listen } from './node-server.js';
import { originListSchema } from './platforms/origin.js';
import { createPlatform, platformNameSchema } from './platforms/platforms.js';
import { redactDatabaseUrl } from './store/database-url.js';
import { openStore, type StoreConfig } from './store/open-store.js';

/** Where the CLI reads and writes; `process` in production, something capturable in tests. */
export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 done, 1 failed while running, 2 the command line or configuration needs fixing. */
const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

// The longest variable name and two spaces, so every description starts in one column.
const environmentNameWidth = Math.max(...Object.keys(environmentVariables).map((name) => name.length)) + 2;

const usage = `Usage: onboardkit-server <command> [options]

Commands:
  start                         Serve the session server until SIGTERM or SIGINT.
    --port PORT                 Port to listen on (default 4242; 0 picks a free one).
    --host HOST                 Interface to listen on (default 127.0.0.1).
    --data-dir DIR              Directory of the embedded store (default .onboardkit).
    --memory                    Keep the embedded store in memory; everything is lost on exit.

  platforms create              Create a platform and print its secret key, once.
    --name NAME                 Display name of the platform.
    --origin URL                Origin that embeds the components; repeat for several.
    --data-dir DIR              Directory of the embedded store (default .onboardkit).
    --json                      Print {"id", "secret_key"} as JSON instead of text.

  keys reseal                   After a key rotation, seal again under ONBOARDKIT_ENCRYPTION_KEY
                                everything sealed with ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS; then
                                the previous keys can go. On PostgreSQL, safe beside running servers.
    --data-dir DIR              Directory of the embedded store (default .onboardkit).

  help                          Show this text.

With DATABASE_URL set, every command uses PostgreSQL instead of the embedded store.

Environment:
${Object.entries(environmentVariables)
  .map(([name, description]) => `  ${name.padEnd(environmentNameWidth)}${description}`)
  .join('\n')}
`;

/** A mistake on the command line; the message says what to type instead. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Runs the `onboardkit-server` command line and resolves with the exit code.
 * `start` resolves only after a signal has shut the server down.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'start') return await start(rest, io);
    if (command === 'platforms' && rest[0] === 'create')
      return await createPlatformCommand(rest.slice(1), io);
    if (command === 'keys' && rest[0] === 'reseal') return await resealCommand(rest.slice(1), io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(usage);
      return command === undefined ? exitCodes.usage : exitCodes.ok;
    }
    throw new UsageError(`Unknown command "${argv.join(' ')}".`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${error.message}\nRun \`onboardkit-server help\` for usage.\n`);
      return exitCodes.usage;
    }
    io.stderr(`onboardkit-server: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failed;
  }
}

/** The bin's entry point: runs {@link runCli} on this process and sets its exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    // The request log goes here, a line per request: batched, as one synchronous write per line cost
    // more than the rest of the log (standard error to a file or a pipe blocks on Linux).
    stderr: batchLines((text) => process.stderr.write(text)),
  });
}

// ─── start ────────────────────────────────────────────────────────────────────

async function start(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    memory: { type: 'boolean' },
  });
  const config = loadServerConfig({
    env: io.env,
    cwd: io.cwd,
    flags: { port: values.port, host: values.host, dataDir: values['data-dir'], memory: values.memory },
  });
  const logger = createJsonLogger({ level: config.logLevel, write: io.stderr });

  const sessionServer = createSessionServer({
    store: config.store,
    logger,
    bootstrapPlatform: config.bootstrapPlatform,
    encryptionKeys: config.encryptionKeys,
    sessionLifetimeSeconds: config.sessionLifetimeSeconds,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  // Register before the store opens: a signal while opening must still close it cleanly.
  const stopRequested = waitForStopSignal();
  try {
    await Promise.race([sessionServer.ready, stopRequested.signal]);
  } catch (error) {
    await sessionServer.close();
    throw error;
  }
  if (stopRequested.received) {
    await sessionServer.close();
    return exitCodes.ok;
  }

  const server = await listen(sessionServer.fetch, { port: config.port, host: config.host, logger }).catch(
    async (error: unknown) => {
      await sessionServer.close();
      throw error;
    },
  );
  logger.info('server.listening', { url: server.url, store: describeStore(config.store) });
  io.stdout(`OnboardKit session server listening on ${server.url} (${describeStore(config.store)})\n`);

  const signal = await stopRequested.signal;
  logger.info('server.stopping', { signal });
  stopRequested.onRepeat(() => {
    logger.warn('server.stop_repeated', { signal });
    server.forceClose();
  });
  const { forced } = await server.close();
  await sessionServer.close();
  logger.info('server.stopped', { forced });
  return forced ? exitCodes.failed : exitCodes.ok;
}

interface StopSignal {
  /** Resolves with the first SIGTERM or SIGINT. */
  readonly signal: Promise<NodeJS.Signals>;
  readonly received: boolean;
  /** Runs `action` on every later signal (a second Ctrl-C means "now"). */
  onRepeat(action: () => void): void;
}

function waitForStopSignal(): StopSignal {
  let received = false;
  let repeat: () => void = () => undefined;
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (name: NodeJS.Signals) => {
      if (received) return repeat();
      received = true;
      resolve(name);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  return {
    signal,
    get received() {
      return received;
    },
    onRepeat: (action) => {
      repeat = action;
    },
  };
}

function describeStore(store: StoreConfig): string {
  if (store.engine === 'postgres') return `PostgreSQL at ${redactDatabaseUrl(store.url)}`;
  return store.dataDir === null ? 'embedded store in memory' : `embedded store in ${store.dataDir}`;
}

// ─── platforms create ─────────────────────────────────────────────────────────

async function createPlatformCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    name: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'data-dir': { type: 'string' },
    json: { type: 'boolean' },
  });
  const name = platformNameSchema.safeParse(values.name ?? '');
  if (values.name === undefined) throw new UsageError('platforms create needs --name NAME.');
  if (!name.success) throw new UsageError(`--name ${name.error.issues[0]?.message ?? 'is invalid'}.`);
  if (!values.origin?.length) {
    throw new UsageError(
      'platforms create needs at least one --origin URL: the origin of the site that embeds the components, ' +
        'such as --origin http://localhost:3000.',
    );
  }
  const origins = originListSchema.safeParse(values.origin);
  if (!origins.success) {
    const issue = origins.error.issues[0];
    const index = typeof issue?.path[0] === 'number' ? issue.path[0] : undefined;
    const given = index === undefined ? '' : ` "${values.origin[index]}"`;
    throw new UsageError(`--origin${given} ${issue?.message ?? 'is invalid'}.`);
  }

  const storeConfig = loadStoreConfig({ env: io.env, cwd: io.cwd, flags: { dataDir: values['data-dir'] } });
  const store = await openStore(storeConfig, {
    logger: createJsonLogger({ level: 'warn', write: io.stderr }),
  });
  try {
    const { platform, secretKey } = await createPlatform(store, { name: name.data, origins: origins.data });
    if (values.json) {
      io.stdout(`${JSON.stringify({ id: platform.id, secret_key: secretKey })}\n`);
    } else {
      io.stdout(
        `Created platform ${platform.id} (${platform.name}); ${describeStore(storeConfig)}.\n` +
          `Secret key: ${secretKey}\n` +
          'Store the key now: it is shown only this once, OnboardKit keeps only its hash.\n',
      );
    }
  } finally {
    await store.close();
  }
  return exitCodes.ok;
}

// ─── keys reseal ──────────────────────────────────────────────────────────────

async function resealCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' } });
  const { store: storeConfig, encryptionKeys } = loadRotationConfig({
    env: io.env,
    cwd: io.cwd,
    flags: { dataDir: values['data-dir'] },
  });
  const keyring = createKeyring(encryptionKeys);
  const store = await openStore(storeConfig, {
    logger: createJsonLogger({ level: 'warn', write: io.stderr }),
  });
  try {
    const counts = await resealUnderCurrentKey(store, keyring);
    // The embedded store's generated key would be used again by a start without the variable.
    const keyFile =
      storeConfig.engine === 'pglite' && storeConfig.dataDir !== null
        ? join(storeConfig.dataDir, keyFileName)
        : undefined;
    io.stdout(
      `Sealed again under key ${keyring.currentKeyId} (ONBOARDKIT_ENCRYPTION_KEY); ${describeStore(storeConfig)}:\n` +
        counts.map(({ noun, resealed }) => `  ${String(resealed).padStart(6)} ${noun}\n`).join('') +
        'Nothing is sealed with a previous key now: remove ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS once every ' +
        'server runs with the new key.\n' +
        (keyFile !== undefined && existsSync(keyFile)
          ? `${keyFile} holds a key nothing needs now: delete it, and always start this store with ` +
            'ONBOARDKIT_ENCRYPTION_KEY set.\n'
          : ''),
    );
  } catch (error) {
    if (error instanceof ResealError) {
      io.stderr(`onboardkit-server: ${error.message}\nValues sealed so far stay sealed under the new key.\n`);
      return exitCodes.failed;
    }
    throw error;
  } finally {
    await store.close();
  }
  return exitCodes.ok;
}

// ─── arguments ────────────────────────────────────────────────────────────────

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

function parse<Options extends OptionSpec>(argv: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    // node:util's messages are precise ("Unknown option '--prot'"); keep them, drop the stack.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
