import type { SqlExecutor } from './store.js';

/**
 * Gathers planner statistics (ANALYZE) for this schema's tables that changed
 * enough since they were last gathered, by autovacuum's default rule: more
 * than 50 rows plus 10% of the table. PostgreSQL's autovacuum does this on
 * its own; PGlite has no autovacuum, so without this an embedded store keeps
 * the planner's defaults forever, and those take `deleted_at IS NULL` to
 * match 0.5% of accounts, when it matches nearly all, and choose plans that
 * read every account. Returns the tables analyzed.
 */
export async function refreshPlannerStatistics(db: SqlExecutor): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT format('%I.%I', s.schemaname, s.relname) AS name
       FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
      WHERE s.schemaname = current_schema()
        AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
      ORDER BY s.relname`,
  );
  // One table at a time: each ANALYZE is short, and other work can run between them.
  for (const { name } of rows) await db.execute(`ANALYZE ${name}`);
  return rows.map((row) => row.name);
}
