import type { PersonRole } from './account-state.js';

// Requirement keys are Stripe's (`individual.dob.day`, `person_1a2b.address.city`,
// `relationship.owner`, `owners.first_name`); field keys are the document's
// (`individual.dob`, `person_1a2b.address`). These helpers translate.

const dateParts = /^(.*\.)?dob\.(day|month|year)$/;
const addressParts =
  /^(.*\.)?(address|address_kana|address_kanji)\.(line1|line2|town|city|state|postal_code)$/;

// A document build asks this of the same few hundred keys several times each, with two regexes apiece.
const fieldKeys = new Map<string, string>();
const maxMemoEntries = 10_000;

/**
 * The field that collects a requirement key: the key itself, except for the
 * parts of a date of birth, of an address and of the ToS acceptance, which
 * one field covers together.
 *
 * @example fieldKeyOf('individual.dob.day') // 'individual.dob'
 * @example fieldKeyOf('person_1a2b.address.city') // 'person_1a2b.address'
 * @example fieldKeyOf('tos_acceptance.ip') // 'tos_acceptance'
 */
export function fieldKeyOf(requirementKey: string): string {
  let field = fieldKeys.get(requirementKey);
  if (field === undefined) {
    field = parseFieldKey(requirementKey);
    // Person keys carry ids, so the set is open-ended; the bound keeps the memo small.
    if (fieldKeys.size >= maxMemoEntries) fieldKeys.clear();
    fieldKeys.set(requirementKey, field);
  }
  return field;
}

function parseFieldKey(requirementKey: string): string {
  if (requirementKey.startsWith('tos_acceptance.')) return 'tos_acceptance';
  const date = dateParts.exec(requirementKey);
  if (date) return `${date[1] ?? ''}dob`;
  const address = addressParts.exec(requirementKey);
  if (address) return `${address[1] ?? ''}${address[2]}`;
  return requirementKey;
}

/** The part of a composite field a requirement key names (`day`, `city`), or `null` for a whole field. */
export function partOf(requirementKey: string): string | null {
  const field = fieldKeyOf(requirementKey);
  return field === requirementKey || field === 'tos_acceptance'
    ? null
    : requirementKey.slice(field.length + 1);
}

/** The person a `person_<id>.<field>` key is about, and the field; `null` for other keys. */
export function splitPersonKey(key: string): { personId: string; field: string } | null {
  const match = /^(person_[A-Za-z0-9_]+)\.(.+)$/.exec(key);
  return match ? { personId: match[1] ?? '', field: match[2] ?? '' } : null;
}

/**
 * The prefixes Stripe's Country Specs use for "any person with this role"
 * (`owners.first_name`), by role, and the requirement saying such a person
 * must exist (`relationship.owner`).
 */
export const rolePlaceholders: Readonly<Record<PersonRole, { prefix: string; relationship: string }>> = {
  representative: { prefix: 'representative', relationship: 'relationship.representative' },
  owner: { prefix: 'owners', relationship: 'relationship.owner' },
  director: { prefix: 'directors', relationship: 'relationship.director' },
  executive: { prefix: 'executives', relationship: 'relationship.executive' },
};

/** The role a placeholder or relationship key is about (`owners.dob.day` → `owner`), if any. */
export function roleOfKey(key: string): PersonRole | null {
  for (const { role, prefix, relationship } of roleMatchers) {
    if (key === relationship || key.startsWith(prefix)) return role;
  }
  return null;
}

const roleMatchers = (Object.keys(rolePlaceholders) as PersonRole[]).map((role) => ({
  role,
  prefix: `${rolePlaceholders[role].prefix}.`,
  relationship: rolePlaceholders[role].relationship,
}));

/** The key of the `person_list` field that collects each role (`owners`, …). */
export const personListKeys: Readonly<Record<PersonRole, string>> = {
  representative: 'representative',
  owner: 'owners',
  director: 'directors',
  executive: 'executives',
};
