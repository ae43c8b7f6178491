import type { FieldValue } from '@onboardkit/schema';
import type { SqlExecutor } from '../store/store.js';
import type { Keyring } from './keyring.js';

// Sensitive values (id numbers, tax ids, bank accounts) live here, sealed under
// the operator's key; the account state holds only their masks. The sealing
// context is the row's identity, so a ciphertext copied to another account or
// field does not open.

/** The context a sensitive value is sealed under: it opens only for its own account and field. */
export function sensitiveValueContext(accountId: string, fieldKey: string): string {
  return `sensitive_value:${accountId}:${fieldKey}`;
}

/**
 * Seals and stores `values` (by field key) for an account, replacing what was
 * held under the same keys. Run it in the transaction that updates the account
 * state, so masks and values never disagree.
 */
export async function writeSensitiveValues(
  db: SqlExecutor,
  keyring: Keyring,
  accountId: string,
  values: Readonly<Record<string, FieldValue>>,
  now: Date,
): Promise<void> {
  for (const [fieldKey, value] of Object.entries(values)) {
    const sealed = keyring.encrypt(
      new TextEncoder().encode(JSON.stringify(value)),
      sensitiveValueContext(accountId, fieldKey),
    );
    await db.query(
      `INSERT INTO sensitive_values (account_id, field_key, key_id, nonce, ciphertext, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (account_id, field_key) DO UPDATE
         SET key_id = EXCLUDED.key_id, nonce = EXCLUDED.nonce,
             ciphertext = EXCLUDED.ciphertext, updated_at = EXCLUDED.updated_at`,
      [accountId, fieldKey, sealed.keyId, sealed.nonce, sealed.ciphertext, now],
    );
  }
}

interface SealedRow {
  field_key: string;
  key_id: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * Opens every sensitive value an account holds, by field key. Only the
 * verifier and an operator's export need these; no API route returns them.
 */
export async function readSensitiveValues(
  db: SqlExecutor,
  keyring: Keyring,
  accountId: string,
): Promise<Record<string, FieldValue>> {
  const { rows } = await db.query<SealedRow>(
    'SELECT field_key, key_id, nonce, ciphertext FROM sensitive_values WHERE account_id = $1',
    [accountId],
  );
  const values: Record<string, FieldValue> = {};
  for (const row of rows) {
    const plaintext = keyring.decrypt(
      { keyId: row.key_id, nonce: row.nonce, ciphertext: row.ciphertext },
      sensitiveValueContext(accountId, row.field_key),
    );
    values[row.field_key] = JSON.parse(new TextDecoder().decode(plaintext)) as FieldValue;
  }
  return values;
}

/** Drops the sensitive values of persons a submission removed (`person_….id_number`). */
export async function deleteSensitiveValuesOfPersons(
  db: SqlExecutor,
  accountId: string,
  personIds: readonly string[],
): Promise<void> {
  if (personIds.length === 0) return;
  await db.query(
    `DELETE FROM sensitive_values
      WHERE account_id = $1 AND split_part(field_key, '.', 1) = ANY($2::text[])`,
    [accountId, personIds],
  );
}
