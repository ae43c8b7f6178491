import * as z from 'zod/mini';

/**
 * The error types of the OnboardKit APIs, as Stripe names them: a client can
 * branch on `type` without knowing every `code`.
 */
export const apiErrorTypes = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'idempotency_error',
  'rate_limit_error',
  'api_error',
] as const;

/** One problem with one field of a request; `param` is the field's dotted key. */
export const fieldErrorSchema = z.object({
  param: z
    .string()
    .check(z.describe('Dotted key of the field, e.g. `individual.dob` or `owners[0].first_name`.')),
  code: z.string().check(z.describe('Stable, machine-readable reason, e.g. `required` or `invalid_format`.')),
  message: z.string().check(z.describe('Human-readable reason, in the requested locale.')),
  limit: z.optional(
    z.number().check(z.describe('The limit that was crossed (length, age, count), for messages.')),
  ),
  format: z.optional(z.string().check(z.describe('The named format that refused the value, e.g. `iban`.'))),
});

/**
 * The body of every non-2xx response of the platform and embedded APIs.
 *
 * @example
 * { "error": { "type": "invalid_request_error", "code": "validation_failed",
 *   "message": "1 field is invalid.", "param": "individual.dob",
 *   "errors": [{ "param": "individual.dob", "code": "invalid_dob_age_under_minimum", "message": "…" }] } }
 */
export const apiErrorSchema = z.object({
  error: z.object({
    type: z.union([z.enum(apiErrorTypes), z.string()]),
    code: z.string(),
    message: z.string(),
    param: z.optional(z.string()),
    errors: z.optional(z.array(fieldErrorSchema)),
  }),
});

export type ApiErrorType = (typeof apiErrorTypes)[number];
export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
