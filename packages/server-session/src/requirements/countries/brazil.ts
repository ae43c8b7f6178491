import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

// Brazil asks for a product description instead of a website, and for the
// CPF and political exposure of the individual and of every person.
const brazilianAddress = ['city', 'line1', 'postal_code', 'state'];
const person = (prefix: string, extra: string[]) => [
  ...address(prefix, brazilianAddress),
  ...dateOfBirth(prefix),
  ...fields(prefix, ['first_name', 'id_number', 'last_name', 'political_exposure', ...extra]),
];

const company = [
  'business_profile.mcc',
  'business_profile.product_description',
  'business_type',
  ...address('company', brazilianAddress),
  ...fields('company', [
    'directors_provided',
    'executives_provided',
    'name',
    'owners_provided',
    'phone',
    'tax_id',
  ]),
  ...person('directors', ['email', 'relationship.title']),
  ...person('executives', ['email', 'relationship.title']),
  'external_account',
  ...person('owners', ['relationship.percent_ownership']),
  ...person('representative', ['email', 'phone', 'relationship.executive', 'relationship.title']),
  ...tosAcceptance,
];

export const brazil: CountryRules = {
  country: 'BR',
  cardPayments: {
    individual: [
      'business_profile.mcc',
      'business_profile.product_description',
      'business_type',
      'external_account',
      ...person('individual', ['email', 'phone']),
      ...tosAcceptance,
    ],
    company,
    non_profit: company,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'brl',
    scheme: 'routing_and_account',
    // Bank code (3) and branch (4); account with an optional check digit (inferred).
    routingPattern: '\\d{3}-?\\d{4}',
    accountPattern: '\\d{1,12}(-?[0-9Xx])?',
  },
  identifiers: { companyTaxId: { format: 'br_cnpj' }, idNumber: { format: 'br_cpf' } },
};
