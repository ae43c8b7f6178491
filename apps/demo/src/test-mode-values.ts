// Stripe's test-mode values, which the session server's simulated verifier
// honours (the requirements catalog in /work/shared/reference, §6 and §4.3),
// narrowed to what a seller of one country and business type is asked.

import {
  type CountryTestBankAccounts,
  testAddressLine1,
  testBankAccounts,
  testCompanyTaxIds,
  testDatesOfBirth,
  testIdNumbers,
  testPhoneNumber,
  testSsnLast4,
  testWebsites,
} from '@onboardkit/schema';
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

/** How the payout form names the parts of each country's account. */
const bankLabels: Record<CountryCode, { routing?: string; account: string }> = {
  US: { routing: 'Routing number', account: 'Account number' },
  CA: { routing: 'Transit and institution number', account: 'Account number' },
  GB: { routing: 'Sort code', account: 'Account number' },
  IE: { account: 'IBAN' },
  DE: { account: 'IBAN' },
  FR: { account: 'IBAN' },
  NL: { account: 'IBAN' },
  ES: { account: 'IBAN' },
  IT: { account: 'IBAN' },
  AU: { routing: 'BSB', account: 'Account number' },
  NZ: { routing: 'Bank and branch', account: 'Account number' },
  JP: { routing: 'Bank and branch code', account: 'Account number' },
  SG: { routing: 'Bank and branch code', account: 'Account number' },
  BR: { routing: 'Bank and branch', account: 'Account number' },
  MX: { account: 'CLABE' },
  IN: { routing: 'IFSC', account: 'Account number' },
};

/** The payout account that verifies and, where there is one, the first that fails, labelled as the form asks. */
function bankAccountsOf(country: CountryCode): BankTestValues {
  const labels = bankLabels[country];
  const bank: CountryTestBankAccounts = testBankAccounts[country];
  const failing = bank.fails[0];
  return {
    ...(labels.routing && bank.verifies.routing_number
      ? { routingLabel: labels.routing, routing: bank.verifies.routing_number }
      : {}),
    accountLabel: labels.account,
    verifies: bank.verifies.account_number ?? bank.verifies.iban ?? '',
    ...(failing?.account_number
      ? {
          fails: failing.account_number,
          failEffect: `payout fails (${failing.payout_failure_code}); payouts stop`,
        }
      : {}),
  };
}

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
  return { field: 'Phone', value: testPhoneNumber, outcome: 'verifies', effect: 'passes the phone check' };
}

const personGroup = (country: CountryCode): TestValueGroup => ({
  title: 'Identity',
  values: [
    {
      field: 'Date of birth',
      value: testDatesOfBirth.verifies,
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
    {
      field: 'Date of birth',
      value: testDatesOfBirth.verifiesImmediately,
      outcome: 'verifies',
      effect: 'verified immediately',
    },
    {
      field: 'Date of birth',
      value: testDatesOfBirth.ofacAlert,
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
            value: testSsnLast4.verifies,
            outcome: 'verifies',
            effect: 'verified after a short review',
          },
          {
            field: 'Last 4 of SSN',
            value: testSsnLast4.fails,
            outcome: 'fails',
            effect: 'identity mismatch: the full SSN becomes due',
          },
        ] as const)
      : []),
    {
      field: 'ID number (when asked)',
      value: testIdNumbers.verifies,
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
    {
      field: 'ID number (when asked)',
      value: testIdNumbers.verifiesImmediately,
      outcome: 'verifies',
      effect: 'verified immediately',
    },
    {
      field: 'ID number (when asked)',
      value: testIdNumbers.fails,
      outcome: 'fails',
      effect: 'identity mismatch: a document becomes due',
    },
    phoneValue(),
  ],
});

const addressGroup = (country: CountryCode): TestValueGroup => ({
  title: `Address (with a real city and postal code, e.g. ${addressExamples[country]})`,
  values: [
    {
      field: 'Address line 1',
      value: testAddressLine1.verifies,
      outcome: 'verifies',
      effect: 'address verified',
    },
    {
      field: 'Address line 1',
      value: testAddressLine1.noMatch,
      outcome: 'fails',
      effect: 'line 1 asked again, payouts stop; proof of address due',
    },
    {
      field: 'Address line 1',
      value: testAddressLine1.line1NoMatch,
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
      value: testWebsites.verifies,
      outcome: 'verifies',
      effect: 'website verified',
    },
    {
      field: 'Website',
      value: testWebsites.denylisted,
      outcome: 'fails',
      effect: 'invalid_url_denylisted',
    },
    {
      field: 'Website',
      value: testWebsites.fails.underConstruction.url,
      outcome: 'fails',
      effect: testWebsites.fails.underConstruction.code,
    },
  ],
};

const companyGroup: TestValueGroup = {
  title: 'Company',
  values: [
    {
      field: 'Tax ID',
      value: testCompanyTaxIds.verifies,
      outcome: 'verifies',
      effect: 'verified after a short review',
    },
    {
      field: 'Tax ID',
      value: testCompanyTaxIds.verifiesAsNonProfit,
      outcome: 'verifies',
      effect: 'verified as a non-profit',
    },
    {
      field: 'Tax ID',
      value: testCompanyTaxIds.verifiesImmediately,
      outcome: 'verifies',
      effect: 'verified immediately',
    },
    { field: 'Tax ID', value: testCompanyTaxIds.mismatch, outcome: 'fails', effect: 'identity mismatch' },
    { field: 'Tax ID', value: testCompanyTaxIds.notIssued, outcome: 'fails', effect: 'tax ID not issued' },
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
  const bank = bankAccountsOf(country);
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
  return bankAccountsOf(country);
}
