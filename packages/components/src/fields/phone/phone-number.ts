import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';

/** A phone number as the widget shows it: a country (for its calling code) and the national part. */
export interface PhoneParts {
  country: string;
  national: string;
}

function callingCode(country: string): string | undefined {
  return isSupportedCountry(country) ? getCountryCallingCode(country as CountryCode) : undefined;
}

/** Splits a stored E.164 number for display; anything else shows as typed. */
export function splitPhone(value: unknown, fallbackCountry: string): PhoneParts {
  if (typeof value !== 'string' || value === '') return { country: fallbackCountry, national: '' };
  const phone = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (!phone?.country) return { country: fallbackCountry, national: value };
  return { country: phone.country, national: phone.formatNational() };
}

/**
 * The E.164 form of what was typed: an international number as it is, a
 * national one under the chosen country's calling code. A value the spec
 * allows as it is (the verifier's test number `0000000000`) is kept as
 * typed, as is what cannot be read, for the validator to refuse with a message.
 *
 * @example joinPhone({ country: 'US', national: '(415) 555-2671' }) // '+14155552671'
 * @example joinPhone({ country: 'US', national: '0000000000' }, ['0000000000']) // '0000000000'
 */
export function joinPhone({ country, national }: PhoneParts, allowed: readonly string[] = []): string {
  const typed = national.trim();
  if (typed === '') return '';
  if (allowed.includes(typed)) return typed;
  if (typed.startsWith('+')) return typed.replace(/[\s().-]/g, '');
  const code = callingCode(country);
  const phone = isSupportedCountry(country)
    ? parsePhoneNumberFromString(typed, country as CountryCode)
    : undefined;
  if (phone) return phone.number;
  return code ? `+${code}${typed.replace(/\D/g, '')}` : typed;
}

const cache = new Map<string, Array<{ value: string; label: string }>>();

/** Countries with their calling codes, named and sorted in `locale`. */
export function callingCodeOptions(locale: string): Array<{ value: string; label: string }> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const options = getCountries()
    .map((country) => ({
      value: country,
      label: `${names.of(country) ?? country} (+${getCountryCallingCode(country)})`,
    }))
    .sort((left, right) => left.label.localeCompare(right.label, locale));
  cache.set(locale, options);
  return options;
}
