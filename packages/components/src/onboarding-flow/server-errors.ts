import type { FieldError, FieldSpec } from '@onboardkit/schema';
import type { UseFormSetError } from 'react-hook-form';
import { nameOfParam } from './field-names.js';
import type { FormValues } from './form-values.js';

/**
 * Puts the server's field errors (a 422's `errors[]`) on the fields of the
 * form with `setError`, the type being the stable code. Returns the errors
 * that name no field of `fields` (another step's, or an unknown key), for the
 * form to show on its own.
 */
export function applyServerErrors(
  setError: UseFormSetError<FormValues>,
  fields: readonly FieldSpec[],
  errors: readonly FieldError[],
): FieldError[] {
  const unplaced: FieldError[] = [];
  // A list's own error first: setError on a name replaces what is below it.
  const ordered = [...errors].sort((left, right) => left.param.length - right.param.length);
  for (const error of ordered) {
    const name = nameOfParam(error.param, fields);
    if (name === undefined) unplaced.push(error);
    else setError(name, { type: error.code, message: error.message });
  }
  return unplaced;
}
