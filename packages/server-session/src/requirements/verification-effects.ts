import type {
  AccountEffect,
  FailedOutcome,
  PendingVerification,
} from '../verification/verification-result.js';
import type { AccountState } from './account-state.js';
import { splitPersonKey } from './requirement-key.js';

/** A failed check still standing, with the subject it judged. */
export interface StandingFailure {
  subject: string;
  outcome: FailedOutcome;
}

/** What the verifier's results mean for the account right now. */
export interface VerificationEffects {
  /** Checks under way, by subject key. */
  pending: ReadonlyMap<string, PendingVerification>;
  /** Subjects that passed. */
  verified: ReadonlySet<string>;
  /** Failures not settled by a later success (a document beats keyed data). */
  failures: readonly StandingFailure[];
  /** Account-wide effects of standing results. */
  effects: ReadonlySet<AccountEffect>;
}

/**
 * Whether a result still concerns the account: results about the individual
 * are moot once the account is a company and the other way round, and those
 * about a removed person are moot for good.
 */
function stillRelevant(state: AccountState, subject: string): boolean {
  const person = splitPersonKey(subject);
  const isCompany = state.business_type === 'company' || state.business_type === 'non_profit';
  if (person) return isCompany && state.persons.some((candidate) => candidate.id === person.personId);
  if (subject.startsWith('individual.')) return state.business_type === 'individual';
  if (subject.startsWith('company.')) return isCompany;
  return true;
}

/**
 * Sorts the stored verification results of an account into what is pending,
 * verified and failed, dropping results that no longer concern it and
 * failures a later success has settled.
 */
export function verificationEffects(state: AccountState): VerificationEffects {
  const relevant = Object.entries(state.verifications).filter(([subject]) => stillRelevant(state, subject));
  const pending = new Map<string, PendingVerification>();
  const verified = new Set<string>();
  const failed: StandingFailure[] = [];
  const effects = new Set<AccountEffect>();
  for (const [subject, result] of relevant) {
    if (result.status === 'pending') pending.set(subject, result);
    else if (result.status === 'verified') {
      verified.add(subject);
      if (result.effect) effects.add(result.effect);
    } else failed.push({ subject, outcome: result });
  }
  const failures = failed.filter(
    ({ outcome }) => !outcome.resolved_by.some((subject) => verified.has(subject)),
  );
  for (const { outcome } of failures) if (outcome.effect) effects.add(outcome.effect);
  return { pending, verified, failures, effects };
}
