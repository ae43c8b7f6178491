import { setMostRecent } from '../most-recent-map.js';
import type { AccountRecord } from './account-store.js';

export interface RecentAccountsOptions {
  /** Accounts kept at most (default 1,000, a few KB each); the least recently used go first. */
  maxEntries?: number;
}

/**
 * The accounts this process last read or wrote, each exactly as the store
 * held it at its `version`. An entry may be stale (another process, or a
 * write here that does not go through this cache, moved the account on), so
 * it is only ever used where the version is checked against the store: a
 * compare-and-set write on it, or a version just read. A submission then
 * needs no read before its write when nobody else wrote in between.
 *
 * @example
 * const known = recent.get(accountId);
 * const record = known?.version === storedVersion ? known : await findAccount(store, platformId, accountId);
 */
export interface RecentAccounts {
  get(accountId: string): AccountRecord | undefined;
  /** Keeps `record`, which must be what the store holds at `record.version`. */
  remember(record: AccountRecord): void;
  forget(accountId: string): void;
}

export function createRecentAccounts(options: RecentAccountsOptions = {}): RecentAccounts {
  const maxEntries = options.maxEntries ?? 1_000;
  // Map order is insertion order: re-inserting on every write makes the first key the least recently used.
  const records = new Map<string, AccountRecord>();
  return {
    get: (accountId) => records.get(accountId),
    remember(record) {
      const known = records.get(record.id);
      // Two requests finishing out of order must not put an older version back.
      if (known !== undefined && known.version > record.version) return;
      setMostRecent(records, record.id, record, maxEntries);
    },
    forget: (accountId) => {
      records.delete(accountId);
    },
  };
}
