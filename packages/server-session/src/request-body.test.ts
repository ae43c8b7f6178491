import { describe, expect, it } from 'vitest';
import { formatParam } from './request-body.js';

describe('formatParam', () => {
  it.each([
    [['name'], 'name'],
    [['origins', 0], 'origins[0]'],
    [['individual', 'dob', 'day'], 'individual.dob.day'],
    [['owners', 2, 'first_name'], 'owners[2].first_name'],
    [['metadata', ''], 'metadata[""]'],
    [[], ''],
  ])('writes %j as %s', (path, text) => {
    expect(formatParam(path)).toBe(text);
  });
});
