import { describe, expect, it } from 'vitest';
import { iePps } from './ie-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('iePps', () => {
  it.each([
    '6433435F',
    '6433435OA',
    '6433435IH',
    '6433435FT', // pre-2013 suffixes W, T, X are not part of the check
    '6433435FW',
    '6433435FX',
    '1234567T',
    '1234567FA',
    '1234567OB',
    '1234567WH',
    '0000000W', // check remainder 0 maps to W
    '6433435oa',
    ' 6433435F ',
  ])('accepts %j', (value) => {
    expect(iePps(value)).toBe(true);
  });

  it.each([
    '6433435E',
    '6433435VH',
    '6433435FA', // with the A suffix the check letter changes
    '6433435OH',
    '6433435',
    '643343F',
    '64334355F',
    '6433435X', // check letters stop at W
    '6433435FC',
    '6433435FAA',
    '6433435 F',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(iePps(value)).toBe(false);
  });
});
