import { normalizeId } from './identifier-checks.js';
import { isLuhnValid } from './luhn.js';

/** Prefix of La Poste's establishments, whose SIRETs (bar the head office) skip the Luhn check. */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * The `fr_siren` format: a French company number (SIREN), 9 digits passing Luhn.
 *
 * @example frSiren('404833048') // true
 */
export function frSiren(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && /^\d{9}$/.test(id) && isLuhnValid(id);
}

/**
 * The `fr_siret` format: a French establishment number (SIRET), a valid SIREN + 5 digits, the
 * whole passing Luhn, except La Poste's establishments whose digit sum is a multiple of 5.
 *
 * @example frSiret('73282932000074') // true
 */
export function frSiret(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{14}$/.test(id) || !frSiren(id.slice(0, 9))) return false;
  if (id.startsWith(LA_POSTE_SIREN) && id !== LA_POSTE_HEAD_OFFICE) {
    let digitSum = 0;
    for (const digit of id) digitSum += Number(digit);
    return digitSum % 5 === 0;
  }
  return isLuhnValid(id);
}
