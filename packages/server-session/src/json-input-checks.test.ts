import { describe, expect, it } from 'vitest';
import { findJsonInputProblem, isStorableText, maxJsonDepth } from './json-input-checks.js';

describe('checks of request JSON', () => {
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
    const unstorable = (path: Array<string | number>) => ({ reason: 'unstorable_text', path });
    expect(findJsonInputProblem({ a: ['ok', { b: 'x\u0000' }] })).toEqual(unstorable(['a', 1, 'b']));
    expect(findJsonInputProblem({ metadata: { 'k\ud800': 'v' } })).toEqual(
      unstorable(['metadata', 'k\ud800']),
    );
    expect(findJsonInputProblem('\u0000')).toEqual(unstorable([]));
    expect(findJsonInputProblem({ a: 1, b: null, c: [true, 'fine 😀'] })).toBeNull();
  });

  it(`accepts ${maxJsonDepth} levels of nesting and refuses one more, naming where`, () => {
    const nested = (levels: number) => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
    expect(findJsonInputProblem(nested(maxJsonDepth))).toBeNull();
    expect(findJsonInputProblem(nested(maxJsonDepth + 1))).toEqual({
      reason: 'too_deep',
      path: Array.from({ length: maxJsonDepth }, () => 'a'),
    });
  });

  it('walks nesting deeper than the call stack, as JSON.parse accepts it', () => {
    const depth = 200_000;
    expect(findJsonInputProblem(JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`))).toMatchObject({
      reason: 'too_deep',
    });
  });
});
