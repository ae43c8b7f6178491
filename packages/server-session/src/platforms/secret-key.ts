import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBase62 } from '../random-token.js';

/** The prefix of every test-mode secret key; live mode (`sk_live_`) comes later. */
export const testSecretKeyPrefix = 'sk_test_';

// 32 base62 characters ≈ 190 bits, comfortably past the 128 the design asks for.
const secretKeyRandomLength = 32;
// The shortest key we accept from an operator (bootstrap) carries ≥128 bits.
const secretKeyMinimumRandomLength = 22;

/** What a well-formed secret key looks like; anything else is refused before a lookup. */
export const secretKeyPattern = new RegExp(
  `^sk_(?:test|live)_[0-9A-Za-z]{${secretKeyMinimumRandomLength},128}$`,
);

/** A new test-mode secret key, e.g. `sk_test_51Hx…`. Shown once, then only its hash is kept. */
export function generateSecretKey(): string {
  return `${testSecretKeyPrefix}${randomBase62(secretKeyRandomLength)}`;
}

/**
 * The SHA-256 of a key, in hex: what the store keeps instead of the key. A fast
 * hash is enough here because keys are long random strings, not passwords.
 */
export function hashSecretKey(secretKey: string): string {
  return createHash('sha256').update(secretKey, 'utf8').digest('hex');
}

/**
 * Whether `secretKey` hashes to `expectedHash`, compared in constant time so
 * response timing says nothing about how much of a guess was right.
 */
export function secretKeyMatchesHash(secretKey: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecretKey(secretKey), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
