import type { BankAccountRule, CountryRules } from './country-rules.js';
import { baselineCompany, baselineIndividual } from './european-baseline.js';

// GB and the EU countries (reference §2): the baselines, with Ireland asking
// for the county (`state`) instead of the Eircode. The UBO-register
// declaration (`company.ownership_declaration`) is left out: the reference
// cannot say which member states need it.

const sepa: BankAccountRule = { currency: 'eur', scheme: 'iban' };
const ownership = { percent: 25, comparison: 'at_least' } as const;

function baselineCountry(
  country: CountryRules['country'],
  bankAccount: BankAccountRule,
  identifiers: CountryRules['identifiers'],
): CountryRules {
  const company = baselineCompany();
  return {
    country,
    cardPayments: { individual: baselineIndividual(), company, non_profit: company },
    ownership,
    thresholds: [],
    bankAccount,
    identifiers,
  };
}

export const unitedKingdom = baselineCountry(
  'GB',
  { currency: 'gbp', scheme: 'routing_and_account', routingFormat: 'gb_sort_code', accountPattern: '\\d{8}' },
  { companyTaxId: { format: 'gb_company_number' }, idNumber: { format: 'gb_utr' } },
);

// Handelsregisternummer or Steuernummer: two shapes, no shared check.
export const germany = baselineCountry('DE', sepa, {
  companyTaxId: { pattern: "[A-Za-z0-9ÄÖÜäöüß .,/()'-]{4,40}", maxLength: 40 },
});

export const france = baselineCountry('FR', sepa, { companyTaxId: { format: 'fr_siren' } });

// KvK number: 8 digits, no check digit (inferred).
export const netherlands = baselineCountry('NL', sepa, { companyTaxId: { pattern: '\\d{8}' } });

export const spain = baselineCountry('ES', sepa, {
  companyTaxId: { format: 'es_cif' },
  idNumber: { format: 'es_dni' },
});

export const italy = baselineCountry('IT', sepa, { companyTaxId: { format: 'it_partita_iva' } });

const irishAddress = ['city', 'line1', 'state'];
const irishCompany = baselineCompany(irishAddress);

export const ireland: CountryRules = {
  country: 'IE',
  cardPayments: {
    individual: baselineIndividual(irishAddress),
    company: irishCompany,
    non_profit: irishCompany,
  },
  ownership,
  thresholds: [],
  bankAccount: sepa,
  // CRO company number: up to 6 digits, no check digit (inferred).
  identifiers: { companyTaxId: { pattern: '\\d{1,6}' }, idNumber: { format: 'ie_pps' } },
};
