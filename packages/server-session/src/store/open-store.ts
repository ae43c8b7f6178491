import type { Logger } from '../logger.js';
import { openPgliteStore } from './pglite-store.js';
import { openPostgresStore } from './postgres-store.js';
import type { Store } from './store.js';

/** Which store to open: what the configuration decides at boot. */
export type StoreConfig =
  | {
      readonly engine: 'pglite';
      /** Directory for the database, or `null` for a database in memory. */
      readonly dataDir: string | null;
    }
  | {
      readonly engine: 'postgres';
      readonly url: string;
      /** Schema to use instead of the connection's default `search_path`. */
      readonly schema?: string;
      /** See `PostgresStoreOptions.preparedStatements`; on by default. */
      readonly preparedStatements?: boolean;
    };

/**
 * Opens the store `config` names and applies pending migrations.
 *
 * @example
 * const store = await openStore({ engine: 'postgres', url: process.env.DATABASE_URL });
 * @see Store
 */
export function openStore(config: StoreConfig, options: { logger?: Logger } = {}): Promise<Store> {
  if (config.engine === 'pglite') return openPgliteStore({ dataDir: config.dataDir });
  return openPostgresStore({
    url: config.url,
    schema: config.schema,
    preparedStatements: config.preparedStatements,
    logger: options.logger,
  });
}
