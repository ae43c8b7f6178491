import { normalizeId, weightedSum } from './identifier-checks.js';

/** Entity-type codes an "other entity" UEN can carry (python-stdnum `sg/uen.py`, from ACRA). */
const UEN_ENTITY_TYPES = new Set(
  (
    'CC CD CH CL CM CP CS CX DP FB FC FM FN GA GB GS HS LL LP MB MC MD MH MM MQ NB NR PA PB PF ' +
    'RF RP SM SS TC TU VH XL'
  ).split(' '),
);

/** Alphabet whose indexes weigh the characters of an "other entity" UEN. */
const UEN_OTHER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';

/**
 * The `sg_uen` format: a Singapore Unique Entity Number in one of its three forms, each ending in
 * a check letter — business (ROB) `12345678X`; local company (ROC) `YYYYnnnnnX`, the year no later
 * than this year; other entities `[RST]yy` + entity type + 4 digits + check (R/S/T = 18xx/19xx/20xx).
 *
 * @example sgUen('197401143C') // true
 */
export function sgUen(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const currentYear = new Date().getFullYear();
  if (/^\d{8}[A-Z]$/.test(id)) {
    return id[8] === 'XMKECAWLJDB'[weightedSum(id, [10, 4, 9, 3, 8, 2, 7, 1]) % 11];
  }
  if (/^\d{9}[A-Z]$/.test(id)) {
    if (Number(id.slice(0, 4)) > currentYear) return false;
    return id[9] === 'ZKCMDNERGWH'[weightedSum(id, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11];
  }
  if (/^[RST]\d{2}[A-Z]{2}\d{4}[A-Z]$/.test(id)) {
    if (id[0] === 'T' && Number(id.slice(1, 3)) > currentYear % 100) return false;
    if (!UEN_ENTITY_TYPES.has(id.slice(3, 5))) return false;
    const weights = [4, 3, 5, 3, 10, 2, 2, 5, 7];
    let sum = 0;
    for (let index = 0; index < 9; index += 1) {
      sum += UEN_OTHER_ALPHABET.indexOf(id[index] ?? '') * (weights[index] ?? 0);
    }
    return id[9] === UEN_OTHER_ALPHABET[(((sum - 5) % 11) + 11) % 11];
  }
  return false;
}

/**
 * The `sg_nric` format: a Singapore NRIC (citizens and PRs, prefixes S/T) or FIN (foreigners,
 * F/G/M) — prefix, 7 digits and a check letter.
 *
 * @example sgNric('S1234567D') // true
 */
export function sgNric(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^([STFGM])(\d{7})([A-Z])$/.exec(id);
  if (!match) return false;
  const [, prefix = '', digits = '', check] = match;
  // M-series FINs (issued since 2022) use a check table that public sources disagree on
  // ('XWUTRQPNMLK' vs 'KLJNPQRTUWX'); checking either would reject genuine FINs, so only
  // the prefix and shape are checked and identity verification catches typos.
  if (prefix === 'M') return true;
  const offset = prefix === 'T' || prefix === 'G' ? 4 : 0;
  const remainder = (weightedSum(digits, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[remainder] === check;
}
