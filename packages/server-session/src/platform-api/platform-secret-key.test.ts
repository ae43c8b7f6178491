import { describe, expect, it } from 'vitest';
import { platformSecretKey } from './platform-secret-key.js';

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

describe('platformSecretKey', () => {
  it('reads a bearer key', () => {
    expect(platformSecretKey('Bearer sk_test_abc')).toBe('sk_test_abc');
  });

  it('reads the key curl -u sends: the user name, with an empty password', () => {
    expect(platformSecretKey(basic('sk_test_abc:'))).toBe('sk_test_abc');
    expect(platformSecretKey(`basic  ${Buffer.from('sk_test_abc:').toString('base64')} `)).toBe(
      'sk_test_abc',
    );
  });

  it('finds no key in Basic credentials with a password, without a user name, or not in base64', () => {
    expect(platformSecretKey(basic('sk_test_abc:secret'))).toBeUndefined();
    expect(platformSecretKey(basic(':sk_test_abc'))).toBeUndefined();
    expect(platformSecretKey(basic('sk_test_abc'))).toBeUndefined();
    expect(platformSecretKey('Basic not*base64')).toBeUndefined();
    expect(platformSecretKey('Basic')).toBeUndefined();
  });

  it('finds no key without a header or with another scheme', () => {
    expect(platformSecretKey(undefined)).toBeUndefined();
    expect(platformSecretKey('Digest username="sk_test_abc"')).toBeUndefined();
  });
});
