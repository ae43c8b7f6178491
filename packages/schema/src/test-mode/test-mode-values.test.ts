import { describe, expect, it } from 'vitest';
import { compileField } from '../compile-field.js';
import type { BankAccountConfig } from '../field-spec.js';
import { formats } from '../formats/registry.js';
import {
  type CountryTestBankAccounts,
  type TestModeCountry,
  testBankAccounts,
  testPayoutFailureEndings,
} from './test-mode-values.js';

// How each country's payout account is checked, as the session server's
// country rules describe it to the compiler (formats where the schema has
// one, else the patterns of reference §4.3). A seller typing the test values
// must get past the form before the verifier ever sees them.
const bankChecks: Record<TestModeCountry, Omit<BankAccountConfig, 'country' | 'currency'>> = {
  US: { scheme: 'routing_and_account', routingFormat: 'aba_routing', accountPattern: '\\d{4,17}' },
  CA: { scheme: 'routing_and_account', routingPattern: '\\d{5}-?\\d{3}', accountPattern: '\\d{7,12}' },
  GB: { scheme: 'routing_and_account', routingFormat: 'gb_sort_code', accountPattern: '\\d{8}' },
  IE: { scheme: 'iban' },
  DE: { scheme: 'iban' },
  FR: { scheme: 'iban' },
  NL: { scheme: 'iban' },
  ES: { scheme: 'iban' },
  IT: { scheme: 'iban' },
  AU: { scheme: 'routing_and_account', routingFormat: 'au_bsb', accountPattern: '\\d{5,9}' },
  NZ: {
    scheme: 'routing_and_account',
    routingPattern: '\\d{6}',
    accountPattern: '\\d{8,10}',
    combinedFormat: 'nz_bank_account',
  },
  JP: { scheme: 'routing_and_account', routingPattern: '\\d{4}-?\\d{3}', accountPattern: '\\d{7}' },
  SG: { scheme: 'routing_and_account', routingPattern: '\\d{4}-?\\d{3}', accountPattern: '\\d{6,12}' },
  BR: {
    scheme: 'routing_and_account',
    routingPattern: '\\d{3}-?\\d{4}',
    accountPattern: '\\d{1,12}(-?[0-9Xx])?',
  },
  MX: { scheme: 'account', accountFormat: 'mx_clabe' },
  IN: { scheme: 'routing_and_account', routingFormat: 'in_ifsc', accountPattern: '\\d{9,18}' },
};

const countries = Object.keys(testBankAccounts) as TestModeCountry[];

function errorsOf(country: TestModeCountry, account: object) {
  const check = compileField({
    key: 'external_account',
    type: 'bank_account',
    label: 'Bank account',
    required: true,
    bankAccount: { country, currency: 'xxx', ...bankChecks[country] },
  });
  return check(account, 'external_account');
}

describe('testBankAccounts', () => {
  it('has an account for each of the 16 countries', () => {
    expect(countries).toHaveLength(16);
  });

  it.each(countries)('gives %s a verifying account the schema accepts', (country) => {
    expect(errorsOf(country, testBankAccounts[country].verifies)).toEqual([]);
  });

  it.each(countries)('gives %s failing accounts the schema accepts, so the verifier sees them', (country) => {
    const bank: CountryTestBankAccounts = testBankAccounts[country];
    for (const failing of bank.fails) {
      const { payout_failure_code: _, ...account } = failing;
      expect(errorsOf(country, account)).toEqual([]);
    }
  });

  it.each(['IE', 'DE', 'FR', 'NL', 'ES', 'IT'] as const)('gives %s an IBAN of its own country', (country) => {
    const { iban } = testBankAccounts[country].verifies;
    expect(iban.startsWith(country)).toBe(true);
    expect(formats.iban(iban, { country })).toBe(true);
  });

  it('fails an account number of each failure ending, and verifies none of them', () => {
    const codes = testBankAccounts.US.fails.map((account) => account.payout_failure_code);
    expect(codes).toEqual(testPayoutFailureEndings.map((failure) => failure.payout_failure_code));
    const verifying = Object.values(testBankAccounts).map(
      (bank: CountryTestBankAccounts) => bank.verifies.account_number ?? bank.verifies.iban ?? '',
    );
    for (const { ending } of testPayoutFailureEndings) {
      expect(verifying.filter((number) => number.endsWith(ending))).toEqual([]);
    }
  });
});
