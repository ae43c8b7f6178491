import type { FieldSpec } from '@onboardkit/schema';
import type { FieldErrors } from 'react-hook-form';
import { fieldName } from '../onboarding-flow/field-names.js';
import type { FormValues } from '../onboarding-flow/form-values.js';

/** One error of the form, with the spec its message is read against. */
export interface CollectedError {
  name: string;
  /** The top-level field the error belongs to. */
  fieldKey: string;
  spec: FieldSpec;
  type: string | undefined;
  message: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(spec: FieldSpec, fieldKey: string, name: string, node: unknown, into: CollectedError[]) {
  if (!isRecord(node)) return;
  if (typeof node.type === 'string' || typeof node.message === 'string') {
    into.push({
      name,
      fieldKey,
      spec,
      type: typeof node.type === 'string' ? node.type : undefined,
      message: typeof node.message === 'string' ? node.message : undefined,
    });
  }
  if (spec.type === 'person_list') {
    for (const [index, person] of Object.entries(node)) {
      if (!/^\d+$/.test(index) || !isRecord(person)) continue;
      collect(spec, fieldKey, `${name}.${index}`, person, into);
      const values = person.values;
      for (const field of spec.personList?.fields ?? []) {
        const childName = fieldName(field.key);
        if (isRecord(values))
          collect(field, fieldKey, `${name}.${index}.values.${childName}`, values[childName], into);
      }
    }
    return;
  }
  for (const [part, child] of Object.entries(node)) {
    if (part === 'type' || part === 'message' || part === 'ref' || part === 'types') continue;
    collect(spec, fieldKey, `${name}.${part}`, child, into);
  }
}

/** The errors of one field, the field's own first and then its parts'. */
export function collectFieldErrors(spec: FieldSpec, errors: FieldErrors<FormValues>): CollectedError[] {
  const collected: CollectedError[] = [];
  const name = fieldName(spec.key);
  collect(spec, spec.key, name, errors[name], collected);
  return collected;
}

/** Whether any of `fields` has an error: stops at the first, and builds nothing for a field without. */
export function hasFieldErrors(fields: readonly FieldSpec[], errors: FieldErrors<FormValues>): boolean {
  return fields.some(
    (spec) => errors[fieldName(spec.key)] !== undefined && collectFieldErrors(spec, errors).length > 0,
  );
}
