import { describe, expect, it } from 'vitest';
import { jpCorporateNumber } from './jp-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('jpCorporateNumber', () => {
  it.each([
    '5835678256246',
    '7000012050002',
    '7123456789012',
    '9000000000000',
    '9999999999999',
    ' 5835678256246 ',
  ])('accepts %j', (value) => {
    expect(jpCorporateNumber(value)).toBe(true);
  });

  it.each([
    '2835678256246',
    '5835678256247',
    '0835678256246', // the check digit is never 0
    '583567825624',
    '58356782562460',
    '5-8356-7825-6246',
    '５８３５６７８２５６２４６', // full-width digits
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(jpCorporateNumber(value)).toBe(false);
  });
});
