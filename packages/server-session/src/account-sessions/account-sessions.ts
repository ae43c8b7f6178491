import { createObjectId } from '../random-token.js';
import { deleteOlderThan } from '../store/delete-older-than.js';
import { createStatementBatcher } from '../store/statement-batcher.js';
import type { SqlExecutor } from '../store/store.js';
import {
  clientSecretMatchesHash,
  clientSecretPattern,
  generateClientSecret,
  hashClientSecret,
} from './client-secret.js';
import { type Components, inComponentOrder } from './components.js';

/** A short-lived grant, to the browser, of one account and some components. */
export interface AccountSession {
  readonly id: string;
  readonly accountId: string;
  readonly platformId: string;
  readonly components: Components;
  readonly created: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

/** A session as the embedded API authenticates it: with the origins its platform registered, for CORS. */
export interface AuthenticatedSession extends AccountSession {
  readonly allowedOrigins: readonly string[];
}

interface AccountSessionRow {
  id: string;
  account_id: string;
  platform_id: string;
  components: Components;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const sessionColumns = 'id, account_id, platform_id, components, created_at, expires_at, revoked_at';

function toSession(row: AccountSessionRow): AccountSession {
  return {
    id: row.id,
    accountId: row.account_id,
    platformId: row.platform_id,
    components: inComponentOrder(row.components),
    created: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export interface NewAccountSession {
  platformId: string;
  accountId: string;
  components: Components;
  now: Date;
  lifetimeSeconds: number;
}

export interface CreatedAccountSession {
  session: AccountSession;
  clientSecret: string;
}

/**
 * Creates sessions and their client secrets in one statement: one result per
 * input, in order, `null` where the account is not a live account of the
 * input's platform (the caller answers 404). The account check and the
 * inserts are that one statement, so a session is never written for an
 * account being erased. Each secret is in the result and nowhere else: the
 * store keeps its SHA-256.
 */
export async function createAccountSessions(
  db: SqlExecutor,
  inputs: readonly NewAccountSession[],
): Promise<Array<CreatedAccountSession | null>> {
  const componentsJson = inputs.map((input) => JSON.stringify(input.components));
  const made = inputs.map((input, index) => {
    const created: CreatedAccountSession = {
      clientSecret: generateClientSecret(),
      session: {
        id: createObjectId('as'),
        accountId: input.accountId,
        platformId: input.platformId,
        // As the store holds it: parsed from the JSON written, not the caller's object.
        components: JSON.parse(componentsJson[index] as string) as Components,
        created: new Date(input.now.getTime()),
        expiresAt: new Date(input.now.getTime() + input.lifetimeSeconds * 1000),
        revokedAt: null,
      },
    };
    return created;
  });
  // Built as text so each session's components, serialized above, are not serialized again.
  const list = `[${made
    .map(
      ({ session, clientSecret }, index) =>
        `{"id":${JSON.stringify(session.id)},"account_id":${JSON.stringify(session.accountId)},` +
        `"platform_id":${JSON.stringify(session.platformId)},` +
        `"client_secret_hash":"${hashClientSecret(clientSecret)}","components":${componentsJson[index]},` +
        `"created_at":"${session.created.toISOString()}","expires_at":"${session.expiresAt.toISOString()}"}`,
    )
    .join(',')}]`;
  // The rows go as one JSON parameter, so one prepared statement serves every batch size; only the
  // ids come back (the rest is what was sent, and reading it back would have the store render it).
  // Each account is looked up by its primary key: OFFSET 0 keeps the planner from turning the lookups
  // into a join over all the platform's live accounts through the listing index, which it takes for
  // cheaper before statistics exist (PGlite never gathers them on its own): a batch of 50 among
  // 100,000 accounts took 70 ms on PGlite that way, 4 ms this way.
  const { rows: inserted } = await db.query<{ id: string }>(
    `INSERT INTO account_sessions (id, account_id, platform_id, client_secret_hash, components, created_at, expires_at)
     SELECT n.id, a.id, a.platform_id, n.client_secret_hash, n.components, n.created_at, n.expires_at
       FROM jsonb_to_recordset($1::jsonb) AS n(id text, account_id text, platform_id text,
            client_secret_hash text, components jsonb, created_at timestamptz, expires_at timestamptz)
      CROSS JOIN LATERAL (SELECT id, platform_id, deleted_at FROM accounts WHERE id = n.account_id OFFSET 0) a
      WHERE a.platform_id = n.platform_id AND a.deleted_at IS NULL
     RETURNING id`,
    [list],
  );
  const insertedIds = new Set(inserted.map((row) => row.id));
  return made.map((created) => (insertedIds.has(created.session.id) ? created : null));
}

/** Mints account sessions for concurrent requests, as few statements as the load allows. */
export type AccountSessionMinter = (input: NewAccountSession) => Promise<CreatedAccountSession | null>;

/**
 * An {@link AccountSessionMinter} on `store` that coalesces mints arriving
 * while one runs into one {@link createAccountSessions} statement (see
 * `createStatementBatcher`): one insert, plan and commit for many sessions under
 * load, and no wait for a lone request.
 */
export function createAccountSessionMinter(store: SqlExecutor, maxBatch = 64): AccountSessionMinter {
  const batcher = createStatementBatcher<NewAccountSession, CreatedAccountSession | null>({
    runAll: (inputs) => createAccountSessions(store, inputs),
    maxBatch,
  });
  return (input) => batcher.run(input);
}

/**
 * The session `clientSecret` opens, expired and revoked ones included (the
 * caller tells those apart for its error code), or `null`. The lookup goes by
 * hash, and the final comparison is constant-time.
 */
export async function findAccountSessionBySecret(
  db: SqlExecutor,
  clientSecret: string,
): Promise<AuthenticatedSession | null> {
  if (!clientSecretPattern.test(clientSecret)) return null;
  const { rows } = await db.query<
    AccountSessionRow & { client_secret_hash: string; allowed_origins: string[] }
  >(
    `SELECT ${qualified('s')}, s.client_secret_hash, p.allowed_origins
       FROM account_sessions s JOIN platforms p ON p.id = s.platform_id
      WHERE s.client_secret_hash = $1`,
    [hashClientSecret(clientSecret)],
  );
  const row = rows[0];
  if (!row || !clientSecretMatchesHash(clientSecret, row.client_secret_hash)) return null;
  return { ...toSession(row), allowedOrigins: row.allowed_origins };
}

function qualified(alias: string): string {
  return sessionColumns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

/** The session `id` of `platformId`, or `null` (also for another platform's). */
export async function findAccountSession(
  db: SqlExecutor,
  platformId: string,
  id: string,
): Promise<AccountSession | null> {
  const { rows } = await db.query<AccountSessionRow>(
    `SELECT ${sessionColumns} FROM account_sessions WHERE id = $1 AND platform_id = $2`,
    [id, platformId],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/**
 * Revokes a session of `platformId` from `now` on; revoking twice keeps the
 * first time. `null` when the platform has no such session.
 */
export async function revokeAccountSession(
  db: SqlExecutor,
  platformId: string,
  id: string,
  now: Date,
): Promise<AccountSession | null> {
  const { rows } = await db.query<AccountSessionRow>(
    `UPDATE account_sessions SET revoked_at = COALESCE(revoked_at, $3)
      WHERE id = $1 AND platform_id = $2
      RETURNING ${sessionColumns}`,
    [id, platformId, now],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/**
 * Whether the session can still be used at `now`, read from the store inside
 * a write's transaction: writes never trust a cached session, so a
 * revocation from another process stops them at once.
 */
export async function isAccountSessionLive(db: SqlExecutor, id: string, now: Date): Promise<boolean> {
  const { rows } = await db.query<{ live: boolean }>(
    'SELECT (revoked_at IS NULL AND expires_at > $2) AS live FROM account_sessions WHERE id = $1',
    [id, now],
  );
  return rows[0]?.live === true;
}

/**
 * How long a session is kept after it expires. Until then its secret answers
 * `session_expired`, which makes the components fetch a new one; after, the
 * session is gone and the secret answers `invalid_client_secret`.
 */
export const expiredSessionRetentionMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes the sessions that expired more than {@link expiredSessionRetentionMs}
 * before `now`, and returns how many. A platform mints a session per page
 * view, so without this the table grew for as long as the server ran. Deletes
 * `batchSize` at a time, each batch a short statement however large the
 * backlog; rows another process is deleting are skipped, not waited for.
 */
export async function purgeExpiredAccountSessions(
  db: SqlExecutor,
  now: Date,
  batchSize = 5_000,
): Promise<number> {
  const cutoff = new Date(now.getTime() - expiredSessionRetentionMs);
  return deleteOlderThan(db, { table: 'account_sessions', column: 'expires_at', cutoff, batchSize });
}
