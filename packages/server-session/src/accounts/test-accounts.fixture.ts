// Test support, not shipped (tsconfig.build.json leaves out *.fixture.ts): an
// account in the store as `POST /v1/accounts` would make it, for store tests.

import { createPlatform } from '../platforms/platforms.js';
import { createObjectId } from '../random-token.js';
import {
  type BusinessType,
  createAccountState,
  type SupportedCountry,
} from '../requirements/account-state.js';
import type { SqlExecutor } from '../store/store.js';
import { type AccountRecord, insertAccount } from './account-store.js';
import type { Metadata } from './metadata.js';

/** A new account of `platformId` with transfers requested (a US individual unless told), created at `created`. */
export function insertTestAccount(
  db: SqlExecutor,
  account: {
    platformId: string;
    created: Date;
    country?: SupportedCountry;
    businessType?: BusinessType | null;
    email?: string | null;
    metadata?: Metadata;
  },
): Promise<AccountRecord> {
  return insertAccount(db, {
    platformId: account.platformId,
    state: createAccountState({
      id: createObjectId('acct'),
      country: account.country ?? 'US',
      business_type: account.businessType === undefined ? 'individual' : account.businessType,
      requested_capabilities: ['transfers'],
      created: account.created.getTime() / 1000,
    }),
    email: account.email ?? null,
    metadata: account.metadata ?? {},
    created: account.created,
  });
}

/** Two platforms, for tests of what one may see of the other's: their ids. */
export async function createOwnAndOtherPlatforms(
  db: SqlExecutor,
): Promise<{ platformId: string; otherPlatformId: string }> {
  const own = await createPlatform(db, { name: 'Own', origins: ['https://own.example'] });
  const other = await createPlatform(db, { name: 'Other', origins: ['https://other.example'] });
  return { platformId: own.platform.id, otherPlatformId: other.platform.id };
}
