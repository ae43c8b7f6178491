import type { Migration } from '../migration.js';

export const addAccountDetailsVersion: Migration = {
  version: 7,
  name: 'add_account_details_version',
  sql: `
    -- The version a requirements document carries and a submission is checked
    -- against: bumped when the account's details are written, not when a
    -- verification settles, so a review that ends while a form is open does not
    -- make the form stale. version still counts every write (caches, compare-and-set).
    ALTER TABLE accounts ADD COLUMN details_version integer NOT NULL DEFAULT 0;
    UPDATE accounts SET details_version = version;
  `,
};
