/**
 * True when a string of digits passes the Luhn (mod 10) check: from the right,
 * every second digit is doubled (minus 9 above 9) and the sum is a multiple of 10.
 *
 * @example isLuhnValid('4242424242424242') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The `luhn` format: digits, spaces and dashes allowed between them. */
export function luhn(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  return digits.length >= 2 && isLuhnValid(digits);
}
