import { normalizeId, weightedSum } from './identifier-checks.js';

/**
 * The `au_abn` format: an Australian Business Number, 11 digits that, after subtracting 1 from
 * the first digit, have a weighted sum (weights 10,1,3,5,…,19) divisible by 89.
 *
 * @example auAbn('51824753556') // true
 */
export function auAbn(value: string): boolean {
  const id = normalizeId(value);
  // The first two digits are a check number from 10 to 99, so the first digit is never 0.
  if (id === null || !/^[1-9]\d{10}$/.test(id)) return false;
  const sum = weightedSum(id, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) - 10;
  return sum % 89 === 0;
}

/**
 * The `au_acn` format: an Australian Company Number, 9 digits whose last digit is
 * (10 − weighted sum of the first 8 with weights 8…1 mod 10) mod 10.
 *
 * @example auAcn('004085616') // true
 */
export function auAcn(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{9}$/.test(id)) return false;
  const check = (10 - (weightedSum(id, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  return id[8] === String(check);
}
