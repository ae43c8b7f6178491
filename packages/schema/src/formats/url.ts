import type { FormatValidator } from './format-validator.js';

/** Longest URL we accept; browsers and most servers handle at least this much. */
const MAX_URL_LENGTH = 2048;

/** `http://` or `https://` followed by something other than another slash. */
const HTTP_PREFIX = /^https?:\/\/[^/]/i;

/** Whitespace, control characters and backslashes (which URL parsers read as slashes). */
const FORBIDDEN = /[\s\p{Cc}\\]/u;

/** The parts of a WHATWG URL this check reads. */
interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
}

// Every runtime we support (browsers, Node) has the WHATWG `URL` global, but the
// contract compiles without DOM or Node types, so it is typed here.
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/**
 * The `url` format: an absolute `http(s)://` address, as Stripe expects for a
 * business website (`https://example.com`), whose host has a dot or is
 * `localhost`, with no spaces or credentials and ≤ 2048 characters; parsed with
 * the global `URL` so browsers and Node agree.
 *
 * @example url('https://example.com') // true
 */
export const url: FormatValidator = (value) => {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  if (!HTTP_PREFIX.test(value) || FORBIDDEN.test(value)) return false;
  let parsed: ParsedUrl;
  try {
    parsed = new WhatwgUrl(value);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname;
  if (host === 'localhost') return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0);
};
