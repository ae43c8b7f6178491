import type { AccountState, SupportedCountry } from '../account-state.js';
import type { CountryRules } from '../countries/country-rules.js';
import type { SupportedLocale, Translate } from '../locales/translate.js';

/** What building a field spec needs to know besides the field. */
export interface FieldContext {
  country: SupportedCountry;
  rules: CountryRules;
  locale: SupportedLocale;
  translate: Translate;
  state: AccountState;
}

/** Per-use options of a field spec. */
export interface FieldUse {
  required: boolean;
  /** Address parts the requirements name (`line1`, `city`, …); others are not asked, `line2` is optional. */
  addressParts: readonly string[];
}

/** Stripe's test-mode identity numbers (reference §6): recognised before format checks, which they fail. */
export const testIdNumbers = ['000000000', '111111111', '222222222'];
/** Stripe's test-mode company tax ids (reference §6). */
export const testCompanyTaxIds = ['000000000', '000000001', '111111111', '111111112', '222222222'];
/** Stripe's test-mode dates of birth, beyond the age limits on purpose (reference §6). */
export const testDatesOfBirth = ['1900-01-01', '1901-01-01', '1902-01-01'];
/** Clears phone validation in test mode (reference §6). */
export const testPhoneNumber = '0000000000';

/** Uploads Stripe accepts for verification documents (reference §4.4). */
export const documentUpload = {
  maxFileSize: 10 * 1024 * 1024,
  fileTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};
