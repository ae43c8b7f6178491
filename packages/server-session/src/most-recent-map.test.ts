import { describe, expect, it } from 'vitest';
import { setMostRecent } from './most-recent-map.js';

describe('setMostRecent', () => {
  it('drops the least recently set entries beyond the bound, and says which', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(setMostRecent(map, 'a', 10, 3)).toEqual([]);
    expect(setMostRecent(map, 'd', 4, 2)).toEqual(['b', 'c']);
    expect([...map]).toEqual([
      ['a', 10],
      ['d', 4],
    ]);
  });
});
