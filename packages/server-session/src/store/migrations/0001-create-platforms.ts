import type { Migration } from '../migration.js';

export const createPlatforms: Migration = {
  version: 1,
  name: 'create_platforms',
  sql: `
    CREATE TABLE platforms (
      id                text PRIMARY KEY CHECK (id ~ '^plat_[0-9A-Za-z]+$'),
      name              text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
      -- SHA-256 of the secret key, hex. The key itself is shown once and never stored.
      secret_key_hash   text NOT NULL UNIQUE CHECK (secret_key_hash ~ '^[0-9a-f]{64}$'),
      -- Enough to show the key as sk_test_…Xy9z in a listing, not enough to use it.
      secret_key_prefix text NOT NULL,
      secret_key_last4  text NOT NULL CHECK (char_length(secret_key_last4) = 4),
      -- Origins that may embed the components for this platform's accounts (CORS).
      allowed_origins   text[] NOT NULL,
      created_at        timestamptz NOT NULL DEFAULT now()
    );
  `,
};
