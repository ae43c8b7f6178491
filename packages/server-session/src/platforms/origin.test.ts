import { describe, expect, it } from 'vitest';
import { originListSchema, originSchema } from './origin.js';

describe('originSchema', () => {
  it.each([
    ['https://app.example.com', 'https://app.example.com'],
    ['https://app.example.com/', 'https://app.example.com'],
    ['HTTPS://App.Example.com:443', 'https://app.example.com'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('accepts %s as %s', (text, origin) => {
    expect(originSchema.parse(text)).toBe(origin);
  });

  it.each([
    ['app.example.com', 'must be an origin such as https://example.com'],
    ['ftp://files.example.com', 'must start with https:// or http://'],
    [
      'https://app.example.com/onboarding',
      'must be an origin without path, query or credentials, such as https://app.example.com',
    ],
    [
      'https://user:pw@app.example.com',
      'must be an origin without path, query or credentials, such as https://app.example.com',
    ],
  ])('refuses %s: %s', (text, message) => {
    expect(originSchema.safeParse(text).error?.issues[0]?.message).toBe(message);
  });
});

describe('originListSchema', () => {
  it('removes duplicates after normalizing', () => {
    expect(originListSchema.parse(['https://a.example/', 'https://a.example'])).toEqual([
      'https://a.example',
    ]);
  });

  it('requires at least one origin', () => {
    expect(originListSchema.safeParse([]).success).toBe(false);
  });
});
