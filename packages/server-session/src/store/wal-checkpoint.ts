import type { SqlExecutor } from './store.js';

/**
 * Checkpoints when the write-ahead log written since the last checkpoint has
 * reached `thresholdBytes`, and returns how much that was; `null` when it had
 * not. PGlite runs PostgreSQL in single-user mode, which has no checkpointer:
 * nothing checkpoints between open and close, and PostgreSQL keeps every WAL
 * segment since the last checkpoint. Without this, an embedded store's WAL
 * grows with every write for as long as the server runs, as files on disk or,
 * in memory, as memory the process never gets back (measured: 273 MB of WAL
 * beside 246 MB of table data). After a checkpoint PostgreSQL recycles the
 * segments it no longer needs, keeping `min_wal_size` (see pglite-store.ts).
 * On PostgreSQL the server's own checkpointer does this; do not call it there.
 */
export async function checkpointIfWalGrew(db: SqlExecutor, thresholdBytes: number): Promise<number | null> {
  const bytes = await walWrittenSinceCheckpoint(db);
  if (bytes < thresholdBytes) return null;
  await db.execute('CHECKPOINT');
  return bytes;
}

/** Bytes of write-ahead log written since the last checkpoint began. */
export async function walWrittenSinceCheckpoint(db: SqlExecutor): Promise<number> {
  const { rows } = await db.query<{ bytes: number }>(
    'SELECT (pg_current_wal_lsn() - redo_lsn)::float8 AS bytes FROM pg_control_checkpoint()',
  );
  return rows[0]?.bytes ?? 0;
}
