import type { SqlExecutor } from '../store/store.js';

/**
 * When the background jobs next look at an account, one column each:
 * `next_verification_at`, the end of its earliest pending verification
 * review; `next_clock_change_at`, when the clock alone next changes what the
 * platform sees of it. Kept in the store, so the jobs find their work after
 * a restart and every server process shares it.
 */
export type AccountSchedule = 'next_verification_at' | 'next_clock_change_at';

/** Ids of live accounts whose `schedule` has come by `now`, earliest first: a job's work list. */
export async function findAccountsDue(
  db: SqlExecutor,
  schedule: AccountSchedule,
  now: Date,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM accounts
      WHERE ${schedule} <= $1 AND deleted_at IS NULL
      ORDER BY ${schedule}
      LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

/** An account's `schedule`; read under the job's row lock, since a write may have moved it. */
export async function scheduledAt(
  transaction: SqlExecutor,
  schedule: AccountSchedule,
  id: string,
): Promise<Date | null> {
  const { rows } = await transaction.query<{ at: Date | null }>(
    `SELECT ${schedule} AS at FROM accounts WHERE id = $1`,
    [id],
  );
  return rows[0]?.at ?? null;
}

/** Sets an account's `schedule`, without touching its state or version. */
export async function reschedule(
  transaction: SqlExecutor,
  schedule: AccountSchedule,
  id: string,
  at: Date | null,
): Promise<void> {
  await transaction.query(`UPDATE accounts SET ${schedule} = $2 WHERE id = $1 AND deleted_at IS NULL`, [
    id,
    at,
  ]);
}
