import { describe, expect, it } from 'vitest';
import { auBsb, gbSortCode, inIfsc, mxClabe } from './bank-codes.js';

const oddInputs = ['\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000), '12\u00a034\u00a056'];

describe('gbSortCode', () => {
  it.each(['108800', '10-88-00', '10 88 00', '000000', '40-47-84'])('accepts %j', (value) => {
    expect(gbSortCode(value)).toBe(true);
  });

  it.each([
    ['10880', '5 digits'],
    ['1088000', '7 digits'],
    ['10-8800', 'separator between the first pair only'],
    ['10-88 00', 'mixed separators'],
    ['1-088-00', 'misplaced dashes'],
    ['10--88--00', 'double dashes'],
    ['10.88.00', 'dots'],
    [' 108800', 'leading space'],
    ['108800 ', 'trailing space'],
    ['10880O', 'letter O'],
    ['', 'empty'],
    ['  ', 'spaces only'],
  ])('rejects %j (%s)', (value) => {
    expect(gbSortCode(value)).toBe(false);
  });

  it.each(oddInputs)('returns false for odd input %#', (value) => {
    expect(gbSortCode(value)).toBe(false);
  });
});

describe('auBsb', () => {
  it.each(['110000', '110-000', '110 000', '062-000'])('accepts %j', (value) => {
    expect(auBsb(value)).toBe(true);
  });

  it.each([
    ['11000', '5 digits'],
    ['1100000', '7 digits'],
    ['11-0000', 'dash in the wrong place'],
    ['110--000', 'double dash'],
    ['110_000', 'underscore'],
    ['110000 ', 'trailing space'],
    ['ABC-DEF', 'letters'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(auBsb(value)).toBe(false);
  });

  it.each(oddInputs)('returns false for odd input %#', (value) => {
    expect(auBsb(value)).toBe(false);
  });
});

describe('inIfsc', () => {
  it.each(['HDFC0000261', 'SBIN0001234', 'ICIC0ABC123', 'hdfc0000261', 'Sbin0001234'])(
    'accepts %j',
    (value) => {
      expect(inIfsc(value)).toBe(true);
    },
  );

  it.each([
    ['HDFC1000261', 'fifth character is not 0'],
    ['HDFCO000261', 'letter O instead of the reserved 0'],
    ['HDF00000261', 'bank code with a digit'],
    ['HDFC000026', '10 characters'],
    ['HDFC00002611', '12 characters'],
    ['HDFC-0000261', 'dash'],
    ['HDFC 0000261', 'space'],
    [' HDFC0000261', 'leading space'],
    ['HDFC000026_', 'underscore'],
    ['HDFſ0000261', 'long s folds to S only in Unicode mode'],
    ['HDF\u212a0000261', 'Kelvin sign folds to K only in Unicode mode'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(inIfsc(value)).toBe(false);
  });

  it.each(oddInputs)('returns false for odd input %#', (value) => {
    expect(inIfsc(value)).toBe(false);
  });
});

describe('mxClabe', () => {
  it.each(['032180000118359719', '002010077777777771', '000000001234567897', '000000111111111117'])(
    'accepts %s',
    (value) => {
      expect(mxClabe(value)).toBe(true);
    },
  );

  it.each([
    ['002010077777777772', 'reference: bad check digit'],
    ['032180000118359710', 'check digit 0 instead of 9'],
    ['032180000118359791', 'transposed last digits'],
    ['03218000011835971', '17 digits'],
    ['0321800001183597190', '19 digits'],
    ['032 180 00011835971 9', 'spaces'],
    ['032-180-00011835971-9', 'dashes'],
    ['03218000011835971X', 'letter'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(mxClabe(value)).toBe(false);
  });

  it.each(oddInputs)('returns false for odd input %#', (value) => {
    expect(mxClabe(value)).toBe(false);
  });
});

describe('bank codes at runtime', () => {
  it.each([gbSortCode, auBsb, inIfsc, mxClabe])('returns false for a non-string (%#)', (validator) => {
    expect(validator(null as unknown as string)).toBe(false);
    expect(validator(108800 as unknown as string)).toBe(false);
  });
});
