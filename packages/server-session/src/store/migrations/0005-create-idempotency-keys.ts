import type { Migration } from '../migration.js';

export const createIdempotencyKeys: Migration = {
  version: 5,
  name: 'create_idempotency_keys',
  sql: `
    -- Kept 24 hours, as Stripe keeps them; the background job deletes older rows.
    CREATE TABLE idempotency_keys (
      platform_id     text NOT NULL REFERENCES platforms (id) ON DELETE CASCADE,
      key             text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
      -- SHA-256 of method, path and body: the same key with another request is refused.
      request_hash    text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
      -- NULL while the first request runs. The body is encrypted like sensitive values,
      -- because a replayed account session carries its client secret.
      response_status integer,
      response_key_id text,
      response_nonce  bytea,
      response_body   bytea,
      created_at      timestamptz NOT NULL,
      PRIMARY KEY (platform_id, key),
      CHECK ((response_status IS NULL) = (response_body IS NULL))
    );
    CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
  `,
};
