import { describe, expect, it } from 'vitest';
import { businessTypes, supportedCountries } from '../account-state.js';
import { accountFieldSpec } from '../document/account-fields.js';
import { personFieldSpec } from '../document/person-fields.js';
import { createTranslator } from '../locales/translate.js';
import { fieldKeyOf, roleOfKey, rolePlaceholders } from '../requirement-key.js';
import { newAccount } from '../test-accounts.fixture.js';
import { countryRules } from './all-countries.js';
import { requirementKeysFor } from './country-rules.js';

const cardOnly = ['business_profile.mcc', 'company.phone', 'settings.payments.statement_descriptor'];

describe.each(supportedCountries)('the rules of %s', (country) => {
  const rules = countryRules[country];

  it.each(businessTypes)(
    'derive the transfers-only list of a %s by dropping the card-network keys',
    (type) => {
      const card = requirementKeysFor(rules, type, ['card_payments', 'transfers']);
      const transfers = requirementKeysFor(rules, type, ['transfers']);
      expect(transfers).toEqual(card.filter((key) => !cardOnly.includes(key)));
      expect(card).toContain('external_account');
      expect(card).toEqual(
        expect.arrayContaining(['business_type', 'tos_acceptance.date', 'tos_acceptance.ip']),
      );
    },
  );

  it('ask nothing of an account that requested no capability', () => {
    expect(requirementKeysFor(rules, 'individual', [])).toEqual([]);
  });

  it.each(businessTypes)('can collect every key a %s is asked for with a field of the document', (type) => {
    const context = {
      country,
      rules,
      locale: 'en' as const,
      translate: createTranslator('en'),
      state: newAccount(country, type),
    };
    const use = { required: true, addressParts: [] };
    const keys = [
      ...requirementKeysFor(rules, type, ['card_payments']),
      ...rules.thresholds.flatMap((rule) => rule.keys),
    ];
    for (const key of keys) {
      const role = roleOfKey(key);
      const spec =
        role === null
          ? accountFieldSpec(fieldKeyOf(key), context, use)
          : personFieldSpec(
              fieldKeyOf(key.slice(rolePlaceholders[role].prefix.length + 1)),
              '',
              context,
              use,
              {
                adult: false,
              },
            );
      expect(spec, key).not.toBeNull();
    }
  });
});

describe('ownership thresholds', () => {
  it('count owners from 25% in most countries, above 25% in Mexico and Singapore, with 10% as Singapore’s fallback', () => {
    expect(countryRules.US.ownership).toEqual({ percent: 25, comparison: 'at_least' });
    expect(countryRules.GB.ownership).toEqual({ percent: 25, comparison: 'at_least' });
    expect(countryRules.MX.ownership).toEqual({ percent: 25, comparison: 'more_than' });
    expect(countryRules.SG.ownership).toEqual({ percent: 25, comparison: 'more_than', fallbackPercent: 10 });
  });
});

describe('given a US non-profit', () => {
  it('asks the company hash with a representative but no owners', () => {
    const keys = requirementKeysFor(countryRules.US, 'non_profit', ['card_payments']);
    expect(keys).toContain('representative.ssn_last_4');
    expect(keys.some((key) => key.startsWith('owners.') || key === 'company.owners_provided')).toBe(false);
  });
});

describe('given an account without a business type', () => {
  it('asks only what every business type shares', () => {
    expect(requirementKeysFor(countryRules.DE, null, ['card_payments']).sort()).toEqual(
      [
        'business_profile.mcc',
        'business_profile.url',
        'business_type',
        'external_account',
        'tos_acceptance.date',
        'tos_acceptance.ip',
      ].sort(),
    );
  });
});
