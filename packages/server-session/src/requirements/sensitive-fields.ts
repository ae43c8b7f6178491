import type { FieldValue } from '@onboardkit/schema';

// Which fields hold values the server keeps encrypted and never sends back
// (ARCHITECTURE: "sensitive values are never sent back, only provided and a
// mask"). The field specs and the submission both read these lists, so they
// cannot disagree.

/** Sensitive fields of a person, relative to the person (and under `individual.`). */
export const sensitivePersonFields: ReadonlySet<string> = new Set(['id_number', 'ssn_last_4']);

/** Sensitive account-level fields. */
export const sensitiveAccountFields: ReadonlySet<string> = new Set([
  'company.tax_id',
  'company.pan',
  'external_account',
  ...[...sensitivePersonFields].map((field) => `individual.${field}`),
]);

/** Fields whose mask may not show even four characters: for `ssn_last_4` that would be all of it. */
const unmaskable = /(^|\.)ssn_last_4$/;

/**
 * The last four characters to show of a sensitive value, or `undefined` when
 * none may be shown. Separators are dropped first, so `12-3456789` shows `6789`.
 *
 * @example lastFourOf('external_account', { routing_number: '110000000', account_number: '000123456789' }) // '6789'
 */
export function lastFourOf(key: string, value: FieldValue): string | undefined {
  if (unmaskable.test(key)) return undefined;
  let text: string | undefined;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const account = value as Record<string, FieldValue>;
    const number = account.account_number ?? account.iban;
    if (typeof number === 'string') text = number;
  }
  const characters = text?.replace(/[^0-9A-Za-z]/g, '') ?? '';
  return characters.length > 0 ? characters.slice(-4) : undefined;
}
