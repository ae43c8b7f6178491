import { describe, expect, it } from 'vitest';
import { joinPhone, splitPhone } from './phone-number.js';

describe('joinPhone', () => {
  it('reads a national number under the chosen country’s calling code', () => {
    expect(joinPhone({ country: 'US', national: '(415) 555-2671' })).toBe('+14155552671');
    expect(joinPhone({ country: 'GB', national: '020 7183 8750' })).toBe('+442071838750');
  });

  it('keeps an international number, its punctuation dropped', () => {
    expect(joinPhone({ country: 'US', national: '+49 30 1234 5678' })).toBe('+493012345678');
  });

  it('keeps a value the spec allows exactly as typed', () => {
    expect(joinPhone({ country: 'US', national: ' 0000000000 ' }, ['0000000000'])).toBe('0000000000');
  });

  it('reads the same digits as a number when the spec does not allow them', () => {
    expect(joinPhone({ country: 'US', national: '0000000000' })).toBe('+10000000000');
  });
});

describe('splitPhone', () => {
  it('shows an allowed value as it was stored, under the account’s country', () => {
    const parts = splitPhone('0000000000', 'US');
    expect(parts).toEqual({ country: 'US', national: '0000000000' });
    expect(joinPhone(parts, ['0000000000'])).toBe('0000000000');
  });
});
