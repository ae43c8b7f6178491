import { type FieldValue, isBlank, personValueSchema } from '@onboardkit/schema';
import type { PersonRole, PersonState } from './account-state.js';
import { personFieldOrder } from './document/person-fields.js';
import { lastFourOf, sensitivePersonFields } from './sensitive-fields.js';

/** What replacing one role's list of persons did. */
export interface PersonListChange {
  persons: PersonState[];
  removedPersonIds: string[];
  sensitiveWrites: Array<{ personId: string; key: string; value: FieldValue }>;
  /** Subject keys (`person_….dob`) given a new value, with the value, for the verifier. */
  touched: Array<[string, FieldValue]>;
  /** A director's name changed: the directors are judged again. */
  touchedDirectors: boolean;
}

/** Person fields a submission may write; anything else in a person's values is ignored, never stored. */
const writableFields = new Set(personFieldOrder);

function newPerson(id: string): PersonState {
  return {
    id,
    relationship: {
      representative: false,
      owner: false,
      director: false,
      executive: false,
      title: null,
      percent_ownership: null,
    },
    values: {},
    sensitive: {},
  };
}

function percentOf(value: FieldValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Replaces the persons holding `role` with the submitted list, as a
 * `person_list` field's value means: a listed person with a known `id` is
 * updated, one without (or with an id this account does not have) is
 * created, and a holder missing from the list loses the role, and is
 * removed if that was their last one. Blank sensitive values keep what is held.
 */
export function applyPersonList(
  current: readonly PersonState[],
  role: PersonRole,
  items: readonly FieldValue[],
  newPersonId: () => string,
): PersonListChange {
  const persons = current.map((person) => ({
    ...person,
    relationship: { ...person.relationship },
    values: { ...person.values },
    sensitive: { ...person.sensitive },
  }));
  const change: PersonListChange = {
    persons,
    removedPersonIds: [],
    sensitiveWrites: [],
    touched: [],
    touchedDirectors: false,
  };
  const listed = new Set<string>();
  for (const item of items) {
    const parsed = personValueSchema.safeParse(item);
    if (!parsed.success) continue;
    let person = persons.find((candidate) => candidate.id === parsed.data.id);
    if (person === undefined) {
      person = newPerson(newPersonId());
      persons.push(person);
    }
    person.relationship[role] = true;
    listed.add(person.id);
    for (const [key, value] of Object.entries(parsed.data.values)) {
      if (!writableFields.has(key)) continue;
      applyPersonValue(person, key, value, change);
    }
  }
  for (const person of persons) {
    if (!person.relationship[role] || listed.has(person.id)) continue;
    person.relationship[role] = false;
    const { representative, owner, director, executive } = person.relationship;
    if (!representative && !owner && !director && !executive) change.removedPersonIds.push(person.id);
  }
  change.persons = persons.filter((person) => !change.removedPersonIds.includes(person.id));
  return change;
}

function applyPersonValue(
  person: PersonState,
  key: string,
  value: FieldValue,
  change: PersonListChange,
): void {
  switch (key) {
    case 'relationship.title':
      person.relationship.title = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
      return;
    case 'relationship.percent_ownership':
      person.relationship.percent_ownership = percentOf(value);
      return;
    case 'relationship.executive':
      person.relationship.executive = value === true;
      return;
  }
  const subject = `${person.id}.${key}`;
  if (sensitivePersonFields.has(key)) {
    if (isBlank(value)) return;
    const last4 = lastFourOf(key, value);
    person.sensitive[key] = last4 === undefined ? {} : { last4 };
    change.sensitiveWrites.push({ personId: person.id, key, value });
    change.touched.push([subject, value]);
    return;
  }
  const before = person.values[key];
  if (isBlank(value)) delete person.values[key];
  else person.values[key] = value;
  // Unchanged values need no new check: re-listing a person must not restart their verification.
  if (JSON.stringify(before) === JSON.stringify(value)) return;
  change.touched.push([subject, value]);
  if (key === 'first_name' && person.relationship.director) change.touchedDirectors = true;
}
