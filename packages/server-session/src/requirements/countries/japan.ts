import type { CountryRules } from './country-rules.js';
import { address, dateOfBirth, fields, tosAcceptance } from './key-lists.js';

// Japan asks for names and addresses twice, in kana and in kanji, and the
// address includes the town (chōme) part (reference §2).
const japaneseAddress = ['city', 'line1', 'postal_code', 'state', 'town'];
const kanaAndKanjiAddress = (prefix: string) => [
  ...address(prefix, japaneseAddress, 'address_kana'),
  ...address(prefix, japaneseAddress, 'address_kanji'),
];
const kanaAndKanjiNames = ['first_name_kana', 'first_name_kanji', 'last_name_kana', 'last_name_kanji'];

const company = [
  'business_profile.mcc',
  'business_profile.product_description',
  'business_profile.url',
  'business_type',
  ...kanaAndKanjiAddress('company'),
  ...fields('company', ['directors_provided', 'name', 'name_kana', 'name_kanji', 'phone', 'tax_id']),
  ...dateOfBirth('directors'),
  ...fields('directors', kanaAndKanjiNames),
  'external_account',
  ...kanaAndKanjiAddress('representative'),
  ...dateOfBirth('representative'),
  ...fields('representative', ['email', ...kanaAndKanjiNames, 'phone', 'relationship.title']),
  ...tosAcceptance,
];

export const japan: CountryRules = {
  country: 'JP',
  cardPayments: {
    individual: [
      'business_profile.mcc',
      'business_profile.product_description',
      'business_profile.url',
      'business_type',
      'external_account',
      ...kanaAndKanjiAddress('individual'),
      ...dateOfBirth('individual'),
      ...fields('individual', ['email', ...kanaAndKanjiNames, 'phone']),
      ...tosAcceptance,
    ],
    company,
    non_profit: company,
  },
  ownership: { percent: 25, comparison: 'at_least' },
  thresholds: [],
  bankAccount: {
    currency: 'jpy',
    scheme: 'routing_and_account',
    // Bank code (4 digits) and branch code (3 digits); account numbers are 7 digits, left-padded.
    routingPattern: '\\d{4}-?\\d{3}',
    accountPattern: '\\d{7}',
  },
  identifiers: { companyTaxId: { format: 'jp_corporate_number' } },
};
