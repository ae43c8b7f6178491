import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  EncryptionError,
  encryptionKeySchema,
  generateEncryptionKey,
  keyIdOf,
} from './keyring.js';

const bytes = new TextEncoder().encode('"000123456789"');

describe('createKeyring', () => {
  it('opens what it sealed, under the same context, and never seals the same way twice', () => {
    const keyring = createKeyring({ current: generateEncryptionKey() });
    const first = keyring.encrypt(bytes, 'acct_1:external_account');
    const second = keyring.encrypt(bytes, 'acct_1:external_account');
    expect(Buffer.from(first.ciphertext).equals(Buffer.from(second.ciphertext))).toBe(false);
    expect(first.nonce).toHaveLength(12);
    expect(Buffer.from(first.ciphertext).toString('latin1')).not.toContain('000123456789');
    expect(new TextDecoder().decode(keyring.decrypt(first, 'acct_1:external_account'))).toBe(
      '"000123456789"',
    );
  });

  it('refuses a value moved to another row, and a tampered one', () => {
    const keyring = createKeyring({ current: generateEncryptionKey() });
    const sealed = keyring.encrypt(bytes, 'acct_1:external_account');
    expect(() => keyring.decrypt(sealed, 'acct_2:external_account')).toThrow(EncryptionError);
    const tampered = Uint8Array.from(sealed.ciphertext);
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    expect(() => keyring.decrypt({ ...sealed, ciphertext: tampered }, 'acct_1:external_account')).toThrow(
      expect.objectContaining({ code: 'decryption_failed' }),
    );
  });

  it('opens values of a previous key after a rotation, and names a missing key by its id', () => {
    const oldKey = generateEncryptionKey();
    const sealed = createKeyring({ current: oldKey }).encrypt(bytes, 'context');
    const rotated = createKeyring({ current: generateEncryptionKey(), previous: [oldKey] });
    expect(sealed.keyId).toBe(keyIdOf(Buffer.from(oldKey, 'base64')));
    expect(rotated.currentKeyId).not.toBe(sealed.keyId);
    expect(rotated.decrypt(sealed, 'context')).toEqual(Buffer.from(bytes));
    expect(() => createKeyring({ current: generateEncryptionKey() }).decrypt(sealed, 'context')).toThrow(
      `sealed with ${sealed.keyId}`,
    );
  });
});

describe('encryptionKeySchema', () => {
  it.each([
    ['too short', Buffer.alloc(16).toString('base64')],
    ['not base64', `${'!'.repeat(43)}=`],
    ['empty', ''],
  ])('refuses a key that is %s, without quoting it', (_, key) => {
    const result = encryptionKeySchema.safeParse(key);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues.map((issue) => issue.message))).not.toContain(key || '""""');
  });

  it('accepts 32 bytes of base64', () => {
    expect(encryptionKeySchema.parse(generateEncryptionKey())).toHaveLength(32);
  });
});
