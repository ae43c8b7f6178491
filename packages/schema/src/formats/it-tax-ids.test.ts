import { describe, expect, it } from 'vitest';
import { itPartitaIva } from './it-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('itPartitaIva', () => {
  it.each([
    '00743110157',
    '12345670017', // province 001
    '12345671007', // province 100
    '12345671205', // province 120
    '12345671213', // province 121
    '12345678887', // province 888
    '12345679992', // province 999
    ' 00743110157 ',
  ])('accepts %j', (value) => {
    expect(itPartitaIva(value)).toBe(true);
  });

  it.each([
    '00743110158',
    '00000000158', // company part all zeros (Luhn-valid)
    '12345670009', // province 000 (Luhn-valid)
    '12345671015', // province 101 (Luhn-valid)
    '12345671197', // province 119 (Luhn-valid)
    '12345671221', // province 122 (Luhn-valid)
    '12345675008', // province 500 (Luhn-valid)
    '0074311015',
    '007431101570',
    'IT00743110157',
    '007 4311 0157',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(itPartitaIva(value)).toBe(false);
  });
});
