import { normalizeId } from './identifier-checks.js';
import { isLuhnValid } from './luhn.js';

/**
 * The `es_cif` format: a Spanish company tax code (CIF), an entity-type letter, 7 digits and a
 * control character that is the Luhn check digit of the 7 digits or its letter form `JABCDEFGHI`.
 *
 * @example esCif('A13585625') // true
 */
export function esCif(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^[ABCDEFGHJNPQRSUVW](\d{7})([0-9A-J])$/.exec(id);
  if (!match) return false;
  const [, digits = '', control = ''] = match;
  const letterIndex = 'JABCDEFGHI'.indexOf(control);
  const checkDigit = letterIndex >= 0 ? String(letterIndex) : control;
  return isLuhnValid(digits + checkDigit);
}

/**
 * The `es_dni` format: a Spanish personal tax number, a DNI/NIF (8 digits + check letter) or a
 * foreigner's NIE (X, Y or Z standing for 0, 1 or 2, then 7 digits + check letter); the letter
 * is `TRWAGMYFPDXBNJZSQVHLCKE`[number mod 23].
 *
 * @example esDni('54362315K') // true
 * @example esDni('X2482300W') // true
 */
export function esDni(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^([XYZ\d])(\d{7})([A-Z])$/.exec(id);
  if (!match) return false;
  const [, first = '', rest = '', letter] = match;
  const nieIndex = 'XYZ'.indexOf(first);
  const number = Number((nieIndex >= 0 ? String(nieIndex) : first) + rest);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === letter;
}
