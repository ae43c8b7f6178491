import { normalizeId } from './identifier-checks.js';

/**
 * The `jp_corporate_number` format: a Japanese Corporate Number (法人番号), 13 digits whose FIRST
 * digit is the check digit: 9 − (sum of the other 12 weighted 1,2,1,2… from the right, mod 9).
 *
 * @example jpCorporateNumber('5835678256246') // true
 */
export function jpCorporateNumber(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^[1-9]\d{12}$/.test(id)) return false;
  let sum = 0;
  for (let position = 1; position <= 12; position += 1) {
    sum += Number(id[13 - position]) * (position % 2 === 1 ? 1 : 2);
  }
  return id[0] === String(9 - (sum % 9));
}
