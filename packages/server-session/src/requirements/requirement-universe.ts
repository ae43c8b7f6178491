import type { Gate } from '../verification/verification-result.js';
import { type AccountState, type PersonRole, type PersonState, personRoles } from './account-state.js';
import {
  asksForRole,
  type CountryRules,
  requirementKeysFor,
  roleAttestations,
  roleFieldsIn,
  type ThresholdRule,
} from './countries/country-rules.js';
import { roleOfKey, rolePlaceholders } from './requirement-key.js';

/**
 * When a requirement falls due: `initial` ones are due from the start (they
 * gate the capabilities); `deadline` ones open ahead of their deadline;
 * `volume` ones wait on a threshold never reached here; `follow_up` ones come
 * from a failed verification and hold back what the failure blocks.
 */
export type RequirementTiming =
  | { kind: 'initial' }
  | { kind: 'deadline'; opensAt: number; deadline: number }
  | { kind: 'volume' }
  | { kind: 'follow_up' };

/** One requirement the account has, whether or not it is answered yet. */
export interface RequirementEntry {
  key: string;
  timing: RequirementTiming;
  /** What stays held back while the requirement is past due. */
  gates: readonly Gate[];
}

const daySeconds = 86_400;

/**
 * How long before its deadline a deadline requirement moves from
 * `eventually_due` to `currently_due`: two weeks' notice, so the account
 * holder sees it in `current_deadline` before anything is disabled.
 */
export const deadlineNoticeDays = 14;

/** Stripe pays out only to a bank account, and needs nothing more of it to charge. */
function gatesOf(key: string, timing: RequirementTiming): readonly Gate[] {
  if (timing.kind === 'volume') return [];
  return key === 'external_account' ? ['payouts'] : ['activation'];
}

function timingOf(rule: ThresholdRule, created: number): RequirementTiming {
  if (rule.kind === 'volume') return { kind: 'volume' };
  const deadline = created + rule.deadlineDays * daySeconds;
  return { kind: 'deadline', opensAt: deadline - deadlineNoticeDays * daySeconds, deadline };
}

/** The sum of the ownership shares given; shares not given count as nothing. */
export function listedOwnership(persons: readonly PersonState[]): number {
  return persons
    .filter((person) => person.relationship.owner)
    .reduce((sum, person) => sum + (person.relationship.percent_ownership ?? 0), 0);
}

/**
 * Whether the account must still list persons of `role`: the representative
 * always; owners until confirmed (or until listed shares reach 100%);
 * directors and executives until confirmed.
 */
function roleStillOpen(state: AccountState, role: PersonRole): boolean {
  if (role === 'representative') return true;
  const attestation = roleAttestations[role];
  if (attestation !== undefined && state.values[attestation] === true) return false;
  return role !== 'owner' || listedOwnership(state.persons) < 100;
}

/**
 * Every requirement of the account from its country's rules, its persons and
 * the time rules, before verification results are taken into account (see
 * `computeRequirements`). Keys of persons take Stripe's forms: role
 * placeholders (`owners.first_name`) and `relationship.owner` while no such
 * person exists, `person_<id>.first_name` once one does.
 */
export function requirementEntries(state: AccountState, rules: CountryRules): Map<string, RequirementEntry> {
  const businessType = state.business_type;
  const keys = requirementKeysFor(rules, businessType, state.requested_capabilities);
  const entries = new Map<string, RequirementEntry>();
  const add = (key: string, timing: RequirementTiming) => {
    if (!entries.has(key)) entries.set(key, { key, timing, gates: gatesOf(key, timing) });
  };
  const hasPersons = businessType === 'company' || businessType === 'non_profit';

  const addForRole = (role: PersonRole, fields: readonly string[], timing: RequirementTiming) => {
    const holders = state.persons.filter((person) => person.relationship[role]);
    if (holders.length > 0) {
      for (const person of holders) for (const field of fields) add(`${person.id}.${field}`, timing);
    } else if (roleStillOpen(state, role)) {
      for (const field of fields) add(`${rolePlaceholders[role].prefix}.${field}`, timing);
    }
  };

  for (const key of keys) {
    if (roleOfKey(key) !== null) continue;
    // Owners whose shares reach 100% leave nobody to attest to.
    if (key === roleAttestations.owner && listedOwnership(state.persons) >= 100) continue;
    add(key, { kind: 'initial' });
  }
  if (hasPersons) {
    for (const role of personRoles) {
      if (!asksForRole(keys, role)) continue;
      const initial = { kind: 'initial' } as const;
      if (!state.persons.some((person) => person.relationship[role]) && roleStillOpen(state, role)) {
        add(rolePlaceholders[role].relationship, initial);
      }
      addForRole(role, roleFieldsIn(keys, role), initial);
    }
  }
  if (businessType === null || state.requested_capabilities.length === 0) return entries;
  for (const rule of rules.thresholds) {
    if (!rule.businessTypes.includes(businessType)) continue;
    if (
      rule.kind === 'volume' &&
      rule.onlyWithoutOwners &&
      state.persons.some((person) => person.relationship.owner)
    ) {
      continue;
    }
    const timing = timingOf(rule, state.created);
    for (const key of rule.keys) {
      const role = roleOfKey(key);
      if (role === null) add(key, timing);
      else if (hasPersons) addForRole(role, roleFieldsIn([key], role), timing);
    }
  }
  return entries;
}
