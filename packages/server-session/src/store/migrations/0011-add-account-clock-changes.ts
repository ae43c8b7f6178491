import type { Migration } from '../migration.js';

export const addAccountClockChanges: Migration = {
  version: 11,
  name: 'add_account_clock_changes',
  sql: `
    -- When the clock alone next changes what the platform sees of the account (a deadline's
    -- requirement coming due or passing, a grace period ending): no write happens then, so the
    -- background job stores that account.updated event. Set by every write from the state it writes.
    ALTER TABLE accounts ADD COLUMN next_clock_change_at timestamptz;
    ALTER TABLE accounts ADD CONSTRAINT accounts_erased_without_clock_change
      CHECK (deleted_at IS NULL OR next_clock_change_at IS NULL);
    -- Accounts written before this column: the job looks at each once, then knows when to look again.
    UPDATE accounts SET next_clock_change_at = now() WHERE deleted_at IS NULL;
    CREATE INDEX accounts_clock_changes ON accounts (next_clock_change_at)
      WHERE next_clock_change_at IS NOT NULL;
  `,
};
