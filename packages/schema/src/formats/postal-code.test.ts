import { describe, expect, it } from 'vitest';
import { postalCode } from './postal-code.js';

/** Examples from the reference (libaddressinput `zipex`), one list per country. */
const examples: Record<string, string[]> = {
  AU: ['2060', '3171', '6430', '4000', '4006', '3001'],
  BR: ['40301-110', '70002-900'],
  CA: ['H3Z 2Y7', 'V8X 3X4', 'T0L 1K0', 'T0H 1A0', 'K1A 0B1'],
  DE: ['26133', '53225'],
  ES: ['28039', '28300', '28070'],
  FR: ['33380', '34092', '33506'],
  GB: [
    'EC1Y 8SY',
    'GIR 0AA',
    'M2 5BQ',
    'M34 4AB',
    'CR0 2YR',
    'DN16 9AA',
    'W1A 4ZZ',
    'EC1A 1HQ',
    'OX14 4PG',
    'BS18 8HF',
    'NR25 7HG',
    'BH23 6AA',
    'B6 5BA',
    'RH6 0HP',
    'SO23 9AP',
    'PO1 3AX',
    'BFPO 61',
  ],
  IE: ['A65 F4E2', 'D6W 1234'],
  IN: ['110034', '110001'],
  IT: ['00144', '47037', '39049'],
  JP: ['154-0023', '350-1106', '951-8073', '112-0001', '208-0032', '231-0012'],
  MX: ['02860', '77520', '06082'],
  NL: ['1234 AB', '2490 AA'],
  NZ: ['6001', '6015', '6332', '8252', '1030'],
  SG: ['546080', '308125', '408600'],
  US: ['95014', '22162-1010'],
};

const exampleCases = Object.entries(examples).flatMap(([country, values]) =>
  values.map((value) => [country, value] as const),
);

describe('postalCode', () => {
  it.each(exampleCases)('accepts the %s example %j', (country, value) => {
    expect(postalCode(value, { country })).toBe(true);
  });

  it.each([
    ['US', '22162 1010'],
    ['US', ' 95014 '],
    ['US', '\t95014\n'],
    ['CA', 'h3z 2y7'],
    ['CA', 'H3Z2Y7'],
    ['GB', 'ec1y 8sy'],
    ['GB', 'EC1Y8SY'],
    ['GB', 'gir0aa'],
    ['GB', 'BFPO61'],
    ['IE', 'a65f4e2'],
    ['IE', 'D6W1234'],
    ['NL', '1234ab'],
    ['NL', '2490aa'],
    ['FR', '33 380'],
    ['JP', '1540023'],
    ['BR', '40301110'],
    ['us', '95014'],
    ['gb', 'M2 5BQ'],
  ])('accepts the %s variant %j', (country, value) => {
    expect(postalCode(value, { country })).toBe(true);
  });

  it.each([
    ['US', '9501'],
    ['US', '950145'],
    ['US', '95014-101'],
    ['US', '95014_1010'],
    ['US', 'ABCDE'],
    ['CA', 'D3Z 2Y7'],
    ['CA', 'H3Z 2Y'],
    ['CA', 'H3Z  2Y7'],
    ['GB', 'QQ1 1AA'],
    ['GB', 'EC1Y 8CY'],
    ['GB', 'EC1Y'],
    ['GB', 'RH6 OHP'],
    ['GB', 'BFPO 12345'],
    ['DE', '2613'],
    ['DE', '261333'],
    ['ES', '2803'],
    ['FR', '3338'],
    ['FR', '33-380'],
    ['IE', 'B65 F4E2'],
    ['IE', 'A65 F4E'],
    ['IE', 'A65 F4EB'],
    ['IN', '11003'],
    ['IN', '110 034'],
    ['IT', '0014'],
    ['JP', '1540-023'],
    ['JP', '154 0023'],
    ['MX', '0286'],
    ['NL', '1234 A'],
    ['NL', '123 AB'],
    ['NZ', '60012'],
    ['AU', '206'],
    ['SG', '54608'],
    ['BR', '40301-11'],
    ['BR', '40301 110'],
  ])('rejects the %s value %j', (country, value) => {
    expect(postalCode(value, { country })).toBe(false);
  });

  it.each(['US', 'GB', 'JP', 'KR', undefined])('rejects empty and blank values (country %s)', (country) => {
    expect(postalCode('', { country })).toBe(false);
    expect(postalCode('   ', { country })).toBe(false);
  });

  describe('a country without a pattern, or no country', () => {
    it.each([
      ['KR', '03187'],
      ['PL', '00-950'],
      ['SE', '114 55'],
      ['AR', 'C1425DKA'],
      ['XX', 'AB'],
      [undefined, '95014'],
      [undefined, 'EC1Y 8SY'],
      [undefined, ' 1234567890 '],
    ])('accepts %s %j', (country, value) => {
      expect(postalCode(value, country === undefined ? undefined : { country })).toBe(true);
    });

    it.each([
      ['KR', '1'],
      ['KR', '12345678901'],
      ['KR', '-1234'],
      ['KR', '1234-'],
      ['KR', '12_34'],
      ['KR', '12.34'],
      [undefined, 'Ä1234'],
      [undefined, '123 4567 890'],
    ])('rejects %s %j', (country, value) => {
      expect(postalCode(value, country === undefined ? undefined : { country })).toBe(false);
    });
  });

  it.each(['\u0000', '💥', 'a'.repeat(10000), ' '.repeat(10000).concat('95014'), '1'.repeat(10000)])(
    'returns false for odd input %#',
    (value) => {
      expect(postalCode(value)).toBe(false);
      expect(postalCode(value, { country: 'US' })).toBe(false);
      expect(postalCode(value, { country: 'GB' })).toBe(false);
    },
  );

  it('returns false for a non-string at runtime and ignores a non-string country', () => {
    expect(postalCode(95014 as unknown as string, { country: 'US' })).toBe(false);
    expect(postalCode('95014', { country: 1 as unknown as string })).toBe(true);
  });
});
