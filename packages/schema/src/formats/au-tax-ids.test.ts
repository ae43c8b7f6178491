import { describe, expect, it } from 'vitest';
import { auAbn, auAcn } from './au-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('auAbn', () => {
  it.each(['51824753556', '83914571673', '53004085616', ' 51824753556 '])('accepts %j', (value) => {
    expect(auAbn(value)).toBe(true);
  });

  it.each([
    '99999999999',
    '51824753557',
    '15824753556',
    '07232348577', // sums to a multiple of 89, but ABN check digits run from 10 to 99
    '5182475355',
    '518247535560',
    '51 824 753 556',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(auAbn(value)).toBe(false);
  });
});

describe('auAcn', () => {
  it.each(['004085616', '010499966', '000000019', '123456780', ' 004085616 '])('accepts %j', (value) => {
    expect(auAcn(value)).toBe(true);
  });

  it.each(['999999999', '004085617', '00408561', '0040856160', '004 085 616', ...oddInputs])(
    'rejects %j',
    (value) => {
      expect(auAcn(value)).toBe(false);
    },
  );
});
