import type { Migration } from '../migration.js';

export const createFiles: Migration = {
  version: 6,
  name: 'create_files',
  sql: `
    -- Identity documents and other uploads. Their content is personal data, so it is
    -- encrypted like sensitive values; the media type is sniffed from the bytes.
    CREATE TABLE files (
      id          text PRIMARY KEY CHECK (id ~ '^file_[0-9A-Za-z]+$'),
      account_id  text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      purpose     text NOT NULL,
      media_type  text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
      size        integer NOT NULL CHECK (size BETWEEN 1 AND 10485760),
      key_id      text NOT NULL,
      nonce       bytea NOT NULL CHECK (octet_length(nonce) = 12),
      content     bytea NOT NULL,
      created_at  timestamptz NOT NULL
    );
    CREATE INDEX files_account ON files (account_id);
  `,
};
