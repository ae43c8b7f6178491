// Stripe's test-mode values, which the session server's simulated verifier
// honours (the requirements catalog in /work/shared/reference, §6 and §4.3),
// narrowed to what a seller of one country and business type is asked.

import type { BusinessType, CountryCode } from './marketplace.js';

/** What entering a value leads to once its verification settles. */
export type TestOutcome = 'verifies' | 'fails' | 'review';

export interface TestValue {
  /** The form field, as its label reads in English. */
  field: string;
  /** What to type, or with `description`, what kind of value. */
  value: string;
  /** `value` describes values ("any other date") instead of being one to type. */
  description?: boolean;
  outcome: TestOutcome;
  /** What happens, in a few words. */
  effect: string;
}

export interface TestValueGroup {
  title: string;
  values: readonly TestValue[];
}

interface BankTestValues {
  /** How the form names the routing part, when the country has one. */
  routingLabel?: string;
  routing?: string;
  accountLabel: string;
  verifies: string;
  fails?: string;
  failEffect?: string;
}

const sepaIban = (iban: string): BankTestValues => ({ accountLabel: 'IBAN', verifies: iban });

/** Payout accounts that verify (and, where the reference has one, fail) per country (reference §6, §4.3). */
const bankAccounts: Record<CountryCode, BankTestValues> = {
  US: {
    routingLabel: 'Routing number',
    routing: '110000000',
    accountLabel: 'Account number',
    verifies: '000123456789',
    fails: '000111111116',
    failEffect: 'payout fails (no_account); payouts stop',
  },
  CA: {
    routingLabel: 'Transit and institution number',
    routing: '11000-000',
    accountLabel: 'Account number',
    verifies: '000123456789',
    fails: '000111111116',
    failEffect: 'payout fails (no_account); payouts stop',
  },
  GB: { routingLabel: 'Sort code', routing: '108800', accountLabel: 'Account number', verifies: '00012345' },
  IE: sepaIban('IE29AIBK93115212345678'),
  DE: sepaIban('DE89370400440532013000'),
  FR: sepaIban('FR1420041010050500013M02606'),
  NL: sepaIban('NL39RABO0300065264'),
  ES: sepaIban('ES0700120345030000067890'),
  IT: sepaIban('IT60X0542811101000000123456'),
  AU: {
    routingLabel: 'BSB',
    routing: '110000',
    accountLabel: 'Account number',
    verifies: '000123456',
    fails: '111111116',
    failEffect: 'payout fails (no_account); payouts stop',
  },
  NZ: {
    routingLabel: 'Bank and branch',
    routing: '110000',
    accountLabel: 'Account number',
    verifies: '0000000010',
  },
  JP: {
    routingLabel: 'Bank and branch code',
    routing: '1100-000',
    accountLabel: 'Account number',
    verifies: '0001234',
  },
  SG: {
    routingLabel: 'Bank and branch code',
    routing: '1100-000',
    accountLabel: 'Account number',
    verifies: '000123456',
  },
  BR: {
    routingLabel: 'Bank and branch',
    routing: '110-0000',
    accountLabel: 'Account number',
    verifies: '000123456789',
  },
  MX: {
    accountLabel: 'CLABE',
    verifies: '000000001234567897',
    fails: '000000111111111117',
    failEffect: 'payout fails; payouts stop',
  },
  IN: {
    routingLabel: 'IFSC',
    routing: 'HDFC0000261',
    accountLabel: 'Account number',
    verifies: '000123456789',
  },
};

/** A real city, region and postal code of each country: the address tokens need a legitimate rest of the address. */
const addressExamples: Record<CountryCode, string> = {
  US: 'Austin, Texas (TX), 78701',
  CA: 'Toronto, Ontario (ON), M5V 3L9',
  GB: 'London, SW1A 1AA',
  IE: 'Dublin, County Dublin',
  DE: 'Berlin, 10115',
  FR: 'Paris, 75001',
  NL: 'Amsterdam, 1012 AB',
  ES: 'Madrid, 28013',
  IT: 'Roma, 00184',
  AU: 'Sydney, New South Wales (NSW), 2000',
  NZ: 'Auckland, 1010',
  JP: '東京都 千代田区, 100-0001',
  SG: 'Singapore, 018956',
  BR: 'São Paulo, SP, 01310-100',
  MX: 'Ciudad de México, CDMX, 06600',
  IN: 'Mumbai, Maharashtra (MH), 400001',
};

/**
 * The API's test phone number: every phone field accepts it as typed, in any
 * country, and the phone check passes.
 */
function phoneValue(): TestValue {
  return { field: 'Phone', value: '0000000000', outcome: 'verifies', effect: 'passes the phone check' };
}

