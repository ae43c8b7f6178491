import { describe, expect, it } from 'vitest';
import { frSiren, frSiret } from './fr-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('frSiren', () => {
  it.each(['404833048', '552008443', '732829320', ' 404833048 '])('accepts %j', (value) => {
    expect(frSiren(value)).toBe(true);
  });

  it.each(['404833047', '40483304', '4048330480', '404 833 048', '40483304A', ...oddInputs])(
    'rejects %j',
    (value) => {
      expect(frSiren(value)).toBe(false);
    },
  );
});

describe('frSiret', () => {
  it.each([
    '73282932000074',
    '73282932000017',
    '35600000000048', // La Poste head office: plain Luhn
    '35600000049837', // La Poste establishment: digit sum 45, a multiple of 5
    ' 73282932000074 ',
  ])('accepts %j', (value) => {
    expect(frSiret(value)).toBe(true);
  });

  it.each([
    '73282932000079',
    '35600000049838', // La Poste establishment: digit sum 46
    '40483304700008', // Luhn-valid SIRET whose SIREN 404833047 is not
    '7328293200007',
    '732829320000740',
    '732 829 320 00074',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(frSiret(value)).toBe(false);
  });
});
