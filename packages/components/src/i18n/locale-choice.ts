import type { MessageOverrides, Messages } from './messages.js';

/** The languages the components ship their own text in. */
export const bundledLanguages = ['en', 'fr', 'de', 'es', 'ja', 'ar'] as const;

/** A language the components ship their own text in. */
export type BundledLanguage = (typeof bundledLanguages)[number];

/** A locale as the components use it: the tag for `Intl` and the server, text, direction. */
export interface ResolvedLocale {
  /** The tag asked for (`fr-CA`), or `en`: what `Intl` formats with and the server localizes to. */
  tag: string;
  language: BundledLanguage;
  direction: 'ltr' | 'rtl';
  messages: Messages;
}

/** A locale without its text yet: what the tag alone decides. */
export type LocaleChoice = Omit<ResolvedLocale, 'messages'>;

// Text falls back to English for other languages, so only a bundled language can turn the layout.
const rightToLeft = new Set<BundledLanguage>(['ar']);

function isBundled(language: string): language is BundledLanguage {
  return (bundledLanguages as readonly string[]).includes(language);
}

/**
 * The bundled language of a locale tag (`fr-CA` → French; anything unknown →
 * English), the tag to hand `Intl` and the server, and the direction.
 */
export function chooseLocale(tag: string | undefined): LocaleChoice {
  const asked = tag && tag.trim() !== '' ? tag : 'en';
  const language = asked.toLowerCase().split(/[-_]/)[0] ?? '';
  const chosen: BundledLanguage = isBundled(language) ? language : 'en';
  return {
    tag: isBundled(language) ? asked : 'en',
    language: chosen,
    direction: rightToLeft.has(chosen) ? 'rtl' : 'ltr',
  };
}

/** A language's text with the platform's wording for it laid over. */
export function withOverrides(base: Messages, overrides: MessageOverrides | undefined): Messages {
  if (!overrides) return base;
  return { ...base, ...overrides, fieldErrors: { ...base.fieldErrors, ...overrides.fieldErrors } };
}
