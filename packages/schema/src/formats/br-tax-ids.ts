import { isRepeatedChar, normalizeId } from './identifier-checks.js';

/** Mod-11 check digit used by CPF and CNPJ: 11 − (sum mod 11), or 0 when that is 10 or 11. */
function mod11CheckDigit(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  values.forEach((value, index) => {
    sum += value * (weights[index] ?? 0);
  });
  return ((11 - (sum % 11)) % 11) % 10;
}

/**
 * The `br_cpf` format: a Brazilian individual taxpayer number (CPF), 11 digits optionally written
 * `000.000.000-00`, with two mod-11 check digits; 11 identical digits are rejected (the Receita
 * Federal never issues them although their check digits add up).
 *
 * @example brCpf('390.533.447-05') // true
 */
export function brCpf(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(id)) return false;
  const digits = id.replace(/[.-]/g, '');
  if (isRepeatedChar(digits)) return false;
  const values = [...digits].map(Number);
  const first = mod11CheckDigit(values.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11CheckDigit(values.slice(0, 10), [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return values[9] === first && values[10] === second;
}

/**
 * The `br_cnpj` format: a Brazilian company number (CNPJ), 14 characters optionally written
 * `00.000.000/0000-00`, with two mod-11 check digits. From July 2026 the first 12 characters may
 * be letters too (each worth its char code − 48, so digits keep their value); all-zero and
 * one-repeated-character numbers are rejected.
 *
 * @example brCnpj('16.727.230/0001-97') // true
 * @example brCnpj('12.ABC.345/01DE-35') // true
 */
export function brCnpj(value: string): boolean {
  const id = normalizeId(value);
  if (id === null || !/^[\dA-Z]{2}\.?[\dA-Z]{3}\.?[\dA-Z]{3}\/?[\dA-Z]{4}-?\d{2}$/.test(id)) return false;
  const chars = id.replace(/[./-]/g, '');
  if (isRepeatedChar(chars)) return false;
  const values = [...chars].map((char) => char.charCodeAt(0) - 48);
  const first = mod11CheckDigit(values.slice(0, 12), [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11CheckDigit(values.slice(0, 13), [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return values[12] === first && values[13] === second;
}
