import pg from 'pg';
import type { Logger } from '../logger.js';
import { redactDatabaseUrl } from './database-url.js';
import { guardedStore } from './guarded-store.js';
import { applyMigrations } from './migrate.js';
import type { Migration } from './migration.js';
import { migrations } from './migrations.js';
import { int8TypeId, parseInt8 } from './parse-int8.js';
import type { QueryResult, SqlExecutor, SqlValue, Store } from './store.js';
import { StoreError } from './store-error.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`. */
  url: string;
  /**
   * Schema to work in, set as `search_path` on every pooled connection. Must
   * already exist. Lets tests and several deployments share one database.
   */
  schema?: string;
  /** Pool size; 10 by default, as node-postgres chooses. */
  maxConnections?: number;
  /** Receives errors of idle pooled connections (a restarted server, say). */
  logger?: Logger;
  /** Migrations to apply at open; the package's own list by default. */
  migrations?: readonly Migration[];
}

const schemaNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Opens the store on a PostgreSQL server through a connection pool and applies
 * migrations before resolving. Many session-server processes can share one
 * database: migrations take an advisory lock, and no state lives in a process.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  if (options.schema !== undefined && !schemaNamePattern.test(options.schema)) {
    throw new Error(`Schema name "${options.schema}" must match ${schemaNamePattern}.`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // The same bigint handling as the embedded engine, so code behaves the same on both.
    types: {
      getTypeParser: ((typeId: number, format?: 'text' | 'binary') =>
        typeId === int8TypeId
          ? parseInt8
          : pg.types.getTypeParser(typeId, format)) as typeof pg.types.getTypeParser,
    },
    ...(options.schema === undefined ? {} : { options: `-c search_path="${options.schema}"` }),
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => options.logger?.warn('store.idle_connection_error', { error }));

  try {
    await pool.query('SELECT 1').catch((error: unknown) => {
      throw new StoreError(
        'connection_failed',
        `Could not connect to PostgreSQL at ${redactDatabaseUrl(options.url)}: ${messageOf(error)}`,
        { cause: error },
      );
    });
    const store = createPostgresStore(pool);
    await applyMigrations(store, options.migrations ?? migrations).catch((error: unknown) => {
      throw new StoreError('migration_failed', `Migrating the PostgreSQL store failed: ${messageOf(error)}`, {
        cause: error,
      });
    });
    return store;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

function createPostgresStore(pool: pg.Pool): Store {
  return guardedStore({
    engine: 'postgres',
    executor: executorFor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executorFor(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          // A connection that cannot roll back is in an unknown state: destroy it, don't reuse it.
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    // pool.end() waits for checked-out clients to be released, so running work finishes first.
    close: () => pool.end(),
  });
}

function executorFor(target: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<Row extends object>(text: string, parameters: readonly SqlValue[] = []) {
      const result = await target.query<Row>(text, [...parameters]);
      return {
        rows: result.rows,
        rowCount: result.rowCount ?? result.rows.length,
      } satisfies QueryResult<Row>;
    },
    async execute(script) {
      // Without parameters node-postgres uses the simple protocol, which accepts several statements.
      await target.query(script);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
