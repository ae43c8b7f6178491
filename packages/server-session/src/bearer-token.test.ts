import { describe, expect, it } from 'vitest';
import { bearerToken } from './bearer-token.js';

describe('bearerToken', () => {
  it('reads the token of the usual header', () => {
    expect(bearerToken('Bearer sk_test_abc')).toBe('sk_test_abc');
  });

  it('accepts any case of the scheme and spaces or tabs around the token', () => {
    expect(bearerToken('bearer  sk_test_abc')).toBe('sk_test_abc');
    expect(bearerToken('BEARER\tsk_test_abc \t')).toBe('sk_test_abc');
  });

  it('finds no token without a header, with another scheme, or with two tokens', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken('Bearer a\nb')).toBeUndefined();
    expect(bearerToken('sk_test_abc')).toBeUndefined();
  });
});
