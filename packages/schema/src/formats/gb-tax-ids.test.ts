import { describe, expect, it } from 'vitest';
import { gbCompanyNumber, gbUtr } from './gb-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('gbCompanyNumber', () => {
  it.each([
    '12345678',
    '00000001',
    '01234567',
    'SC123456',
    'sc123456',
    'NI012345',
    'NI01234A',
    'OC123456',
    'OC12345C',
    'OC1234OC',
    'LP123456',
    'SL12345A',
    'SO123456',
    'SO1234FI',
    'RS007654',
    'RS00765W',
    'RS123CUS',
    'R0123456',
    'FC012345',
    '1234567R',
    ' SC123456 ',
  ])('accepts %j', (value) => {
    expect(gbCompanyNumber(value)).toBe(true);
  });

  it.each([
    'AB123456',
    '1234567',
    '123456789',
    'SC12345',
    'SC1234567',
    'SC 123456',
    '12345678x',
    'x12345678',
    'junk RS007654 junk', // the published regex is anchored only at its ends
    '12345678 and more',
    '1234567X',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(gbCompanyNumber(value)).toBe(false);
  });
});

describe('gbUtr', () => {
  it.each(['1955839661', '1123456789', '2000000000', '9999999999', ' 1955839661 '])('accepts %j', (value) => {
    expect(gbUtr(value)).toBe(true);
  });

  it.each([
    '2955839661',
    '1955839662',
    '195583966',
    '19558396610',
    '19558 39661',
    '1955839661K',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(gbUtr(value)).toBe(false);
  });
});
