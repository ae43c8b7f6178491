import { describe, expect, it } from 'vitest';
import { url } from './url.js';

describe('url', () => {
  it.each([
    'https://example.com',
    'https://example.com/',
    'http://example.com',
    'https://www.example.co.uk/shop?ref=onboarding#top',
    'https://accessible.stripe.com',
    'https://example.com:8443/path',
    'http://localhost',
    'http://localhost:3000/callback',
    'HTTPS://EXAMPLE.COM',
    'https://münchen.de',
    'https://xn--mnchen-3ya.de',
    'https://example.com/caf%C3%A9',
    'https://example.com/café',
    'http://127.0.0.1:8080',
    `https://example.com/${'a'.repeat(2028)}`,
  ])('accepts %j', (value) => {
    expect(url(value)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'spaces only'],
    ['example.com', 'no scheme'],
    ['www.example.com', 'no scheme, www'],
    ['//example.com', 'protocol-relative'],
    ['ftp://example.com', 'ftp'],
    ['mailto:jenny@example.com', 'mailto'],
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,hi', 'data URL'],
    ['https:example.com', 'no slashes'],
    ['https:/example.com', 'one slash'],
    ['https:///example.com', 'three slashes'],
    ['https:\\\\example.com', 'backslashes'],
    ['https://example.com\\@evil.com', 'backslash in the path'],
    ['https://example', 'host without a dot'],
    ['https://.com', 'empty first label'],
    ['https://example..com', 'empty label'],
    ['https://example.com.', 'trailing dot'],
    ['https://[::1]', 'IPv6 literal'],
    ['https://exa mple.com', 'space in the host'],
    ['https://example.com/a b', 'space in the path'],
    [' https://example.com', 'leading space'],
    ['https://example.com ', 'trailing space'],
    ['https://example.com\n', 'trailing newline'],
    ['https://example.com\t/x', 'tab'],
    ['https://user:secret@example.com', 'credentials'],
    ['https://paypal.com@evil.example', 'user name that looks like a host'],
    ['https://example.com:99999', 'port out of range'],
    ['https://exa<mple.com', 'forbidden host character'],
    ['https://', 'no host'],
    [`https://example.com/${'a'.repeat(2029)}`, 'over 2048 characters'],
  ])('rejects %j (%s)', (value) => {
    expect(url(value)).toBe(false);
  });

  it.each([
    '\u0000',
    '💥',
    'https://💥',
    'a'.repeat(10000),
    `https://${'a.'.repeat(5000)}com`,
    'https://\u0000.com',
  ])('returns false for odd input %#', (value) => {
    expect(url(value)).toBe(false);
  });

  it('returns false for a non-string at runtime', () => {
    expect(url(new URL('https://example.com') as unknown as string)).toBe(false);
  });
});
