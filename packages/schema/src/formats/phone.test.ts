import { describe, expect, it } from 'vitest';
import { e164Phone } from './phone.js';

describe('e164Phone', () => {
  describe('without context', () => {
    it.each([
      '+14155552671',
      '+12015550123',
      '+442071838750',
      '+4930901820',
      '+33123456789',
      '+81312345678',
      '+61291234567',
      '+6493799999',
      '+6561234567',
      '+5511912345678',
      '+525512345678',
      '+919876543210',
      '+353212345678',
      '+31201234567',
      '+34912345678',
      '+390612345678',
      '+14162367000',
    ])('accepts the international number %s', (value) => {
      expect(e164Phone(value)).toBe(true);
    });

    it.each([
      '+1 415 555 2671',
      '+1 (415) 555-2671',
      '+1-415-555-2671',
      '+1.415.555.2671',
      '+44 20 7183 8750',
      '+44 (0)20 7183 8750',
    ])('accepts formatting: %j', (value) => {
      expect(e164Phone(value)).toBe(true);
    });

    it.each([
      ['4155552671', 'national number without a country'],
      ['02071838750', 'national number with trunk prefix, no country'],
      ['0044 20 7183 8750', 'international prefix instead of +'],
      ['+1415555267', 'too short for the US'],
      ['+1415555267100', 'too long for the US'],
      ['+1234567890123456', 'more than 15 digits'],
      ['+0123456789', 'country code 0'],
      ['+999999999', 'unassigned country code'],
      ['+10000000000', 'all zeros'],
      ['+14155552671 ext. 12', 'extension'],
      ['+14155552671x12', 'extension with x'],
      ['tel:+14155552671', 'tel: URI'],
      ['call +14155552671', 'surrounding text'],
      ['+1４１５５５５２６７１', 'full-width digits'],
      ['++14155552671', 'double plus'],
      ['+1 415 555 2671 ', 'trailing space'],
      [' +14155552671', 'leading space'],
      ['+', 'plus only'],
      ['', 'empty'],
      ['   ', 'spaces only'],
    ])('rejects %j (%s)', (value) => {
      expect(e164Phone(value)).toBe(false);
    });
  });

  describe('with context.country', () => {
    it.each([
      ['4155552671', 'US'],
      ['(415) 555-2671', 'US'],
      ['415-555-2671', 'US'],
      ['4162367000', 'CA'],
      ['020 7183 8750', 'GB'],
      ['030 901820', 'DE'],
      ['01 23 45 67 89', 'FR'],
      ['03-1234-5678', 'JP'],
      ['(02) 9123 4567', 'AU'],
      ['09 379 9999', 'NZ'],
      ['6123 4567', 'SG'],
      ['(11) 91234-5678', 'BR'],
      ['55 1234 5678', 'MX'],
      ['098765 43210', 'IN'],
      ['06 1234 5678', 'IT'],
      ['06 12345678', 'NL'],
      ['912 345 678', 'ES'],
      ['021 234 5678', 'IE'],
      ['06 12 34 56 78', 'FR'],
      ['4155552671', 'us'],
    ])('accepts the national number %j in %s', (value, country) => {
      expect(e164Phone(value, { country })).toBe(true);
    });

    it.each([
      ['+442071838750', 'US'],
      ['+14155552671', 'DE'],
      ['+14162367000', 'US'],
      ['+81312345678', 'XX'],
    ])('accepts the valid international number %s for a %s account', (value, country) => {
      expect(e164Phone(value, { country })).toBe(true);
    });

    it.each([
      ['4162367000', 'US', 'a Canadian number typed nationally on a US account'],
      ['4155552671', 'CA', 'a US number typed nationally on a CA account'],
      ['0000000000', 'US', "Stripe's test-mode token is not a real number"],
      ['5555555555', 'US', 'invalid area code'],
      ['12345', 'US', 'too short'],
      ['0044 20 7183 8750', 'DE', 'a GB number dialled from Germany is not a German number'],
      ['0123', 'DE', 'too short for Germany'],
      ['+1415555267', 'US', 'invalid international number'],
      ['4155552671', 'XX', 'unknown country'],
      ['4155552671', '', 'empty country'],
    ])('rejects %j for %j (%s)', (value, country) => {
      expect(e164Phone(value, { country })).toBe(false);
    });
  });

  it.each([
    '\u0000',
    '💥',
    'a'.repeat(10000),
    '+'.concat('1'.repeat(10000)),
    '1'.repeat(10000),
    '(((((((((((((((((((((((1',
  ])('returns false for odd input %#', (value) => {
    expect(e164Phone(value)).toBe(false);
    expect(e164Phone(value, { country: 'US' })).toBe(false);
  });

  it('returns false for a non-string value or country at runtime', () => {
    expect(e164Phone(14155552671 as unknown as string)).toBe(false);
    expect(e164Phone('4155552671', { country: 1 as unknown as string })).toBe(false);
    expect(e164Phone('+14155552671', { country: null as unknown as string })).toBe(true);
  });
});
