import { createStatementBatcher } from '../store/statement-batcher.js';
import type { SqlExecutor } from '../store/store.js';
import { findAccountVersions } from './account-store.js';

/** Reads an account's version as {@link findAccountVersions} does; `null` when the platform has no such account. */
export type AccountVersionReader = (platformId: string, accountId: string) => Promise<number | null>;

/**
 * An {@link AccountVersionReader} on `store` that coalesces the reads
 * arriving while one runs into one statement (see `createStatementBatcher`):
 * the requirements route reads a version per request, and under load one
 * SELECT answers them all.
 */
export function createAccountVersionReader(store: SqlExecutor, maxBatch = 100): AccountVersionReader {
  const batcher = createStatementBatcher<{ platformId: string; id: string }, number | null>({
    runAll: (keys) => findAccountVersions(store, keys),
    maxBatch,
  });
  return (platformId, id) => batcher.run({ platformId, id });
}
