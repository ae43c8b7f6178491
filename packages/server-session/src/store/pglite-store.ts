import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { guardedStore } from './guarded-store.js';
import { applyMigrations } from './migrate.js';
import type { Migration } from './migration.js';
import { migrations } from './migrations.js';
import { int8TypeId, parseInt8 } from './parse-int8.js';
import { initdbDataDirInChildProcess, initdbInChildProcess } from './pglite-initdb-process.js';
import { createPreparedExecutor } from './pglite-prepared-statements.js';
import type { QueryResult, SqlExecutor, SqlValue, Store } from './store.js';
import { StoreError } from './store-error.js';

export interface PgliteStoreOptions {
  /**
   * Directory for the database files (under `pglite/`) and the lock file, or
   * `null` for a database in memory that disappears on close.
   */
  dataDir: string | null;
  /** Migrations to apply at open; the package's own list by default. */
  migrations?: readonly Migration[];
  /**
   * A dump of a freshly initialised database (PGlite's `dumpDataDir`) to start
   * from instead of running initdb, which is most of the seconds an open takes.
   * Only for a new database; tests use it to open one per file quickly.
   */
  initialDataDir?: Blob;
  /**
   * For a new database (in memory without `initialDataDir`, or a data
   * directory not initialised yet): run initdb in a short-lived child process
   * (default), which leaves this process ≈300 MB smaller in memory and
   * ≈500 MB smaller at its peak on disk; `false` runs it in this process.
   */
  initdbInChild?: boolean;
}

/**
 * Settings of the embedded PostgreSQL. Its shared buffers are memory the
 * process touches at start, and PostgreSQL's default of 128 MB is sized for a
 * server with a machine to itself: 16 MB keeps an embedded store's working set
 * (the accounts and sessions in use) and saves ≈100 MB of the process's RSS.
 * Prepared statements (see pglite-prepared-statements.ts) are planned for
 * their parameters on each run: a plan kept from when a table was small would
 * scan it whole once it is large. Statistics come only from the server's
 * periodic ANALYZE (see refreshPlannerStatistics): PGlite has no autovacuum.
 * Nor has it a checkpointer: the server checkpoints (see checkpointIfWalGrew),
 * and the WAL sizes make PostgreSQL keep two 16 MB segments after each
 * checkpoint, not the five to sixty-four its defaults would.
 */
const embeddedSettings = [
  'shared_buffers=16MB',
  'plan_cache_mode=force_custom_plan',
  'min_wal_size=32MB',
  'max_wal_size=32MB',
];

/**
 * Opens the embedded store: PostgreSQL compiled to WebAssembly, running in this
 * process, so there is no database server to install. Applies migrations
 * before resolving. Opening takes a few seconds (much less for an existing
 * data directory), so open once per process.
 */
export async function openPgliteStore(options: PgliteStoreOptions): Promise<Store> {
  let lock: DataDirLock | undefined;
  let database: PGlite | undefined;
  try {
    if (options.dataDir !== null) {
      await mkdir(options.dataDir, { recursive: true });
      lock = await acquireDataDirLock(options.dataDir);
      if (options.initdbInChild !== false) await initdbOnDiskInChild(join(options.dataDir, 'pglite'));
    }
    const initialDataDir =
      options.initialDataDir ??
      (options.dataDir === null && options.initdbInChild !== false
        ? await initdbInChildProcess()
        : undefined);
    database = await PGlite.create({
      ...(options.dataDir === null ? {} : { dataDir: join(options.dataDir, 'pglite') }),
      // Without a dump (the child could not run), PGlite runs initdb here as before.
      ...(initialDataDir === undefined ? {} : { loadDataDir: initialDataDir }),
      parsers: { [int8TypeId]: parseInt8 },
      // On top of PGlite's own start parameters, not instead of them; options given on the
      // command line also leave postgresql.conf alone (PGlite's `postgresqlconf` rewrites it).
      startParams: [...PGlite.defaultStartParams, ...embeddedSettings.flatMap((setting) => ['-c', setting])],
    });
    // Migrations change tables that prepared statements would describe: they run unprepared, and first.
    await applyMigrations(
      createPgliteStore(database, lock, { prepared: false }),
      options.migrations ?? migrations,
    ).catch((error: unknown) => {
      throw new StoreError('migration_failed', `Migrating the embedded store failed: ${messageOf(error)}`, {
        cause: error,
      });
    });
    return createPgliteStore(database, lock, { prepared: true });
  } catch (error) {
    await database?.close().catch(() => undefined);
    await lock?.release();
    throw error;
  }
}

/**
 * Initialises a data directory that has no database yet in a child process
 * (see initdbDataDirInChildProcess). If the child fails, whatever it left of
 * a directory that did not exist before goes, and PGlite runs initdb in this
 * process as before.
 */
async function initdbOnDiskInChild(pgliteDir: string): Promise<void> {
  if (existsSync(join(pgliteDir, 'PG_VERSION'))) return;
  const existed = existsSync(pgliteDir);
  if (!(await initdbDataDirInChildProcess(pgliteDir)) && !existed) {
    await rm(pgliteDir, { recursive: true, force: true });
  }
}

function createPgliteStore(
  database: PGlite,
  lock: DataDirLock | undefined,
  options: { prepared: boolean },
): Store {
  const plain = executorFor(database);
  const exclusive = createExclusiveLock();
  return guardedStore({
    engine: 'pglite',
    executor: options.prepared ? { ...plain, ...createPreparedExecutor(database, exclusive) } : plain,
    // Under the same lock as prepared statements, which PGlite's own transaction lock does not hold back.
    transaction: (work) =>
      exclusive(() => database.transaction((transaction) => work(executorFor(transaction)))),
    async close() {
      // PGlite queues close behind running queries, so work already started finishes first.
      await database.close();
      await lock?.release();
    },
  });
}

/**
 * Runs one piece of work at a time, in the order asked: a prepared
 * statement, or a whole transaction.
 */
function createExclusiveLock(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };
}

function executorFor(target: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row extends object>(text: string, parameters: readonly SqlValue[] = []) {
      const result = await target.query<Row>(text, [...parameters]);
      return {
        rows: result.rows,
        rowCount: result.affectedRows || result.rows.length,
      } satisfies QueryResult<Row>;
    },
    async execute(script) {
      await target.exec(script);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
