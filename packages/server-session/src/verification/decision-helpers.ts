import { verificationDelaySeconds } from './verification-delays.js';
import type {
  FailedOutcome,
  Gate,
  VerificationDecision,
  VerificationOutcome,
} from './verification-result.js';

// The building blocks every decision module shares: how a decision is timed,
// and a failed outcome with its defaults.

/** Known at once, as Stripe's "immediate verification" test values are. */
export function immediately(outcome: VerificationOutcome): VerificationDecision {
  return { outcome, timing: { kind: 'immediate' } };
}

/** Known after a simulated review of `delaySeconds`, holding back `blocksWhilePending` meanwhile. */
export function afterReview(
  outcome: VerificationOutcome,
  delaySeconds: number,
  blocksWhilePending: Gate[] = [],
): VerificationDecision {
  return { outcome, timing: { kind: 'asynchronous', delaySeconds, blocksWhilePending } };
}

/** A failure; what it re-lists, requires and blocks is the caller's to say. */
export function failure(
  code: FailedOutcome['code'],
  details: Partial<Omit<FailedOutcome, 'status' | 'code'>> = {},
): FailedOutcome {
  return {
    status: 'failed',
    code,
    relist: [],
    requires: [],
    resolved_by: [],
    blocks: ['activation'],
    ...details,
  };
}

export const verified: VerificationOutcome = { status: 'verified' };

/** Keyed checks of a person's identity hold back activation while they run, as Stripe's do. */
export const keyedIdentityDelay = verificationDelaySeconds.keyedIdentity;

/** Digits only: test values are recognised however they were typed (`000-00-0000`). */
export function digitsOf(value: string): string {
  return value.replace(/[\s.\-/]/g, '');
}
