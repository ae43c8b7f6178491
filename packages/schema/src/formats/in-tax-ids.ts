import { normalizeId } from './identifier-checks.js';

/**
 * The `in_pan` format: an Indian Permanent Account Number, 5 letters (the 4th is the holder type:
 * P person, C company, F firm/LLP, H HUF, A AOP, B BOI, G government, L local authority,
 * J artificial juridical person, T trust, K krish), a 4-digit serial from 0001 and a check letter
 * (its algorithm is not published, so it is not verified).
 *
 * @example inPan('ACUPA7085R') // true
 */
export function inPan(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && /^[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]$/.test(id) && id.slice(5, 9) !== '0000';
}
