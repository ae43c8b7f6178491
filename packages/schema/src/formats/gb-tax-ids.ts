import { normalizeId, weightedSum } from './identifier-checks.js';

/**
 * The Companies House company-number pattern (community regex, gist rob-murray/01d43581…),
 * with the anchors applied to the whole alternation: the published form `^A|B|C|D$` anchors only
 * its first and last alternatives, so it matched e.g. `12345678 plus junk`.
 */
const COMPANY_NUMBER =
  /^(?:(?:AC|ZC|FC|GE|LP|OC|SE|SA|SZ|SF|GS|SL|SO|SC|ES|NA|NZ|NF|GN|NL|NC|R0|NI|EN|\d{2}|SG|FE)\d{5}[\dCR]|(?:RS|SO)\d{3}(?:\d{3}|\d{2}[WSRCZF]|\d(?:FI|RS|SA|IP|US|EN|AS)|CUS)|(?:NI|SL)\d{5}[\dA]|OC(?:[\dP]{5}[CWERTB]|[\dP]{4}(?:OC|CU)))$/;

/**
 * The `gb_company_number` format: a UK Companies House company number (8 characters: 8 digits,
 * or a register prefix such as SC, NI, OC + 6 characters); case-insensitive, no check digit.
 *
 * @example gbCompanyNumber('SC123456') // true
 */
export function gbCompanyNumber(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && COMPANY_NUMBER.test(id);
}

/**
 * The `gb_utr` format: a UK Unique Taxpayer Reference, 10 digits whose first digit is a check
 * digit over the other nine (weights 6,7,8,9,10,5,4,3,2, mod 11, looked up in `21987654321`).
 *
 * @example gbUtr('1955839661') // true
 */
export function gbUtr(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{10}$/.test(id)) return false;
  const remainder = weightedSum(id.slice(1), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
  return id[0] === '21987654321'[remainder];
}
