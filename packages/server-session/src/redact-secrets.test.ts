import { describe, expect, it } from 'vitest';
import { maskSecret, redactSecrets } from './redact-secrets.js';

describe('maskSecret', () => {
  it('keeps the prefix and the last four characters', () => {
    expect(maskSecret('sk_test_4eC39HqLyjWDarjtT1zdp7dc')).toBe('sk_test_…p7dc');
    expect(maskSecret('sk_live_4eC39HqLyjWDarjtT1zdp7dc')).toBe('sk_live_…p7dc');
  });

  it('shows no characters of a value too short to hide them', () => {
    expect(maskSecret('sk_test_short')).toBe('sk_test_…');
    expect(maskSecret('hunter2')).toBe('…');
  });
});

describe('redactSecrets', () => {
  it('masks every key in a text and leaves the rest alone', () => {
    const text = 'keys sk_test_4eC39HqLyjWDarjtT1zdp7dc and sk_live_AAAAAAAAAAAAAAAAAAAAAAzz; id plat_123';
    expect(redactSecrets(text)).toBe('keys sk_test_…p7dc and sk_live_…AAzz; id plat_123');
  });
});

describe('given a client secret', () => {
  it('masks it to its prefix alone, in a text too', () => {
    const secret = 'as_secret_0123456789abcdefghijABCDEFGHIJxy';
    expect(maskSecret(secret)).toBe('as_secret_…');
    expect(redactSecrets(`Bearer ${secret} refused`)).toBe('Bearer as_secret_… refused');
  });
});
