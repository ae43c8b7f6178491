import { email } from './email.js';
import type { FormatValidator } from './format-validator.js';
import { luhn } from './luhn.js';
import { postalCode } from './postal-code.js';
import { url } from './url.js';

/**
 * The formats small and common enough to ship with the compiler everywhere.
 * Account-number and tax-id checks (`identifier-formats.ts`) and the phone
 * format (libphonenumber's metadata) are loaded by browsers when a step names
 * them (`loadable-formats.ts`); the registry holds them all.
 */
export const bundledFormats = {
  // Contact and address
  email,
  url,
  postal_code: postalCode,
  // Generic check digit
  luhn,
} satisfies Record<string, FormatValidator>;
