import { normalizeId, weightedSum } from './identifier-checks.js';

/**
 * The `ie_pps` format: an Irish Personal Public Service number, 7 digits, a check letter and an
 * optional second letter; since 2013 a second letter A, B or H also counts in the check, while the
 * older W, T and X suffixes do not.
 *
 * @example iePps('6433435OA') // true
 */
export function iePps(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^(\d{7})([A-W])([ABHWTX]?)$/.exec(id);
  if (!match) return false;
  const [, digits = '', check, suffix = ''] = match;
  const alphabet = 'WABCDEFGHIJKLMNOPQRSTUV';
  const suffixValue = suffix === 'A' || suffix === 'B' || suffix === 'H' ? alphabet.indexOf(suffix) : 0;
  const sum = weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) + 9 * suffixValue;
  return alphabet[sum % 23] === check;
}
