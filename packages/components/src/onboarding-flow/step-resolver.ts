import { compileStep, type FieldSpec, type StepValues } from '@onboardkit/schema';
import type { Resolver } from 'react-hook-form';
import { nameOfParam } from './field-names.js';
import { type FormValues, toWireValues } from './form-values.js';
import { type NamedError, nestErrors } from './nest-errors.js';

/** What the resolver validates: the step in view, and every field its conditions may read. */
export interface ResolverTarget {
  fields: readonly FieldSpec[];
  allFields: readonly FieldSpec[];
  schema: ReturnType<typeof compileStep>;
}

/** Compiles the step's fields once; the schema is the form's only validator. */
export function createResolverTarget(
  fields: readonly FieldSpec[],
  allFields: readonly FieldSpec[],
  country: string,
): ResolverTarget {
  return { fields, allFields, schema: compileStep({ fields: [...fields] }, { country }) };
}

function codeOf(issue: { params?: Record<string, unknown> | undefined; code: string }): string {
  const code = issue.params?.code;
  return typeof code === 'string' ? code : issue.code;
}

/**
 * A react-hook-form resolver running the step's compiled schema over the
 * form's values read as wire values; on success it yields exactly what the
 * step submits. `getTarget` is read at each run, so one form serves every
 * step.
 */
export function createStepResolver(
  getTarget: () => ResolverTarget | undefined,
): Resolver<FormValues, unknown, StepValues> {
  return (values) => {
    const target = getTarget();
    if (!target) return { values: {}, errors: {} };
    const result = target.schema.safeParse(toWireValues(target.allFields, values));
    if (result.success) return { values: result.data, errors: {} };
    const errors: NamedError[] = result.error.issues.map((issue) => ({
      name: nameOfParam(String(issue.path[0] ?? ''), target.fields) ?? 'root.step',
      type: codeOf(issue as { params?: Record<string, unknown>; code: string }),
      message: issue.message,
    }));
    return { values: {}, errors: nestErrors(errors) };
  };
}
