import type { Migration } from '../migration.js';

export const createSensitiveValues: Migration = {
  version: 3,
  name: 'create_sensitive_values',
  sql: `
    -- Id numbers, tax ids and bank accounts, encrypted with AES-256-GCM under the
    -- operator's key. The account state keeps only "provided" and a last-four mask.
    CREATE TABLE sensitive_values (
      account_id  text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      field_key   text NOT NULL,
      -- Which operator key encrypted the value, so old keys can be rotated out.
      key_id      text NOT NULL,
      nonce       bytea NOT NULL CHECK (octet_length(nonce) = 12),
      -- The GCM authentication tag is appended to the ciphertext.
      ciphertext  bytea NOT NULL,
      updated_at  timestamptz NOT NULL,
      PRIMARY KEY (account_id, field_key)
    );
    CREATE INDEX sensitive_values_key_id ON sensitive_values (key_id);
  `,
};
