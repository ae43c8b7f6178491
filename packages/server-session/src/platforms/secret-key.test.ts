import { describe, expect, it } from 'vitest';
import { generateSecretKey, hashSecretKey, secretKeyMatchesHash, secretKeyPattern } from './secret-key.js';

describe('generateSecretKey', () => {
  it('gives sk_test_ and 32 base62 characters: about 190 bits, past the 128 required', () => {
    const key = generateSecretKey();
    expect(key).toMatch(/^sk_test_[0-9A-Za-z]{32}$/);
    expect(32 * Math.log2(62)).toBeGreaterThan(128);
  });

  it('gives keys the pattern accepts, never the same one twice', () => {
    const keys = Array.from({ length: 1000 }, generateSecretKey);
    expect(new Set(keys).size).toBe(1000);
    for (const key of keys) expect(secretKeyPattern.test(key)).toBe(true);
  });
});

describe('secretKeyPattern', () => {
  it.each([
    ['sk_test_', false],
    [`sk_test_${'a'.repeat(21)}`, false],
    [`sk_test_${'a'.repeat(22)}`, true],
    [`sk_live_${'a'.repeat(22)}`, true],
    [`pk_test_${'a'.repeat(22)}`, false],
    [`sk_test_${'a'.repeat(21)}-`, false],
    [`sk_test_${'a'.repeat(129)}`, false],
  ])('%s → %s', (key, accepted) => {
    expect(secretKeyPattern.test(key)).toBe(accepted);
  });
});

describe('hashSecretKey', () => {
  it('is the hex SHA-256 of the key', () => {
    // echo -n sk_test_abc | sha256sum
    expect(hashSecretKey('sk_test_abc')).toBe(
      '4b4090ccee1e713c3d411b96a4226b90bd0f0deb34e02d19475a951316fd04ee',
    );
    expect(hashSecretKey('sk_test_abc')).not.toBe(hashSecretKey('sk_test_abd'));
  });
});

describe('secretKeyMatchesHash', () => {
  const key = generateSecretKey();

  it('accepts the key its hash came from', () => {
    expect(secretKeyMatchesHash(key, hashSecretKey(key))).toBe(true);
  });

  it('refuses another key, and a malformed stored hash', () => {
    expect(secretKeyMatchesHash(generateSecretKey(), hashSecretKey(key))).toBe(false);
    expect(secretKeyMatchesHash(key, 'abc')).toBe(false);
  });
});
