import type { FieldError } from './api-error.js';
import { type CompileOptions, compileField } from './compile-field.js';
import { fieldError } from './field-error-codes.js';
import type { FieldSpec } from './field-spec.js';
import type { RequirementsDocument } from './requirements-document.js';

/** The verdict on a submission: every invalid field, or none. */
export interface SubmissionVerdict {
  ok: boolean;
  errors: FieldError[];
}

function fieldsByKey(document: Pick<RequirementsDocument, 'steps'>): Map<string, FieldSpec> {
  const byKey = new Map<string, FieldSpec>();
  for (const step of document.steps) {
    for (const spec of step.fields) if (!byKey.has(spec.key)) byKey.set(spec.key, spec);
  }
  return byKey;
}

/**
 * Checks a (partial) submission against a requirements document: every key must
 * be a field of the document, every value must pass its field's checks, and a
 * required field may not be cleared. Fields not in the submission are left as
 * they are. Never throws, whatever `values` holds.
 *
 * @example
 * const verdict = validateSubmission(document, { 'individual.dob': '2020-01-01' });
 * // { ok: false, errors: [{ param: 'individual.dob', code: 'invalid_dob_age_under_minimum', … }] }
 */
export function validateSubmission(
  document: Pick<RequirementsDocument, 'steps' | 'country'>,
  values: unknown,
  options: Omit<CompileOptions, 'country'> = {},
): SubmissionVerdict {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { ok: false, errors: [fieldError('values', 'invalid_type')] };
  }
  const byKey = fieldsByKey(document);
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const spec = byKey.get(key);
    if (spec === undefined) {
      errors.push(fieldError(key, 'unknown_field'));
      continue;
    }
    errors.push(...compileField(spec, { ...options, country: document.country })(value, key));
  }
  return { ok: errors.length === 0, errors };
}
