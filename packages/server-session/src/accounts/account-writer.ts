import { createStatementBatcher } from '../store/statement-batcher.js';
import type { SqlExecutor } from '../store/store.js';
import { type AccountRecord, type AccountUpdate, updateAccountsIfUnchanged } from './account-store.js';

/** A compare-and-set write of one account, as {@link updateAccountsIfUnchanged} makes it; `null` when refused. */
export type AccountWriter = (update: AccountUpdate) => Promise<AccountRecord | null>;

/**
 * An {@link AccountWriter} on `store` that coalesces the compare-and-set
 * writes arriving while one runs (see `createStatementBatcher`) into one
 * statement, each account at most once per statement. Only for writes
 * outside a transaction: a batch is its own statement.
 */
export function createAccountWriter(store: SqlExecutor, maxBatch = 64): AccountWriter {
  const batcher = createStatementBatcher<AccountUpdate, AccountRecord | null>({
    runAll: (updates) => updateAccountsIfUnchanged(store, updates),
    maxBatch,
    keyOf: (update) => update.current.id,
  });
  return (update) => batcher.run(update);
}
