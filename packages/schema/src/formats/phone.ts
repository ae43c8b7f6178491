import type { CountryCode } from 'libphonenumber-js/min';
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { FormatValidator } from './format-validator.js';

/** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** What a typed phone number may contain: an optional leading plus, digits, spaces, ( ) . - */
const PHONE_INPUT = /^\+?[0-9(][0-9 ().-]*$/;
const ENDS_WITH_DIGIT = /[0-9]$/;

/** Longer than any formatted 15-digit number; keeps the parser away from junk. */
const MAX_INPUT_LENGTH = 32;

/** The upper-cased country code when libphonenumber knows it. */
function supportedCountry(country: unknown): CountryCode | undefined {
  if (typeof country !== 'string') return undefined;
  const upper = country.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/**
 * The `e164_phone` format: a phone number libphonenumber considers valid that
 * has an E.164 form, typed with optional spaces, dots, dashes and brackets.
 * Without `context.country` it must be international (`+…`). With it, an
 * international number of any country is accepted, and a national number is
 * read in that country and must belong to it (a US account's `415…` number
 * must be a US number, not a Canadian one).
 *
 * @example e164Phone('+14155552671') // true
 * @example e164Phone('020 7183 8750', { country: 'GB' }) // true
 */
export const e164Phone: FormatValidator = (value, context) => {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH) return false;
  if (!PHONE_INPUT.test(value) || !ENDS_WITH_DIGIT.test(value)) return false;
  const country = supportedCountry(context?.country);
  const international = value.startsWith('+');
  if (!international && country === undefined) return false;
  try {
    const phone = parsePhoneNumberFromString(value, { defaultCountry: country, extract: false });
    if (phone === undefined || !phone.isValid() || !E164.test(phone.number)) return false;
    return international || phone.country === country;
  } catch {
    return false;
  }
};
