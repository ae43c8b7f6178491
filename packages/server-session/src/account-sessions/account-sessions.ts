import { createObjectId } from '../random-token.js';
import type { SqlExecutor } from '../store/store.js';
import {
  clientSecretMatchesHash,
  clientSecretPattern,
  generateClientSecret,
  hashClientSecret,
} from './client-secret.js';
import type { Components } from './components.js';

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
    components: row.components,
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

/**
 * Creates a session and its client secret, if `accountId` is a live account
 * of `platformId` (`null` otherwise: the caller answers 404). The check and
 * the insert are one statement. The secret is in the result and nowhere
 * else: the store keeps its SHA-256.
 */
export async function createAccountSession(
  db: SqlExecutor,
  input: NewAccountSession,
): Promise<{ session: AccountSession; clientSecret: string } | null> {
  const clientSecret = generateClientSecret();
  const id = createObjectId('as');
  const components = JSON.stringify(input.components);
  const expiresAt = new Date(input.now.getTime() + input.lifetimeSeconds * 1000);
  // Nothing comes back but the count: the row is what was sent, and reading it back would have the
  // store render it and this process parse it.
  const { rowCount } = await db.query(
    `INSERT INTO account_sessions (id, account_id, platform_id, client_secret_hash, components, created_at, expires_at)
     SELECT $1, id, platform_id, $4, $5::jsonb, $6, $7 FROM accounts
      WHERE id = $2 AND platform_id = $3 AND deleted_at IS NULL`,
    [id, input.accountId, input.platformId, hashClientSecret(clientSecret), components, input.now, expiresAt],
  );
  if (rowCount === 0) return null;
  const session: AccountSession = {
    id,
    accountId: input.accountId,
    platformId: input.platformId,
    // As the store holds it: parsed from the JSON written, not the caller's object.
    components: JSON.parse(components) as Components,
    created: new Date(input.now.getTime()),
    expiresAt,
    revokedAt: null,
  };
  return { session, clientSecret };
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
