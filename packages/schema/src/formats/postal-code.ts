import type { FormatValidator } from './format-validator.js';

/**
 * Postal code patterns per country (Google libaddressinput `zip`; IE Eircode
 * from the common community pattern). Applied case-insensitively.
 */
const POSTAL_CODE_PATTERNS: Readonly<Record<string, RegExp>> = {
  AU: /^\d{4}$/,
  BR: /^\d{5}-?\d{3}$/,
  CA: /^[ABCEGHJKLMNPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  FR: /^\d{2} ?\d{3}$/,
  GB: /^(?:GIR ?0AA|(?:AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)\d[\dA-Z]? ?\d[ABD-HJLN-UW-Z]{2}|BFPO ?\d{1,4})$/i,
  IE: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/i,
  IN: /^\d{6}$/,
  IT: /^\d{5}$/,
  JP: /^\d{3}-?\d{4}$/,
  MX: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  NZ: /^\d{4}$/,
  SG: /^\d{6}$/,
  US: /^\d{5}(?:[ -]\d{4})?$/,
};

/** Any other country: 2 to 10 letters, digits, spaces or dashes, starting and ending with a letter or digit. */
const GENERIC_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/i;

/**
 * The `postal_code` format: the postal code pattern of `context.country`,
 * ignoring case and outer whitespace; for a country we have no pattern for (or
 * no country) only a loose shape, leaving the rest to the server.
 *
 * @example postalCode('ec1y 8sy', { country: 'GB' }) // true
 */
export const postalCode: FormatValidator = (value, context) => {
  if (typeof value !== 'string' || value.length > 64) return false;
  const code = value.trim();
  const country = context?.country;
  const pattern = typeof country === 'string' ? POSTAL_CODE_PATTERNS[country.toUpperCase()] : undefined;
  return (pattern ?? GENERIC_POSTAL_CODE).test(code);
};
