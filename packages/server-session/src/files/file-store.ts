import type { Keyring } from '../encryption/keyring.js';
import { createObjectId } from '../random-token.js';
import type { SqlExecutor } from '../store/store.js';
import type { AcceptedMediaType } from './sniff-media-type.js';

/** An upload as the API describes it; the content stays in the store. */
export interface StoredFile {
  readonly id: string;
  readonly accountId: string;
  readonly purpose: string;
  readonly mediaType: AcceptedMediaType;
  readonly size: number;
  readonly created: Date;
}

interface FileRow {
  id: string;
  account_id: string;
  purpose: string;
  media_type: AcceptedMediaType;
  size: number;
  created_at: Date;
}

/** The context an upload's content is sealed under: it opens only for its own file and account. */
export function fileContentContext(fileId: string, accountId: string): string {
  return `file:${accountId}:${fileId}`;
}

export interface NewFile {
  accountId: string;
  purpose: string;
  mediaType: AcceptedMediaType;
  content: Uint8Array;
  now: Date;
}

/** Stores an upload, its content sealed under the operator's key: identity documents are personal data. */
export async function insertFile(db: SqlExecutor, keyring: Keyring, file: NewFile): Promise<StoredFile> {
  const id = createObjectId('file');
  const sealed = keyring.encrypt(file.content, fileContentContext(id, file.accountId));
  const { rows } = await db.query<FileRow>(
    `INSERT INTO files (id, account_id, purpose, media_type, size, key_id, nonce, content, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id, account_id, purpose, media_type, size, created_at`,
    [
      id,
      file.accountId,
      file.purpose,
      file.mediaType,
      file.content.length,
      sealed.keyId,
      sealed.nonce,
      sealed.ciphertext,
      file.now,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('Expected the INSERT to return the file.');
  return {
    id: row.id,
    accountId: row.account_id,
    purpose: row.purpose,
    mediaType: row.media_type,
    size: row.size,
    created: row.created_at,
  };
}

/** The content of an account's upload, opened; `null` when the account has no such file. */
export async function readFileContent(
  db: SqlExecutor,
  keyring: Keyring,
  accountId: string,
  fileId: string,
): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ key_id: string; nonce: Uint8Array; content: Uint8Array }>(
    'SELECT key_id, nonce, content FROM files WHERE id = $1 AND account_id = $2',
    [fileId, accountId],
  );
  const row = rows[0];
  if (!row) return null;
  return keyring.decrypt(
    { keyId: row.key_id, nonce: row.nonce, ciphertext: row.content },
    fileContentContext(fileId, accountId),
  );
}

/** The ids of an account's uploads: a submission may name only these. */
export async function listAccountFileIds(db: SqlExecutor, accountId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM files WHERE account_id = $1', [accountId]);
  return new Set(rows.map((row) => row.id));
}
