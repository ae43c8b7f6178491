import type { Keyring } from '../encryption/keyring.js';
import type { SqlExecutor } from '../store/store.js';

/** How long a key is remembered, as Stripe keeps them. */
export const idempotencyRetentionMs = 24 * 60 * 60 * 1000;

/**
 * How long a first request may run before its key is up for grabs again: a
 * process that died mid-request must not block the key for a day.
 */
export const idempotencyInFlightTimeoutMs = 60 * 1000;

/** What a request finds when it claims a key. */
export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' }
  | { kind: 'replay'; status: number; body: string };

/** The context a stored response is sealed under: it opens only for its own platform and key. */
export function idempotentResponseContext(platformId: string, key: string): string {
  return `idempotency:${platformId}:${key}`;
}

/**
 * Claims `key` for a request whose method, path and body hash to
 * `requestHash`: `claimed` when this request runs (a new key, or one past
 * its 24 hours); `replay` with the stored response when the same request ran
 * before; `mismatch` when the key was used with another request; `in_flight`
 * while the first request still runs.
 */
export async function claimIdempotencyKey(
  db: SqlExecutor,
  keyring: Keyring,
  claim: { platformId: string; key: string; requestHash: string; now: Date },
): Promise<IdempotencyClaim> {
  const expiredBefore = new Date(claim.now.getTime() - idempotencyRetentionMs);
  const staleBefore = new Date(claim.now.getTime() - idempotencyInFlightTimeoutMs);
  const claimed = await db.query(
    `INSERT INTO idempotency_keys (platform_id, key, request_hash, created_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (platform_id, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
           response_status = NULL, response_key_id = NULL, response_nonce = NULL, response_body = NULL
       WHERE idempotency_keys.created_at < $5
          OR (idempotency_keys.response_status IS NULL AND idempotency_keys.created_at < $6)
     RETURNING key`,
    [claim.platformId, claim.key, claim.requestHash, claim.now, expiredBefore, staleBefore],
  );
  if (claimed.rowCount > 0) return { kind: 'claimed' };

  const { rows } = await db.query<{
    request_hash: string;
    response_status: number | null;
    response_key_id: string | null;
    response_nonce: Uint8Array | null;
    response_body: Uint8Array | null;
  }>(
    `SELECT request_hash, response_status, response_key_id, response_nonce, response_body
       FROM idempotency_keys WHERE platform_id = $1 AND key = $2`,
    [claim.platformId, claim.key],
  );
  const row = rows[0];
  // Purged between the two statements: a first request may run.
  if (!row) return claimIdempotencyKey(db, keyring, claim);
  if (row.request_hash !== claim.requestHash) return { kind: 'mismatch' };
  if (row.response_status === null || !row.response_key_id || !row.response_nonce || !row.response_body) {
    return { kind: 'in_flight' };
  }
  const body = keyring.decrypt(
    { keyId: row.response_key_id, nonce: row.response_nonce, ciphertext: row.response_body },
    idempotentResponseContext(claim.platformId, claim.key),
  );
  return { kind: 'replay', status: row.response_status, body: new TextDecoder().decode(body) };
}

/**
 * Stores the response of a claimed key for replays, sealed: the response to
 * creating an account session holds its client secret.
 */
export async function storeIdempotentResponse(
  db: SqlExecutor,
  keyring: Keyring,
  response: { platformId: string; key: string; status: number; body: string },
): Promise<void> {
  const sealed = keyring.encrypt(
    new TextEncoder().encode(response.body),
    idempotentResponseContext(response.platformId, response.key),
  );
  await db.query(
    `UPDATE idempotency_keys
        SET response_status = $3, response_key_id = $4, response_nonce = $5, response_body = $6
      WHERE platform_id = $1 AND key = $2`,
    [response.platformId, response.key, response.status, sealed.keyId, sealed.nonce, sealed.ciphertext],
  );
}

/** Frees a claimed key whose request failed on our side, so a retry runs it again. */
export async function releaseIdempotencyKey(db: SqlExecutor, platformId: string, key: string): Promise<void> {
  await db.query(
    'DELETE FROM idempotency_keys WHERE platform_id = $1 AND key = $2 AND response_status IS NULL',
    [platformId, key],
  );
}

/** Deletes keys past their 24 hours; returns how many. */
export async function purgeExpiredIdempotencyKeys(db: SqlExecutor, now: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [
    new Date(now.getTime() - idempotencyRetentionMs),
  ]);
  return rowCount;
}
