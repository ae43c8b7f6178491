import type { Migration } from '../migration.js';

export const createEvents: Migration = {
  version: 9,
  name: 'create_events',
  sql: `
    -- What changed on a platform's accounts, for GET /v1/events: written in the transaction (or
    -- the statement) of the change itself, so an acknowledged change always has its event.
    CREATE TABLE events (
      id          text PRIMARY KEY CHECK (id ~ '^evt_[0-9A-Za-z]+$'),
      -- Ids are random: this orders the list, as accounts.sequence does.
      sequence    bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      platform_id text NOT NULL REFERENCES platforms (id),
      account_id  text NOT NULL REFERENCES accounts (id),
      type        text NOT NULL CHECK (type IN ('account.updated')),
      -- {"object": the account as GET /v1/accounts/:id showed it, "previous_attributes": {…}}.
      -- json, not jsonb: kept as written, its keys in the order the API gives them; never queried into.
      data        json NOT NULL,
      created_at  timestamptz NOT NULL
    );
    CREATE INDEX events_listing ON events (platform_id, sequence DESC);
    -- Erasure deletes an account's events with it; retention deletes the oldest.
    CREATE INDEX events_account ON events (account_id);
    CREATE INDEX events_created_at ON events (created_at);
  `,
};
