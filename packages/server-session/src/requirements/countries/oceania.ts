import { australiaRegions } from './address-regions.js';
import type { CountryRules } from './country-rules.js';
import { baselineCompany, baselineIndividual } from './european-baseline.js';

const australianAddress = ['city', 'line1', 'postal_code', 'state'];
const australianCompany = baselineCompany(australianAddress, [
  'company.registration_number',
  'executives.relationship.title',
  'owners.relationship.percent_ownership',
  'owners.relationship.title',
]);

/** Australia: the baselines with states, and both an ABN (tax id) and an ACN (registration number). */
export const australia: CountryRules = {
  country: 'AU',
  cardPayments: {
    individual: baselineIndividual(australianAddress),
    company: australianCompany,
    non_profit: australianCompany,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'aud',
    scheme: 'routing_and_account',
    routingFormat: 'au_bsb',
    accountPattern: '\\d{5,9}',
  },
  identifiers: { companyTaxId: { format: 'au_abn' }, companyRegistrationNumber: { format: 'au_acn' } },
  addressRegions: australiaRegions,
};

const newZealandCompany = baselineCompany();

/** New Zealand: the baselines; the NZBN as tax id (inferred). */
export const newZealand: CountryRules = {
  country: 'NZ',
  cardPayments: {
    individual: baselineIndividual(),
    company: newZealandCompany,
    non_profit: newZealandCompany,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'nzd',
    scheme: 'routing_and_account',
    // Bank (2) and branch (4) as routing, base (7) and suffix (2–3) as account; the check spans both.
    routingPattern: '\\d{6}',
    accountPattern: '\\d{8,10}',
    combinedFormat: 'nz_bank_account',
  },
  identifiers: { companyTaxId: { format: 'nz_nzbn' }, idNumber: { format: 'nz_ird' } },
};
