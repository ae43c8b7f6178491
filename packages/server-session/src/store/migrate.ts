import type { Migration } from './migration.js';
import type { SqlExecutor } from './store.js';

/**
 * Key of the PostgreSQL advisory lock held while migrating. Any fixed number
 * works as long as every OnboardKit process uses the same one; this is
 * "OnbKit" in ASCII, unlikely to collide with another application's lock.
 */
export const migrationLockKey = 0x4f6e624b6974;

/** Something that can run work in a transaction: a store, or the engine inside one while it opens. */
export interface TransactionRunner {
  transaction<Result>(work: (transaction: SqlExecutor) => Promise<Result>): Promise<Result>;
}

/**
 * Applies the migrations this database has not seen, in one transaction, and
 * returns the versions it applied (none when already up to date).
 *
 * Two processes starting together against one PostgreSQL would otherwise both
 * see "not applied" and both run the same DDL; the transaction-scoped advisory
 * lock makes the second wait, and then it finds nothing left to do. The lock is
 * released by COMMIT or ROLLBACK, so a crash cannot leave it held.
 */
export async function applyMigrations(
  runner: TransactionRunner,
  migrationList: readonly Migration[],
): Promise<number[]> {
  assertOrdered(migrationList);
  return runner.transaction(async (transaction) => {
    await transaction.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await transaction.execute(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    const { rows } = await transaction.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const appliedNow: number[] = [];
    for (const migration of migrationList) {
      if (applied.has(migration.version)) continue;
      await transaction.execute(migration.sql);
      await transaction.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      appliedNow.push(migration.version);
    }
    return appliedNow;
  });
}

/** Throws unless versions run 1, 2, 3… with no gap or repeat: a mistake here must not reach a database. */
export function assertOrdered(migrationList: readonly Migration[]): void {
  migrationList.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}: ` +
          'versions must run 1, 2, 3… in list order.',
      );
    }
  });
}
