import { deleteOlderThan } from '../store/delete-older-than.js';
import { type PageCursor, pageBySequence } from '../store/sequence-page.js';
import type { SqlExecutor } from '../store/store.js';
import { queueDeliveriesSql } from '../webhooks/queue-deliveries.js';
import type { NewEvent } from './account-updated.js';

/** An event as the store keeps it. */
export interface EventRecord {
  readonly id: string;
  readonly accountId: string;
  readonly type: NewEvent['type'];
  readonly data: { object: unknown; previous_attributes: Record<string, unknown> };
  readonly created: Date;
}

interface EventRow {
  id: string;
  account_id: string;
  type: NewEvent['type'];
  data: EventRecord['data'];
  created_at: Date;
}

const eventColumns = 'id, account_id, type, data, created_at';

function toRecord(row: EventRow): EventRecord {
  return { id: row.id, accountId: row.account_id, type: row.type, data: row.data, created: row.created_at };
}

/** Events are kept 30 days, as Stripe keeps them; `purgeOldEvents` deletes the older ones. */
export const eventRetentionMs = 30 * 86_400_000;

/**
 * Stores `event` and queues it for the platform's webhook endpoints; call it
 * in the transaction of the change it tells of.
 */
export async function insertEvent(db: SqlExecutor, event: NewEvent): Promise<void> {
  await db.query(
    `WITH logged AS (
       INSERT INTO events (id, platform_id, account_id, type, data, created_at)
       VALUES ($1, $2, $3, $4, $5::json, $6)
       RETURNING id, platform_id, type, created_at
     )
     ${queueDeliveriesSql('logged')}`,
    [event.id, event.platformId, event.accountId, event.type, event.dataJson, event.created],
  );
}

/**
 * The rows of `events` as one JSON parameter, for a statement that stores
 * them beside the writes they tell of (`json_to_recordset`, columns
 * `id, platform_id, account_id, type, data, created_at`; `json`, not
 * `jsonb`, which would reorder the keys of `data`).
 */
export function eventRowsJson(events: readonly NewEvent[]): string {
  return `[${events
    .map(
      (event) =>
        `{"id":${JSON.stringify(event.id)},"platform_id":${JSON.stringify(event.platformId)},` +
        `"account_id":${JSON.stringify(event.accountId)},"type":${JSON.stringify(event.type)},` +
        `"data":${event.dataJson},"created_at":${JSON.stringify(event.created)}}`,
    )
    .join(',')}]`;
}

export async function findEvent(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<EventRecord | null> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${eventColumns} FROM events WHERE id = $1 AND platform_id = $2`,
    [id, platformId],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export interface EventPage {
  events: EventRecord[];
  hasMore: boolean;
}

/**
 * A page of the platform's events, newest first, as `listAccounts` pages:
 * the `limit` after `startingAfter` (older), or just before `endingBefore`
 * (newer, still newest first), or the newest; of one account when
 * `accountId` is given. `null` when the cursor names no event of the platform.
 */
export async function listEvents(
  db: SqlExecutor,
  platformId: string,
  options: PageCursor & { accountId?: string | undefined },
): Promise<EventPage | null> {
  const page = await pageBySequence<EventRow>(
    db,
    {
      table: 'events',
      columns: eventColumns,
      platformId,
      ...(options.accountId === undefined
        ? {}
        : { filter: { sql: 'account_id = $2', parameters: [options.accountId] } }),
    },
    options,
  );
  return page && { events: page.rows.map(toRecord), hasMore: page.hasMore };
}

/** Deletes an account's events: they hold its email and metadata, which erasure removes. */
export async function deleteAccountEvents(transaction: SqlExecutor, accountId: string): Promise<void> {
  await transaction.query('DELETE FROM events WHERE account_id = $1', [accountId]);
}

/**
 * Deletes events older than the retention at `now`, `batchSize` per
 * statement, so no statement holds many rows locked; returns how many went.
 */
export async function purgeOldEvents(db: SqlExecutor, now: Date, batchSize = 5_000): Promise<number> {
  const cutoff = new Date(now.getTime() - eventRetentionMs);
  return deleteOlderThan(db, { table: 'events', column: 'created_at', cutoff, batchSize });
}
