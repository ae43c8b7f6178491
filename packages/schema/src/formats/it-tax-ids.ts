import { normalizeId } from './identifier-checks.js';
import { isLuhnValid } from './luhn.js';

/**
 * The `it_partita_iva` format: an Italian VAT number, 11 digits passing Luhn, with a non-zero
 * 7-digit company part and a province code (digits 8-10) of 001-100, 120, 121, 888 or 999.
 *
 * @example itPartitaIva('00743110157') // true
 */
export function itPartitaIva(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{11}$/.test(id) || id.startsWith('0000000')) return false;
  const province = Number(id.slice(7, 10));
  const provinceKnown = (province >= 1 && province <= 100) || [120, 121, 888, 999].includes(province);
  return provinceKnown && isLuhnValid(id);
}
