import * as z from 'zod/mini';
import { type CompileOptions, compileField } from './compile-field.js';
import type { FieldSpec } from './field-spec.js';
import type { FieldValue } from './field-value.js';
import type { Step } from './requirements-document.js';
import { isBlank, isFieldVisible } from './visibility.js';

/** The values a step submits: its visible, non-blank fields, by key. */
export type StepValues = Record<string, FieldValue>;

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
 */
export function compileStep(step: Pick<Step, 'fields'>, options: CompileOptions = {}) {
  const fields = step.fields.map((spec: FieldSpec) => ({ spec, validate: compileField(spec, options) }));
  const checked = z.record(z.string(), z.unknown()).check(
    z.superRefine((values, context) => {
      for (const { spec, validate } of fields) {
        if (!isFieldVisible(spec, values)) continue;
        for (const error of validate(values[spec.key], spec.key)) {
          context.addIssue({
            code: 'custom',
            path: [error.param],
            message: error.message,
            params: { code: error.code },
          });
        }
      }
    }),
  );
  return z.pipe(
    checked,
    z.transform((values: Record<string, unknown>): StepValues => {
      const submitted: StepValues = {};
      for (const { spec } of fields) {
        const value = values[spec.key];
        if (!isBlank(value) && isFieldVisible(spec, values)) submitted[spec.key] = value as FieldValue;
      }
      return submitted;
    }),
  );
}
