import type { AccountSessionMinter, AuthenticatedSession } from './account-sessions/account-sessions.js';
import type { SessionCache } from './account-sessions/session-cache.js';
import type { AccountVersionReader } from './accounts/account-version-reader.js';
import type { AccountWriter } from './accounts/account-writer.js';
import type { RecentAccounts } from './accounts/recent-accounts.js';
import type { Clock } from './clock.js';
import type { DocumentResponseCache } from './embedded-api/document-response-cache.js';
import type { Keyring } from './encryption/keyring.js';
import type { Logger } from './logger.js';
import type { PlatformCache } from './platforms/platform-cache.js';
import type { Platform } from './platforms/platforms.js';
import type { RateLimiter } from './rate-limit/rate-limiter.js';
import type { Store } from './store/store.js';

/** What the routes share for the life of the server, set up once at start. */
export interface ServerServices {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Seals sensitive values, uploads and stored idempotent responses. */
  readonly keyring: Keyring;
  readonly sessionCache: SessionCache;
  /** Creates account sessions on the store, coalescing concurrent mints. */
  readonly mintAccountSession: AccountSessionMinter;
  /** Platforms by secret key hash, for the platform API's authentication. */
  readonly platformCache: PlatformCache;
  /** Requirements documents lately sent, serialized, by account version. */
  readonly documentCache: DocumentResponseCache;
  /** Accounts as last read or written here, for writes and builds that check the version in the store. */
  readonly recentAccounts: RecentAccounts;
  /** An account's version, coalescing concurrent reads. */
  readonly readAccountVersion: AccountVersionReader;
  /** Compare-and-set account writes outside a transaction, coalescing concurrent ones. */
  readonly writeAccountIfUnchanged: AccountWriter;
  /** How long a new account session lasts. */
  readonly sessionLifetimeSeconds: number;
  /** The largest JSON body a route reads, in bytes. */
  readonly jsonBodyLimitBytes: number;
  readonly rateLimits: { readonly platform: RateLimiter; readonly session: RateLimiter };
  /**
   * The address of the client that sent `request`, for the ToS acceptance
   * record; `null` when the host does not say.
   */
  readonly clientAddress: (request: Request, bindings: unknown) => string | null;
}

/** What every route of the session server finds on its Hono context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    store: Store;
    services: ServerServices;
  };
}

/** Routes behind platform authentication also know the platform calling them. */
export interface PlatformEnv {
  Variables: AppEnv['Variables'] & {
    platform: Platform;
  };
}

/** Routes of the embedded API know the account session calling them. */
export interface EmbeddedEnv {
  Variables: AppEnv['Variables'] & {
    session: AuthenticatedSession;
  };
}
