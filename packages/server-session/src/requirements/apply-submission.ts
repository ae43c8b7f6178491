import { type FieldValue, isBlank } from '@onboardkit/schema';
import { decideDirectors } from '../verification/company-decisions.js';
import { decideVerification } from '../verification/decide-verification.js';
import { toVerificationResult, type VerificationDecision } from '../verification/verification-result.js';
import { type AccountState, type BusinessType, businessTypes, type PersonState } from './account-state.js';
import { applyPersonList, type PersonListChange } from './apply-person-list.js';
import { personListKeys } from './requirement-key.js';
import { lastFourOf, sensitiveAccountFields } from './sensitive-fields.js';
import { serviceAgreementOf } from './service-agreement.js';

/** What the request tells the engine besides the values: the server's own facts, never the body's. */
export interface SubmissionContext {
  /** Unix seconds. */
  now: number;
  /** The client's IP address, recorded with a ToS acceptance. */
  ip: string;
  userAgent: string | null;
  /** Makes the id of each person the submission creates (`person_…`, letters, digits and `_`): the caller's randomness. */
  newPersonId: () => string;
}

/** A sensitive value for the store to encrypt: never part of `AccountState`. */
export interface SensitiveWrite {
  /** `null` for an account-level field, else the person it belongs to. */
  personId: string | null;
  /** The field key: `individual.id_number`, `external_account`, or a person's `id_number`. */
  key: string;
  value: FieldValue;
}

/** The outcome of applying a submission. */
export interface AppliedSubmission {
  state: AccountState;
  /** Sensitive values to store encrypted, replacing any held for the same owner and key. */
  sensitiveWrites: SensitiveWrite[];
  /** Persons the submission removed: erase their sensitive values too. */
  removedPersonIds: string[];
  /** Subject keys whose verification was decided anew (pending ones go to the background job). */
  verificationsDecided: string[];
}

const roleOfList = new Map(
  Object.entries(personListKeys).map(([role, key]) => [key, role as keyof typeof personListKeys]),
);

function isBusinessType(value: FieldValue): value is BusinessType {
  return typeof value === 'string' && (businessTypes as readonly string[]).includes(value);
}

/**
 * Applies a submission that `validateSubmission` accepted against this
 * account's document (so every key is collectable and every value well
 * formed) and runs the simulated verifier on what changed. The ToS
 * acceptance takes its date, IP and user agent from `context`, never from
 * the values. Pure: returns the next state and what the store must do.
 *
 * @example
 * const { state: next, sensitiveWrites } = applySubmission(state, { 'individual.dob': '1902-01-01' }, { now, ip, userAgent, newPersonId });
 */
export function applySubmission(
  state: AccountState,
  values: Readonly<Record<string, FieldValue>>,
  context: SubmissionContext,
): AppliedSubmission {
  const next: AccountState = {
    ...state,
    values: { ...state.values },
    sensitive: { ...state.sensitive },
    persons: state.persons.map((person) => ({ ...person })),
    verifications: { ...state.verifications },
  };
  const sensitiveWrites: SensitiveWrite[] = [];
  const removedPersonIds: string[] = [];
  const decisions = new Map<string, VerificationDecision | null>();
  let directorsChanged = false;

  for (const [key, value] of Object.entries(values)) {
    const role = roleOfList.get(key);
    if (role !== undefined) {
      if (!Array.isArray(value)) continue;
      const change: PersonListChange = applyPersonList(next.persons, role, value, context.newPersonId);
      next.persons = change.persons;
      removedPersonIds.push(...change.removedPersonIds);
      sensitiveWrites.push(...change.sensitiveWrites);
      for (const [subject, subjectValue] of change.touched)
        decisions.set(subject, decideVerification(subject, subjectValue));
      directorsChanged ||= role === 'director' || change.touchedDirectors;
    } else if (key === 'business_type') {
      if (isBusinessType(value)) next.business_type = value;
    } else if (key === 'tos_acceptance') {
      next.tos_acceptance =
        value === true
          ? {
              date: context.now,
              ip: context.ip,
              user_agent: context.userAgent,
              service_agreement: serviceAgreementOf(next),
            }
          : null;
    } else if (sensitiveAccountFields.has(key)) {
      // A blank sensitive value means "keep what is held": the client never had it.
      if (isBlank(value)) continue;
      const last4 = lastFourOf(key, value);
      next.sensitive[key] = last4 === undefined ? {} : { last4 };
      sensitiveWrites.push({ personId: null, key, value });
      decisions.set(key, decideVerification(key, value));
    } else {
      const unchanged = JSON.stringify(next.values[key]) === JSON.stringify(value);
      if (isBlank(value)) delete next.values[key];
      else next.values[key] = value;
      directorsChanged ||= key === 'company.directors_provided';
      // A form sends a whole step again: an unchanged value keeps its verification instead of restarting it.
      if (unchanged && !isBlank(value)) continue;
      decisions.set(key, isBlank(value) ? null : decideVerification(key, value));
    }
  }

  for (const id of removedPersonIds) {
    for (const subject of Object.keys(next.verifications))
      if (subject.startsWith(`${id}.`)) delete next.verifications[subject];
  }
  if (directorsChanged) decisions.set('company.directors_provided', judgeDirectors(next.persons));
  for (const [subject, decision] of decisions) {
    if (decision === null) delete next.verifications[subject];
    else next.verifications[subject] = toVerificationResult(decision, context.now);
  }
  return { state: next, sensitiveWrites, removedPersonIds, verificationsDecided: [...decisions.keys()] };
}

/** The directors are checked together against the (simulated) company register. */
function judgeDirectors(persons: readonly PersonState[]): VerificationDecision | null {
  const names = persons
    .filter((person) => person.relationship.director)
    .map((person) => person.values.first_name)
    .filter((name): name is string => typeof name === 'string');
  return decideDirectors(names);
}
