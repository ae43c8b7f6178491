import type { FieldError } from './api-error.js';

/**
 * Stable codes of field validation errors, shared by the browser's first check
 * and the server's verdict. Clients translate by code; the English message is
 * a fallback.
 */
export const fieldErrorCodes = [
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'pattern_mismatch',
  'invalid_format',
  'invalid_option',
  'too_small',
  'too_big',
  'invalid_date',
  'invalid_dob_age_under_minimum',
  'invalid_dob_age_over_maximum',
  'must_be_true',
  'tos_not_accepted',
  'invalid_file',
  'too_few_items',
  'too_many_items',
  'ownership_over_100',
  'unknown_field',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** Values a message may mention: the limit that was crossed, the format's name. */
export interface FieldErrorDetail {
  limit?: number;
  format?: string;
}

const englishMessages: Record<FieldErrorCode, (detail: FieldErrorDetail) => string> = {
  required: () => 'This field is required.',
  invalid_type: () => 'This value has the wrong type.',
  too_short: ({ limit }) => `Enter at least ${limit} characters.`,
  too_long: ({ limit }) => `Enter at most ${limit} characters.`,
  pattern_mismatch: () => 'This value is not in the expected format.',
  invalid_format: ({ format }) => `This is not a valid ${(format ?? 'value').replaceAll('_', ' ')}.`,
  invalid_option: () => 'Choose one of the listed options.',
  too_small: ({ limit }) => `Enter ${limit} or more.`,
  too_big: ({ limit }) => `Enter ${limit} or less.`,
  invalid_date: () => 'Enter a real date as YYYY-MM-DD.',
  invalid_dob_age_under_minimum: ({ limit }) => `The person must be at least ${limit} years old.`,
  invalid_dob_age_over_maximum: ({ limit }) => `The person must be at most ${limit} years old.`,
  must_be_true: () => 'Confirm this to continue.',
  tos_not_accepted: () => 'Accept the terms of service to continue.',
  invalid_file: () => 'Upload the file again.',
  too_few_items: ({ limit }) => `Add at least ${limit}.`,
  too_many_items: ({ limit }) => `Add at most ${limit}.`,
  ownership_over_100: () => 'Ownership cannot add up to more than 100%.',
  unknown_field: () => 'This is not a field this account can provide.',
};

/** Builds a field error with the English fallback message for its code. */
export function fieldError(param: string, code: FieldErrorCode, detail: FieldErrorDetail = {}): FieldError {
  // The detail travels with the error so clients can word the message in their own language.
  return { param, code, message: englishMessages[code](detail), ...detail };
}
