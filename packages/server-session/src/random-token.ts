import { randomFillSync } from 'node:crypto';

const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// 248 is the largest multiple of 62 that fits in a byte: bytes at or above it
// are dropped so that every character is equally likely (no modulo bias).
const unbiasedByteLimit = 248;

// Random bytes drawn 4 KB at a time and each used once, as Node's own randomUUID does: one call
// into the CSPRNG per request (through WebCrypto's argument checks) cost as much as the rest of
// making a secret.
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const byte = pool[poolOffset] ?? 0;
  // Zeroed once used, so a byte never serves twice even through a bug here.
  pool[poolOffset] = 0;
  poolOffset += 1;
  return byte;
}

/**
 * A string of `length` base62 characters from Node's CSPRNG
 * (`crypto.randomFillSync`), each carrying log2(62) ≈ 5.95 bits: 22
 * characters are needed for 128 bits.
 */
export function randomBase62(length: number): string {
  let result = '';
  while (result.length < length) {
    const byte = randomByte();
    if (byte >= unbiasedByteLimit) continue;
    result += base62Alphabet[byte % 62];
  }
  return result;
}

/**
 * A new object id such as `plat_3x9KqV…`: a type prefix a reader recognises,
 * then 24 random base62 characters (≈143 bits), so ids are unguessable too.
 */
export function createObjectId(prefix: string): string {
  return `${prefix}_${randomBase62(24)}`;
}
