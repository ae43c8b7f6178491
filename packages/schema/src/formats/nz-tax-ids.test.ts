import { describe, expect, it } from 'vitest';
import { nzIrd, nzNzbn } from './nz-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('nzIrd', () => {
  it.each([
    '49091850',
    '49098576',
    '35901981',
    '10000191', // primary weights give 10, secondary weights give 1
    '123456785', // 9 digits
    '149999995', // just under the upper bound
    ' 49091850 ',
  ])('accepts %j', (value) => {
    expect(nzIrd(value)).toBe(true);
  });

  it.each([
    '136410133',
    '49091851',
    '10000190',
    '10000053', // both weightings give 10: no number with this body is valid
    '100000009', // in range, wrong check digit (100000008 is right)
    '150000009', // check digit right, but the upper bound is exclusive
    '09125566', // check digit right, but not above 10,000,000
    '9125568',
    '1234567890',
    '49-098-576',
    'NZ49098576',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(nzIrd(value)).toBe(false);
  });
});

describe('nzNzbn', () => {
  it.each(['9429000106078', '9420000000007', '9412345678904', ' 9429000106078 '])('accepts %j', (value) => {
    expect(nzNzbn(value)).toBe(true);
  });

  it.each([
    '9429041535914',
    '9429000106079',
    '9529000106075', // GS1-valid but not a 94 (New Zealand) prefix
    '942900010607',
    '94290001060780',
    '9429 0001 06078',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(nzNzbn(value)).toBe(false);
  });
});
