/**
 * Every token shape the server issues, so logs and error messages can mask them
 * wherever they appear. Later token kinds (client secrets) join this pattern.
 */
const secretPattern = /\b(sk_(?:test|live)_)[0-9A-Za-z]+/g;

/**
 * Masks one secret for display, keeping its prefix and last four characters:
 * `sk_test_4eC3…` becomes `sk_test_…Xy9z`, which is what a dashboard shows.
 */
export function maskSecret(secret: string): string {
  const match = /^(sk_(?:test|live)_)[0-9A-Za-z]*$/.exec(secret);
  const prefix = match?.[1] ?? '';
  // Four characters of a short or malformed value would give most of it away.
  if (secret.length - prefix.length < 12) return `${prefix}…`;
  return `${prefix}…${secret.slice(-4)}`;
}

/** Replaces every secret key inside `text` with its mask. */
export function redactSecrets(text: string): string {
  return text.replace(secretPattern, (secret) => maskSecret(secret));
}
