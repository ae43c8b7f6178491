import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { type Catalog, en, type MessageId } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { mccDe } from './mcc/de.js';
import { mccEn } from './mcc/en.js';
import { mccEs } from './mcc/es.js';
import { mccFr } from './mcc/fr.js';
import { mccJa } from './mcc/ja.js';
import { createTranslator, isMessageId, resolveLocale } from './translate.js';

const translations: Array<[string, Catalog]> = [
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['ja', ja],
];

const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('resolveLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['DE_at', 'de'],
    ['ja-JP', 'ja'],
    ['es-419', 'es'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('serves %s in %s', (requested, served) => {
    expect(resolveLocale(requested)).toBe(served);
  });
});

describe('createTranslator', () => {
  it('translates and fills slots', () => {
    expect(createTranslator('de')('help.owners.at_least', { percent: 25 })).toBe(
      'Alle, denen 25 % oder mehr des Unternehmens gehören.',
    );
    expect(createTranslator('ja')('label.dob')).toBe('生年月日');
  });

  it('serves English for an unknown locale', () => {
    expect(createTranslator('sv')('label.dob')).toBe('Date of birth');
  });

  it('recognises message ids built at run time', () => {
    expect(isMessageId('label.company.tax_id.US')).toBe(true);
    expect(isMessageId('label.company.tax_id.ZZ')).toBe(false);
  });
});

describe.each(translations)('the %s catalog', (_, catalog) => {
  it('translates every message, keeping its slots', () => {
    for (const id of Object.keys(en) as MessageId[]) {
      expect(catalog[id].trim(), id).not.toBe('');
      expect(slotsOf(catalog[id]), id).toEqual(slotsOf(en[id]));
    }
  });

  it('is a translation, not a copy of the English', () => {
    const copied = (Object.keys(en) as MessageId[]).filter(
      (id) => catalog[id] === en[id] && en[id].length > 12,
    );
    expect(copied).toEqual([]);
  });
});

describe.each([
  ['fr', mccFr],
  ['de', mccDe],
  ['es', mccEs],
  ['ja', mccJa],
])('the %s merchant category names', (_, names) => {
  it('name every code, in their own words', () => {
    for (const code of Object.keys(mccEn) as Array<keyof typeof mccEn>) {
      expect(names[code].trim(), code).not.toBe('');
    }
    const copied = (Object.keys(mccEn) as Array<keyof typeof mccEn>).filter(
      (code) => names[code] === mccEn[code] && mccEn[code].length > 12,
    );
    expect(copied).toEqual([]);
  });
});
