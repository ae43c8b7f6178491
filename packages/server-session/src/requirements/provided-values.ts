import { type FieldValue, isBlank } from '@onboardkit/schema';
import type { AccountState, PersonState } from './account-state.js';
import { fieldKeyOf, partOf, splitPersonKey } from './requirement-key.js';

// Whether a requirement key has an answer in the account state. "Provided"
// says nothing about verification: a wrong value is still provided until the
// verifier re-lists it.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Attestations count only when confirmed: `false` means "not yet". */
const attestation = /(^|\.)(owners|directors|executives)_provided$/;

function valueProvides(value: FieldValue | undefined, part: string | null, key: string): boolean {
  if (part === null) {
    if (attestation.test(key)) return value === true;
    return !isBlank(value);
  }
  if (part === 'day' || part === 'month' || part === 'year')
    return typeof value === 'string' && isoDate.test(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return !isBlank((value as Record<string, FieldValue>)[part]);
}

/**
 * Whether a person has answered a requirement key relative to them
 * (`first_name`, `dob.day`, `address.city`, `id_number`, `relationship.title`).
 * `relationship.executive` counts only when true: Stripe lists it until the
 * representative is confirmed as an executive.
 */
export function personProvides(person: PersonState, relativeKey: string): boolean {
  switch (relativeKey) {
    case 'relationship.title':
      return person.relationship.title !== null && person.relationship.title.trim() !== '';
    case 'relationship.percent_ownership':
      return person.relationship.percent_ownership !== null;
    case 'relationship.executive':
      return person.relationship.executive;
    case 'relationship.director':
      return person.relationship.director;
    case 'relationship.owner':
      return person.relationship.owner;
  }
  const field = fieldKeyOf(relativeKey);
  if (person.sensitive[field] !== undefined) return true;
  return valueProvides(person.values[field], partOf(relativeKey), relativeKey);
}

/**
 * Whether the account has answered an account-level requirement key
 * (`individual.dob.day`, `company.owners_provided`, `tos_acceptance.ip`,
 * `external_account`) or a person's (`person_1a2b.first_name`). Role
 * placeholders (`owners.first_name`) and relationships are never "provided":
 * the engine replaces them once persons exist.
 */
export function accountProvides(state: AccountState, key: string): boolean {
  if (key === 'business_type') return state.business_type !== null;
  if (key.startsWith('tos_acceptance.')) return state.tos_acceptance !== null;
  const personKey = splitPersonKey(key);
  if (personKey) {
    const person = state.persons.find((candidate) => candidate.id === personKey.personId);
    return person !== undefined && personProvides(person, personKey.field);
  }
  const field = fieldKeyOf(key);
  if (state.sensitive[field] !== undefined) return true;
  return valueProvides(state.values[field], partOf(key), key);
}
