import { de } from './de.js';
import { type Catalog, en, type MessageId } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';

/** The locales with a catalog of their own; any other locale is served in English. */
export const supportedLocales = ['en', 'fr', 'de', 'es', 'ja'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

const catalogs: Readonly<Record<SupportedLocale, Catalog>> = { en, fr, de, es, ja };

/**
 * The catalog locale for a requested one: its language if we have it
 * (`fr-CA` → `fr`), else English.
 *
 * @example resolveLocale('de-AT') // 'de'
 * @example resolveLocale('pt-BR') // 'en'
 */
export function resolveLocale(locale: string | undefined): SupportedLocale {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (supportedLocales as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

/** Values to put in a message's `{name}` slots. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Looks a message up in one locale, filling its slots. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

function fill(template: string, values: MessageValues | undefined): string {
  if (values === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}

/**
 * A translator for `locale`. A blank translation falls back to English, so a
 * catalog edited by hand never shows an empty label.
 *
 * @example createTranslator('fr')('label.dob') // 'Date de naissance'
 */
export function createTranslator(locale: string | undefined): Translate {
  const catalog = catalogs[resolveLocale(locale)];
  return (id, values) => {
    const translated = catalog[id];
    return fill(translated.trim() === '' ? en[id] : translated, values);
  };
}

/** Whether a string is a message id (for ids built at run time, such as per-country labels). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}
