import { accountUpdatedEvent, type NewEvent } from '../events/account-updated.js';
import { deleteAccountEvents, eventRowsJson, insertEvent } from '../events/event-store.js';
import type { AccountState } from '../requirements/account-state.js';
import { type PageCursor, pageBySequence } from '../store/sequence-page.js';
import type { SqlExecutor } from '../store/store.js';
import { queueDeliveriesSql } from '../webhooks/queue-deliveries.js';
import type { Metadata } from './metadata.js';
import { nextClockChangeAt } from './next-clock-change.js';

/** A connected account as the store keeps it. */
export interface AccountRecord {
  readonly id: string;
  readonly platformId: string;
  /** The requirements engine's view of the account; sensitive values appear only as masks. */
  readonly state: AccountState;
  readonly email: string | null;
  readonly metadata: Metadata;
  /** Bumped by every write: caches and compare-and-set writes key on it. */
  readonly version: number;
  /**
   * Bumped by writes of the account's details (submissions, prefill), not by
   * settled verifications or test helpers: the `version` a requirements
   * document shows and a submission is checked against, so a review that ends
   * while a form is open does not turn the form stale.
   */
  readonly detailsVersion: number;
  readonly created: Date;
}

interface AccountRow {
  id: string;
  platform_id: string;
  state: AccountState;
  email: string | null;
  metadata: Metadata;
  version: number;
  details_version: number;
  created_at: Date;
}

const accountColumns = 'id, platform_id, state, email, metadata, version, details_version, created_at';

function toRecord(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    platformId: row.platform_id,
    // The store wrote this document from an AccountState and nothing else writes it.
    state: row.state,
    email: row.email,
    metadata: row.metadata,
    version: row.version,
    detailsVersion: row.details_version,
    created: row.created_at,
  };
}

export interface NewAccountRecord {
  platformId: string;
  state: AccountState;
  email: string | null;
  metadata: Metadata;
  created: Date;
}

export async function insertAccount(db: SqlExecutor, account: NewAccountRecord): Promise<AccountRecord> {
  const { rows } = await db.query<AccountRow>(
    `INSERT INTO accounts (id, platform_id, state, email, metadata, created_at, next_clock_change_at)
     VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6, $7)
     RETURNING ${accountColumns}`,
    [
      account.state.id,
      account.platformId,
      JSON.stringify(account.state),
      account.email,
      JSON.stringify(account.metadata),
      account.created,
      nextClockChangeAt(account.state, account.created),
    ],
  );
  return toRecord(singleRow(rows));
}

/**
 * The account `id` of `platformId`, or `null` when it does not exist, was
 * deleted, or belongs to another platform: callers answer 404 for all three,
 * so a platform cannot even learn that another's account exists.
 */
