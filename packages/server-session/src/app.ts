import { type Context, Hono, type Next } from 'hono';
import { createAccountSessionMinter } from './account-sessions/account-sessions.js';
import { createSessionCache, type SessionCacheOptions } from './account-sessions/session-cache.js';
import { createAccountVersionReader } from './accounts/account-version-reader.js';
import { createAccountWriter } from './accounts/account-writer.js';
import { createRecentAccounts } from './accounts/recent-accounts.js';
import { ApiError } from './api-error.js';
import type { AppEnv, ServerServices } from './app-env.js';
import {
  type BackgroundJobOptions,
  type BackgroundJobs,
  startBackgroundJobs,
} from './background-jobs/background-jobs.js';
import { defaultJsonBodyLimitBytes } from './body-limit.js';
import { createClientAddress } from './client-address.js';
import { type Clock, systemClock } from './clock.js';
import type { BootstrapPlatform } from './config.js';
import {
  createDocumentResponseCache,
  type DocumentResponseCacheOptions,
} from './embedded-api/document-response-cache.js';
import { createEmbeddedApi } from './embedded-api/embedded-routes.js';
import { loadOrCreateKeyFile } from './encryption/key-file.js';
import {
  createKeyring,
  generateEncryptionKey,
  type Keyring,
  type KeyringKeys,
  keyIdOf,
} from './encryption/keyring.js';
import { installErrorHandling } from './error-handler.js';
import { createJsonLogger, type Logger } from './logger.js';
import { createOpenApiRoutes } from './openapi/openapi-routes.js';
import { createPlatformApi } from './platform-api/platform-routes.js';
import { createPlatformCache, type PlatformCacheOptions } from './platforms/platform-cache.js';
import { ensurePlatformWithSecretKey } from './platforms/platforms.js';
import { createRateLimiter, type RateLimiter, unlimited } from './rate-limit/rate-limiter.js';
import type { BucketRule } from './rate-limit/token-bucket.js';
import { maskSecret } from './redact-secrets.js';
import { requestLog } from './request-log.js';
import { respondJson } from './response-head.js';
import { openStore, type StoreConfig } from './store/open-store.js';
import type { Store } from './store/store.js';

export interface SessionServerOptions {
  /**
   * An open store to use (the caller keeps ownership and closes it), or the
   * configuration of one to open (the server opens it and closes it in `close()`).
   */
  store: Store | StoreConfig;
  /** JSON lines on standard error by default. */
  logger?: Logger;
  /** A platform to create, or bring up to date, once the store is open. */
  bootstrapPlatform?: BootstrapPlatform | null;
  /**
   * The operator's keys for sensitive values, uploads and stored responses
   * (`ONBOARDKIT_ENCRYPTION_KEY`). Without them: the embedded store on disk
   * generates a key file in its data directory and says so; an in-memory
   * store uses a key that lives as long as the process; PostgreSQL, and a
   * store passed already open, refuse to start, since their data outlives
   * any one process.
   */
  encryptionKeys?: KeyringKeys | null;
  /** How long an account session lasts; 1,800 s (30 minutes) by default. */
  sessionLifetimeSeconds?: number;
  sessionCache?: SessionCacheOptions;
  platformCache?: PlatformCacheOptions;
  /** How many serialized requirements documents to keep for repeated fetches (500 by default). */
  documentCache?: DocumentResponseCacheOptions;
  /**
   * Request budgets per platform key and per account session; `null` turns
   * one off. Defaults: 100/s with bursts of 100 per platform, 20/s with
   * bursts of 40 per session.
   */
  rateLimits?: { platform?: BucketRule | null; session?: BucketRule | null };
  /** Largest JSON body in bytes; 256 KiB by default. Uploads may be 10 MB. */
  bodyLimitBytes?: number;
  /** Take the client's address from `X-Forwarded-For` (behind a reverse proxy you run). */
  trustProxy?: boolean;
  /** Timing of the background jobs, or `false` to run none (tests that drive them by hand). */
  backgroundJobs?: BackgroundJobOptions | false;
  /** The time source; tests inject one to expire sessions and settle verifications. */
  clock?: Clock;
}

/** A running session server, ready to be mounted in any host that speaks web-standard fetch. */
export interface SessionServer {
  /**
   * Answers one request. Routes other than `/healthz` wait for the store to
   * open. `bindings` are the host's (`@hono/node-server` passes Node's request,
   * which tells the client's address).
   */
  fetch(request: Request, bindings?: unknown): Promise<Response>;
  /** Resolves once the store is open and the bootstrap platform exists; rejects if either fails. */
  readonly ready: Promise<void>;
  /** Stops the background jobs and closes the store if this server opened it. Stop sending requests first. */
  close(): Promise<void>;
}

const defaultRateLimits = {
  platform: { ratePerSecond: 100, burst: 100 },
  session: { ratePerSecond: 20, burst: 40 },
} as const satisfies Record<string, BucketRule>;

/**
 * Creates the session server: the platform API, the embedded API,
 * `GET /healthz`, and the error envelope of `@onboardkit/schema` on every
 * failure. Returns at once; the store opens in the background and `ready`
 * says when it has.
 *
 * @example
 * import { serve } from '@hono/node-server';
 * const server = createSessionServer({ store: { engine: 'pglite', dataDir: '.onboardkit' } });
 * serve({ fetch: server.fetch, port: 4242 });
 * @see `onboardkit-server start`, which adds configuration and graceful shutdown.
 */
