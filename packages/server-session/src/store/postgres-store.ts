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
  /**
   * Run statements as named prepared statements, parsed once per connection
   * (default `true`). Turn off behind a pooler that hands a client a
   * different server connection per transaction without carrying prepared
   * statements across (PgBouncer in transaction mode before 1.21, or without
   * `max_prepared_statements`): there a named statement may be missing.
   */
  preparedStatements?: boolean | undefined;
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
    options: [
      // Statements are prepared (see createStatementNames) but planned for their parameters on each
      // run: a plan kept from when a table was small would scan it whole once it is large.
      '-c plan_cache_mode=force_custom_plan',
      ...(options.schema === undefined ? [] : [`-c search_path="${options.schema}"`]),
    ].join(' '),
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
    // Migrations change tables that prepared statements would describe: they run unprepared, and first.
    await applyMigrations(createPostgresStore(pool, null), options.migrations ?? migrations).catch(
      (error: unknown) => {
        throw new StoreError(
          'migration_failed',
          `Migrating the PostgreSQL store failed: ${messageOf(error)}`,
          {
            cause: error,
          },
        );
      },
    );
    return createPostgresStore(pool, options.preparedStatements === false ? null : createStatementNames());
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

function createPostgresStore(pool: pg.Pool, names: StatementNames | null): Store {
  return guardedStore({
    engine: 'postgres',
    executor: executorFor(pool, names),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executorFor(client, names));
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

/** The name a statement text is prepared under on every connection, or `undefined` to run it unprepared. */
type StatementNames = (text: string) => string | undefined;

/**
 * Names statements so node-postgres prepares each once per connection and
 * PostgreSQL keeps its plan, instead of parsing and planning it on every
 * run. The server's SQL is a fixed set; past `maxStatements` distinct texts
 * (a bug, or a caller building SQL), the rest run unprepared rather than
 * filling every connection with plans.
 */
function createStatementNames(maxStatements = 500): StatementNames {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (name === undefined && names.size < maxStatements) {
      name = `onboardkit_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
}

function executorFor(target: pg.Pool | pg.PoolClient, names: StatementNames | null): SqlExecutor {
  return {
    async query<Row extends object>(text: string, parameters: readonly SqlValue[] = []) {
      const name = names?.(text);
      const values = [...parameters];
      const result = await target.query<Row>(name === undefined ? { text, values } : { name, text, values });
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