const personGroup = (country: CountryCode): TestValueGroup => ({
  title: 'Identity',
  values: [
    {
      field: 'Date of birth',
      value: '1901-01-01',
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
    { field: 'Date of birth', value: '1902-01-01', outcome: 'verifies', effect: 'verified immediately' },
    {
      field: 'Date of birth',
      value: '1900-01-01',
      outcome: 'review',
      effect: 'OFAC alert: the account goes under review',
    },
    {
      field: 'Date of birth',
      value: 'any other date',
      description: true,
      outcome: 'fails',
      effect: 'not verified: an identity document becomes due',
    },
    ...(country === 'US'
      ? ([
          {
            field: 'Last 4 of SSN',
            value: '0000',
            outcome: 'verifies',
            effect: 'verified after a short review',
          },
          {
            field: 'Last 4 of SSN',
            value: '1111',
            outcome: 'fails',
            effect: 'identity mismatch: the full SSN becomes due',
          },
        ] as const)
      : []),
    {
      field: 'ID number (when asked)',
      value: '000000000',
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
    {
      field: 'ID number (when asked)',
      value: '222222222',
      outcome: 'verifies',
      effect: 'verified immediately',
    },
    {
      field: 'ID number (when asked)',
      value: '111111111',
      outcome: 'fails',
      effect: 'identity mismatch: a document becomes due',
    },
    phoneValue(),
  ],
});

const addressGroup = (country: CountryCode): TestValueGroup => ({
  title: `Address (with a real city and postal code, e.g. ${addressExamples[country]})`,
  values: [
    { field: 'Address line 1', value: 'address_full_match', outcome: 'verifies', effect: 'address verified' },
    {
      field: 'Address line 1',
      value: 'address_no_match',
      outcome: 'fails',
      effect: 'line 1 asked again, payouts stop; proof of address due',
    },
    {
      field: 'Address line 1',
      value: 'address_line1_no_match',
      outcome: 'fails',
      effect: 'every part asked again; charges and payouts stop',
    },
  ],
});

const businessGroup: TestValueGroup = {
  title: 'Business details',
  values: [
    { field: 'Industry (MCC)', value: '5734', outcome: 'verifies', effect: 'Computer software stores' },
    {
      field: 'Website',
      value: 'https://accessible.stripe.com',
      outcome: 'verifies',
      effect: 'website verified',
    },
    {
      field: 'Website',
      value: 'https://disallowed.stripe.com',
      outcome: 'fails',
      effect: 'invalid_url_denylisted',
    },
    {
      field: 'Website',
      value: 'https://underconstruction.stripe.com',
      outcome: 'fails',
      effect: 'invalid_url_website_incomplete_under_construction',
    },
  ],
};

const companyGroup: TestValueGroup = {
  title: 'Company',
  values: [
    { field: 'Tax ID', value: '000000000', outcome: 'verifies', effect: 'verified after a short review' },
    { field: 'Tax ID', value: '000000001', outcome: 'verifies', effect: 'verified as a non-profit' },
    { field: 'Tax ID', value: '222222222', outcome: 'verifies', effect: 'verified immediately' },
    { field: 'Tax ID', value: '111111111', outcome: 'fails', effect: 'identity mismatch' },
    { field: 'Tax ID', value: '111111112', outcome: 'fails', effect: 'tax ID not issued' },
    {
      field: 'Company name',
      value: 'match_name_relationships',
      outcome: 'verifies',
      effect: 'name verified',
    },
    {
      field: 'Company name',
      value: 'mismatch_business_name',
      outcome: 'fails',
      effect: 'name does not match',
    },
  ],
};

function bankGroup(country: CountryCode): TestValueGroup {
  const bank = bankAccounts[country];
  const values: TestValue[] = [];
  if (bank.routingLabel && bank.routing) {
    values.push({ field: bank.routingLabel, value: bank.routing, outcome: 'verifies', effect: 'test bank' });
  }
  values.push({
    field: bank.accountLabel,
    value: bank.verifies,
    outcome: 'verifies',
    effect: 'payouts succeed',
  });
  if (bank.fails) {
    values.push({
      field: bank.accountLabel,
      value: bank.fails,
      outcome: 'fails',
      effect: bank.failEffect ?? 'payouts fail',
    });
  }
  return { title: 'Payout account', values };
}

const documentGroup: TestValueGroup = {
  title: 'Documents',
  values: [
    {
      field: 'Identity document upload',
      value: 'any PDF, JPEG or PNG up to 10 MB',
      description: true,
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
  ],
};

/**
 * The test values to show a seller of `country` with `businessType`: what
 * verifies, what fails and how. Verifications settle after a few seconds, or
 * at once with "Settle verifications" on the admin page.
 *
 * @example testModeValuesFor('US', 'individual').find((group) => group.title === 'Payout account')
 */
export function testModeValuesFor(country: CountryCode, businessType: BusinessType | null): TestValueGroup[] {
  const groups = [businessGroup];
  if (businessType === 'company' || businessType === 'non_profit') groups.push(companyGroup);
  groups.push(personGroup(country), addressGroup(country), bankGroup(country), documentGroup);
  return groups;
}

/** The bank values of every country, for the test that checks them against the session server's formats. */
export function bankTestValuesOf(country: CountryCode): Readonly<BankTestValues> {
  return bankAccounts[country];
}
