import type { FormatName, Option } from '@onboardkit/schema';
import type { BusinessType, CapabilityName, PersonRole, SupportedCountry } from '../account-state.js';
import { rolePlaceholders } from '../requirement-key.js';

/** How an identifier (tax id, company number, personal id) is checked. */
export interface IdentifierRule {
  /** A named check of `@onboardkit/schema`'s `formats`. */
  format?: FormatName;
  /** Where no named check exists, the shape the reference gives. */
  pattern?: string;
  maxLength?: number;
}

/** The local shape of a payout bank account (reference §4.3). */
export interface BankAccountRule {
  currency: string;
  scheme: 'iban' | 'routing_and_account' | 'account';
  routingFormat?: FormatName;
  routingPattern?: string;
  accountPattern?: string;
  accountFormat?: FormatName;
  /** A check digit spanning routing and account numbers (NZ). */
  combinedFormat?: FormatName;
}

/**
 * From what share a person counts as a beneficial owner: 25% or more almost
 * everywhere; more than 25% in Mexico; in Singapore more than 25%, or more
 * than 10% when nobody passes 25% (reference §1).
 */
export interface OwnershipRule {
  percent: number;
  comparison: 'at_least' | 'more_than';
  fallbackPercent?: number;
}

/**
 * Requirements that start out in `eventually_due` and fall due at a time
 * (reference §3): `deadline` ones move to `currently_due` ahead of
 * `created + deadlineDays` and to `past_due` after it; `volume` ones wait on
 * a payments volume this simulator never processes, so they stay
 * `eventually_due` for the platform to collect early if it wishes.
 */
export type ThresholdRule =
  | {
      kind: 'deadline';
      businessTypes: readonly BusinessType[];
      keys: readonly string[];
      deadlineDays: number;
    }
  | {
      kind: 'volume';
      businessTypes: readonly BusinessType[];
      keys: readonly string[];
      /** Stripe asks a representative's full SSN only when no owner is listed. */
      onlyWithoutOwners?: boolean;
    };

/** One country's onboarding rules, as data. */
export interface CountryRules {
  country: SupportedCountry;
  /**
   * Requirement keys for `card_payments` (with the `transfers` it implies),
   * by business type, in Stripe's Country Specs form (`representative.dob.day`,
   * `owners.first_name`, `company.owners_provided`). Transfers-only lists are
   * derived (see `requirementKeysFor`).
   */
  cardPayments: Readonly<Record<BusinessType, readonly string[]>>;
  ownership: OwnershipRule;
  thresholds: readonly ThresholdRule[];
  /** Singapore closes accounts still unverified after 120 business days (reference §3). */
  unverifiedClosureDays?: number;
  bankAccount: BankAccountRule;
  identifiers: {
    companyTaxId: IdentifierRule;
    companyRegistrationNumber?: IdentifierRule;
    companyPan?: IdentifierRule;
    idNumber?: IdentifierRule;
  };
  /** State, province or territory choices for addresses, where a closed list helps. */
  addressRegions?: readonly Option[];
}

/**
 * Keys a transfers-only account is not asked for: card-network fields. The
 * reference infers this difference from Stripe's old Austria tables and
 * applies it to every country.
 */
const cardOnlyKeys = new Set([
  'business_profile.mcc',
  'company.phone',
  'settings.payments.statement_descriptor',
]);

/**
 * The requirement keys for a business type and the requested capabilities.
 * Without a business type only what every type shares is known. Without a
 * capability nothing is required.
 *
 * @example requirementKeysFor(unitedStates, 'individual', ['transfers']) // no business_profile.mcc
 */
export function requirementKeysFor(
  rules: CountryRules,
  businessType: BusinessType | null,
  capabilities: readonly CapabilityName[],
): string[] {
  if (capabilities.length === 0) return [];
  const cardPayments = capabilities.includes('card_payments');
  const forType = (type: BusinessType) =>
    rules.cardPayments[type].filter((key) => cardPayments || !cardOnlyKeys.has(key));
  if (businessType !== null) return forType(businessType);
  const [first, ...others] = (Object.keys(rules.cardPayments) as BusinessType[]).map(forType);
  return (first ?? []).filter((key) => others.every((list) => list.includes(key)));
}

/**
 * The fields asked of every person with `role` (`first_name`, `dob.day`, …),
 * read off the placeholder keys of a requirement list.
 */
export function roleFieldsIn(keys: readonly string[], role: PersonRole): string[] {
  const prefix = `${rolePlaceholders[role].prefix}.`;
  return keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

/** The attestation that every person of `role` is listed (`company.owners_provided`), for roles that have one. */
export const roleAttestations: Readonly<Partial<Record<PersonRole, string>>> = {
  owner: 'company.owners_provided',
  director: 'company.directors_provided',
  executive: 'company.executives_provided',
};

/** Whether a requirement list asks for persons of `role` at all. */
export function asksForRole(keys: readonly string[], role: PersonRole): boolean {
  const attestation = roleAttestations[role];
  return roleFieldsIn(keys, role).length > 0 || (attestation !== undefined && keys.includes(attestation));
}
