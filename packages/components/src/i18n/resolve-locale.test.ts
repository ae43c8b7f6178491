import { fieldErrorCodes } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en.js';
import { bundledLanguages, resolveLocale } from './resolve-locale.js';

describe('resolveLocale', () => {
  it('reads the language of a regional tag and keeps the tag for Intl', () => {
    expect(resolveLocale('fr-CA')).toMatchObject({ tag: 'fr-CA', language: 'fr', direction: 'ltr' });
    expect(resolveLocale('fr-CA').messages.continue).toBe('Continuer');
  });

  it('turns the layout for Arabic only', () => {
    expect(resolveLocale('ar-EG').direction).toBe('rtl');
    expect(resolveLocale('he').direction).toBe('ltr');
  });

  it('falls back to English for a language it does not ship', () => {
    expect(resolveLocale('pt-BR')).toMatchObject({
      tag: 'en',
      language: 'en',
      messages: { continue: 'Continue' },
    });
    expect(resolveLocale(undefined).language).toBe('en');
  });

  it('lays the platform’s overrides for that language over the bundled text', () => {
    const locale = resolveLocale('de', {
      de: { continue: 'Weiter geht’s', fieldErrors: { required: 'Pflichtfeld.' } },
    });
    expect(locale.messages.continue).toBe('Weiter geht’s');
    expect(locale.messages.fieldErrors.required).toBe('Pflichtfeld.');
    expect(locale.messages.fieldErrors.too_short).toBe('Geben Sie mindestens {limit} Zeichen ein.');
  });

  it.each(bundledLanguages)('ships %s with every message and every field error code', (language) => {
    const { messages } = resolveLocale(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(messages.fieldErrors).sort()).toEqual([...fieldErrorCodes].sort());
    for (const [code, text] of Object.entries(messages.fieldErrors)) {
      // A message keeps the placeholders of the English one, so numbers still show.
      expect(text.includes('{limit}'), `${language} ${code}`).toBe(
        en.fieldErrors[code as keyof typeof en.fieldErrors].includes('{limit}'),
      );
    }
  });
});
