import type { FormatValidator } from './format-validator.js';

/** Longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
const MAX_EMAIL_LENGTH = 254;
/** Longest local part (RFC 5321). */
const MAX_LOCAL_LENGTH = 64;

/** One dot-separated piece of an unquoted local part: RFC 5322 `atext`. */
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
/** A DNS label: 1-63 letters, digits or hyphens, not starting or ending with a hyphen. */
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** A top-level domain: letters, or an internationalized one in punycode. */
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/i;

/**
 * The `email` format, pragmatic rather than RFC-complete: one `@`, an unquoted
 * ASCII local part (no spaces, no empty dot-separated piece) and a domain name
 * with at least two labels, ≤ 254 characters in all, so typos are caught
 * without rejecting real-world addresses.
 *
 * @example email('jenny.rosen+stripe@example.co.uk') // true
 */
export const email: FormatValidator = (value) => {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH || !local.split('.').every((atom) => LOCAL_ATOM.test(atom)))
    return false;
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1];
  return (
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    topLevel !== undefined &&
    TOP_LEVEL_DOMAIN.test(topLevel)
  );
};
