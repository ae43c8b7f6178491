import { describe, expect, it } from 'vitest';
import { email } from './email.js';

describe('email', () => {
  it.each([
    'jenny@example.com',
    'jenny.rosen@example.com',
    'jenny.rosen+stripe@example.co.uk',
    'JENNY@EXAMPLE.COM',
    "o'brien@example.ie",
    'first_last-1@sub.domain.example',
    'a@b.co',
    "!#$%&'*+/=?^_`{|}~-@example.org",
    'user@xn--mnchen-3ya.de',
    'user@example.xn--p1ai',
    'user@123.example.com',
    'user@my-shop.example',
    `${'a'.repeat(64)}@example.com`,
    `a@${'b'.repeat(63)}.com`,
    `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`,
  ])('accepts %j', (value) => {
    expect(email(value)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'spaces only'],
    ['jenny', 'no @'],
    ['@example.com', 'empty local part'],
    ['jenny@', 'empty domain'],
    ['jenny@@example.com', 'two @'],
    ['jenny@rosen@example.com', 'two @ apart'],
    ['jenny rosen@example.com', 'space in the local part'],
    [' jenny@example.com', 'leading space'],
    ['jenny@example.com ', 'trailing space'],
    ['jenny@example .com', 'space in the domain'],
    ['jenny\t@example.com', 'tab'],
    ['.jenny@example.com', 'local part starts with a dot'],
    ['jenny.@example.com', 'local part ends with a dot'],
    ['jenny..rosen@example.com', 'two dots in the local part'],
    ['"jenny rosen"@example.com', 'quoted local part'],
    ['jenny@localhost', 'domain without a dot'],
    ['jenny@example', 'single-label domain'],
    ['jenny@example.', 'trailing dot'],
    ['jenny@.example.com', 'leading dot in the domain'],
    ['jenny@example..com', 'empty label'],
    ['jenny@-example.com', 'label starts with a hyphen'],
    ['jenny@example-.com', 'label ends with a hyphen'],
    ['jenny@exa_mple.com', 'underscore in the domain'],
    ['jenny@example.c', 'one-letter top-level domain'],
    ['jenny@example.123', 'numeric top-level domain'],
    ['jenny@192.168.0.1', 'IP address'],
    ['jenny@[192.168.0.1]', 'IP literal'],
    ['jenny@münchen.de', 'Unicode domain (send punycode)'],
    ['jenny@example.com\n', 'trailing newline'],
    ['<jenny@example.com>', 'angle brackets'],
    ['Jenny <jenny@example.com>', 'display name'],
    [`${'a'.repeat(65)}@example.com`, 'local part over 64'],
    [`a@${'b'.repeat(64)}.com`, 'label over 63'],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`, 'over 254 characters'],
  ])('rejects %j (%s)', (value) => {
    expect(email(value)).toBe(false);
  });

  it.each([
    '\u0000',
    '💥',
    '💥@💥.com',
    'a'.repeat(10000),
    `${'a'.repeat(10000)}@example.com`,
    `a@${'b.'.repeat(5000)}com`,
    '@'.repeat(10000),
  ])('returns false for odd input %#', (value) => {
    expect(email(value)).toBe(false);
  });

  it('returns false for a non-string at runtime', () => {
    expect(email(undefined as unknown as string)).toBe(false);
  });
});
