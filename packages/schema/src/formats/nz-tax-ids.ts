import { normalizeId, weightedSum } from './identifier-checks.js';

/** IRD check digit of an 8-digit body, or `null` when both weightings give 10 (never issued). */
function irdCheckDigit(body: string): number | null {
  for (const weights of [
    [3, 2, 7, 6, 5, 4, 3, 2],
    [7, 4, 3, 2, 5, 2, 7, 6],
  ]) {
    const remainder = weightedSum(body, weights) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check !== 10) return check;
  }
  return null;
}

/**
 * The `nz_ird` format: a New Zealand IRD (tax) number, 8 or 9 digits between 10,000,000 and
 * 150,000,000 (exclusive) whose last digit is a mod-11 check digit over the zero-padded body.
 *
 * @example nzIrd('49091850') // true
 */
export function nzIrd(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{8,9}$/.test(id)) return false;
  const number = Number(id);
  if (number <= 10_000_000 || number >= 150_000_000) return false;
  const check = irdCheckDigit(id.slice(0, -1).padStart(8, '0'));
  return check !== null && id.endsWith(String(check));
}

/**
 * The `nz_nzbn` format: a New Zealand Business Number, a 13-digit GS1 number starting with 94
 * whose last digit is the GS1 (EAN-13) check digit.
 *
 * @example nzNzbn('9429000106078') // true
 */
export function nzNzbn(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^94\d{11}$/.test(id)) return false;
  const sum = weightedSum(id, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return id[12] === String((10 - (sum % 10)) % 10);
}
