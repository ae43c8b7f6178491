import type { FormatValidator } from './format-validator.js';

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/**
 * The `aba_routing` format: a US ACH routing number, 9 digits whose 3-7-1
 * weighted sum is a multiple of 10, so typos are caught before the bank sees them.
 *
 * @example abaRouting('110000000') // true (Stripe's test routing number)
 */
export const abaRouting: FormatValidator = (value) => {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
  let sum = 0;
  ABA_WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(value[index]);
  });
  return sum % 10 === 0;
};