export async function findAccount(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<AccountRecord | null> {
  const { rows } = await db.query<AccountRow>(
    `SELECT ${accountColumns} FROM accounts
      WHERE id = $1 AND platform_id = $2 AND deleted_at IS NULL`,
    [id, platformId],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/**
 * The version of each account `id` of `platformId`, in order, `null` where
 * {@link findAccount} would find nothing: enough to tell whether a document
 * built from an earlier read is still the account's, without reading its
 * state. One statement, however many keys.
 */
export async function findAccountVersions(
  db: SqlExecutor,
  keys: ReadonlyArray<{ readonly platformId: string; readonly id: string }>,
): Promise<Array<number | null>> {
  // Deletion is checked here rather than in the WHERE: `deleted_at IS NULL` there lets the planner
  // pair the primary key with the partial listing index, which, before statistics exist (PGlite
  // never gathers them on its own), it takes for selective and then reads whole: 4 ms instead of
  // 0.2 for 50 keys among 100,000 accounts.
  const { rows } = await db.query<{ id: string; platform_id: string; version: number; live: boolean }>(
    'SELECT id, platform_id, version, deleted_at IS NULL AS live FROM accounts WHERE id = ANY($1::text[])',
    [keys.map((key) => key.id)],
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map(({ platformId, id }) => {
    const row = found.get(id);
    // Another platform's account, or an erased one, is as absent as an unknown one.
    return row?.live === true && row.platform_id === platformId ? row.version : null;
  });
}

/**
 * Like {@link findAccount}, and locks the row until the transaction ends, so
 * two writes to one account run one after the other instead of losing one.
 */
export async function lockAccount(
  transaction: SqlExecutor,
  platformId: string,
  id: string,
): Promise<AccountRecord | null> {
  const { rows } = await transaction.query<AccountRow>(
    `SELECT ${accountColumns} FROM accounts
      WHERE id = $1 AND platform_id = $2 AND deleted_at IS NULL
      FOR UPDATE`,
    [id, platformId],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export interface AccountChanges {
  state: AccountState;
  email: string | null;
  metadata: Metadata;
  /** When the background job should next settle a verification of this account (`null`: none pending). */
  nextVerificationAt: Date | null;
  /** Whether this write changes the account's details, and so its `detailsVersion`. */
  detailsChanged: boolean;
}

/**
 * Writes an account locked by {@link lockAccount} (as `current`) and bumps
 * its version; stores its `account.updated` event, as of `now`, when the
 * platform's view of it changed.
 */
export async function updateAccount(
  transaction: SqlExecutor,
  current: AccountRecord,
  changes: AccountChanges,
  now: Date,
): Promise<AccountRecord> {
  const { rows } = await transaction.query<AccountRow>(
    `UPDATE accounts
        SET state = $2::jsonb, email = $3, metadata = $4::jsonb, next_verification_at = $5,
            next_clock_change_at = $6,
            version = version + 1${changes.detailsChanged ? ', details_version = details_version + 1' : ''}
      WHERE id = $1 AND deleted_at IS NULL
      RETURNING ${accountColumns}`,
    [
      current.id,
      JSON.stringify(changes.state),
      changes.email,
      JSON.stringify(changes.metadata),
      changes.nextVerificationAt,
      nextClockChangeAt(changes.state, now),
    ],
  );
  const updated = toRecord(singleRow(rows));
  const event = accountUpdatedEvent(current, updated, now);
  if (event) await insertEvent(transaction, event);
  return updated;
}

/** Who writes: an embedded session, whose liveness the store decides, or the platform (`null`). */
export interface WritingSession {
  readonly sessionId: string | null;
  readonly now: Date;
}

/**
 * Writes an account read as `current` and bumps its version, only if it is
 * still at that version and, for a session's write, that session is still live
 * at `now`: a compare-and-set that needs no row lock held across the work
 * between the read and this write. `null` when either no longer holds (read
 * again to tell which); one statement, so all of it happens or none.
 */
export async function updateAccountIfUnchanged(
  db: SqlExecutor,
  current: AccountRecord,
  writer: WritingSession,
  changes: AccountChanges,
): Promise<AccountRecord | null> {
  const [updated] = await updateAccountsIfUnchanged(db, [{ current, writer, changes }]);
  return updated ?? null;
}

/** One compare-and-set write of {@link updateAccountIfUnchanged}. */
export interface AccountUpdate {
  readonly current: AccountRecord;
  readonly writer: WritingSession;
  readonly changes: AccountChanges;
}

/**
 * {@link updateAccountIfUnchanged} for several accounts in one statement:
 * one result per update, in order, each written or not on its own version
 * and session. Each account may appear once: with two updates to one row,
 * PostgreSQL applies one and does not say which. The `account.updated`
 * events of the writes that change the platform's view go in the same
 * statement, stored (and queued for webhooks) only for the rows it wrote.
 */
export async function updateAccountsIfUnchanged(
  db: SqlExecutor,
  updates: readonly AccountUpdate[],
): Promise<Array<AccountRecord | null>> {
  if (new Set(updates.map((update) => update.current.id)).size !== updates.length) {
    throw new Error('updateAccountsIfUnchanged takes each account once.');
  }
  const statesJson = updates.map(({ changes }) => JSON.stringify(changes.state));
  // An embedded submission leaves email and metadata as they are; the platform's prefill may change them.
  const contactChanged = updates.map(
    ({ current, changes }) => changes.email !== current.email || changes.metadata !== current.metadata,
  );
  // Built as text so each state, already serialized above, is not serialized again inside the list.
  const list = `[${updates
    .map(({ current, writer, changes }, index) => {
      const contact = contactChanged[index]
        ? `,"email":${JSON.stringify(changes.email)},"metadata":${JSON.stringify(changes.metadata)}`
        : '';
      return (
        `{"id":${JSON.stringify(current.id)},"version":${current.version},"state":${statesJson[index]},` +
        `"next_verification_at":${JSON.stringify(changes.nextVerificationAt)},` +
        `"next_clock_change_at":${JSON.stringify(nextClockChangeAt(changes.state, writer.now))},` +
        `"details_step":${changes.detailsChanged ? 1 : 0},"contact_changed":${contactChanged[index]}${contact},` +
        `"session_id":${JSON.stringify(writer.sessionId)},"now":${JSON.stringify(writer.now)}}`
      );
    })
    .join(',')}]`;
  const events = updates
    .map(({ current, writer, changes }) => accountUpdatedEvent(current, changes, writer.now))
    .filter((event): event is NewEvent => event !== null);
  const { rows } = await db.query<{ id: string; version: number; details_version: number }>(
    `WITH written AS (
     UPDATE accounts a
        SET state = n.state, next_verification_at = n.next_verification_at,
            next_clock_change_at = n.next_clock_change_at, version = a.version + 1,
            details_version = a.details_version + n.details_step,
            email = CASE WHEN n.contact_changed THEN n.email ELSE a.email END,
            metadata = CASE WHEN n.contact_changed THEN n.metadata ELSE a.metadata END
       FROM jsonb_to_recordset($1::jsonb) AS n(id text, version integer, state jsonb,
            next_verification_at timestamptz, next_clock_change_at timestamptz, details_step integer, contact_changed boolean, email text,
            metadata jsonb, session_id text, now timestamptz)
      WHERE a.id = n.id AND a.version = n.version AND a.deleted_at IS NULL
        AND (n.session_id IS NULL OR EXISTS (
              SELECT 1 FROM account_sessions s
               WHERE s.id = n.session_id AND s.revoked_at IS NULL AND s.expires_at > n.now))
      RETURNING a.id, a.version, a.details_version
    ), logged AS (
     INSERT INTO events (id, platform_id, account_id, type, data, created_at)
     SELECT e.id, e.platform_id, e.account_id, e.type, e.data, e.created_at
       FROM json_to_recordset($2::json) AS e(id text, platform_id text, account_id text, type text,
            data json, created_at timestamptz)
       JOIN written w ON w.id = e.account_id
     RETURNING id, platform_id, type, created_at
    ), queued AS (
     ${queueDeliveriesSql('logged')}
    )
    SELECT id, version, details_version FROM written`,
    [list, eventRowsJson(events)],
  );
  const written = new Map(rows.map((row) => [row.id, row]));
  // Each row now holds exactly what was sent: returning the whole of it would have the store render
  // the state back to JSON and this process parse it. Parsed from the text sent, not reused as an
  // object, the record holds what the store does (no `undefined` member, no shared reference).
  return updates.map(({ current, changes }, index) => {
    const row = written.get(current.id);
    if (!row) return null;
    return {
      ...current,
      state: JSON.parse(statesJson[index] as string) as AccountState,
      email: changes.email,
      metadata: contactChanged[index]
        ? (JSON.parse(JSON.stringify(changes.metadata)) as Metadata)
        : current.metadata,
      version: row.version,
      detailsVersion: row.details_version,
    };
  });
}

export interface AccountPage {
  accounts: AccountRecord[];
  hasMore: boolean;
}

/**
 * A page of the platform's live accounts, newest first, as Stripe lists: the
 * `limit` after `startingAfter` (older ones), or the `limit` just before
 * `endingBefore` (newer ones, still newest first), or the newest. `null` when
 * the cursor names no account of the platform. A deleted account still marks
 * its place, so paging survives a deletion mid-way.
 */
export async function listAccounts(
  db: SqlExecutor,
  platformId: string,
  cursor: PageCursor,
): Promise<AccountPage | null> {
  const page = await pageBySequence<AccountRow>(
    db,
    {
      table: 'accounts',
      columns: accountColumns,
      platformId,
      filter: { sql: 'deleted_at IS NULL', parameters: [] },
    },
    cursor,
  );
  return page && { accounts: page.rows.map(toRecord), hasMore: page.hasMore };
}

/**
 * Erases an account: its state, email and metadata go, and with them (in the
 * same transaction) its sensitive values, files and sessions. A tombstone
 * with the id remains, so the id is never handed out again and a page cursor
 * pointing at it still works. Returns `false` when there was nothing to erase.
 */
export async function eraseAccount(
  transaction: SqlExecutor,
  platformId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await transaction.query(
    `UPDATE accounts
        SET state = NULL, email = NULL, metadata = '{}'::jsonb, next_verification_at = NULL,
            next_clock_change_at = NULL, deleted_at = $3, version = version + 1
      WHERE id = $1 AND platform_id = $2 AND deleted_at IS NULL`,
    [id, platformId, now],
  );
  if (rowCount === 0) return false;
  await transaction.query('DELETE FROM sensitive_values WHERE account_id = $1', [id]);
  await transaction.query('DELETE FROM files WHERE account_id = $1', [id]);
  await transaction.query('DELETE FROM account_sessions WHERE account_id = $1', [id]);
  await deleteAccountEvents(transaction, id);
  return true;
}

function singleRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  // A RETURNING clause on a one-row write always yields one row; anything else is a bug here.
  if (!row) throw new Error('Expected the statement to return one row, got none.');
  return row;
}

/**
 * Locks an account for the background job, whatever its platform; `null`
 * when it is gone or another process holds it (that process is settling it).
 */
export async function lockAccountForJob(transaction: SqlExecutor, id: string): Promise<AccountRecord | null> {
  const { rows } = await transaction.query<AccountRow>(
    `SELECT ${accountColumns} FROM accounts
      WHERE id = $1 AND deleted_at IS NULL
      FOR UPDATE SKIP LOCKED`,
    [id],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}
