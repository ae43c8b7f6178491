import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The bytes of an AES-256 key: 32. */
const keyLength = 32;
/** GCM's recommended nonce size: 96 bits, random per encryption. */
const nonceLength = 12;
const tagLength = 16;

/**
 * An operator key as configured: 32 random bytes in base64, e.g. from
 * `openssl rand -base64 32`. Parses to the bytes.
 */
export const encryptionKeySchema = z.string().transform((text, context) => {
  const trimmed = text.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  // Buffer.from ignores characters outside the alphabet: re-encoding catches them.
  const canonical = bytes.toString('base64') === trimmed || bytes.toString('base64url') === trimmed;
  if (!canonical || bytes.length !== keyLength) {
    context.addIssue({
      code: 'custom',
      message: `must be ${keyLength} random bytes in base64 (openssl rand -base64 32)`,
    });
    return z.NEVER;
  }
  return bytes;
});

/** A value sealed by {@link Keyring.encrypt}: what the store keeps. */
export interface Sealed {
  /** Which key sealed it; see {@link keyIdOf}. */
  readonly keyId: string;
  readonly nonce: Uint8Array;
  /** Ciphertext with the 16-byte GCM tag appended. */
  readonly ciphertext: Uint8Array;
}

/** Why a sealed value could not be opened. Both mean an operator problem, never a client one. */
export class EncryptionError extends Error {
  override readonly name = 'EncryptionError';
  readonly code: 'unknown_key_id' | 'decryption_failed';

  constructor(code: EncryptionError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The operator's encryption keys: one current key that seals new values, and
 * earlier keys kept only to open what they sealed until it is re-encrypted.
 *
 * @example
 * const keyring = createKeyring({ current: process.env.ONBOARDKIT_ENCRYPTION_KEY });
 * const sealed = keyring.encrypt(bytes, 'acct_123:individual.id_number');
 */
export interface Keyring {
  readonly currentKeyId: string;
  /**
   * AES-256-GCM with a fresh random nonce. `context` is authenticated, not
   * stored: a value opens only under the same context (the row it belongs
   * to), so ciphertexts cannot be swapped between accounts or fields.
   */
  encrypt(plaintext: Uint8Array, context: string): Sealed;
  /** @throws {EncryptionError} for an unknown key id, a wrong context or tampered bytes. */
  decrypt(sealed: Sealed, context: string): Uint8Array;
}

export interface KeyringKeys {
  /** The key that seals new values (base64 text or the 32 bytes). */
  current: string | Uint8Array;
  /** Retired keys, to open older values during a rotation. */
  previous?: ReadonlyArray<string | Uint8Array>;
}

/**
 * A key's public name: the start of a SHA-256 over it, so the store can say
 * which key sealed a row without holding anything that helps recover the key.
 */
export function keyIdOf(key: Uint8Array): string {
  return `key_${createHash('sha256').update('onboardkit-key-id:').update(key).digest('hex').slice(0, 16)}`;
}

/** 32 fresh random bytes, base64: a new operator key. */
export function generateEncryptionKey(): string {
  return randomBytes(keyLength).toString('base64');
}

/**
 * Builds a {@link Keyring} from the operator's keys.
 *
 * @throws {Error} when a key is not 32 bytes of base64; the message never quotes the key.
 */
export function createKeyring(keys: KeyringKeys): Keyring {
  const current = toKeyBytes(keys.current, 'the current encryption key');
  const byId = new Map<string, Buffer>([[keyIdOf(current), current]]);
  for (const [index, key] of (keys.previous ?? []).entries()) {
    const bytes = toKeyBytes(key, `previous encryption key #${index + 1}`);
    byId.set(keyIdOf(bytes), bytes);
  }
  const currentKeyId = keyIdOf(current);

  return {
    currentKeyId,
    encrypt(plaintext, context) {
      const nonce = randomBytes(nonceLength);
      const cipher = createCipheriv('aes-256-gcm', current, nonce, { authTagLength: tagLength });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return { keyId: currentKeyId, nonce, ciphertext };
    },
    decrypt(sealed, context) {
      const key = byId.get(sealed.keyId);
      if (!key) {
        throw new EncryptionError(
          'unknown_key_id',
          `A value was sealed with ${sealed.keyId}, which is not configured: add that key to ` +
            'ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS.',
        );
      }
      const bytes = Buffer.from(sealed.ciphertext);
      if (sealed.nonce.length !== nonceLength || bytes.length < tagLength) {
        throw new EncryptionError('decryption_failed', 'A sealed value is truncated.');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, { authTagLength: tagLength });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
        return Buffer.concat([
          decipher.update(bytes.subarray(0, bytes.length - tagLength)),
          decipher.final(),
        ]);
      } catch {
        throw new EncryptionError(
          'decryption_failed',
          'A sealed value does not authenticate: it was altered, or moved to another row.',
        );
      }
    },
  };
}

function toKeyBytes(key: string | Uint8Array, name: string): Buffer {
  if (typeof key !== 'string') {
    if (key.length !== keyLength) throw new Error(`${name} must be ${keyLength} bytes.`);
    return Buffer.from(key);
  }
  const parsed = encryptionKeySchema.safeParse(key);
  if (!parsed.success) throw new Error(`${name} ${parsed.error.issues[0]?.message ?? 'is invalid'}.`);
  return parsed.data;
}
