import type { Migration } from '../migration.js';

export const createAccountSessions: Migration = {
  version: 4,
  name: 'create_account_sessions',
  sql: `
    CREATE TABLE account_sessions (
      id                 text PRIMARY KEY CHECK (id ~ '^as_[0-9A-Za-z]+$'),
      account_id         text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      platform_id        text NOT NULL REFERENCES platforms (id),
      -- SHA-256 of the client secret, hex. The secret goes to the platform once and is never stored.
      client_secret_hash text NOT NULL UNIQUE CHECK (client_secret_hash ~ '^[0-9a-f]{64}$'),
      -- {account_onboarding, account_management, notification_banner}: {enabled, features}.
      components         jsonb NOT NULL,
      created_at         timestamptz NOT NULL,
      expires_at         timestamptz NOT NULL,
      revoked_at         timestamptz,
      CHECK (expires_at > created_at)
    );
    CREATE INDEX account_sessions_account ON account_sessions (account_id);
  `,
};
