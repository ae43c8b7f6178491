import type { VerificationResult } from './verification-result.js';

/**
 * Settles every pending check whose review is over at `now` (unix seconds):
 * what the background job runs. Returns the results to store and the subject
 * keys that changed; the input is left as it was.
 *
 * @example
 * const { results, settled } = settleDueVerifications(state.verifications, now);
 * if (settled.length > 0) save({ ...state, verifications: results });
 */
export function settleDueVerifications(
  results: Readonly<Record<string, VerificationResult>>,
  now: number,
): { results: Record<string, VerificationResult>; settled: string[] } {
  const next: Record<string, VerificationResult> = {};
  const settled: string[] = [];
  for (const [subject, result] of Object.entries(results)) {
    if (result.status === 'pending' && result.settles_at <= now) {
      // Settled at the time the review ended, not when the job got round to it.
      next[subject] = { ...result.outcome, decided_at: result.settles_at };
      settled.push(subject);
    } else {
      next[subject] = result;
    }
  }
  return { results: next, settled };
}

/**
 * When the background job should next look at this account: the earliest
 * `settles_at` of its pending checks (unix seconds), or `null` when none is
 * pending. Store it beside the account so a restarted job finds the work.
 */
export function nextSettlementAt(results: Readonly<Record<string, VerificationResult>>): number | null {
  let next: number | null = null;
  for (const result of Object.values(results)) {
    if (result.status === 'pending' && (next === null || result.settles_at < next)) next = result.settles_at;
  }
  return next;
}
