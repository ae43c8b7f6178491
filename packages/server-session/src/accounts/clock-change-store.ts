import type { SqlExecutor } from '../store/store.js';

/**
 * Ids of accounts the clock has changed by `now` with no write since (their
 * `next_clock_change_at` has passed), earliest first: the background job's
 * work list, in the store so it survives a restart and every process shares it.
 */
export async function findAccountsWithClockChanges(
  db: SqlExecutor,
  now: Date,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM accounts
      WHERE next_clock_change_at <= $1 AND deleted_at IS NULL
      ORDER BY next_clock_change_at
      LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

/** The account's `next_clock_change_at`; read under the job's row lock, since a write may have moved it. */
export async function clockChangeOf(transaction: SqlExecutor, id: string): Promise<Date | null> {
  const { rows } = await transaction.query<{ next_clock_change_at: Date | null }>(
    'SELECT next_clock_change_at FROM accounts WHERE id = $1',
    [id],
  );
  return rows[0]?.next_clock_change_at ?? null;
}

/** Sets when the clock next changes an account, without touching its state or version. */
export async function rescheduleClockChange(
  transaction: SqlExecutor,
  id: string,
  at: Date | null,
): Promise<void> {
  await transaction.query(
    'UPDATE accounts SET next_clock_change_at = $2 WHERE id = $1 AND deleted_at IS NULL',
    [id, at],
  );
}
