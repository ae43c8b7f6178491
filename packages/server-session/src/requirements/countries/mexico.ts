import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

const mexicanAddress = ['city', 'line1', 'postal_code', 'state'];
const person = (prefix: string, extra: string[]) => [
  ...address(prefix, mexicanAddress),
  ...dateOfBirth(prefix),
  ...fields(prefix, ['email', 'first_name', 'id_number', 'last_name', ...extra]),
];

const company = [
  'business_profile.mcc',
  'business_profile.url',
  'business_type',
  ...address('company', mexicanAddress),
  ...fields('company', ['name', 'owners_provided', 'phone', 'tax_id']),
  'external_account',
  ...person('owners', ['relationship.percent_ownership']),
  ...person('representative', ['phone']),
  ...tosAcceptance,
];

export const mexico: CountryRules = {
  country: 'MX',
  cardPayments: {
    individual: [
      'business_profile.mcc',
      'business_profile.url',
      'business_type',
      'external_account',
      ...person('individual', ['phone']),
      ...tosAcceptance,
    ],
    company,
    non_profit: company,
  },
  // "All owners with more than 25% ownership" (reference §1).
  ownership: { percent: 25, comparison: 'more_than' },
  thresholds: [],
  bankAccount: { currency: 'mxn', scheme: 'account', accountFormat: 'mx_clabe' },
  // The RFC for both; a person may also hold a CURP, which this check refuses (reference labels give RFC first).
  identifiers: { companyTaxId: { format: 'mx_rfc' }, idNumber: { format: 'mx_rfc' } },
};
