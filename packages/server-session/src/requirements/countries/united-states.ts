import { unitedStatesRegions } from './address-regions.js';
import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

const usAddress = ['city', 'line1', 'postal_code', 'state'];

const representative = [
  ...address('representative', usAddress),
  ...dateOfBirth('representative'),
  ...fields('representative', [
    'email',
    'first_name',
    'last_name',
    'phone',
    'relationship.executive',
    'relationship.title',
    'ssn_last_4',
  ]),
];

/**
 * A company's hash without owners: what non-profits give. The reference
 * infers this from Stripe's business-structure docs (owners are asked of
 * private companies only).
 */
const nonProfit = [
  'business_profile.mcc',
  'business_profile.url',
  'business_type',
  ...address('company', usAddress),
  ...fields('company', ['name', 'phone', 'tax_id']),
  'external_account',
  ...representative,
  'settings.payments.statement_descriptor',
  ...tosAcceptance,
];

/**
 * United States: the 2023+ documented lists (reference §2, sourced), with the
 * statement descriptor of companies inferred from the individual table.
 */
export const unitedStates: CountryRules = {
  country: 'US',
  cardPayments: {
    individual: [
      'business_profile.mcc',
      'business_profile.url',
      'business_type',
      'external_account',
      ...address('individual', usAddress),
      ...dateOfBirth('individual'),
      ...fields('individual', ['email', 'first_name', 'last_name', 'phone', 'ssn_last_4']),
      'settings.payments.statement_descriptor',
      ...tosAcceptance,
    ],
    company: [
      ...nonProfit,
      'company.owners_provided',
      ...fields('owners', ['email', 'first_name', 'last_name']),
    ],
    non_profit: nonProfit,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [
    // "TIN verified … within 30 days": the full SSN of an individual (reference §3).
    { kind: 'deadline', businessTypes: ['individual'], keys: ['individual.id_number'], deadlineDays: 30 },
    // Owners' details by the 750,000 / 1,000,000 USD thresholds.
    {
      kind: 'volume',
      businessTypes: ['company'],
      keys: [...dateOfBirth('owners'), ...address('owners', usAddress), 'owners.ssn_last_4', 'owners.phone'],
    },
    // Full SSN at 500,000 USD; for a representative only when no owner is listed.
    {
      kind: 'volume',
      businessTypes: ['company', 'non_profit'],
      keys: ['representative.id_number'],
      onlyWithoutOwners: true,
    },
  ],
  bankAccount: {
    currency: 'usd',
    scheme: 'routing_and_account',
    routingFormat: 'aba_routing',
    routingPattern: '\\d{9}',
    accountPattern: '\\d{4,17}',
  },
  identifiers: { companyTaxId: { format: 'us_ein' }, idNumber: { format: 'us_ssn' } },
  addressRegions: unitedStatesRegions,
};
