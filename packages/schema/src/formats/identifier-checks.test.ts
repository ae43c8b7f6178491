import { describe, expect, it } from 'vitest';
import { isCalendarDate, isRepeatedChar, normalizeId, weightedSum } from './identifier-checks.js';

describe('normalizeId', () => {
  it.each([
    ['  a13585625 ', 'A13585625'],
    ['\tgode561231gr8\n', 'GODE561231GR8'],
    ['ñ&z', 'Ñ&Z'],
    ['ß', 'ß'],
    ['', ''],
  ])('turns %j into %j', (value, expected) => {
    expect(normalizeId(value)).toBe(expected);
  });

  it.each([['a'.repeat(41)], [undefined], [null], [42], [{}]])('refuses %j', (value) => {
    expect(normalizeId(value)).toBeNull();
  });
});

describe('weightedSum', () => {
  it('weighs each digit by its position', () => {
    expect(weightedSum('123', [3, 2, 1])).toBe(10);
    expect(weightedSum('1234', [1, 1])).toBe(3);
    expect(weightedSum('12', [1, 1, 1])).toBe(3);
  });
});

describe('isRepeatedChar', () => {
  it.each([
    ['11111111111', true],
    ['0', true],
    ['11111111112', false],
    ['', false],
  ])('%j -> %j', (value, expected) => {
    expect(isRepeatedChar(value)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each([
    [2000, 2, 29, true],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2023, 2, 29, false],
    [2023, 4, 30, true],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 1, 0, false],
  ])('%i-%i-%i -> %j', (year, month, day, expected) => {
    expect(isCalendarDate(year, month, day)).toBe(expected);
  });
});
