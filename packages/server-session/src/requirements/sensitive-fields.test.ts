import { describe, expect, it } from 'vitest';
import { lastFourOf, sensitiveAccountFields } from './sensitive-fields.js';

describe('lastFourOf', () => {
  it.each([
    ['company.tax_id', '12-3456789', '6789'],
    ['individual.id_number', '000-00-0000', '0000'],
    ['external_account', { routing_number: '110000000', account_number: '000123456789' }, '6789'],
    ['external_account', { iban: 'DE89 3704 0044 0532 0130 00' }, '3000'],
    ['company.pan', 'AB', 'AB'],
  ])('shows the last four of %s %j', (key, value, last4) => {
    expect(lastFourOf(key, value)).toBe(last4);
  });

  it('shows nothing of the last four digits of an SSN, which are the whole secret', () => {
    expect(lastFourOf('individual.ssn_last_4', '1234')).toBeUndefined();
    expect(lastFourOf('ssn_last_4', '1234')).toBeUndefined();
  });

  it('shows nothing when there is nothing to show', () => {
    expect(lastFourOf('external_account', {})).toBeUndefined();
    expect(lastFourOf('company.tax_id', '--')).toBeUndefined();
  });
});

describe('sensitiveAccountFields', () => {
  it('cover id numbers, tax ids and the bank account', () => {
    expect([...sensitiveAccountFields].sort()).toEqual(
      [
        'company.pan',
        'company.tax_id',
        'external_account',
        'individual.id_number',
        'individual.ssn_last_4',
      ].sort(),
    );
  });
});
