/** Longest input (after trimming) any tax-id format looks at; longer values are rejected unread. */
const MAX_ID_LENGTH = 40;

/**
 * The trimmed value with ASCII letters (and `ñ`) upper-cased, or `null` when it is not a string or
 * is too long to be an identifier, so validators never scan huge or non-string input.
 *
 * @example normalizeId('  a13585625 ') // 'A13585625'
 */
export function normalizeId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length > MAX_ID_LENGTH) return null;
  // Only ASCII letters and ñ: String#toUpperCase would also turn e.g. 'ß' into 'SS'.
  return trimmed.replace(/[a-zñ]/g, (letter) => letter.toUpperCase());
}

/**
 * Sum of each digit of `digits` times the weight at the same position; digits past the last
 * weight are ignored.
 *
 * @example weightedSum('123', [3, 2, 1]) // 10
 */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length && index < digits.length; index += 1) {
    sum += Number(digits[index]) * (weights[index] ?? 0);
  }
  return sum;
}

/** True when every character of a non-empty string is the same, e.g. the filler CPF `11111111111`. */
export function isRepeatedChar(value: string): boolean {
  for (let index = 1; index < value.length; index += 1) {
    if (value[index] !== value[0]) return false;
  }
  return value.length > 0;
}

/** True when year/month/day (month 1-12) name a real Gregorian calendar day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
