import type { FieldSpec, FieldValue, Mask, PersonValue } from '@onboardkit/schema';
import { type PersonRole, type PersonState, personRoles } from '../account-state.js';
import type { OwnershipRule } from '../countries/country-rules.js';
import {
  asksForRole,
  requirementKeysFor,
  roleAttestations,
  roleFieldsIn,
} from '../countries/country-rules.js';
import type { MessageId } from '../locales/en.js';
import type { Translate } from '../locales/translate.js';
import { fieldKeyOf, partOf, personListKeys, rolePlaceholders, splitPersonKey } from '../requirement-key.js';
import { accountFieldWithStatus } from './account-field-specs.js';
import { type BuildInputs, buildsField } from './build-inputs.js';
import { fieldErrors, fieldStatus } from './field-status.js';
import { personFieldOrder, personFieldSpec } from './person-fields.js';

const listHelp: Readonly<Record<Exclude<PersonRole, 'owner'>, MessageId>> = {
  representative: 'help.representative',
  director: 'help.directors',
  executive: 'help.executives',
};

/** Optional fields worth asking of every person of a role, whatever the country lists. */
const optionalFields: Readonly<Record<PersonRole, readonly string[]>> = {
  representative: ['relationship.title'],
  owner: ['relationship.title', 'relationship.percent_ownership'],
  director: ['relationship.title'],
  executive: ['relationship.title'],
};

function ownersHelp(rule: OwnershipRule, translate: Translate): string {
  if (rule.fallbackPercent !== undefined) {
    return translate('help.owners.fallback', { percent: rule.percent, fallback: rule.fallbackPercent });
  }
  return translate(rule.comparison === 'at_least' ? 'help.owners.at_least' : 'help.owners.more_than', {
    percent: rule.percent,
  });
}

/** Singapore's threshold drops to its fallback when no listed owner passes the first one. */
function ownershipThreshold(rule: OwnershipRule, owners: readonly PersonState[]): number {
  if (rule.fallbackPercent === undefined || owners.length === 0) return rule.percent;
  const anyAbove = owners.some((owner) => (owner.relationship.percent_ownership ?? 0) > rule.percent);
  return anyAbove ? rule.percent : rule.fallbackPercent;
}

/** A person's answers to the list's fields, with masks for what is held sensitive. */
function personValue(person: PersonState, fieldKeys: readonly string[]): PersonValue {
  const values: Record<string, FieldValue> = {};
  const masks: Record<string, Mask> = {};
  for (const key of fieldKeys) {
    const held = person.sensitive[key];
    if (held) masks[key] = { provided: true, ...(held.last4 ? { last4: held.last4 } : {}) };
    else if (key === 'relationship.title' && person.relationship.title !== null)
      values[key] = person.relationship.title;
    else if (key === 'relationship.percent_ownership' && person.relationship.percent_ownership !== null) {
      values[key] = person.relationship.percent_ownership;
    } else if (key === 'relationship.executive') values[key] = person.relationship.executive;
    else if (person.values[key] !== undefined) values[key] = person.values[key] ?? null;
  }
  return { id: person.id, values, ...(Object.keys(masks).length > 0 ? { masks } : {}) };
}

/**
 * The relative requirement keys asked of persons of `role`, and which of them
 * every person of the list must answer (`required`). Follow-ups of one
 * person's failed check (an identity document) are asked but not required,
 * since the field spec is shared by every person in the list.
 */
