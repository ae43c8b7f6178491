import type { FormatValidator } from './format-validator.js';

/**
 * The `gb_sort_code` format: a UK sort code, 6 digits, optionally written in
 * pairs as 12-34-56 or 12 34 56 (the same separator between every pair).
 *
 * @example gbSortCode('10-88-00') // true
 */
export const gbSortCode: FormatValidator = (value) =>
  typeof value === 'string' && /^\d{2}([- ]?)\d{2}\1\d{2}$/.test(value);

/**
 * The `au_bsb` format: an Australian BSB (bank-state-branch) number, 6 digits,
 * optionally written 123-456 as on Australian cheques and statements.
 *
 * @example auBsb('110-000') // true
 */
export const auBsb: FormatValidator = (value) => typeof value === 'string' && /^\d{3}[- ]?\d{3}$/.test(value);

/**
 * The `in_ifsc` format: an Indian IFSC, 4 letters of bank code, a reserved 0,
 * then 6 letters or digits of branch code; letters in either case.
 *
 * @example inIfsc('HDFC0000261') // true
 */
export const inIfsc: FormatValidator = (value) =>
  // The `i` flag without `u` never lets a non-ASCII letter (ſ, ı, the Kelvin sign) match A-Z.
  typeof value === 'string' && /^[A-Z]{4}0[A-Z0-9]{6}$/i.test(value);

const CLABE_WEIGHTS = [3, 7, 1] as const;

/**
 * The `mx_clabe` format: an 18-digit Mexican CLABE (bank 3, branch 3, account
 * 11, check 1) whose last digit matches the 3-7-1 weighted mod 10 check digit.
 *
 * @example mxClabe('032180000118359719') // true
 */
export const mxClabe: FormatValidator = (value) => {
  if (typeof value !== 'string' || !/^\d{18}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += (Number(value[index]) * (CLABE_WEIGHTS[index % 3] ?? 0)) % 10;
  }
  return (10 - (sum % 10)) % 10 === Number(value[17]);
};
