import { formats } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { countryCodes } from './marketplace.js';
import { bankTestValuesOf, testModeValuesFor } from './test-mode-values.js';

const sepaCountries = ['IE', 'DE', 'FR', 'NL', 'ES', 'IT'] as const;

describe('the payout accounts the panel suggests', () => {
  it.each(sepaCountries)('are valid IBANs for %s', (country) => {
    const bank = bankTestValuesOf(country);
    expect(bank.accountLabel).toBe('IBAN');
    expect(bank.verifies.startsWith(country)).toBe(true);
    expect(formats.iban(bank.verifies, { country })).toBe(true);
  });

  it.each([
    ['US', 'aba_routing'],
    ['AU', 'au_bsb'],
    ['GB', 'gb_sort_code'],
    ['IN', 'in_ifsc'],
  ] as const)('pass the routing check of %s (%s)', (country, format) => {
    const routing = bankTestValuesOf(country).routing ?? '';
    expect(formats[format](routing, { country })).toBe(true);
  });

  it('are valid CLABEs in Mexico, the failing one included', () => {
    const bank = bankTestValuesOf('MX');
    expect(formats.mx_clabe(bank.verifies, { country: 'MX' })).toBe(true);
    expect(formats.mx_clabe(bank.fails ?? '', { country: 'MX' })).toBe(true);
  });
});

describe('testModeValuesFor', () => {
  it.each(countryCodes)('gives %s an identity, address and payout group', (country) => {
    const titles = testModeValuesFor(country, 'individual').map((group) => group.title);
    expect(titles).toContain('Identity');
    expect(titles.some((title) => title.startsWith('Address'))).toBe(true);
    expect(titles).toContain('Payout account');
  });

  it('shows the SSN values only in the United States', () => {
    const fields = (country: 'US' | 'CA') =>
      testModeValuesFor(country, 'individual').flatMap((group) => group.values.map((value) => value.field));
    expect(fields('US')).toContain('Last 4 of SSN');
    expect(fields('CA')).not.toContain('Last 4 of SSN');
  });

  it('shows the company tax ids to companies and non-profits, not to individuals', () => {
    const hasCompany = (type: 'individual' | 'company' | 'non_profit') =>
      testModeValuesFor('GB', type).some((group) => group.title === 'Company');
    expect(hasCompany('individual')).toBe(false);
    expect(hasCompany('company')).toBe(true);
    expect(hasCompany('non_profit')).toBe(true);
  });

  it('marks which values verify and which fail, with the verifier test values of the reference', () => {
    const identity = testModeValuesFor('US', 'individual').find((group) => group.title === 'Identity');
    const outcomeOf = (value: string) => identity?.values.find((entry) => entry.value === value)?.outcome;
    expect(outcomeOf('1901-01-01')).toBe('verifies');
    expect(outcomeOf('1900-01-01')).toBe('review');
    expect(outcomeOf('111111111')).toBe('fails');
  });
});
