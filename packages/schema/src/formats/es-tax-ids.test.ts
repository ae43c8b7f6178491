import { describe, expect, it } from 'vitest';
import { esCif, esDni } from './es-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('esCif', () => {
  it.each([
    'A13585625',
    'B12345674',
    'J99216582',
    'P1234567D', // letter form of check digit 4
    'Q2826000H',
    'S2800000H',
    'B1234567D', // either form is accepted for every entity type
    'a13585625',
    ' A13585625 ',
  ])('accepts %j', (value) => {
    expect(esCif(value)).toBe(true);
  });

  it.each([
    'A13585626',
    'J99216583',
    'P1234567E',
    'I13585625', // I, K, L, M, O, T, X, Y, Z are not entity types
    'M12345674',
    'X12345674',
    'A1358562',
    'A135856255',
    'A-1358562-5',
    'A13585625K',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(esCif(value)).toBe(false);
  });
});

describe('esDni', () => {
  it.each([
    '54362315K',
    '12345678Z',
    '00000000T',
    'X2482300W', // NIE: X = 0
    'Y1234567X', // NIE: Y = 1
    'Z1234567R', // NIE: Z = 2
    'x2482300w',
    ' 54362315K ',
  ])('accepts %j', (value) => {
    expect(esDni(value)).toBe(true);
  });

  it.each([
    '54362315Z',
    'X2482300A',
    'Y1234567Z',
    'W1234567X',
    '5436231K',
    '543623155K',
    '54362315',
    '54362315-K',
    'X-2482300-W',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(esDni(value)).toBe(false);
  });
});
