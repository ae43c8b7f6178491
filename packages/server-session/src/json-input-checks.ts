import { ApiError } from './api-error.js';

// PostgreSQL text and jsonb cannot hold U+0000, and UTF-8 cannot encode half of a UTF-16 surrogate
// pair: a string with either reaches the store as an error, not as a value, so it is refused here.
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `text` can be stored as it is: no U+0000, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !unpairedSurrogate.test(text);
}

/**
 * How deep a request's JSON may nest. The deepest value the API takes (a
 * person's address, in a list of persons, in a submission's values) is 6
 * levels down; the validators recurse, and far deeper input would exhaust
 * the call stack (a 500 where the client deserves a 400).
 */
export const maxJsonDepth = 32;

/** What is wrong with a request's JSON, and where: the path to the value. */
export interface JsonInputProblem {
  readonly reason: 'unstorable_text' | 'too_deep';
  readonly path: Array<string | number>;
}

/**
 * The first problem in parsed request JSON: an object key or string that is
 * not storable text, or a value nested deeper than {@link maxJsonDepth}.
 * Walked with a stack of its own, not by recursion: `JSON.parse` takes
 * nesting deeper than the call stack does.
 */
export function findJsonInputProblem(value: unknown): JsonInputProblem | null {
  // Each entry links to its parent's, so a path is built only for the value reported.
  interface Place {
    readonly value: unknown;
    readonly parent: Place | null;
    readonly segment: string | number;
    readonly depth: number;
  }
  const pathTo = (place: Place, last?: string): Array<string | number> => {
    const path: Array<string | number> = last === undefined ? [] : [last];
    for (let at: Place | null = place; at?.parent; at = at.parent) path.push(at.segment);
    return path.reverse();
  };
  const pending: Place[] = [{ value, parent: null, segment: '', depth: 0 }];
  for (let place = pending.pop(); place !== undefined; place = pending.pop()) {
    const current = place.value;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { reason: 'unstorable_text', path: pathTo(place) };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (place.depth >= maxJsonDepth) return { reason: 'too_deep', path: pathTo(place) };
    const depth = place.depth + 1;
    if (Array.isArray(current)) {
      // Pushed last to first, so the first item is looked at first.
      for (let index = current.length - 1; index >= 0; index--) {
        pending.push({ value: current[index], parent: place, segment: index, depth });
      }
      continue;
    }
    const entries = Object.entries(current);
    for (const [key] of entries) {
      if (!isStorableText(key)) return { reason: 'unstorable_text', path: pathTo(place, key) };
    }
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index] as [string, unknown];
      pending.push({ value: item, parent: place, segment: key, depth });
    }
  }
  return null;
}

/** The 400 for a problem of `reason` at `param` (the whole body when `param` is empty). */
export function jsonInputError(reason: JsonInputProblem['reason'], param: string): ApiError {
  const subject = param === '' ? 'The request body' : param;
  return new ApiError({
    status: 400,
    type: 'invalid_request_error',
    code: 'parameter_invalid',
    message:
      reason === 'unstorable_text'
        ? `Invalid ${subject}: it holds a NUL character (U+0000) or half of a UTF-16 surrogate pair, ` +
          'which no text can be stored with.'
        : `Invalid ${subject}: it nests objects and arrays more than ${maxJsonDepth} levels deep.`,
    ...(param === '' ? {} : { param }),
  });
}
