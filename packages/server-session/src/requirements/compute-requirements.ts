import type { Requirements } from '@onboardkit/schema';
import type { Gate } from '../verification/verification-result.js';
import type { AccountState, CapabilityName } from './account-state.js';
import { countryRules } from './countries/all-countries.js';
import { deriveCapabilities } from './derive-capabilities.js';
import { createTranslator } from './locales/translate.js';
import { accountProvides } from './provided-values.js';
import { requirementErrors } from './requirement-errors.js';
import { fieldKeyOf } from './requirement-key.js';
import { type RequirementEntry, requirementEntries } from './requirement-universe.js';
import { type VerificationEffects, verificationEffects } from './verification-effects.js';

/** A capability's status, as Stripe reports it on the account. */
export type CapabilityStatus = 'active' | 'inactive' | 'pending';

/** Why a capability is not active (Stripe's capability `requirements.disabled_reason`). */
export type CapabilityDisabledReason =
  | 'requirements.fields_needed'
  | 'pending.review'
  | 'paused.inactivity'
  | 'rejected.other';

/** Why the account cannot charge or pay out (Stripe's account `requirements.disabled_reason`). */
export type AccountDisabledReason =
  | 'requirements.past_due'
  | 'requirements.pending_verification'
  | 'under_review'
  | 'rejected.other'
  | 'other';

/**
 * Where an account stands: its requirements, and what they allow. Every
 * field here is derived; none can be set.
 */
export interface AccountRequirements {
  requirements: Requirements;
  /** What the time and volume rules will ask next: not yet due, nothing past due. */
  future_requirements: Requirements;
  /** Statuses of the requested capabilities only. */
  capabilities: Partial<Record<CapabilityName, CapabilityStatus>>;
  capability_disabled_reasons: Partial<Record<CapabilityName, CapabilityDisabledReason | null>>;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  /** Every initial requirement has an answer (verified or not). */
  details_submitted: boolean;
  /** The same as `requirements.disabled_reason`. */
  disabled_reason: AccountDisabledReason | null;
}

/** The clock, as unix seconds: the engine never reads one itself. */
export interface ComputeOptions {
  now: number;
}

/** The intermediate results the document builder reuses. */
export interface RequirementsEvaluation {
  result: AccountRequirements;
  /** Every requirement of the account, follow-ups of failed checks included. */
  entries: ReadonlyMap<string, RequirementEntry>;
  effects: VerificationEffects;
}

const english = createTranslator('en');
const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();

function emptyRequirements(): Requirements {
  return {
    currently_due: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
    errors: [],
    disabled_reason: null,
    current_deadline: null,
  };
}

/** Adds the follow-ups of standing failures: re-listed keys and what the failures require. */
function withFollowUps(
  base: Map<string, RequirementEntry>,
  effects: VerificationEffects,
): { entries: Map<string, RequirementEntry>; relisted: Set<string> } {
  const entries = new Map(base);
  const relisted = new Set<string>();
  for (const { outcome } of effects.failures) {
    const gates: readonly Gate[] = outcome.blocks;
    for (const key of outcome.relist) {
      relisted.add(key);
      entries.set(key, { key, timing: { kind: 'follow_up' }, gates });
    }
    for (const key of outcome.requires) {
      // An initial requirement is already due now; a later one is brought forward.
      if (entries.get(key)?.timing.kind !== 'initial')
        entries.set(key, { key, timing: { kind: 'follow_up' }, gates });
    }
  }
  return { entries, relisted };
}

/**
 * The account's requirements and what they allow at `now`, with Stripe's
 * semantics: `eventually_due` ⊇ `currently_due` ⊇ `past_due`; keys under
 * review in `pending_verification`; failed checks in `errors`, their keys due
 * again; deadlines in `current_deadline`, passing into `past_due`.
 * Capability statuses, `charges_enabled` and `payouts_enabled` follow.
 */
export function evaluateRequirements(state: AccountState, { now }: ComputeOptions): RequirementsEvaluation {
  const rules = countryRules[state.country];
  const effects = verificationEffects(state);
  const base = requirementEntries(state, rules);
  const { entries, relisted } = withFollowUps(base, effects);

  const current = emptyRequirements();
  const future = emptyRequirements();
  const deadlines: number[] = [];
  const futureDeadlines: number[] = [];
  const pastDueGates = new Set<Gate>();
  for (const entry of entries.values()) {
    const { key, timing } = entry;
    const wrong = relisted.has(key);
    if (!wrong && effects.pending.has(fieldKeyOf(key))) {
      current.pending_verification.push(key);
      continue;
    }
    if (!wrong && accountProvides(state, key)) continue;
    current.eventually_due.push(key);
    const pastDue = () => {
      current.currently_due.push(key);
      current.past_due.push(key);
      for (const gate of entry.gates) pastDueGates.add(gate);
    };
    switch (timing.kind) {
      case 'initial':
        // What a capability needs before it can turn active is overdue from the start, as Stripe lists it.
        pastDue();
        break;
      case 'follow_up':
        if (entry.gates.length > 0) pastDue();
        else current.currently_due.push(key);
        break;
      case 'deadline':
        if (now >= timing.deadline) pastDue();
        else if (now >= timing.opensAt) {
          current.currently_due.push(key);
          deadlines.push(timing.deadline);
        } else {
          future.currently_due.push(key);
          futureDeadlines.push(timing.deadline);
        }
        break;
      case 'volume':
        future.eventually_due.push(key);
        break;
    }
  }

  const errors = requirementErrors(effects.failures, new Set(current.eventually_due), english);

  const derived = deriveCapabilities({ state, rules, now, effects, pastDueGates });
  const details_submitted =
    state.tos_acceptance !== null &&
    [...base.values()].every((entry) => entry.timing.kind !== 'initial' || accountProvides(state, entry.key));
  const requirements: Requirements = {
    currently_due: sorted(current.currently_due),
    eventually_due: sorted(current.eventually_due),
    past_due: sorted(current.past_due),
    pending_verification: sorted(current.pending_verification),
    errors,
    disabled_reason: derived.disabledReason,
    current_deadline: deadlines.length > 0 ? Math.min(...deadlines) : null,
  };
  const futureCurrentlyDue = sorted(future.currently_due);
  const future_requirements: Requirements = {
    ...emptyRequirements(),
    currently_due: futureCurrentlyDue,
    eventually_due: sorted([...futureCurrentlyDue, ...future.eventually_due]),
    current_deadline: futureDeadlines.length > 0 ? Math.min(...futureDeadlines) : null,
  };
  return {
    result: {
      requirements,
      future_requirements,
      capabilities: derived.capabilities,
      capability_disabled_reasons: derived.capabilityDisabledReasons,
      charges_enabled: derived.chargesEnabled,
      payouts_enabled: derived.payoutsEnabled,
      details_submitted,
      disabled_reason: derived.disabledReason,
    },
    entries,
    effects,
  };
}

/**
 * Where the account stands at `now` (unix seconds): requirements, future
 * requirements, capability statuses, `charges_enabled`, `payouts_enabled`,
 * `details_submitted` and `disabled_reason`, all derived from `state`.
 * Error reasons are in English; `buildRequirementsDocument` localizes them.
 *
 * @example
 * const { requirements, charges_enabled } = computeRequirements(state, { now: Math.floor(Date.now() / 1000) });
 */
export function computeRequirements(state: AccountState, options: ComputeOptions): AccountRequirements {
  return evaluateRequirements(state, options).result;
}
