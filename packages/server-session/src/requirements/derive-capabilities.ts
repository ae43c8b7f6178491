import type { Gate } from '../verification/verification-result.js';
import type { AccountState, CapabilityName } from './account-state.js';
import type {
  AccountDisabledReason,
  CapabilityDisabledReason,
  CapabilityStatus,
} from './compute-requirements.js';
import type { CountryRules } from './countries/country-rules.js';
import type { VerificationEffects } from './verification-effects.js';

const daySeconds = 86_400;

/** What capability derivation looks at. */
export interface CapabilityInputs {
  state: AccountState;
  rules: CountryRules;
  now: number;
  effects: VerificationEffects;
  /** What the past-due requirements hold back. */
  pastDueGates: ReadonlySet<Gate>;
}

export interface DerivedCapabilities {
  capabilities: Partial<Record<CapabilityName, CapabilityStatus>>;
  capabilityDisabledReasons: Partial<Record<CapabilityName, CapabilityDisabledReason | null>>;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  disabledReason: AccountDisabledReason | null;
}

/**
 * Capability statuses and what they allow, from the requirements and the
 * verifier's results. Both capabilities share one verdict: Stripe disables
 * both when either is inactive, since card payments need transfers.
 */
export function deriveCapabilities({
  state,
  rules,
  now,
  effects,
  pastDueGates,
}: CapabilityInputs): DerivedCapabilities {
  const failureBlocks = (gate: Gate) => effects.failures.some(({ outcome }) => outcome.blocks.includes(gate));
  const activationBlocked = pastDueGates.has('activation') || failureBlocks('activation');
  const activationPending = [...effects.pending.values()].some((pending) =>
    pending.blocks.includes('activation'),
  );
  const payoutsBlocked = activationBlocked || pastDueGates.has('payouts') || failureBlocks('payouts');
  const underReview = effects.effects.has('under_review');
  const paused = effects.effects.has('paused.inactivity');
  // Singapore closes an account still unverified after its grace period.
  const closed =
    rules.unverifiedClosureDays !== undefined &&
    now >= state.created + rules.unverifiedClosureDays * daySeconds &&
    (activationBlocked || activationPending);

  let status: CapabilityStatus = 'active';
  let capabilityReason: CapabilityDisabledReason | null = null;
  if (closed) [status, capabilityReason] = ['inactive', 'rejected.other'];
  else if (paused) [status, capabilityReason] = ['inactive', 'paused.inactivity'];
  else if (underReview) [status, capabilityReason] = ['inactive', 'pending.review'];
  else if (activationBlocked) [status, capabilityReason] = ['inactive', 'requirements.fields_needed'];
  else if (activationPending) [status, capabilityReason] = ['pending', 'pending.review'];

  const capabilities: DerivedCapabilities['capabilities'] = {};
  const capabilityDisabledReasons: DerivedCapabilities['capabilityDisabledReasons'] = {};
  for (const name of state.requested_capabilities) {
    capabilities[name] = status;
    capabilityDisabledReasons[name] = capabilityReason;
  }
  const anyActive = status === 'active' && state.requested_capabilities.length > 0;

  let disabledReason: AccountDisabledReason | null = null;
  if (closed) disabledReason = 'rejected.other';
  else if (underReview) disabledReason = 'under_review';
  else if (pastDueGates.size > 0 || activationBlocked || (anyActive && payoutsBlocked)) {
    disabledReason = 'requirements.past_due';
  } else if (paused) disabledReason = 'other';
  else if (activationPending) disabledReason = 'requirements.pending_verification';

  return {
    capabilities,
    capabilityDisabledReasons,
    chargesEnabled: capabilities.card_payments === 'active',
    payoutsEnabled: anyActive && !payoutsBlocked,
    disabledReason,
  };
}
