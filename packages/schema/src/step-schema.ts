import * as z from 'zod/mini';
import type { FieldError } from './api-error.js';
import type { FieldValidator } from './field-check-compiler.js';
import type { FieldSpec } from './field-spec.js';
import type { FieldValue } from './field-value.js';
import type { Step } from './requirements-document.js';
import { isBlank, isFieldVisible } from './visibility.js';

/** The values a step submits: its visible, non-blank fields, by key. */
export type StepValues = Record<string, FieldValue>;

/** A step's fields, each with its compiled validator. */
export type CompiledFields = ReadonlyArray<{ spec: FieldSpec; validate: FieldValidator }>;

/**
 * A field validator that keeps its last verdict with the value it judged and
 * returns it again for the same value (`Object.is`). A form checks its step on
 * every keystroke: typing in one field of 600 then checks one field (an age
 * limit is judged as of the typing, which the server judges again).
 */
function rememberLastVerdict(validate: FieldValidator): FieldValidator {
  let last: { value: unknown; param: string; held: boolean | undefined; errors: FieldError[] } | undefined;
  return (value, param, held) => {
    if (last && Object.is(last.value, value) && last.param === param && last.held === held)
      return last.errors;
    const errors = validate(value, param, held);
    last = { value, param, held, errors };
    return errors;
  };
}

/** A step's fields with their validators, compiled by `compile`, each remembering its last verdict. */
export function compileFields(
  step: StepFields,
  compile: (spec: FieldSpec) => FieldValidator,
): CompiledFields {
  return step.fields.map((spec) => ({ spec, validate: rememberLastVerdict(compile(spec)) }));
}

/**
 * The zod schema of a step over a flat record of values keyed by field key,
 * from its already compiled fields: see `compileStep`.
 */
export function stepSchemaOf(fields: CompiledFields) {
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

/** What `compileStep` and `loadStepSchema` return. */
export type StepSchema = ReturnType<typeof stepSchemaOf>;

/** The fields of a step to compile. */
export type StepFields = Pick<Step, 'fields'>;
