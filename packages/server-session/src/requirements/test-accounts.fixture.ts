import {
  type FieldValue,
  testAddressLine1,
  testDatesOfBirth,
  testPhoneNumber,
  testSsnLast4,
  testUsIndividualValues,
} from '@onboardkit/schema';
import {
  type AccountState,
  type BusinessType,
  type CapabilityName,
  createAccountState,
  type PersonRelationship,
  type PersonState,
  type SupportedCountry,
} from './account-state.js';
import type { SubmissionContext } from './apply-submission.js';

/** 2024-01-01T00:00:00Z: accounts in tests are created then. */
export const created = 1_704_067_200;
export const hour = 3_600;
export const day = 86_400;

/** A new account, card payments (with transfers) unless said otherwise. */
export function newAccount(
  country: SupportedCountry,
  businessType: BusinessType | null,
  capabilities: CapabilityName[] = ['card_payments', 'transfers'],
): AccountState {
  return createAccountState({
    id: 'acct_test',
    country,
    business_type: businessType,
    requested_capabilities: capabilities,
    created,
  });
}

/** A person with the given roles and answers. */
export function person(
  id: string,
  relationship: Partial<PersonRelationship>,
  values: Record<string, FieldValue> = {},
  sensitive: PersonState['sensitive'] = {},
): PersonState {
  return {
    id,
    relationship: {
      representative: false,
      owner: false,
      director: false,
      executive: false,
      title: null,
      percent_ownership: null,
      ...relationship,
    },
    values,
    sensitive,
  };
}

/** What a request would give the engine; person ids count up. */
export function submissionContext(now: number): SubmissionContext {
  let next = 0;
  return {
    now,
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (test)',
    newPersonId: () => {
      next += 1;
      return `person_${next}`;
    },
  };
}

/** A complete US individual onboarding with Stripe's test values: everything verifies. */
export const usIndividualTestValues: Record<string, FieldValue> = { ...testUsIndividualValues };

/** A US person's identity and address with test values that verify. */
export const usPersonTestValues: Record<string, FieldValue> = {
  first_name: 'Kai',
  last_name: 'Tanaka',
  email: 'kai@example.com',
  phone: testPhoneNumber,
  dob: testDatesOfBirth.verifies,
  address: { line1: testAddressLine1.verifies, city: 'Austin', state: 'TX', postal_code: '78701' },
  ssn_last_4: testSsnLast4.verifies,
};

/** A US individual with every initial requirement answered (no verification results yet). */
export function fullyProvided(state: AccountState): AccountState {
  return {
    ...state,
    values: {
      'business_profile.mcc': '5734',
      'business_profile.url': 'https://rocketrides.io',
      'settings.payments.statement_descriptor': 'ROCKET RIDES',
      'individual.first_name': 'Jenny',
      'individual.last_name': 'Rosen',
      'individual.email': 'jenny@example.com',
      'individual.phone': '+14155552671',
      'individual.dob': testDatesOfBirth.verifies,
      'individual.address': { line1: '1 Main St', city: 'Austin', state: 'TX', postal_code: '78701' },
    },
    sensitive: { 'individual.ssn_last_4': {}, external_account: { last4: '6789' } },
    tos_acceptance: { date: created + hour, ip: '203.0.113.7', user_agent: null, service_agreement: 'full' },
  };
}

/** A US company with every initial requirement answered and its owners attested. */
export function fullyProvidedUsCompany(): AccountState {
  const address = { line1: '1 Main St', city: 'Austin', state: 'TX', postal_code: '78701' };
  return {
    ...newAccount('US', 'company'),
    values: {
      'business_profile.mcc': '5734',
      'business_profile.url': 'https://rocketrides.io',
      'settings.payments.statement_descriptor': 'ROCKET RIDES',
      'company.name': 'Rocket Rides',
      'company.phone': '+14155552671',
      'company.address': address,
      'company.owners_provided': true,
    },
    sensitive: { 'company.tax_id': { last4: '0000' }, external_account: { last4: '6789' } },
    persons: [
      person(
        'person_rep',
        { representative: true, executive: true, title: 'CEO' },
        {
          first_name: 'Jenny',
          last_name: 'Rosen',
          email: 'jenny@example.com',
          phone: '+14155552671',
          dob: testDatesOfBirth.verifies,
          address,
        },
        { ssn_last_4: {} },
      ),
    ],
    tos_acceptance: { date: created + hour, ip: '203.0.113.7', user_agent: null, service_agreement: 'full' },
  };
}
