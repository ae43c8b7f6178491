import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';
import type { MessageOverrides, Messages } from './messages.js';

const bundled = { en, fr, de, es, ja, ar } satisfies Record<string, Messages>;

/** The languages the components ship their own text in. */
export type BundledLanguage = keyof typeof bundled;

export const bundledLanguages = Object.keys(bundled) as BundledLanguage[];

// Text falls back to English for other languages, so only a bundled language can turn the layout.
const rightToLeft = new Set<BundledLanguage>(['ar']);

/** A locale as the components use it: the tag for `Intl` and the server, text, direction. */
export interface ResolvedLocale {
  /** The tag asked for (`fr-CA`), or `en`: what `Intl` formats with and the server localizes to. */
  tag: string;
  language: BundledLanguage;
  direction: 'ltr' | 'rtl';
  messages: Messages;
}

function languageOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function isBundled(language: string): language is BundledLanguage {
  return Object.hasOwn(bundled, language);
}

function merge(base: Messages, overrides: MessageOverrides | undefined): Messages {
  if (!overrides) return base;
  return { ...base, ...overrides, fieldErrors: { ...base.fieldErrors, ...overrides.fieldErrors } };
}

/**
 * Picks the bundled text for a locale tag (`fr-CA` → French; anything
 * unknown → English) and lays the platform's overrides for that language
 * over it.
 *
 * @example resolveLocale('ar-EG').direction // 'rtl'
 */
export function resolveLocale(
  tag: string | undefined,
  overrides: Partial<Record<string, MessageOverrides>> = {},
): ResolvedLocale {
  const asked = tag && tag.trim() !== '' ? tag : 'en';
  const language = languageOf(asked);
  const chosen: BundledLanguage = isBundled(language) ? language : 'en';
  return {
    tag: isBundled(language) ? asked : 'en',
    language: chosen,
    direction: rightToLeft.has(chosen) ? 'rtl' : 'ltr',
    messages: merge(bundled[chosen], overrides[chosen]),
  };
}
