import { describe, expect, it } from 'vitest';
import { abaRouting } from './aba-routing.js';

describe('abaRouting', () => {
  it.each(['110000000', '111000025', '011000015', '021000021', '122105155'])('accepts %s', (value) => {
    expect(abaRouting(value)).toBe(true);
  });

  it.each([
    ['112000025', 'reference: bad checksum'],
    ['110000001', 'reference: bad check digit'],
    ['021000012', 'transposed last digits'],
    ['11000000', '8 digits'],
    ['1100000000', '10 digits'],
    ['110-000-000', 'dashes'],
    ['110 000 000', 'spaces'],
    [' 110000000', 'leading space'],
    ['110000000\n', 'trailing newline'],
    ['11000000O', 'letter O for zero'],
    ['١١٠٠٠٠٠٠٠', 'Arabic-Indic digits'],
    ['', 'empty'],
    ['         ', 'spaces only'],
  ])('rejects %j (%s)', (value) => {
    expect(abaRouting(value)).toBe(false);
  });

  it.each(['\u0000', '💥', 'a'.repeat(10000), '0'.repeat(10000)])(
    'returns false for odd input %#',
    (value) => {
      expect(abaRouting(value)).toBe(false);
    },
  );

  it('returns false for a non-string at runtime', () => {
    expect(abaRouting(110000000 as unknown as string)).toBe(false);
  });
});
