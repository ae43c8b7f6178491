import {
  addressPartNames,
  type FieldSpec,
  isBlank,
  type PersonValue,
  personValueSchema,
  type Step,
} from '@onboardkit/schema';
import { fieldName } from './field-names.js';

/** The values of the onboarding form, by form name (see `fieldName`). */
export type FormValues = Record<string, unknown>;

const bankAccountParts = ['account_holder_name', 'iban', 'routing_number', 'account_number'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The non-blank string parts of an object value; undefined when none is given. */
function pickParts(value: unknown, parts: readonly string[]): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const picked: Record<string, string> = {};
  for (const part of parts) {
    const text = value[part];
    if (typeof text === 'string' && !isBlank(text)) picked[part] = text;
  }
  return Object.keys(picked).length > 0 ? picked : undefined;
}

function toPersonFormValue(spec: FieldSpec, item: PersonValue) {
  const values: FormValues = {};
  for (const field of spec.personList?.fields ?? []) {
    values[fieldName(field.key)] = toFormValue(field, item.values[field.key]);
  }
  return { ...(item.id === undefined ? {} : { id: item.id }), values, masks: item.masks ?? {} };
}

/** A wire value as the form holds it. Sensitive values are never in the form until retyped. */
export function toFormValue(spec: FieldSpec, value: unknown): unknown {
  if (spec.sensitive) return undefined;
  if (spec.type === 'person_list') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      const parsed = personValueSchema.safeParse(item);
      return parsed.success ? [toPersonFormValue(spec, parsed.data)] : [];
    });
  }
  return value;
}

function toPersonWireValue(spec: FieldSpec, item: unknown): PersonValue | undefined {
  if (!isRecord(item)) return undefined;
  const values = toWireValues(spec.personList?.fields ?? [], isRecord(item.values) ? item.values : {});
  for (const key of Object.keys(values)) if (isBlank(values[key])) delete values[key];
  const id = typeof item.id === 'string' ? item.id : undefined;
  return id === undefined
    ? { values: values as PersonValue['values'] }
    : { id, values: values as PersonValue['values'] };
}

/** A form value as the wire and the compiled schema take it; blank composites become undefined. */
export function toWireValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'address':
      return pickParts(value, [...addressPartNames, 'country']);
    case 'bank_account': {
      const parts = pickParts(value, bankAccountParts);
      const config = spec.bankAccount;
      return parts && config ? { country: config.country, currency: config.currency, ...parts } : parts;
    }
    case 'person_list':
      return Array.isArray(value)
        ? value.flatMap((item: unknown) => toPersonWireValue(spec, item) ?? [])
        : undefined;
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    default:
      return value;
  }
}

/** The wire values of `fields`, keyed by field key, read from form values. */
export function toWireValues(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const spec of fields) wire[spec.key] = toWireValue(spec, values[fieldName(spec.key)]);
  return wire;
}

/** The form's starting values: what the server already holds, except sensitive values. */
export function defaultFormValues(steps: readonly Step[]): FormValues {
  const values: FormValues = {};
  for (const step of steps) {
    for (const spec of step.fields) values[fieldName(spec.key)] = toFormValue(spec, spec.value);
  }
  return values;
}
