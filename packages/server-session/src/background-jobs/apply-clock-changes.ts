import { findAccountsDue, reschedule, scheduledAt } from '../accounts/account-schedules.js';
import { lockAccountForJob } from '../accounts/account-store.js';
import { nextClockChangeAt } from '../accounts/next-clock-change.js';
import { accountChangedByClockEvent } from '../events/account-updated.js';
import { insertEvent } from '../events/event-store.js';
import type { Store } from '../store/store.js';

/** A second before the change: what the platform last saw, since no write came after it. */
const justBeforeMs = 1_000;

/**
 * Stores the `account.updated` events no write tells of: for each account
 * whose `next_clock_change_at` has passed, in its own transaction, the
 * account as it was just before that moment against the account at `now`
 * (a requirement came due, a deadline passed, `charges_enabled` turned
 * false), and when the clock will next change it. The state and version are
 * left alone: nothing was written. Returns how many accounts were looked
 * at and how many of them changed (each one event).
 * Several server processes may run it at once: `SKIP LOCKED` gives each
 * account to one.
 */
export async function applyClockChanges(
  store: Store,
  now: Date,
  batchSize = 50,
): Promise<{ visited: number; changed: number }> {
  const ids = await findAccountsDue(store, 'next_clock_change_at', now, batchSize);
  let changed = 0;
  for (const id of ids) {
    const storedOne = await store.transaction(async (transaction) => {
      const account = await lockAccountForJob(transaction, id);
      if (!account) return false;
      const changeAt = await scheduledAt(transaction, 'next_clock_change_at', id);
      // A write got there first: its event showed the account as of then, and it set the next change.
      if (changeAt === null || changeAt > now) return false;
      const event = accountChangedByClockEvent(account, new Date(changeAt.getTime() - justBeforeMs), now);
      if (event) await insertEvent(transaction, event);
      await reschedule(transaction, 'next_clock_change_at', id, nextClockChangeAt(account.state, now));
      return event !== null;
    });
    if (storedOne) changed += 1;
  }
  return { visited: ids.length, changed };
}
