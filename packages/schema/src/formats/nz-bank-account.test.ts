import { describe, expect, it } from 'vitest';
import { nzBankAccount } from './nz-bank-account.js';

describe('nzBankAccount', () => {
  it.each([
    ['01-0242-0100194-00', 'reference vector (A)'],
    ['01-0902-0068389-00', 'Inland Revenue example (A)'],
    ['01-0902-0998384-00', 'high account base (B)'],
    ['01-0242-0100194-99', 'any suffix: it takes no part in A'],
    ['08-6523-1954512-001', 'Inland Revenue example (D)'],
    ['09-0000-0037331-00', 'algorithm E'],
    ['25-2545-3153624-00', 'algorithm F'],
    ['26-2600-0320871-032', 'Inland Revenue example (G)'],
    ['31-2800-1234567-000', 'algorithm X (no check digit)'],
    ['88-8800-1234567-00', 'algorithm X, bank not in the Inland Revenue table'],
  ])('accepts %s (%s)', (value) => {
    expect(nzBankAccount(value)).toBe(true);
  });

  it.each([
    '11-0000-0000000-010',
    '1100000000000010',
    '110000-0000000010',
    '110000 0000000010',
    '11 0000 0000000 010',
  ])("accepts Stripe's test account written as %j", (value) => {
    expect(nzBankAccount(value)).toBe(true);
  });

  it.each([
    '010242010019400',
    '0102420100194000',
    '01 0242 0100194 00',
    '01-0242-0100194 000',
    '0102420100194-00',
  ])('accepts separator variants: %j', (value) => {
    expect(nzBankAccount(value)).toBe(true);
  });

  it('adds the digits of each product twice for algorithm G, as Inland Revenue specifies', () => {
    // 6 × 3 = 18 counts as 1 + 8 = 9, so the suffix must end in 1 (python-stdnum counts 18 as 0).
    expect(nzBankAccount('26-2600-0600000-001')).toBe(true);
    expect(nzBankAccount('26-2600-0600000-000')).toBe(false);
  });

  it.each([
    ['01-0242-0100195-00', 'reference: bad check digit'],
    ['08-6523-1954513-001', 'bad check digit (D)'],
    ['26-2600-0320871-033', 'bad check digit (G)'],
    ['07-0242-0100194-00', 'unknown bank 07'],
    ['99-0242-0100194-00', 'unknown bank 99'],
    ['01-242-0100194-00', '3-digit branch'],
    ['01-0242-100194-00', '6-digit base'],
    ['01-0242-0100194-0', '1-digit suffix'],
    ['01-0242-0100194-0000', '4-digit suffix'],
    ['01/0242/0100194/00', 'slashes'],
    ['01--0242-0100194-00', 'double dash'],
    [' 01-0242-0100194-00', 'leading space'],
    ['01-0242-0100194-00 ', 'trailing space'],
    ['01-0242-01OO194-00', 'letter O'],
    ['0000000010', "Stripe's test account number without the routing number"],
    ['', 'empty'],
    ['   ', 'spaces only'],
  ])('rejects %j (%s)', (value) => {
    expect(nzBankAccount(value)).toBe(false);
  });

  it.each(['\u0000', '💥', 'a'.repeat(10000), '0'.repeat(10000), '01-0242-0100194-00'.repeat(100)])(
    'returns false for odd input %#',
    (value) => {
      expect(nzBankAccount(value)).toBe(false);
    },
  );

  it('returns false for a non-string at runtime', () => {
    expect(nzBankAccount(undefined as unknown as string)).toBe(false);
  });
});
