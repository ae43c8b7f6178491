import { createHash, timingSafeEqual } from 'node:crypto';
import { randomBase62 } from '../random-token.js';

/** The prefix of every client secret: recognisable in logs, in secret scanners and by eye. */
export const clientSecretPrefix = 'as_secret_';

// 32 base62 characters ≈ 190 bits, past the 128 the design asks for.
const clientSecretRandomLength = 32;

/** What a client secret looks like; anything else is refused before a lookup. */
export const clientSecretPattern = new RegExp(
  `^${clientSecretPrefix}[0-9A-Za-z]{${clientSecretRandomLength}}$`,
);

/** A new client secret. It goes to the platform once; the store keeps its hash. */
export function generateClientSecret(): string {
  return `${clientSecretPrefix}${randomBase62(clientSecretRandomLength)}`;
}

/** SHA-256 of a client secret, hex: a fast hash suffices for 190 random bits. */
export function hashClientSecret(clientSecret: string): string {
  return createHash('sha256').update(clientSecret, 'utf8').digest('hex');
}

/** Whether `clientSecret` hashes to `expectedHash`, in constant time. */
export function clientSecretMatchesHash(clientSecret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashClientSecret(clientSecret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