function askedOfRole(inputs: BuildInputs, role: PersonRole, holders: readonly PersonState[]) {
  const { context, evaluation, collect } = inputs;
  const { state, rules } = context;
  const listed = requirementKeysFor(rules, state.business_type, state.requested_capabilities);
  const required = new Set(roleFieldsIn(listed, role));
  const later = new Set<string>();
  for (const rule of rules.thresholds) {
    if (state.business_type !== null && rule.businessTypes.includes(state.business_type)) {
      for (const field of roleFieldsIn(rule.keys, role)) later.add(field);
    }
  }
  const followUps = new Set<string>();
  const holderIds = new Set(holders.map((person) => person.id));
  for (const [key, entry] of evaluation.entries) {
    const personKey = splitPersonKey(key);
    if (!personKey || !holderIds.has(personKey.personId)) continue;
    if (entry.timing.kind === 'follow_up') followUps.add(personKey.field);
    // A threshold field of this role whose deadline has come is asked of every person of it;
    // the same field due for another role of the person is that role's list's business.
    else if (
      entry.timing.kind === 'deadline' &&
      later.has(personKey.field) &&
      inputs.status.currentlyDue.has(key)
    ) {
      required.add(personKey.field);
    }
  }
  const asked = new Set([
    ...required,
    ...(collect === 'eventually_due' ? later : []),
    ...followUps,
    ...optionalFields[role],
  ]);
  for (const person of holders) {
    for (const key of [...Object.keys(person.values), ...Object.keys(person.sensitive)]) asked.add(key);
  }
  return { asked, required };
}

/** The `person_list` field of one role, with each person's answers. */
function personListSpec(inputs: BuildInputs, role: PersonRole): FieldSpec {
  const { context, evaluation, requirements } = inputs;
  const { state, translate, rules } = context;
  const holders = state.persons.filter((person) => person.relationship[role]);
  const { asked, required } = askedOfRole(inputs, role, holders);
  const fieldKeys = personFieldOrder.filter((field) => [...asked].some((key) => fieldKeyOf(key) === field));
  const fields = fieldKeys
    .map((field) => {
      const covering = [...asked].filter((key) => fieldKeyOf(key) === field);
      return personFieldSpec(
        field,
        '',
        context,
        {
          required: covering.some((key) => required.has(key)),
          addressParts: covering.map(partOf).filter((part): part is string => part !== null),
        },
        { adult: role === 'representative' },
      );
    })
    .filter((spec): spec is FieldSpec => spec !== null);

  const { prefix, relationship } = rolePlaceholders[role];
  const holderIds = new Set(holders.map((person) => person.id));
  const keys = [...evaluation.entries.keys()].filter(
    (key) =>
      key === relationship ||
      key.startsWith(`${prefix}.`) ||
      holderIds.has(splitPersonKey(key)?.personId ?? ''),
  );
  const subjects = Object.keys(state.verifications).filter((subject) =>
    holderIds.has(splitPersonKey(subject)?.personId ?? ''),
  );
  const status = fieldStatus(keys, subjects, holders.length > 0, inputs.status);
  const errors = fieldErrors(keys, requirements.errors);
  const listKey = personListKeys[role];
  return {
    key: listKey,
    type: 'person_list',
    label: translate(`label.${listKey}` as MessageId),
    help: role === 'owner' ? ownersHelp(rules.ownership, translate) : translate(listHelp[role]),
    required: role === 'representative',
    ...(role === 'representative' ? { constraints: { maxItems: 1 } } : {}),
    personList: {
      role,
      ...(role === 'owner' ? { ownershipThreshold: ownershipThreshold(rules.ownership, holders) } : {}),
      fields,
    },
    ...(status ? { status } : {}),
    ...(errors.length > 0 ? { errors } : {}),
    ...(holders.length > 0 ? { value: holders.map((person) => personValue(person, fieldKeys)) } : {}),
  };
}

/**
 * The persons step's fields: one `person_list` per role the country asks of
 * a company (representative, owners, directors, executives), each followed
 * by its attestation (`company.owners_provided`, …) where it has one. Empty
 * for individuals.
 */
export function personListSpecs(inputs: BuildInputs): FieldSpec[] {
  const { state, rules } = inputs.context;
  if (state.business_type !== 'company' && state.business_type !== 'non_profit') return [];
  const listed = requirementKeysFor(rules, state.business_type, state.requested_capabilities);
  const specs: FieldSpec[] = [];
  for (const role of personRoles) {
    const holders = state.persons.some((person) => person.relationship[role]);
    if (!asksForRole(listed, role) && !holders) continue;
    if (buildsField(inputs, personListKeys[role])) specs.push(personListSpec(inputs, role));
    const attestation = roleAttestations[role];
    if (attestation !== undefined && asksForRole(listed, role) && buildsField(inputs, attestation)) {
      const spec = accountFieldWithStatus(inputs, attestation);
      if (spec) specs.push(spec);
    }
  }
  return specs;
}
