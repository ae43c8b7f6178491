// Test support, not shipped: a store's executor that counts the statements run
// through it, for tests that check concurrent requests share statements.
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
