import type { Migration } from '../migration.js';

export const createWebhooks: Migration = {
  version: 10,
  name: 'create_webhooks',
  sql: `
    -- Where a platform wants its events POSTed, signed with a secret only it and this server hold.
    CREATE TABLE webhook_endpoints (
      id             text PRIMARY KEY CHECK (id ~ '^we_[0-9A-Za-z]+$'),
      sequence       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      platform_id    text NOT NULL REFERENCES platforms (id),
      url            text NOT NULL,
      enabled_events text[] NOT NULL,
      description    text,
      status         text NOT NULL CHECK (status IN ('enabled', 'disabled')),
      -- The signing secret, sealed with the operator's key: it must be read to sign, so no hash.
      secret_key_id  text NOT NULL,
      secret_nonce   bytea NOT NULL CHECK (octet_length(secret_nonce) = 12),
      secret_sealed  bytea NOT NULL,
      created_at     timestamptz NOT NULL
    );
    CREATE INDEX webhook_endpoints_platform ON webhook_endpoints (platform_id, sequence);

    -- One row per event and endpoint, written with the event: what is still to send, and how it went.
    CREATE TABLE webhook_deliveries (
      event_id        text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      endpoint_id     text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
      attempts        integer NOT NULL DEFAULT 0,
      -- When to try next; NULL once delivered or given up.
      next_attempt_at timestamptz,
      delivered_at    timestamptz,
      last_status     integer,
      last_error      text,
      PRIMARY KEY (event_id, endpoint_id)
    );
    CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
      WHERE next_attempt_at IS NOT NULL;
    CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id);
  `,
};
