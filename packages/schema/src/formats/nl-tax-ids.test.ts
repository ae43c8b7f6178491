import { describe, expect, it } from 'vitest';
import { nlRsin } from './nl-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('nlRsin', () => {
  it.each(['111222333', '123456782', '002495569', '100000009', '999999990', ' 111222333 '])(
    'accepts %j',
    (value) => {
      expect(nlRsin(value)).toBe(true);
    },
  );

  it.each([
    '111222334',
    '123456789',
    '000000000',
    '11122233',
    '1112223330',
    '1112.22.333',
    '111 222 333',
    'NL111222333',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(nlRsin(value)).toBe(false);
  });
});
