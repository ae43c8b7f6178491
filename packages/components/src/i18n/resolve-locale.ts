import { type BundledLanguage, chooseLocale, type ResolvedLocale, withOverrides } from './locale-choice.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';
import type { MessageOverrides, Messages } from './messages.js';

export type { BundledLanguage, ResolvedLocale } from './locale-choice.js';
export { bundledLanguages } from './locale-choice.js';

const bundled: Record<BundledLanguage, Messages> = { en, fr, de, es, ja, ar };

/**
 * Picks the bundled text for a locale tag (`fr-CA` → French; anything
 * unknown → English) and lays the platform's overrides for that language
 * over it, with every language at hand. The components themselves load the
 * text of a language when it is first asked for (`loadLocale`); this is for
 * code that has all of them anyway, such as Storybook and tests.
 *
 * @example resolveLocale('ar-EG').direction // 'rtl'
 */
export function resolveLocale(
  tag: string | undefined,
  overrides: Partial<Record<string, MessageOverrides>> = {},
): ResolvedLocale {
  const choice = chooseLocale(tag);
  return { ...choice, messages: withOverrides(bundled[choice.language], overrides[choice.language]) };
}
