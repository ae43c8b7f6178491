import { normalizeId, weightedSum } from './identifier-checks.js';

/**
 * The `nl_rsin` format: a Dutch RSIN (or BSN, same scheme), 9 digits passing the 11-proof
 * (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11); the all-zero number is rejected.
 *
 * @example nlRsin('111222333') // true
 */
export function nlRsin(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{9}$/.test(id) || id === '000000000') return false;
  return weightedSum(id, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0;
}
