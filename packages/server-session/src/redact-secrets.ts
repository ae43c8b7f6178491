/**
 * Every token shape the server issues, so logs and error messages can mask them
 * wherever they appear: secret keys and account session client secrets.
 */
const secretPattern = /\b(sk_(?:test|live)_|as_secret_)[0-9A-Za-z]+/g;

/**
 * Masks one secret for display. A secret key keeps its prefix and last four
 * characters: `sk_test_4eC3…` becomes `sk_test_…Xy9z`, which is what a
 * dashboard shows. A client secret keeps only its prefix: nobody needs to
 * tell one short-lived session secret from another by eye.
 */
export function maskSecret(secret: string): string {
  const match = /^(sk_(?:test|live)_|as_secret_)[0-9A-Za-z]*$/.exec(secret);
  const prefix = match?.[1] ?? '';
  // Four characters of a short or malformed value would give most of it away.
  if (prefix === 'as_secret_' || secret.length - prefix.length < 12) return `${prefix}…`;
  return `${prefix}…${secret.slice(-4)}`;
}

/** Replaces every secret key and client secret inside `text` with its mask. */
export function redactSecrets(text: string): string {
  // Every log string passes here and nearly none holds a secret: two substring scans cost less than the pattern.
  if (!text.includes('sk_') && !text.includes('as_secret_')) return text;
  return text.replace(secretPattern, (secret) => maskSecret(secret));
}
