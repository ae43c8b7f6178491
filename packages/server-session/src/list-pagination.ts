import { z } from 'zod';
import { ApiError } from './api-error.js';

/**
 * The cursor parameters of a Stripe list (`GET /v1/accounts`,
 * `GET /v1/events`): newest first, `limit` 1–100 (10 by default), and
 * `starting_after` or `ending_before` an object id of the previous page.
 */
export function paginationQueryShape(objectName: string) {
  return {
    limit: z.coerce
      .number()
      .int('must be a whole number')
      .min(1, 'must be between 1 and 100')
      .max(100, 'must be between 1 and 100')
      .default(10),
    starting_after: z.string().optional().describe(`The id of the last ${objectName} of the previous page.`),
    ending_before: z
      .string()
      .optional()
      .describe(`The id of the first ${objectName} of the next page, to page back toward newer ones.`),
  };
}

interface Cursors {
  readonly starting_after?: string | undefined;
  readonly ending_before?: string | undefined;
}

/** @throws {ApiError} 400 `parameters_exclusive` when a list is asked to page both ways. */
export function refuseBothCursors(query: Cursors): void {
  if (query.starting_after === undefined || query.ending_before === undefined) return;
  throw new ApiError({
    status: 400,
    type: 'invalid_request_error',
    code: 'parameters_exclusive',
    message: 'Send starting_after or ending_before, not both.',
    param: 'ending_before',
  });
}

/** The 400 for a cursor that names no `objectName` of the platform. */
export function cursorMissing(query: Cursors, objectName: string): ApiError {
  const param = query.ending_before === undefined ? 'starting_after' : 'ending_before';
  return new ApiError({
    status: 400,
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `${param} names no ${objectName} of this platform.`,
    param,
  });
}
