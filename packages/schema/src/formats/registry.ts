import { bundledFormats } from './bundled-formats.js';
import type { FormatValidator } from './format-validator.js';
import { identifierFormats } from './identifier-formats.js';
import { e164Phone } from './phone.js';

const validators = {
  ...bundledFormats,
  ...identifierFormats,
  e164_phone: e164Phone,
} satisfies Record<string, FormatValidator>;

/** The name of a check this version knows, e.g. `iban` or `us_ein`. */
export type FormatName = keyof typeof validators;

/**
 * Every named check a field spec's `constraints.format` can name. A name that
 * is not here (a newer server's) passes in the browser; the server decides.
 *
 * @example formats.iban('DE89 3704 0044 0532 0130 00') // true
 * @example formats.postal_code('94107', { country: 'US' }) // true
 */
export const formats: Readonly<Record<FormatName, FormatValidator>> = validators;

/** The validator for a format name, or `undefined` for a name this version does not know. */
export function findFormat(name: string): FormatValidator | undefined {
  return Object.hasOwn(formats, name) ? formats[name as FormatName] : undefined;
}