export function createSessionServer(options: SessionServerOptions): SessionServer {
  const logger = options.logger ?? createJsonLogger();
  const clock = options.clock ?? systemClock;
  const ownsStore = !isStore(options.store);
  let store: Store | undefined;
  let services: ServerServices | undefined;
  let jobs: BackgroundJobs | undefined;
  let closing: Promise<void> | undefined;

  const ready = (async () => {
    const opened = isStore(options.store) ? options.store : await openStore(options.store, { logger });
    let keyring: Keyring;
    try {
      // A server that cannot read its sealed values must not open for business.
      keyring = await openKeyring(options, logger);
      if (options.bootstrapPlatform) await bootstrap(opened, options.bootstrapPlatform, logger);
    } catch (error) {
      if (ownsStore) await opened.close();
      throw error;
    }
    services = {
      clock,
      logger,
      keyring,
      sessionCache: createSessionCache(options.sessionCache),
      mintAccountSession: createAccountSessionMinter(opened),
      platformCache: createPlatformCache(options.platformCache),
      documentCache: createDocumentResponseCache(options.documentCache),
      recentAccounts: createRecentAccounts(),
      readAccountVersion: createAccountVersionReader(opened),
      writeAccountIfUnchanged: createAccountWriter(opened),
      sessionLifetimeSeconds: options.sessionLifetimeSeconds ?? 1_800,
      jsonBodyLimitBytes: options.bodyLimitBytes ?? defaultJsonBodyLimitBytes,
      rateLimits: {
        platform: rateLimiter(options.rateLimits?.platform, defaultRateLimits.platform),
        session: rateLimiter(options.rateLimits?.session, defaultRateLimits.session),
      },
      clientAddress: createClientAddress({ trustProxy: options.trustProxy ?? false }),
    };
    store = opened;
    if (options.backgroundJobs !== false && !closing) {
      jobs = startBackgroundJobs(opened, { clock, logger, keyring }, options.backgroundJobs);
    }
    logger.info('store.ready', { engine: opened.engine });
  })();
  // `ready` is awaited by requests and hosts; this only keeps a failed open from being unhandled.
  ready.catch((error: unknown) => logger.error('store.open_failed', { error }));

  const app = new Hono<AppEnv>();
  installErrorHandling(app, logger);
  app.use('*', requestLog(logger));

  app.get('/healthz', async (c) => {
    if (closing) throw unavailable('shutting_down', 'The server is shutting down.');
    if (!store) throw unavailable('store_unavailable', 'The store is not open yet.');
    await store.query('SELECT 1').catch(() => {
      throw unavailable('store_unavailable', 'The store does not answer.');
    });
    return respondJson(c, { ok: true });
  });

  const withServices = (c: Context<AppEnv>, next: Next, open: Store, openServices: ServerServices) => {
    c.set('store', open);
    c.set('services', openServices);
    return next();
  };
  // Not async once open: the layer hands on `next()`'s promise rather than wrapping it in another.
  app.use('/v1/*', (c, next) => {
    if (store && services) return withServices(c, next, store, services);
    return ready.then(
      () => {
        if (!store || !services) throw unavailable('store_unavailable', 'The store is not open.');
        return withServices(c, next, store, services);
      },
      () => {
        throw unavailable('store_unavailable', 'The store could not be opened; see the server log.');
      },
    );
  });
  // Before the platform API, whose secret-key check would otherwise run on every embedded request.
  app.route('/v1/embedded', createEmbeddedApi());
  app.route('/v1', createOpenApiRoutes());
  app.route('/v1', createPlatformApi());

  return {
    fetch: async (request, bindings) => app.fetch(request, bindings),
    ready,
    close() {
      closing ??= (async () => {
        await ready.catch(() => undefined);
        await jobs?.stop();
        if (ownsStore && store) {
          await store.close();
          logger.info('store.closed');
        }
      })();
      return closing;
    },
  };
}

async function openKeyring(options: SessionServerOptions, logger: Logger): Promise<Keyring> {
  if (options.encryptionKeys) return createKeyring(options.encryptionKeys);
  if (isStore(options.store)) {
    // An open store may hold data from earlier processes; a key made up now could not read it.
    throw new Error(
      'encryptionKeys must be given with an open store: the values it seals must stay readable after a restart.',
    );
  }
  const config = options.store;
  if (config.engine === 'pglite' && config.dataDir !== null) {
    return createKeyring({ current: await loadOrCreateKeyFile(config.dataDir, logger) });
  }
  if (config.engine === 'postgres') {
    throw new Error(
      'ONBOARDKIT_ENCRYPTION_KEY must be set with PostgreSQL: sensitive values are sealed with it and must ' +
        'stay readable by every server process and after restarts. Generate one with `openssl rand -base64 32`.',
    );
  }
  const key = generateEncryptionKey();
  logger.warn('encryption.ephemeral_key', {
    keyId: keyIdOf(Buffer.from(key, 'base64')),
    reason: 'in-memory store: sealed values live only as long as this process',
  });
  return createKeyring({ current: key });
}

function rateLimiter(rule: BucketRule | null | undefined, fallback: BucketRule): RateLimiter {
  if (rule === null) return unlimited;
  return createRateLimiter(rule ?? fallback);
}

async function bootstrap(store: Store, platform: BootstrapPlatform, logger: Logger): Promise<void> {
  const result = await ensurePlatformWithSecretKey(store, platform);
  logger.info(result.created ? 'platform.bootstrap_created' : 'platform.bootstrap_updated', {
    platform: result.platform.id,
    secretKey: maskSecret(platform.secretKey),
    origins: result.platform.origins,
  });
}

function unavailable(code: string, message: string): ApiError {
  return new ApiError({ status: 503, type: 'api_error', code, message });
}

function isStore(candidate: Store | StoreConfig): candidate is Store {
  return 'query' in candidate;
}
