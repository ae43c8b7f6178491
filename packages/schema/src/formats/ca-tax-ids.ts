import { normalizeId } from './identifier-checks.js';
import { isLuhnValid } from './luhn.js';

/**
 * The `ca_business_number` format: a Canadian Business Number, a 9-digit root passing Luhn,
 * optionally followed by a program account (BN15) `RC|RM|RP|RT` + 4 digits; spaces allowed.
 *
 * @example caBusinessNumber('12302 6635 RC 0001') // true
 */
export function caBusinessNumber(value: string): boolean {
  const id = normalizeId(value)?.replace(/ /g, '');
  return id !== undefined && /^\d{9}(?:R[CMPT]\d{4})?$/.test(id) && isLuhnValid(id.slice(0, 9));
}

/**
 * The `ca_sin` format: a Canadian Social Insurance Number, 9 digits passing Luhn that do not
 * start with 0 or 8 (never issued; 9 is for temporary residents).
 *
 * @example caSin('123456782') // true
 */
export function caSin(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && /^[1-79]\d{8}$/.test(id) && isLuhnValid(id);
}
