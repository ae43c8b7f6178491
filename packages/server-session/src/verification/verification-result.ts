import type { PayoutFailureCode, VerificationErrorCode } from './verification-error-codes.js';

/**
 * What an unresolved problem holds back. `activation` keeps the requested
 * capabilities from turning active (and with them charges and payouts);
 * `payouts` only stops payouts, as Stripe does for an unverified website,
 * statement descriptor, bank account or business address.
 */
export type Gate = 'activation' | 'payouts';

/**
 * Account-wide consequences beyond requirements: an OFAC alert puts the
 * account under review; a website flagged for inactivity pauses capabilities.
 */
export type AccountEffect = 'under_review' | 'paused.inactivity';

/** A check that passed. */
export interface VerifiedOutcome {
  status: 'verified';
  effect?: AccountEffect;
}

/**
 * A check that failed, with what it asks of the account next. Keys are
 * absolute requirement keys (`individual.id_number`, `person_x.address.line1`).
 */
export interface FailedOutcome {
  status: 'failed';
  code: VerificationErrorCode;
  /** Requirement keys asked again although a value is held (the value is wrong). */
  relist: string[];
  /** Further requirement keys the failure brings in, e.g. an identity document. */
  requires: string[];
  /** Subject keys whose successful verification settles this failure (a document beats keyed data). */
  resolved_by: string[];
  blocks: Gate[];
  effect?: AccountEffect;
  payout_failure_code?: PayoutFailureCode;
}

export type VerificationOutcome = VerifiedOutcome | FailedOutcome;

/** An asynchronous check under way: the background job turns it into its outcome at `settles_at`. */
export interface PendingVerification {
  status: 'pending';
  /** Unix seconds. */
  requested_at: number;
  /** Unix seconds from which the background job may settle it. */
  settles_at: number;
  /** What stays held back while the check runs. */
  blocks: Gate[];
  /** Decided up front from the submitted value, so the job needs no access to the (encrypted) value. */
  outcome: VerificationOutcome;
}

/** A settled check; `decided_at` is unix seconds. */
export type SettledVerification = VerificationOutcome & { decided_at: number };

/**
 * Where one verification subject stands, as the store persists it in
 * `AccountState.verifications` under the subject key (`individual.dob`,
 * `person_x.id_number`, `company.tax_id`, `external_account`, …).
 */
export type VerificationResult = PendingVerification | SettledVerification;

/**
 * The verifier's decision on one submitted value: its outcome and whether the
 * outcome is known at once (test values such as `222222222`) or only after a
 * simulated review.
 */
export interface VerificationDecision {
  outcome: VerificationOutcome;
  timing: { kind: 'immediate' } | { kind: 'asynchronous'; delaySeconds: number; blocksWhilePending: Gate[] };
}

/**
 * The result to store for a decision taken at `now` (unix seconds): settled at
 * once when immediate, else pending until `now + delay`.
 *
 * @example toVerificationResult(decideVerification('individual.dob', '1902-01-01'), now) // { status: 'verified', … }
 */
export function toVerificationResult(decision: VerificationDecision, now: number): VerificationResult {
  if (decision.timing.kind === 'immediate') return { ...decision.outcome, decided_at: now };
  return {
    status: 'pending',
    requested_at: now,
    settles_at: now + decision.timing.delaySeconds,
    blocks: decision.timing.blocksWhilePending,
    outcome: decision.outcome,
  };
}
