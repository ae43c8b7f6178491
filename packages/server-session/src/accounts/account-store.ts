import type { AccountState } from '../requirements/account-state.js';
import type { SqlExecutor } from '../store/store.js';
import type { Metadata } from './metadata.js';

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
    `INSERT INTO accounts (id, platform_id, state, email, metadata, created_at)
     VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6)
     RETURNING ${accountColumns}`,
    [
      account.state.id,
      account.platformId,
      JSON.stringify(account.state),
      account.email,
      JSON.stringify(account.metadata),
      account.created,
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
 * The version of the account `id` of `platformId`, or `null` when
 * {@link findAccount} would find nothing: enough to tell whether a document
 * built from an earlier read is still the account's, without reading its state.
 */
export async function findAccountVersion(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<number | null> {
  const { rows } = await db.query<{ version: number }>(
    'SELECT version FROM accounts WHERE id = $1 AND platform_id = $2 AND deleted_at IS NULL',
    [id, platformId],
  );
  return rows[0]?.version ?? null;
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

/** Writes an account locked by {@link lockAccount} and bumps its version. */
export async function updateAccount(
  transaction: SqlExecutor,
  id: string,
  changes: AccountChanges,
): Promise<AccountRecord> {
  const { rows } = await transaction.query<AccountRow>(
    `UPDATE accounts
        SET state = $2::jsonb, email = $3, metadata = $4::jsonb, next_verification_at = $5,
            version = version + 1${changes.detailsChanged ? ', details_version = details_version + 1' : ''}
      WHERE id = $1 AND deleted_at IS NULL
      RETURNING ${accountColumns}`,
    [
      id,
      JSON.stringify(changes.state),
      changes.email,
      JSON.stringify(changes.metadata),
      changes.nextVerificationAt,
    ],
  );
  return toRecord(singleRow(rows));
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
  // An embedded submission leaves email and metadata as they are: not rewriting them keeps the statement lean.
  const contactChanged = changes.email !== current.email || changes.metadata !== current.metadata;
  const stateJson = JSON.stringify(changes.state);
  const { rows } = await db.query<{ version: number; details_version: number }>(
    `UPDATE accounts
        SET state = $2::jsonb, next_verification_at = $3, version = version + 1
            ${changes.detailsChanged ? ', details_version = details_version + 1' : ''}
            ${contactChanged ? ', email = $7, metadata = $8::jsonb' : ''}
      WHERE id = $1 AND version = $4 AND deleted_at IS NULL
        AND ($5::text IS NULL OR EXISTS (
              SELECT 1 FROM account_sessions WHERE id = $5 AND revoked_at IS NULL AND expires_at > $6))
      RETURNING version, details_version`,
    [
      current.id,
      stateJson,
      changes.nextVerificationAt,
      current.version,
      writer.sessionId,
      writer.now,
      ...(contactChanged ? [changes.email, JSON.stringify(changes.metadata)] : []),
    ],
  );
  const [row] = rows;
  if (!row) return null;
  // The row now holds exactly what was sent: returning the whole of it would have the store render
  // the state back to JSON and this process parse it. Parsed from the text sent, not reused as an
  // object, the record holds what the store does (no `undefined` member, no shared reference).
  return {
    ...current,
    state: JSON.parse(stateJson) as AccountState,
    email: changes.email,
    metadata: contactChanged ? (JSON.parse(JSON.stringify(changes.metadata)) as Metadata) : current.metadata,
    version: row.version,
    detailsVersion: row.details_version,
  };
}

export interface AccountPage {
  accounts: AccountRecord[];
  hasMore: boolean;
}

/**
 * A page of a platform's accounts, newest first, as Stripe lists them.
 * `startingAfter` is the id of the last account of the previous page; `null`
 * when that account is not one of the platform's (the caller answers 400).
 */
export async function listAccounts(
  db: SqlExecutor,
  platformId: string,
  options: { limit: number; startingAfter?: string | undefined },
): Promise<AccountPage | null> {
  let before = Number.MAX_SAFE_INTEGER;
  if (options.startingAfter !== undefined) {
    // A deleted account still marks its place, so paging survives a deletion mid-way.
    const { rows } = await db.query<{ sequence: number }>(
      'SELECT sequence FROM accounts WHERE id = $1 AND platform_id = $2',
      [options.startingAfter, platformId],
    );
    if (!rows[0]) return null;
    before = rows[0].sequence;
  }
  // One more than asked, to know whether another page follows without a count.
  const { rows } = await db.query<AccountRow>(
    `SELECT ${accountColumns} FROM accounts
      WHERE platform_id = $1 AND deleted_at IS NULL AND sequence < $2
      ORDER BY sequence DESC
      LIMIT $3`,
    [platformId, before, options.limit + 1],
  );
  return { accounts: rows.slice(0, options.limit).map(toRecord), hasMore: rows.length > options.limit };
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
            deleted_at = $3, version = version + 1
      WHERE id = $1 AND platform_id = $2 AND deleted_at IS NULL`,
    [id, platformId, now],
  );
  if (rowCount === 0) return false;
  await transaction.query('DELETE FROM sensitive_values WHERE account_id = $1', [id]);
  await transaction.query('DELETE FROM files WHERE account_id = $1', [id]);
  await transaction.query('DELETE FROM account_sessions WHERE account_id = $1', [id]);
  return true;
}

function singleRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  // A RETURNING clause on a one-row write always yields one row; anything else is a bug here.
  if (!row) throw new Error('Expected the statement to return one row, got none.');
  return row;
}

/**
 * Ids of accounts with a verification review over at `now`, oldest first:
 * the background job's work list, read from the store so that it survives a
 * restart and is shared by every server process.
 */
export async function findAccountsWithDueVerifications(
  db: SqlExecutor,
  now: Date,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM accounts
      WHERE next_verification_at <= $1 AND deleted_at IS NULL
      ORDER BY next_verification_at
      LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => row.id);
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

/** Sets when the background job next looks at an account, without touching its state or version. */
export async function rescheduleVerifications(
  transaction: SqlExecutor,
  id: string,
  nextVerificationAt: Date | null,
): Promise<void> {
  await transaction.query(
    'UPDATE accounts SET next_verification_at = $2 WHERE id = $1 AND deleted_at IS NULL',
    [id, nextVerificationAt],
  );
}
