import { z } from 'zod';
import { createObjectId } from '../random-token.js';
import type { SqlExecutor } from '../store/store.js';
import { generateSecretKey, hashSecretKey, secretKeyMatchesHash, secretKeyPattern } from './secret-key.js';

/** A platform: the business that runs the session server's API with its secret key. */
export interface Platform {
  readonly id: string;
  readonly name: string;
  /** Origins allowed to embed the components for this platform's accounts. */
  readonly origins: readonly string[];
  readonly created: Date;
  /** The key as a dashboard shows it (`sk_test_…Xy9z`); the key itself is never stored. */
  readonly secretKeyMask: string;
}

/** A platform's display name, as the CLI and the API accept it. */
export const platformNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

interface PlatformRow {
  id: string;
  name: string;
  allowed_origins: string[];
  created_at: Date;
  secret_key_hash: string;
  secret_key_prefix: string;
  secret_key_last4: string;
}

const platformColumns =
  'id, name, allowed_origins, created_at, secret_key_hash, secret_key_prefix, secret_key_last4';

function toPlatform(row: PlatformRow): Platform {
  return {
    id: row.id,
    name: row.name,
    origins: row.allowed_origins,
    created: row.created_at,
    secretKeyMask: `${row.secret_key_prefix}…${row.secret_key_last4}`,
  };
}

/** What the store keeps of a key: its hash, and the prefix and last four for showing it masked. */
function secretKeyColumns(secretKey: string): [hash: string, prefix: string, last4: string] {
  const prefix = /^sk_(?:test|live)_/.exec(secretKey)?.[0] ?? '';
  return [hashSecretKey(secretKey), prefix, secretKey.slice(-4)];
}

export interface CreatePlatformInput {
  name: string;
  origins: readonly string[];
  now?: Date;
}

/**
 * Creates a platform with a new secret key. The key is in the result and
 * nowhere else: the store keeps its hash, so show it to the operator once.
 */
export async function createPlatform(
  db: SqlExecutor,
  input: CreatePlatformInput,
): Promise<{ platform: Platform; secretKey: string }> {
  const secretKey = generateSecretKey();
  const { rows } = await db.query<PlatformRow>(
    `INSERT INTO platforms (id, name, allowed_origins, created_at, secret_key_hash, secret_key_prefix, secret_key_last4)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING ${platformColumns}`,
    [
      createObjectId('plat'),
      input.name,
      input.origins,
      input.now ?? new Date(),
      ...secretKeyColumns(secretKey),
    ],
  );
  return { platform: toPlatform(singleRow(rows)), secretKey };
}

export interface EnsurePlatformInput {
  name: string;
  secretKey: string;
  origins: readonly string[];
  now?: Date;
}

/**
 * Makes sure a platform answers to `secretKey` with exactly these origins and
 * name, creating it the first time. Safe to run at every start of every
 * process: the upsert on the key's hash means concurrent starts agree on one row.
 */
export async function ensurePlatformWithSecretKey(
  db: SqlExecutor,
  input: EnsurePlatformInput,
): Promise<{ platform: Platform; created: boolean }> {
  const { rows } = await db.query<PlatformRow & { inserted: boolean }>(
    `INSERT INTO platforms (id, name, allowed_origins, created_at, secret_key_hash, secret_key_prefix, secret_key_last4)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (secret_key_hash) DO UPDATE
       SET name = EXCLUDED.name, allowed_origins = EXCLUDED.allowed_origins
     RETURNING ${platformColumns}, (xmax = 0) AS inserted`,
    [
      createObjectId('plat'),
      input.name,
      input.origins,
      input.now ?? new Date(),
      ...secretKeyColumns(input.secretKey),
    ],
  );
  const row = singleRow(rows);
  return { platform: toPlatform(row), created: row.inserted };
}

/**
 * The platform that owns `secretKey`, or `null`. The lookup goes by hash; the
 * final comparison is constant-time so that no timing difference remains even
 * if a future lookup is not an exact index match.
 */
export async function findPlatformBySecretKey(db: SqlExecutor, secretKey: string): Promise<Platform | null> {
  if (!secretKeyPattern.test(secretKey)) return null;
  const { rows } = await db.query<PlatformRow>(
    `SELECT ${platformColumns} FROM platforms WHERE secret_key_hash = $1`,
    [hashSecretKey(secretKey)],
  );
  const row = rows[0];
  if (!row || !secretKeyMatchesHash(secretKey, row.secret_key_hash)) return null;
  return toPlatform(row);
}

export interface UpdatePlatformInput {
  name?: string | undefined;
  origins?: readonly string[] | undefined;
}

/** Changes a platform's name or origins; fields left out keep their value. */
export async function updatePlatform(
  db: SqlExecutor,
  id: string,
  input: UpdatePlatformInput,
): Promise<Platform> {
  const { rows } = await db.query<PlatformRow>(
    `UPDATE platforms
        SET name = COALESCE($2, name), allowed_origins = COALESCE($3, allowed_origins)
      WHERE id = $1
      RETURNING ${platformColumns}`,
    [id, input.name ?? null, input.origins ?? null],
  );
  return toPlatform(singleRow(rows));
}

function singleRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  // A RETURNING clause on a one-row write always yields one row; anything else is a bug here.
  if (!row) throw new Error('Expected the statement to return one row, got none.');
  return row;
}
