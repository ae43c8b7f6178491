import { findAccountsDue, reschedule } from '../accounts/account-schedules.js';
import { lockAccountForJob, updateAccount } from '../accounts/account-store.js';
import { unixSeconds } from '../clock.js';
import type { Store } from '../store/store.js';
import { nextSettlementAt, settleDueVerifications } from '../verification/settle-verifications.js';

/**
 * Settles the simulated verifier's reviews that are over at `now`: for each
 * account whose `next_verification_at` has passed, in its own transaction,
 * turns due pending checks into their outcome and bumps the version (the
 * requirements changed). Returns how many accounts changed. Several server
 * processes may run it at once: `SKIP LOCKED` gives each account to one.
 */
export async function settlePendingVerifications(store: Store, now: Date, batchSize = 50): Promise<number> {
  const ids = await findAccountsDue(store, 'next_verification_at', now, batchSize);
  let changed = 0;
  for (const id of ids) {
    const settledOne = await store.transaction(async (transaction) => {
      const record = await lockAccountForJob(transaction, id);
      if (!record) return false;
      const { results, settled } = settleDueVerifications(record.state.verifications, unixSeconds(now));
      const next = nextSettlementAt(results);
      const nextVerificationAt = next === null ? null : new Date(next * 1000);
      if (settled.length === 0) {
        // A write got there first and changed what is pending: only the schedule needs fixing.
        await reschedule(transaction, 'next_verification_at', id, nextVerificationAt);
        return false;
      }
      await updateAccount(
        transaction,
        record,
        {
          state: { ...record.state, verifications: results },
          email: record.email,
          metadata: record.metadata,
          nextVerificationAt,
          // A settled review changes no detail: a form open on this account stays current.
          detailsChanged: false,
        },
        now,
      );
      return true;
    });
    if (settledOne) changed += 1;
  }
  return changed;
}
