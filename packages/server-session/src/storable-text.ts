import { ApiError } from './api-error.js';

// PostgreSQL text and jsonb cannot hold U+0000, and UTF-8 cannot encode half of a UTF-16 surrogate
// pair: a string with either reaches the store as an error, not as a value, so it is refused here.
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `text` can be stored as it is: no U+0000, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !unpairedSurrogate.test(text);
}

/**
 * The path to the first string in `value` (an object key or a string value,
 * at any depth) that is not storable text, or `null` when all are.
 */
export function findUnstorableText(value: unknown): Array<string | number> | null {
  if (typeof value === 'string') return isStorableText(value) ? null : [];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const path = findUnstorableText(item);
      if (path) return [index, ...path];
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [key];
      const path = findUnstorableText(item);
      if (path) return [key, ...path];
    }
  }
  return null;
}

/** The 400 for a parameter (`param`, or the whole body when empty) that holds text no store can keep. */
export function unstorableTextError(param: string): ApiError {
  const subject = param === '' ? 'The request body' : param;
  return new ApiError({
    status: 400,
    type: 'invalid_request_error',
    code: 'parameter_invalid',
    message:
      `Invalid ${subject}: it holds a NUL character (U+0000) or half of a UTF-16 surrogate pair, ` +
      'which no text can be stored with.',
    ...(param === '' ? {} : { param }),
  });
}
