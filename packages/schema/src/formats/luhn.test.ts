import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhn } from './luhn.js';

describe('luhn', () => {
  it.each(['4242424242424242', '79927398713', '4000 0566 5566 5556', '123456782'])('accepts %s', (value) => {
    expect(luhn(value)).toBe(true);
  });

  it.each(['4242424242424241', '79927398710', '', '0', 'abc', '4242-4242-4242-424x'])(
    'rejects %j',
    (value) => {
      expect(luhn(value)).toBe(false);
    },
  );

  it('checks only digit strings', () => {
    expect(isLuhnValid('059')).toBe(true);
    expect(isLuhnValid('05 9')).toBe(false);
  });
});
