import { type CompileOptions, compileField } from './compile-field.js';
import type { FieldSpec } from './field-spec.js';
import { compileFields, type StepFields, type StepSchema, stepSchemaOf } from './step-schema.js';

export type { StepValues } from './step-schema.js';

/**
 * Compiles a step into a zod schema over a flat record of values keyed by
 * field key (`{"individual.first_name": "Jenny"}`). Issues carry the field's
 * key (or a part of it, `individual.address.postal_code`) as their single
 * path segment and the stable code in `params.code`. The output keeps only
 * the step's visible, non-blank values: exactly what to submit.
 *
 * @example
 * const schema = compileStep(document.steps[0], { country: document.country });
 * const result = schema.safeParse(formValues);
 * @see loadStepSchema for the browser, which loads heavy formats (phone numbers) on demand
 */
export function compileStep(step: StepFields, options: CompileOptions = {}): StepSchema {
  return stepSchemaOf(compileFields(step, (spec: FieldSpec) => compileField(spec, options)));
}
