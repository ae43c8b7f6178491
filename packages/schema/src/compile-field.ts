import { type CompileOptions, compileFieldChecks, type FieldValidator } from './field-check-compiler.js';
import type { FieldSpec } from './field-spec.js';
import { findFormat } from './formats/registry.js';

export type { CompileOptions, FieldValidator } from './field-check-compiler.js';

/**
 * Compiles a field spec into a validator of its values: the one check both the
 * browser and the server run.
 *
 * @example compileField(spec)('1901-01-01', 'individual.dob') // []
 * @see loadStepSchema for the browser, which loads heavy formats (phone numbers) on demand
 */
export function compileField(spec: FieldSpec, options: CompileOptions = {}): FieldValidator {
  return compileFieldChecks(spec, { ...options, findFormat });
}
