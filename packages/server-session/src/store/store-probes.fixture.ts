// Test support, not shipped (tsconfig.build.json leaves out *.fixture.ts): ways
// for tests to look into a store: the statements run through an executor, bare
// rows for the planner to count, and the change counters of its statistics.
import type { SqlExecutor } from './store.js';

export interface CountedExecutor {
  readonly executor: SqlExecutor;
  /** Statements run through `executor` so far. */
  statements(): number;
}

export function countStatements(db: SqlExecutor): CountedExecutor {
  let statements = 0;
  return {
    executor: {
      query: (text, parameters) => {
        statements += 1;
        return db.query(text, parameters);
      },
      execute: (script) => {
        statements += 1;
        return db.execute(script);
      },
    },
    statements: () => statements,
  };
}

/**
 * Stores a platform `plat_<name>` and `count` accounts `acct_<name>1…` with an
 * empty state, straight through SQL: rows for the planner to count, not
 * accounts a route could serve.
 */
export async function insertBareAccounts(db: SqlExecutor, name: string, count: number): Promise<void> {
  await db.query(
    `INSERT INTO platforms (id, name, secret_key_hash, secret_key_prefix, secret_key_last4, allowed_origins)
     VALUES ($1, $2, encode(sha256(convert_to($1, 'UTF8')), 'hex'), 'sk_test_', 'abcd', '{}')`,
    [`plat_${name}`, name],
  );
  await db.query(
    `INSERT INTO accounts (id, platform_id, state, created_at)
     SELECT $1 || g, $2, '{}'::jsonb, now() FROM generate_series(1, $3::int) g`,
    [`acct_${name}`, `plat_${name}`, count],
  );
}

/** Rows of `accounts` changed since its last statistics, as the statistics views show them now. */
export async function accountChangesSinceAnalyze(db: SqlExecutor): Promise<number | undefined> {
  const { rows } = await db.query<{ changed: number }>(
    "SELECT n_mod_since_analyze::float8 AS changed FROM pg_stat_user_tables WHERE relid = 'accounts'::regclass",
  );
  return rows[0]?.changed;
}
