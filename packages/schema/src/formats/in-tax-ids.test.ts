import { describe, expect, it } from 'vitest';
import { inPan } from './in-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('inPan', () => {
  it.each([
    'ACUPA7085R',
    'AAPPV8261K',
    'AAACB1234C', // company
    'AAAFB1234C', // firm / LLP
    'AAAHB0001C', // HUF, serial 0001
    'AAAAB1234C',
    'AAABB1234C',
    'AAAGB1234C',
    'AAALB1234C',
    'AAAJB1234C',
    'AAATB1234C',
    'AAAKB1234C',
    'acupa7085r',
    ' ACUPA7085R ',
  ])('accepts %j', (value) => {
    expect(inPan(value)).toBe(true);
  });

  it.each([
    'ABMXA3211G', // X is not a holder type
    'ABMDA3211G',
    'ACUPA0000R', // serial 0000
    'ABMPA32111', // check character must be a letter
    'ACUP7085R',
    'ACUPAA7085R',
    'ACUPA70855R',
    'ACUPA-7085-R',
    '234123412347',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(inPan(value)).toBe(false);
  });
});
