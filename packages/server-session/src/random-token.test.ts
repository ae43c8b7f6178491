import { describe, expect, it } from 'vitest';
import { createObjectId, randomBase62 } from './random-token.js';

describe('randomBase62', () => {
  it('returns exactly the requested number of base62 characters', () => {
    for (const length of [1, 22, 32, 100])
      expect(randomBase62(length)).toMatch(new RegExp(`^[0-9A-Za-z]{${length}}$`));
  });

  it('uses every character of the alphabet about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (const character of randomBase62(62_000)) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Expected 1000 each; a biased mapping of bytes puts the first 8 characters near 1290.
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
    for (const count of counts.values()) expect(count).toBeLessThan(1150);
  });
});

describe('createObjectId', () => {
  it('joins the prefix and 24 random characters', () => {
    expect(createObjectId('plat')).toMatch(/^plat_[0-9A-Za-z]{24}$/);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createObjectId('x')));
    expect(ids.size).toBe(10_000);
  });
});
