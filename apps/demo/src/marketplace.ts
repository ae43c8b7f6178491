// What Tidewater Market offers its sellers, shared by the site and its backend:
// the countries it onboards sellers in (the session server's 16) and the
// business types a seller can pick.

/** The countries sellers can onboard from, by ISO 3166-1 alpha-2 code, in the order the form lists them. */
export const supportedCountries = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'IE', name: 'Ireland' },
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'ES', name: 'Spain' },
  { code: 'IT', name: 'Italy' },
  { code: 'AU', name: 'Australia' },
  { code: 'NZ', name: 'New Zealand' },
  { code: 'JP', name: 'Japan' },
  { code: 'SG', name: 'Singapore' },
  { code: 'BR', name: 'Brazil' },
  { code: 'MX', name: 'Mexico' },
  { code: 'IN', name: 'India' },
] as const;

export type CountryCode = (typeof supportedCountries)[number]['code'];

export const countryCodes = supportedCountries.map((country) => country.code) as [
  CountryCode,
  ...CountryCode[],
];

export const businessTypes = [
  { value: 'individual', label: 'Individual' },
  { value: 'company', label: 'Company' },
  { value: 'non_profit', label: 'Non-profit' },
] as const;

export type BusinessType = (typeof businessTypes)[number]['value'];

export const businessTypeValues = businessTypes.map((type) => type.value) as [
  BusinessType,
  ...BusinessType[],
];

/** The country's name for a code, or the code itself for one the marketplace does not list. */
export function countryName(code: string): string {
  return supportedCountries.find((country) => country.code === code)?.name ?? code;
}

/** The label of a business type, or the raw value for one the marketplace does not list. */
export function businessTypeLabel(value: string | null): string {
  if (value === null) return 'Not set';
  return businessTypes.find((type) => type.value === value)?.label ?? value;
}
