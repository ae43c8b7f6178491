import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sgNric, sgUen } from './sg-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('sgUen', () => {
  it.each([
    '00192200M', // business (ROB)
    '53012345B',
    '197401143C', // local company (ROC)
    '190012345N',
    'S16FC0121D', // other entity
    'T01FC6132D',
    'T09LL0001D',
    'R90CC1234D',
    'S99XL9999K',
    's16fc0121d',
    ' 197401143C ',
  ])('accepts %j', (value) => {
    expect(sgUen(value)).toBe(true);
  });

  it.each([
    '00192200A',
    '197401143D',
    'S16FC0121E',
    'S16ZZ0121D', // ZZ is not an entity type
    'A16FC0121D', // only R, S and T start an other-entity UEN
    'F00056789H', // old foreign-company form, not among the three current forms
    '0019220M',
    '1974011430C',
    '00192200-M',
    '197401143',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(sgUen(value)).toBe(false);
  });

  describe('with the clock at 2025-06-15', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(2025, 5, 15));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('accepts ROC and T-series years up to this year', () => {
      expect(sgUen('202512345G')).toBe(true);
      expect(sgUen('T25LP0001J')).toBe(true);
    });

    it('rejects ROC and T-series years after this year', () => {
      expect(sgUen('202612345K')).toBe(false);
      expect(sgUen('209912345Z')).toBe(false);
      expect(sgUen('T26LP0001C')).toBe(false);
      expect(sgUen('T99LP0001F')).toBe(false);
    });

    it('takes the year from the clock, not from a constant', () => {
      vi.setSystemTime(new Date(2027, 0, 1));
      expect(sgUen('202612345K')).toBe(true);
      expect(sgUen('202712345N')).toBe(true);
      expect(sgUen('T27LP0001H')).toBe(true);
    });
  });
});

describe('sgNric', () => {
  it.each([
    'S1234567D',
    'S0000001I',
    'T1234567J',
    'T0123456G',
    'F1234567N',
    'F9876543M',
    'G1234567X',
    'G7654321L',
    'M1234567K', // M series: prefix and shape only
    'M1234567X',
    'M0000000A',
    's1234567d',
    ' S1234567D ',
  ])('accepts %j', (value) => {
    expect(sgNric(value)).toBe(true);
  });

  it.each([
    'S1234567A',
    'T1234567D',
    'F1234567X',
    'G1234567N',
    'A1234567D',
    'S123456D',
    'S12345678D',
    'S1234567',
    'M1234567',
    'M12345678',
    'S 1234567 D',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(sgNric(value)).toBe(false);
  });
});
