import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

// Singapore addresses have no city (reference §4.2: street and postal code).
const singaporeAddress = ['line1', 'postal_code'];
const identity = [
  'email',
  'first_name',
  'full_name_aliases',
  'id_number',
  'last_name',
  'nationality',
  'phone',
];

const company = [
  'business_profile.mcc',
  'business_profile.url',
  'business_type',
  ...address('company', singaporeAddress),
  ...fields('company', ['name', 'phone', 'tax_id']),
  'external_account',
  ...address('representative', singaporeAddress),
  ...dateOfBirth('representative'),
  ...fields('representative', [...identity, 'relationship.executive', 'relationship.title']),
  ...tosAcceptance,
  // Owners over 25% (or 10%): from the 2024 country notes, an inferred addition to the 2022 list.
  'company.owners_provided',
  ...address('owners', singaporeAddress),
  ...dateOfBirth('owners'),
  ...fields('owners', ['first_name', 'id_number', 'last_name', 'nationality']),
];

export const singapore: CountryRules = {
  country: 'SG',
  cardPayments: {
    individual: [
      'business_profile.mcc',
      'business_profile.url',
      'business_type',
      'external_account',
      ...address('individual', singaporeAddress),
      ...dateOfBirth('individual'),
      ...fields('individual', identity),
      ...tosAcceptance,
    ],
    company,
    non_profit: company,
  },
  ownership: { percent: 25, comparison: 'more_than', fallbackPercent: 10 },
  thresholds: [],
  // 120 business days, counted as 24 calendar weeks.
  unverifiedClosureDays: 168,
  bankAccount: {
    currency: 'sgd',
    scheme: 'routing_and_account',
    routingPattern: '\\d{4}-?\\d{3}',
    accountPattern: '\\d{6,12}',
  },
  identifiers: { companyTaxId: { format: 'sg_uen' }, idNumber: { format: 'sg_nric' } },
};
