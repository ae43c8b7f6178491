import {
  type CompiledFields,
  type FieldError,
  type FieldSpec,
  type FieldValue,
  isBlank,
  isFieldVisible,
  type LoadedStepSchema,
  loadStepSchema,
  type StepValues,
} from '@onboardkit/schema';
import type { Resolver, ResolverResult } from 'react-hook-form';
import { fieldName, nameOfParam } from './field-names.js';
import { type FormValues, toWireValues } from './form-values.js';
import { type NamedError, nestErrors } from './nest-errors.js';

/** What the resolver validates: the step in view, and every field its conditions may read. */
export interface ResolverTarget {
  fields: readonly FieldSpec[];
  allFields: readonly FieldSpec[];
  /** Settles once the formats the step names are loaded (phone numbers ship apart). */
  compiled: Promise<LoadedStepSchema>;
}

/** Compiles the step's fields once; their checks (and the schema over them) are the form's only validator. */
export function createResolverTarget(
  fields: readonly FieldSpec[],
  allFields: readonly FieldSpec[],
  country: string,
): ResolverTarget {
  return { fields, allFields, compiled: loadStepSchema({ fields: [...fields] }, { country }) };
}

function codeOf(issue: { params?: Record<string, unknown> | undefined; code: string }): string {
  const code = issue.params?.code;
  return typeof code === 'string' ? code : issue.code;
}

function namedError(error: FieldError, fields: readonly FieldSpec[]): NamedError {
  return { name: nameOfParam(error.param, fields) ?? 'root.step', type: error.code, message: error.message };
}

/** The field names among react-hook-form's names (`individual~address.line1` is `individual~address`'s). */
function askedFieldNames(names: readonly string[] | undefined): Set<string> | undefined {
  return names ? new Set(names.map((name) => name.split('.')[0] ?? name)) : undefined;
}

// Per step: the field found invalid outside the asked ones last time. While a person types into
// one field of hundreds, that other field is most often still invalid: checking it first makes a
// keystroke cost the asked field's check, not a pass over the whole step.
const lastInvalidElsewhere = new WeakMap<CompiledFields, number>();

/**
 * The verdict on the fields react-hook-form asks about, as the schema gives
 * it, without building every other field's errors: on each keystroke of live
 * validation it asks about one field of the step. The verdict must stay true
 * to the whole step, so one error elsewhere is added while there is one (the
 * result is then not "valid"; react-hook-form reads only the asked names'
 * errors from it): the field found invalid last time is checked first, and
 * the rest in order from there. Only a step found valid throughout is passed
 * over whole, for its `values`.
 */
function checkAsked(
  fields: CompiledFields,
  wire: Record<string, unknown>,
  target: ResolverTarget,
  asked: Set<string>,
): ResolverResult<FormValues, StepValues> {
  const errors: NamedError[] = [];
  for (const { spec, validate } of fields) {
    if (!asked.has(fieldName(spec.key)) || !isFieldVisible(spec, wire)) continue;
    for (const error of validate(wire[spec.key], spec.key)) errors.push(namedError(error, target.fields));
  }
  const start = lastInvalidElsewhere.get(fields) ?? 0;
  for (let offset = 0; offset < fields.length; offset += 1) {
    const index = (start + offset) % fields.length;
    const field = fields[index];
    if (!field || asked.has(fieldName(field.spec.key)) || !isFieldVisible(field.spec, wire)) continue;
    const [first] = field.validate(wire[field.spec.key], field.spec.key);
    if (first === undefined) continue;
    lastInvalidElsewhere.set(fields, index);
    errors.push(namedError(first, target.fields));
    break;
  }
  if (errors.length > 0) return { values: {}, errors: nestErrors(errors) };
  const submitted: StepValues = {};
  for (const { spec } of fields) {
    const value = wire[spec.key];
    if (isFieldVisible(spec, wire) && !isBlank(value)) submitted[spec.key] = value as FieldValue;
  }
  return { values: submitted, errors: {} };
}

/**
 * A react-hook-form resolver running the step's compiled checks over the
 * form's values read as wire values; on success it yields exactly what the
 * step submits. When react-hook-form asks about every visible field (a
 * submit) it runs the step's zod schema; when it asks about some (a change,
 * with live validation on) only those fields' errors are built. `getTarget` is
 * read at each run, so one form serves every step.
 */
export function createStepResolver(
  getTarget: () => ResolverTarget | undefined,
): Resolver<FormValues, unknown, StepValues> {
  return async (values, _context, options) => {
    const target = getTarget();
    if (!target) return { values: {}, errors: {} };
    const { schema, fields } = await target.compiled;
    const wire = toWireValues(target.allFields, values);
    const asked = askedFieldNames(options?.names);
    if (
      asked &&
      target.fields.some((spec) => !asked.has(fieldName(spec.key)) && isFieldVisible(spec, wire))
    ) {
      return checkAsked(fields, wire, target, asked);
    }
    const result = schema.safeParse(wire);
    if (result.success) return { values: result.data, errors: {} };
    const errors: NamedError[] = result.error.issues.map((issue) => ({
      name: nameOfParam(String(issue.path[0] ?? ''), target.fields) ?? 'root.step',
      type: codeOf(issue as { params?: Record<string, unknown>; code: string }),
      message: issue.message,
    }));
    return { values: {}, errors: nestErrors(errors) };
  };
}
