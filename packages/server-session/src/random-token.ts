const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// 248 is the largest multiple of 62 that fits in a byte: bytes at or above it
// are dropped so that every character is equally likely (no modulo bias).
const unbiasedByteLimit = 248;

/**
 * A string of `length` base62 characters from `crypto.getRandomValues`, each
 * carrying log2(62) ≈ 5.95 bits: 22 characters are needed for 128 bits.
 */
export function randomBase62(length: number): string {
  let result = '';
  const bytes = new Uint8Array(length + 16);
  while (result.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= unbiasedByteLimit) continue;
      result += base62Alphabet[byte % 62];
      if (result.length === length) break;
    }
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
