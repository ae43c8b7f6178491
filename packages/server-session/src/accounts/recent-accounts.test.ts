import { describe, expect, it } from 'vitest';
import { newAccount } from '../requirements/test-accounts.fixture.js';
import type { AccountRecord } from './account-store.js';
import { createRecentAccounts } from './recent-accounts.js';

function record(id: string, version: number): AccountRecord {
  return {
    id,
    platformId: 'plat_test',
    state: { ...newAccount('US', 'individual'), id },
    email: null,
    metadata: {},
    version,
    detailsVersion: version,
    created: new Date('2026-03-02T10:00:00.000Z'),
  };
}

describe('recent accounts', () => {
  it('never puts an older version of an account back over a newer one', () => {
    const recent = createRecentAccounts();
    recent.remember(record('acct_a', 3));
    recent.remember(record('acct_a', 2));
    expect(recent.get('acct_a')?.version).toBe(3);
    recent.remember(record('acct_a', 4));
    expect(recent.get('acct_a')?.version).toBe(4);
  });

  it('lets the least recently written account go first past its size', () => {
    const recent = createRecentAccounts({ maxEntries: 2 });
    recent.remember(record('acct_a', 1));
    recent.remember(record('acct_b', 1));
    recent.remember(record('acct_a', 2));
    recent.remember(record('acct_c', 1));
    expect(recent.get('acct_b')).toBeUndefined();
    expect(recent.get('acct_a')?.version).toBe(2);
    expect(recent.get('acct_c')?.version).toBe(1);
  });

  it('forgets an erased account', () => {
    const recent = createRecentAccounts();
    recent.remember(record('acct_a', 1));
    recent.forget('acct_a');
    expect(recent.get('acct_a')).toBeUndefined();
  });
});
