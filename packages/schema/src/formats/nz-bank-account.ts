import type { FormatValidator } from './format-validator.js';

type NzAlgorithm = 'A' | 'B' | 'D' | 'E' | 'F' | 'G' | 'X';

/**
 * Check algorithm per bank ID (Inland Revenue RWT/NRWT specification, as used
 * by python-stdnum's nz/bankaccount). `A` switches to `B` for high account
 * bases; `X` has no check digit. Bank IDs not listed here are rejected.
 */
const BANK_ALGORITHMS: Readonly<Record<string, NzAlgorithm>> = {
  '01': 'A',
  '02': 'A',
  '03': 'A',
  '04': 'A',
  '05': 'X', // China Construction Bank: in the Payments NZ register, no published check
  '06': 'A',
  '08': 'D',
  '09': 'E',
  '10': 'A',
  '11': 'A',
  '12': 'A',
  '13': 'A',
  '14': 'A',
  '15': 'A',
  '16': 'A',
  '17': 'A',
  '18': 'A',
  '19': 'A',
  '20': 'A',
  '21': 'A',
  '22': 'A',
  '23': 'A',
  '24': 'A',
  '25': 'F',
  '26': 'G',
  '27': 'A',
  '28': 'G',
  '29': 'G',
  '30': 'A',
  '31': 'X',
  '33': 'F',
  '35': 'A',
  '38': 'A',
  '88': 'X', // Bank of China: in the Payments NZ register, no published check
};

/** Weights over the 16 digits bank (2), branch (4), base (7), suffix (3), and the final modulus. */
const ALGORITHMS: Readonly<Record<NzAlgorithm, { weights: readonly number[]; modulus: number }>> = {
  A: { weights: [0, 0, 6, 3, 7, 9, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0], modulus: 11 },
  B: { weights: [0, 0, 0, 0, 0, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0], modulus: 11 },
  D: { weights: [0, 0, 0, 0, 0, 0, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0], modulus: 11 },
  E: { weights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 4, 3, 2, 0, 0, 1], modulus: 11 },
  F: { weights: [0, 0, 0, 0, 0, 0, 1, 7, 3, 1, 7, 3, 1, 0, 0, 0], modulus: 10 },
  G: { weights: [0, 0, 0, 0, 0, 0, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1], modulus: 10 },
  X: { weights: [], modulus: 1 },
};

/** Account bases from this value up use algorithm B instead of A. */
const ALGORITHM_B_FROM = 990000;

/** Bank (2), branch (4), base (7), suffix (2 or 3); each separator a dash, a space or nothing. */
const FULL_FORM = /^(\d{2})[- ]?(\d{4})[- ]?(\d{7})[- ]?(\d{2,3})$/;

/** Adds the digits of a product, twice, as algorithms E and G require (e.g. 63 → 9 → 9). */
function digitSumTwice(product: number): number {
  const once = Math.floor(product / 10) + (product % 10);
  return Math.floor(once / 10) + (once % 10);
}

/**
 * The `nz_bank_account` format: a full New Zealand account number
 * BB-bbbb-AAAAAAA-SSS (dashes or spaces optional, suffix of 2 or 3 digits)
 * of a known bank, passing that bank's check-digit algorithm. Branch ranges
 * are not checked, so Stripe's test account 11-0000-0000000-010 passes.
 *
 * @example nzBankAccount('01-0242-0100194-00') // true
 */
export const nzBankAccount: FormatValidator = (value) => {
  if (typeof value !== 'string') return false;
  const match = FULL_FORM.exec(value);
  if (match === null) return false;
  const [, bank = '', branch = '', base = '', suffix = ''] = match;
  let algorithm = BANK_ALGORITHMS[bank];
  if (algorithm === undefined) return false;
  if (algorithm === 'A' && Number(base) >= ALGORITHM_B_FROM) algorithm = 'B';
  const { weights, modulus } = ALGORITHMS[algorithm];
  const digits = bank + branch + base + suffix.padStart(3, '0');
  let sum = 0;
  weights.forEach((weight, index) => {
    const product = weight * Number(digits[index]);
    sum += algorithm === 'E' || algorithm === 'G' ? digitSumTwice(product) : product;
  });
  return sum % modulus === 0;
};
