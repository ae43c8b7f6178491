import type { Option } from '@onboardkit/schema';
import { mccDe } from '../locales/mcc/de.js';
import { type MerchantCategoryNames, mccEn } from '../locales/mcc/en.js';
import { mccEs } from '../locales/mcc/es.js';
import { mccFr } from '../locales/mcc/fr.js';
import { mccJa } from '../locales/mcc/ja.js';
import type { SupportedLocale } from '../locales/translate.js';

const names: Readonly<Record<SupportedLocale, MerchantCategoryNames>> = {
  en: mccEn,
  fr: mccFr,
  de: mccDe,
  es: mccEs,
  ja: mccJa,
};

// Sorting and copying 289 options per document would cost more than the rest
// of the build: the options of a locale never change, so they are built once
// and frozen, and every document shares them.
const cache = new Map<SupportedLocale, readonly Readonly<Option>[]>();

/**
 * The options of `business_profile.mcc` in `locale`, sorted by name so a
 * picker reads alphabetically. The array is the caller's; the options in it
 * are frozen and shared.
 */
export function merchantCategoryOptions(locale: SupportedLocale): Option[] {
  let options = cache.get(locale);
  if (options === undefined) {
    const collator = new Intl.Collator(locale);
    const catalog = names[locale];
    options = (Object.keys(mccEn) as Array<keyof typeof mccEn>)
      .map((code) =>
        Object.freeze({ value: code, label: catalog[code].trim() === '' ? mccEn[code] : catalog[code] }),
      )
      .sort((left, right) => collator.compare(left.label, right.label));
    cache.set(locale, options);
  }
  return [...options];
}
