import type { Migration } from '../migration.js';

export const indexAccountSessionExpiry: Migration = {
  version: 8,
  name: 'index_account_session_expiry',
  sql: `
    -- For deleting sessions long expired (purgeExpiredAccountSessions) without reading every session.
    CREATE INDEX account_sessions_expires_at ON account_sessions (expires_at);
  `,
};
