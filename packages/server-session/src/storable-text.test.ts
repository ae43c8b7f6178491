import { describe, expect, it } from 'vitest';
import { findUnstorableText, isStorableText } from './storable-text.js';

describe('storable text', () => {
  it('accepts any text UTF-8 can encode, surrogate pairs (emoji) included', () => {
    for (const text of ['', 'Jenny Rosen', 'Zoë Ærøskøbing', '山田太郎', 'café 😀', '\u0001\t\n']) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('refuses U+0000 and half of a surrogate pair, wherever it stands', () => {
    for (const text of ['\u0000', 'a\u0000b', '\ud83d', 'a\ude00', '\ude00\ud83d', 'ok 😀 \ud83d']) {
      expect(isStorableText(text)).toBe(false);
    }
  });

  it('finds the path to the first key or string that cannot be stored', () => {
    expect(findUnstorableText({ a: ['ok', { b: 'x\u0000' }] })).toEqual(['a', 1, 'b']);
    expect(findUnstorableText({ metadata: { 'k\ud800': 'v' } })).toEqual(['metadata', 'k\ud800']);
    expect(findUnstorableText('\u0000')).toEqual([]);
    expect(findUnstorableText({ a: 1, b: null, c: [true, 'fine 😀'] })).toBeNull();
  });
});
