import { fileContentContext } from '../files/file-store.js';
import { idempotentResponseContext } from '../idempotency/idempotency-store.js';
import type { SqlExecutor, SqlValue } from '../store/store.js';
import { secretContext } from '../webhooks/webhook-endpoint-store.js';
import { EncryptionError, type Keyring } from './keyring.js';
import { sensitiveValueContext } from './sensitive-values.js';

/** Where the store keeps values sealed under the operator's key, and the context each row opens under. */
interface SealedColumns {
  readonly table: string;
  /** What the command calls them when it counts. */
  readonly noun: string;
  /** The columns that name a row, in the order `context` takes them. */
  readonly identity: readonly string[];
  readonly keyId: string;
  readonly nonce: string;
  readonly ciphertext: string;
  readonly context: (...identity: string[]) => string;
  /** Rows per statement: few for uploads, which may be 10 MB each. */
  readonly batch: number;
}

const sealedColumns: readonly SealedColumns[] = [
  {
    table: 'sensitive_values',
    noun: 'sensitive values',
    identity: ['account_id', 'field_key'],
    keyId: 'key_id',
    nonce: 'nonce',
    ciphertext: 'ciphertext',
    context: (accountId = '', fieldKey = '') => sensitiveValueContext(accountId, fieldKey),
    batch: 200,
  },
  {
    table: 'files',
    noun: 'uploads',
    identity: ['id', 'account_id'],
    keyId: 'key_id',
    nonce: 'nonce',
    ciphertext: 'content',
    context: (fileId = '', accountId = '') => fileContentContext(fileId, accountId),
    batch: 4,
  },
  {
    table: 'webhook_endpoints',
    noun: 'webhook signing secrets',
    identity: ['id'],
    keyId: 'secret_key_id',
    nonce: 'secret_nonce',
    ciphertext: 'secret_sealed',
    context: (endpointId = '') => secretContext(endpointId),
    batch: 200,
  },
  {
    table: 'idempotency_keys',
    noun: 'stored idempotent responses',
    identity: ['platform_id', 'key'],
    keyId: 'response_key_id',
    nonce: 'response_nonce',
    ciphertext: 'response_body',
    context: (platformId = '', key = '') => idempotentResponseContext(platformId, key),
    batch: 200,
  },
];

/** How many values of one kind a reseal sealed again under the current key. */
export interface ResealCount {
  readonly table: string;
  readonly noun: string;
  readonly resealed: number;
}

/** A value no configured key opens: the rotation cannot finish until the key that sealed it is given. */
export class ResealError extends Error {
  override readonly name = 'ResealError';
  readonly code = 'sealed_with_unavailable_key';
}

/**
 * The step of a key rotation after the new key is configured as current and
 * the old ones as previous: seals again, under the current key, every value
 * sealed with another (sensitive values, uploads, webhook signing secrets,
 * stored idempotent responses), a batch at a time, each row in its own
 * statement. A row is rewritten only if it still holds what was read, so a
 * server writing meanwhile loses nothing; running it twice is harmless.
 * Afterwards nothing needs the previous keys.
 *
 * @throws {ResealError} naming the row (never its value) when no configured key opens it.
 */
export async function resealUnderCurrentKey(db: SqlExecutor, keyring: Keyring): Promise<ResealCount[]> {
  const counts: ResealCount[] = [];
  for (const columns of sealedColumns) {
    let resealed = 0;
    for (;;) {
      const rows = await sealedWithOtherKeys(db, columns, keyring.currentKeyId);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (await resealRow(db, keyring, columns, row)) resealed += 1;
      }
    }
    counts.push({ table: columns.table, noun: columns.noun, resealed });
  }
  return counts;
}

interface SealedRow {
  readonly identity: string[];
  readonly keyId: string;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
}

async function sealedWithOtherKeys(
  db: SqlExecutor,
  columns: SealedColumns,
  currentKeyId: string,
): Promise<SealedRow[]> {
  const identity = columns.identity.join(', ');
  const { rows } = await db.query<Record<string, SqlValue>>(
    `SELECT ${identity}, ${columns.keyId} AS sealed_key_id, ${columns.nonce} AS sealed_nonce,
            ${columns.ciphertext} AS sealed_ciphertext
       FROM ${columns.table}
      WHERE ${columns.keyId} <> $1
      ORDER BY ${identity}
      LIMIT $2`,
    [currentKeyId, columns.batch],
  );
  return rows.map((row) => ({
    identity: columns.identity.map((name) => String(row[name])),
    keyId: String(row.sealed_key_id),
    nonce: row.sealed_nonce as Uint8Array,
    ciphertext: row.sealed_ciphertext as Uint8Array,
  }));
}

async function resealRow(
  db: SqlExecutor,
  keyring: Keyring,
  columns: SealedColumns,
  row: SealedRow,
): Promise<boolean> {
  const context = columns.context(...row.identity);
  let plaintext: Uint8Array;
  try {
    plaintext = keyring.decrypt({ keyId: row.keyId, nonce: row.nonce, ciphertext: row.ciphertext }, context);
  } catch (error) {
    if (!(error instanceof EncryptionError)) throw error;
    const name = `${columns.table} (${row.identity.join(', ')})`;
    throw new ResealError(
      error.code === 'unknown_key_id'
        ? `${name} is sealed with key ${row.keyId}, which is neither ONBOARDKIT_ENCRYPTION_KEY nor among ` +
            'ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS: add the key that sealed it as a previous key and run again.'
        : `${name} does not open with key ${row.keyId}: it was changed in the store, or copied from another row.`,
      { cause: error },
    );
  }
  const sealed = keyring.encrypt(plaintext, context);
  const identityCount = columns.identity.length;
  const { rowCount } = await db.query(
    `UPDATE ${columns.table}
        SET ${columns.keyId} = $${identityCount + 1}, ${columns.nonce} = $${identityCount + 2},
            ${columns.ciphertext} = $${identityCount + 3}
      WHERE ${columns.identity.map((name, index) => `${name} = $${index + 1}`).join(' AND ')}
        AND ${columns.keyId} = $${identityCount + 4} AND ${columns.nonce} = $${identityCount + 5}`,
    [...row.identity, sealed.keyId, sealed.nonce, sealed.ciphertext, row.keyId, row.nonce],
  );
  // Zero: a write sealed the row again meanwhile, under the current key; nothing left to do.
  return rowCount === 1;
}
