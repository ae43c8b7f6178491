import { StoreError } from './store-error.js';

/** PostgreSQL's type OID for `bigint` (`int8`). */
export const int8TypeId = 20;

/**
 * Parses a `bigint` column the same way on both engines: node-postgres would
 * give a string and PGlite a number or a BigInt depending on size, so code
 * written against one engine would break on the other. Our bigints are counts
 * and epoch seconds, far below 2^53; anything larger fails loudly instead of
 * losing precision.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new StoreError(
      'integer_out_of_range',
      `A bigint column held ${text}, beyond the 2^53 that a JavaScript number holds exactly.`,
    );
  }
  return value;
}
