import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

// The lists most countries share (reference §2, Country Specs 2022):
// baseline A for individuals, baseline B for companies. Countries differ in
// which address parts they ask for and in a few extra keys.

const defaultAddress = ['city', 'line1', 'postal_code'];

/** Baseline A, with the country's address parts. */
export function baselineIndividual(addressParts: readonly string[] = defaultAddress): string[] {
  return [
    'business_profile.mcc',
    'business_profile.url',
    'business_type',
    'external_account',
    ...address('individual', addressParts),
    ...dateOfBirth('individual'),
    ...fields('individual', ['email', 'first_name', 'last_name', 'phone']),
    ...tosAcceptance,
  ];
}

/** Baseline B, with the country's address parts and any extra keys. */
export function baselineCompany(
  addressParts: readonly string[] = defaultAddress,
  extra: string[] = [],
): string[] {
  return [
    'business_profile.mcc',
    'business_profile.url',
    'business_type',
    ...address('company', addressParts),
    ...fields('company', [
      'directors_provided',
      'executives_provided',
      'name',
      'owners_provided',
      'phone',
      'tax_id',
    ]),
    ...dateOfBirth('directors'),
    ...fields('directors', ['email', 'first_name', 'last_name', 'relationship.title']),
    ...address('executives', addressParts),
    ...dateOfBirth('executives'),
    ...fields('executives', ['email', 'first_name', 'last_name']),
    'external_account',
    ...address('owners', addressParts),
    ...dateOfBirth('owners'),
    ...fields('owners', ['email', 'first_name', 'last_name']),
    ...address('representative', addressParts),
    ...dateOfBirth('representative'),
    ...fields('representative', [
      'email',
      'first_name',
      'last_name',
      'phone',
      'relationship.executive',
      'relationship.title',
    ]),
    ...tosAcceptance,
    ...extra,
  ];
}
