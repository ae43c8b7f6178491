import type { AccountState } from '../requirements/account-state.js';
import { settleDueVerifications } from '../verification/settle-verifications.js';
import type { VerificationResult } from '../verification/verification-result.js';

const daySeconds = 86_400;

/**
 * The account as the engine sees it `days` later: every deadline (and the
 * closure of an unverified account) is computed from `created`, so moving
 * that back brings them all forward by the same amount. The resource's own
 * `created` is the store's column and does not move.
 */
export function advanceDeadlines(state: AccountState, days: number): AccountState {
  return { ...state, created: state.created - days * daySeconds };
}

/**
 * Settles every pending check of an account at `now` (unix seconds) instead of
 * when its review would end: the outcome was decided from the submitted
 * value up front, so this only skips the wait.
 */
export function settleVerificationsNow(
  results: Readonly<Record<string, VerificationResult>>,
  now: number,
): { results: Record<string, VerificationResult>; settled: string[] } {
  const endedNow: Record<string, VerificationResult> = {};
  for (const [subject, result] of Object.entries(results)) {
    endedNow[subject] =
      result.status === 'pending' ? { ...result, settles_at: Math.min(result.settles_at, now) } : result;
  }
  return settleDueVerifications(endedNow, now);
}
