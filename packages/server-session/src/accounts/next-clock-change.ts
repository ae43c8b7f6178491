import { unixSeconds } from '../clock.js';
import type { AccountState } from '../requirements/account-state.js';
import { documentValidUntil } from '../requirements/document/document-valid-until.js';

/**
 * When the clock alone next changes the account of `state` after `now`
 * (a deadline's requirement coming due or passing, a grace period ending),
 * or `null` when it never will. Every write stores it, so the background job
 * finds the accounts whose `account.updated` no write will tell of.
 */
export function nextClockChangeAt(state: AccountState, now: Date): Date | null {
  const until = documentValidUntil(state, unixSeconds(now));
  return Number.isFinite(until) ? new Date(until * 1000) : null;
}
