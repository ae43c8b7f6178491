import { Hono } from 'hono';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';
import type { BootstrapPlatform } from './config.js';
import { installErrorHandling } from './error-handler.js';
import { createJsonLogger, type Logger } from './logger.js';
import { createPlatformApi } from './platform-api/platform-routes.js';
import { ensurePlatformWithSecretKey } from './platforms/platforms.js';
import { maskSecret } from './redact-secrets.js';
import { requestLog } from './request-log.js';
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
}

/** A running session server, ready to be mounted in any host that speaks web-standard fetch. */
export interface SessionServer {
  /** Answers one request. Routes other than `/healthz` wait for the store to open. */
  fetch(request: Request): Promise<Response>;
  /** Resolves once the store is open and the bootstrap platform exists; rejects if either fails. */
  readonly ready: Promise<void>;
  /** Closes the store if this server opened it. Stop sending requests first. */
  close(): Promise<void>;
}

/**
 * Creates the session server: the platform API, `GET /healthz`, and the error
 * envelope of `@onboardkit/schema` on every failure. Returns at once; the
 * store opens in the background and `ready` says when it has.
 *
 * @example
 * import { serve } from '@hono/node-server';
 * const server = createSessionServer({ store: { engine: 'pglite', dataDir: '.onboardkit' } });
 * serve({ fetch: server.fetch, port: 4242 });
 * @see `onboardkit-server start`, which adds configuration and graceful shutdown.
 */
export function createSessionServer(options: SessionServerOptions): SessionServer {
  const logger = options.logger ?? createJsonLogger();
  const ownsStore = !isStore(options.store);
  let store: Store | undefined;
  let closing: Promise<void> | undefined;

  const ready = (async () => {
    const opened = isStore(options.store) ? options.store : await openStore(options.store, { logger });
    try {
      if (options.bootstrapPlatform) await bootstrap(opened, options.bootstrapPlatform, logger);
    } catch (error) {
      if (ownsStore) await opened.close();
      throw error;
    }
    store = opened;
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
    return c.json({ ok: true });
  });

  app.use('/v1/*', async (c, next) => {
    await ready.catch(() => {
      throw unavailable('store_unavailable', 'The store could not be opened; see the server log.');
    });
    if (!store) throw unavailable('store_unavailable', 'The store is not open.');
    c.set('store', store);
    await next();
  });
  app.route('/v1', createPlatformApi());

  return {
    fetch: async (request) => app.fetch(request),
    ready,
    close() {
      closing ??= (async () => {
        await ready.catch(() => undefined);
        if (ownsStore && store) {
          await store.close();
          logger.info('store.closed');
        }
      })();
      return closing;
    },
  };
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
