import type { FormatValidator } from './format-validator.js';

/** IBAN length per country (ISO 13616, SWIFT IBAN registry) for the countries we pay out to. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AE: 23,
  AT: 20,
  BE: 16,
  BG: 22,
  BR: 29,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
};

/**
 * Shape of the BBAN (the part after the check digits) where the registry's
 * structure is known to us; other countries only need letters and digits.
 */
const BBAN_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^\d{16}$/, // 5!n11!n
  BE: /^\d{12}$/, // 3!n7!n2!n
  DE: /^\d{18}$/, // 8!n10!n
  ES: /^\d{20}$/, // 4!n4!n1!n1!n10!n
  FR: /^\d{10}[A-Z0-9]{11}\d{2}$/, // 5!n5!n11!c2!n
  GB: /^[A-Z]{4}\d{14}$/, // 4!a6!n8!n
  IE: /^[A-Z]{4}\d{14}$/, // 4!a6!n8!n
  IT: /^[A-Z]\d{10}[A-Z0-9]{12}$/, // 1!a5!n5!n12!c
  NL: /^[A-Z]{4}\d{10}$/, // 4!a10!n
  PT: /^\d{21}$/, // 4!n4!n11!n2!n
};

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/**
 * ISO 7064 mod 97-10 remainder of an upper-case alphanumeric string, letters
 * counting as A=10 … Z=35; computed piecewise so no digit string ever exceeds
 * what a double holds exactly.
 */
function mod97(chars: string): number {
  let remainder = 0;
  for (let index = 0; index < chars.length; index += 1) {
    const code = chars.charCodeAt(index);
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}

/**
 * The `iban` format: an IBAN of a country in {@link IBAN_LENGTHS}, spaces and
 * lower case allowed, with that country's length and valid mod 97 check digits.
 * The account's own country is not enforced: SEPA accounts may hold foreign IBANs.
 *
 * @example iban('DE89 3704 0044 0532 0130 00') // true
 */
export const iban: FormatValidator = (value) => {
  if (typeof value !== 'string' || value.length > 64) return false;
  const compact = value.replace(/ /g, '');
  // Letters are checked case-insensitively before upper-casing so that no
  // non-ASCII character can turn into an ASCII letter.
  if (!/^[a-z0-9]+$/i.test(compact)) return false;
  const normalized = compact.toUpperCase();
  if (!IBAN_SHAPE.test(normalized)) return false;
  const country = normalized.slice(0, 2);
  if (IBAN_LENGTHS[country] !== normalized.length) return false;
  const bbanPattern = BBAN_PATTERNS[country];
  if (bbanPattern !== undefined && !bbanPattern.test(normalized.slice(4))) return false;
  // ISO 13616 check digits run from 02 to 98; 00, 01 and 99 pass mod 97 only as aliases.
  const checkDigits = Number(normalized.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return false;
  return mod97(normalized.slice(4) + normalized.slice(0, 4)) === 1;
};
