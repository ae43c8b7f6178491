import type { Migration } from './migration.js';
import { createPlatforms } from './migrations/0001-create-platforms.js';
import { createAccounts } from './migrations/0002-create-accounts.js';
import { createSensitiveValues } from './migrations/0003-create-sensitive-values.js';
import { createAccountSessions } from './migrations/0004-create-account-sessions.js';
import { createIdempotencyKeys } from './migrations/0005-create-idempotency-keys.js';
import { createFiles } from './migrations/0006-create-files.js';
import { addAccountDetailsVersion } from './migrations/0007-add-account-details-version.js';
import { indexAccountSessionExpiry } from './migrations/0008-index-account-session-expiry.js';
import { createEvents } from './migrations/0009-create-events.js';
import { createWebhooks } from './migrations/0010-create-webhooks.js';
import { addAccountClockChanges } from './migrations/0011-add-account-clock-changes.js';

/** Every migration, in order. Add new ones at the end; `migrate.test.ts` checks the numbering. */
export const migrations: readonly Migration[] = [
  createPlatforms,
  createAccounts,
  createSensitiveValues,
  createAccountSessions,
  createIdempotencyKeys,
  createFiles,
  addAccountDetailsVersion,
  indexAccountSessionExpiry,
  createEvents,
  createWebhooks,
  addAccountClockChanges,
];
