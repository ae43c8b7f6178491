import { canadaRegions } from './address-regions.js';
import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

const caAddress = ['city', 'line1', 'postal_code', 'state'];

const company = [
  'business_type',
  ...address('company', caAddress),
  ...fields('company', ['name', 'tax_id']),
  'external_account',
  ...address('representative', caAddress),
  ...dateOfBirth('representative'),
  ...fields('representative', ['first_name', 'last_name']),
  ...tosAcceptance,
  // Owners of 25% or more with the attestation: 2024 docs, an inferred addition to the 2022 list.
  'company.owners_provided',
  ...fields('owners', ['first_name', 'last_name']),
  ...dateOfBirth('owners'),
  ...address('owners', caAddress),
];

/** Canada: Country Specs 2022 (no MCC, website, phone or email), plus the owners of the 2024 docs. */
export const canada: CountryRules = {
  country: 'CA',
  cardPayments: {
    individual: [
      'business_type',
      'external_account',
      ...address('individual', caAddress),
      ...dateOfBirth('individual'),
      ...fields('individual', ['first_name', 'last_name']),
      ...tosAcceptance,
    ],
    company,
    non_profit: company,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'cad',
    scheme: 'routing_and_account',
    // Transit (5 digits) and institution (3 digits), written TTTTT-III as in Stripe's test value 11000-000.
    routingPattern: '\\d{5}-?\\d{3}',
    accountPattern: '\\d{7,12}',
  },
  identifiers: { companyTaxId: { format: 'ca_business_number' }, idNumber: { format: 'ca_sin' } },
  addressRegions: canadaRegions,
};
