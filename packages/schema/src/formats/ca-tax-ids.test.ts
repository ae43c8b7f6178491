import { describe, expect, it } from 'vitest';
import { caBusinessNumber, caSin } from './ca-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('caBusinessNumber', () => {
  it.each([
    '123026635',
    '123026635RC0001',
    '123026635RT0001',
    '123026635RM0002',
    '123026635RP0003',
    '12302 6635',
    '12302 6635 RC 0001',
    '123026635rc0001',
    ' 123026635 ',
  ])('accepts %j', (value) => {
    expect(caBusinessNumber(value)).toBe(true);
  });

  it.each([
    '123456783',
    '123026636',
    '123026635RX0001',
    '123026635RC001',
    '123026635RC00011',
    '123026635RC',
    '12302663',
    '1230266350',
    '123-026-635',
    '12345678Z',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(caBusinessNumber(value)).toBe(false);
  });
});

describe('caSin', () => {
  it.each(['123456782', '946454287', ' 123456782 '])('accepts %j', (value) => {
    expect(caSin(value)).toBe(true);
  });

  it.each([
    '999999999',
    '823456785',
    '846454288', // passes Luhn but 8 is never issued
    '046454286', // passes Luhn but 0 is never issued
    '123456783',
    '12345678',
    '1234567820',
    '12345678Z',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(caSin(value)).toBe(false);
  });
});
