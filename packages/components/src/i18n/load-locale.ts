import { type BundledLanguage, chooseLocale, type ResolvedLocale, withOverrides } from './locale-choice.js';
import { en } from './locales/en.js';
import type { MessageOverrides, Messages } from './messages.js';

// English ships with the components; every other language is a chunk of its own,
// fetched the first time a page asks for it.
const loaders: Record<Exclude<BundledLanguage, 'en'>, () => Promise<Messages>> = {
  fr: () => import('./locales/fr.js').then((module) => module.fr),
  de: () => import('./locales/de.js').then((module) => module.de),
  es: () => import('./locales/es.js').then((module) => module.es),
  ja: () => import('./locales/ja.js').then((module) => module.ja),
  ar: () => import('./locales/ar.js').then((module) => module.ar),
};

const loaded = new Map<BundledLanguage, Messages>([['en', en]]);
const loading = new Map<BundledLanguage, Promise<Messages>>();

function loadMessages(language: BundledLanguage): Promise<Messages> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(language);
  if (promise === undefined) {
    promise = loaders[language as Exclude<BundledLanguage, 'en'>]().then(
      (messages) => {
        loaded.set(language, messages);
        return messages;
      },
      (error: unknown) => {
        // Forget the failure, so that a later call tries again.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/** What a locale tag resolves to now: `loaded` is false while its language's text is still to come. */
export interface LocaleNow {
  locale: ResolvedLocale;
  loaded: boolean;
}

/**
 * A locale tag resolved with the text at hand now: its language's when
 * loaded, English until then (tag and direction are already the asked ones,
 * so the server localizes and the layout turns at once).
 */
export function resolveLocaleNow(
  tag: string | undefined,
  overrides: Partial<Record<string, MessageOverrides>> = {},
): LocaleNow {
  const choice = chooseLocale(tag);
  const messages = loaded.get(choice.language);
  return messages
    ? { locale: { ...choice, messages: withOverrides(messages, overrides[choice.language]) }, loaded: true }
    : { locale: { ...choice, messages: withOverrides(en, overrides.en) }, loaded: false };
}

/**
 * Resolves a locale tag as `resolveLocale` does, loading its language's text
 * first. If it cannot be loaded (offline), the text is English.
 *
 * @example const locale = await loadLocale('fr-CA'); // locale.messages.continue === 'Continuer'
 */
export async function loadLocale(
  tag: string | undefined,
  overrides: Partial<Record<string, MessageOverrides>> = {},
): Promise<ResolvedLocale> {
  try {
    await loadMessages(chooseLocale(tag).language);
  } catch {
    // English, below.
  }
  return resolveLocaleNow(tag, overrides).locale;
}
