import type { Migration } from '../migration.js';

export const createAccounts: Migration = {
  version: 2,
  name: 'create_accounts',
  sql: `
    CREATE TABLE accounts (
      id                   text PRIMARY KEY CHECK (id ~ '^acct_[0-9A-Za-z]+$'),
      -- Ids are random, so they cannot order a list: this does, for cursor pagination.
      sequence             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      platform_id          text NOT NULL REFERENCES platforms (id),
      -- The requirements engine's AccountState (values, masks, persons, verifications).
      -- NULL once the account is deleted: erasure keeps only the tombstone.
      state                jsonb,
      email                text,
      metadata             jsonb NOT NULL DEFAULT '{}',
      -- Bumped by every write; a submission quoting an older one is refused (409).
      version              integer NOT NULL DEFAULT 0 CHECK (version >= 0),
      -- The earliest pending verification's end, so the background job finds its work after a restart.
      next_verification_at timestamptz,
      created_at           timestamptz NOT NULL,
      deleted_at           timestamptz,
      CHECK ((deleted_at IS NULL) = (state IS NOT NULL)),
      CHECK (deleted_at IS NULL OR (email IS NULL AND metadata = '{}' AND next_verification_at IS NULL))
    );
    CREATE INDEX accounts_listing ON accounts (platform_id, sequence DESC) WHERE deleted_at IS NULL;
    CREATE INDEX accounts_pending_verifications ON accounts (next_verification_at)
      WHERE next_verification_at IS NOT NULL;
  `,
};
