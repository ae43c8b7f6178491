import type { SqlExecutor, SqlValue } from './store.js';

/** Where a list page starts: after an object (older ones), before one (newer ones), or at the newest. */
export interface PageCursor {
  readonly limit: number;
  readonly startingAfter?: string | undefined;
  readonly endingBefore?: string | undefined;
}

/**
 * One page of a platform's rows of `table`, newest first by its `sequence`
 * column, as Stripe lists: the `limit` after `startingAfter`, or the `limit`
 * just before `endingBefore` (still newest first), or the newest. `filter`
 * narrows the rows (SQL over `$1` = the platform id and the `parameters`
 * after it). `null` when the cursor names no row of the platform: a row
 * the filter leaves out (an erased account) still marks its place.
 * `table`, `columns` and `filter` are the code's own, never a request's.
 */
export async function pageBySequence<Row extends object>(
  db: SqlExecutor,
  query: {
    table: string;
    columns: string;
    platformId: string;
    filter?: { sql: string; parameters: readonly SqlValue[] };
  },
  cursor: PageCursor,
): Promise<{ rows: Row[]; hasMore: boolean } | null> {
  const cursorId = cursor.endingBefore ?? cursor.startingAfter;
  let position: number | undefined;
  if (cursorId !== undefined) {
    const { rows } = await db.query<{ sequence: number }>(
      `SELECT sequence FROM ${query.table} WHERE id = $1 AND platform_id = $2`,
      [cursorId, query.platformId],
    );
    if (!rows[0]) return null;
    position = rows[0].sequence;
  }
  // Back toward newer rows, the nearest come first: read in ascending order, then turned round.
  const backward = cursor.endingBefore !== undefined;
  const [comparison, order] = backward ? ['>', 'ASC'] : ['<', 'DESC'];
  const extra = query.filter?.parameters ?? [];
  // One more than asked, to know whether another page follows without a count.
  const { rows } = await db.query<Row>(
    `SELECT ${query.columns} FROM ${query.table}
      WHERE platform_id = $1${query.filter ? ` AND ${query.filter.sql}` : ''}
        AND sequence ${comparison} $${extra.length + 2}
      ORDER BY sequence ${order}
      LIMIT $${extra.length + 3}`,
    [query.platformId, ...extra, position ?? Number.MAX_SAFE_INTEGER, cursor.limit + 1],
  );
  const page = rows.slice(0, cursor.limit);
  return { rows: backward ? page.reverse() : page, hasMore: rows.length > cursor.limit };
}
