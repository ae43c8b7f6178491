import type { FieldValue } from '@onboardkit/schema';
import type { VerificationResult } from '../verification/verification-result.js';

/**
 * The countries the requirements engine has rules for (reference §2). An
 * account in any other country cannot be created.
 */
export const supportedCountries = [
  'US',
  'CA',
  'GB',
  'DE',
  'FR',
  'IE',
  'NL',
  'ES',
  'IT',
  'AU',
  'NZ',
  'JP',
  'SG',
  'BR',
  'MX',
  'IN',
] as const;

export type SupportedCountry = (typeof supportedCountries)[number];

/** Whether the engine has rules for `country` (ISO 3166-1 alpha-2, upper case). */
export function isSupportedCountry(country: string): country is SupportedCountry {
  return (supportedCountries as readonly string[]).includes(country);
}

/**
 * The legal forms an account can take. `government_entity` (US only in
 * Stripe) is left out: the reference has no field list of its own for it.
 */
export const businessTypes = ['individual', 'company', 'non_profit'] as const;
export type BusinessType = (typeof businessTypes)[number];

/** What an account can be allowed to do. Requesting `card_payments` implies `transfers`. */
export const capabilityNames = ['card_payments', 'transfers'] as const;
export type CapabilityName = (typeof capabilityNames)[number];

/** The roles a person can hold in a company or non-profit. */
export const personRoles = ['representative', 'owner', 'director', 'executive'] as const;
export type PersonRole = (typeof personRoles)[number];

/**
 * What the account state keeps of a sensitive value (id number, tax id, bank
 * account): that it is held, and at most its last four characters. The value
 * itself lives encrypted in the store, outside this state.
 */
export interface HeldSensitiveValue {
  /** Absent where even four characters would say too much (`ssn_last_4` is all of it). */
  last4?: string;
}

/** A person's roles in the company, as Stripe's `relationship` hash. */
export interface PersonRelationship {
  representative: boolean;
  owner: boolean;
  director: boolean;
  executive: boolean;
  /** Job title, e.g. `CEO`; `null` until given. */
  title: string | null;
  /** Share of the company owned, 0–100; `null` until given. */
  percent_ownership: number | null;
}

/**
 * A person attached to a company or non-profit account: the representative,
 * an owner, a director, an executive, or several of these at once.
 */
export interface PersonState {
  /** `person_…`; letters, digits and `_` only, as it becomes a requirement key prefix (`person_1a2b.dob.day`). */
  id: string;
  relationship: PersonRelationship;
  /**
   * Non-sensitive values by person field key: `first_name`, `dob` (`YYYY-MM-DD`),
   * `address` (an address value), `email`, `phone`, `nationality`,
   * `political_exposure`, `verification.document` (a `file_…` id), …
   */
  values: Record<string, FieldValue>;
  /** Sensitive values held, by person field key: `id_number`, `ssn_last_4`. */
  sensitive: Record<string, HeldSensitiveValue>;
}

/** The account holder's acceptance of the services agreement, recorded by the server from the request. */
export interface TosAcceptance {
  /** Unix seconds. */
  date: number;
  ip: string;
  user_agent: string | null;
  /** `recipient` for transfers-only accounts, as Stripe words it. */
  service_agreement: 'full' | 'recipient';
}

/**
 * Everything the requirements engine knows about one connected account: what
 * the store persists, and the only input of `computeRequirements` and
 * `buildRequirementsDocument` besides the clock. Values are keyed by the
 * field keys of the requirements document (`individual.first_name`,
 * `individual.dob`, `company.address`, `business_profile.mcc`,
 * `company.owners_provided`), so a validated submission maps onto it
 * directly (see `applySubmission`).
 *
 * Capability statuses, `charges_enabled` and `payouts_enabled` are not here
 * on purpose: they are derived from this state, never set.
 */
export interface AccountState {
  /** `acct_…` */
  id: string;
  country: SupportedCountry;
  business_type: BusinessType | null;
  /** Capabilities the platform asked for. */
  requested_capabilities: CapabilityName[];
  /** Unix seconds. Deadlines count from here (reference §3: "within 30 days of account creation"). */
  created: number;
  /** Non-sensitive values by field key. `business_type` and ToS acceptance have their own properties. */
  values: Record<string, FieldValue>;
  /** Sensitive values held, by field key: `individual.id_number`, `individual.ssn_last_4`, `company.tax_id`, `external_account`, … */
  sensitive: Record<string, HeldSensitiveValue>;
  /** In the order they were added. */
  persons: PersonState[];
  tos_acceptance: TosAcceptance | null;
  /**
   * The simulated verifier's results by subject key: the field key a check
   * judged, with its owner (`individual.dob`, `person_1a2b.id_number`,
   * `company.tax_id`, `external_account`, `company.directors_provided`).
   * A check covers every requirement key of its field (`individual.dob`
   * covers `individual.dob.day`, `.month` and `.year`).
   */
  verifications: Record<string, VerificationResult>;
}

/** What creating an account needs; everything else starts empty. */
export interface NewAccount {
  id: string;
  country: SupportedCountry;
  business_type?: BusinessType | null;
  requested_capabilities: CapabilityName[];
  /** Unix seconds. */
  created: number;
}

/**
 * The state of a connected account that has just been created.
 *
 * @example createAccountState({ id: 'acct_1', country: 'US', requested_capabilities: ['card_payments', 'transfers'], created: now })
 */
export function createAccountState(account: NewAccount): AccountState {
  return {
    id: account.id,
    country: account.country,
    business_type: account.business_type ?? null,
    requested_capabilities: [...new Set(account.requested_capabilities)],
    created: account.created,
    values: {},
    sensitive: {},
    persons: [],
    tos_acceptance: null,
    verifications: {},
  };
}
