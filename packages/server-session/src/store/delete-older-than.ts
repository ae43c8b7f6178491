import type { SqlExecutor } from './store.js';

/**
 * Deletes the rows of `table` older than `cutoff` by `column`, `batchSize`
 * per statement, so that no statement holds many rows locked (`SKIP LOCKED`:
 * another process purging at once takes other rows); returns how many went.
 * `table` and `column` are the code's own, never a request's.
 */
export async function deleteOlderThan(
  db: SqlExecutor,
  { table, column, cutoff, batchSize }: { table: string; column: string; cutoff: Date; batchSize: number },
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await db.query(
      `DELETE FROM ${table} WHERE id IN (
         SELECT id FROM ${table} WHERE ${column} < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [cutoff, batchSize],
    );
    deleted += rowCount;
    if (rowCount < batchSize) return deleted;
  }
}
