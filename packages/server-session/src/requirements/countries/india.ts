import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

const indianAddress = ['city', 'line1', 'postal_code', 'state'];
const person = (prefix: string) => [
  ...address(prefix, indianAddress),
  ...dateOfBirth(prefix),
  ...fields(prefix, ['first_name', 'id_number', 'last_name']),
];

// India's company list names a PAN and a registration number (CIN or LLPIN)
// but no `company.tax_id`, and no owners attestation.
const company = [
  'business_type',
  ...address('company', indianAddress),
  ...fields('company', [
    'business_cross_border_transaction_classifications',
    'name',
    'pan',
    'registration_number',
  ]),
  'external_account',
  ...person('owners'),
  ...person('representative'),
  ...tosAcceptance,
];

export const india: CountryRules = {
  country: 'IN',
  cardPayments: {
    individual: ['business_type', 'external_account', ...person('individual'), ...tosAcceptance],
    company,
    non_profit: company,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'inr',
    scheme: 'routing_and_account',
    routingFormat: 'in_ifsc',
    accountPattern: '\\d{9,18}',
  },
  identifiers: {
    companyTaxId: { format: 'in_pan' },
    companyPan: { format: 'in_pan' },
    // CIN (21 characters) for companies, LLPIN (AAA-1234) for partnerships.
    companyRegistrationNumber: { pattern: '[LU]\\d{5}[A-Z]{2}\\d{4}[A-Z]{3}\\d{6}|[A-Z]{3}-?\\d{4}' },
    idNumber: { format: 'in_pan' },
  },
};
