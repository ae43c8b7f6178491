import {
  type FieldSpec,
  type FieldValue,
  isBlank,
  isFieldVisible,
  type PersonValue,
  type StepValues,
} from '@onboardkit/schema';
import { fieldName } from './field-names.js';
import { type FormValues, toWireValue } from './form-values.js';
import { type HeldValues, isChangedHere } from './held-values.js';

/**
 * What clears a value on the wire: the server deletes a blank value it
 * holds. `null` rather than `""`, as it is blank for every field type (an
 * address, a date, a number) alike.
 */
export const clearedValue = null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function heldPersons(spec: FieldSpec, held: unknown): Map<string, Record<string, unknown>> {
  const persons = new Map<string, Record<string, unknown>>();
  const wire = toWireValue(spec, held);
  if (!Array.isArray(wire)) return persons;
  for (const item of wire as PersonValue[]) if (item.id !== undefined) persons.set(item.id, item.values);
  return persons;
}

/**
 * A person list as submitted, with the values a person already on the
 * server had and has no longer cleared: a person's values the submission
 * leaves out are kept by the server. Sensitive values are never cleared:
 * the browser never had them, and a blank one keeps what is held.
 */
function withClearedPersonValues(spec: FieldSpec, list: FieldValue, held: unknown): FieldValue {
  if (!Array.isArray(list)) return list;
  const before = heldPersons(spec, held);
  const sensitive = new Set(
    (spec.personList?.fields ?? []).filter((field) => field.sensitive).map((field) => field.key),
  );
  return list.map((item) => {
    if (!isRecord(item) || typeof item.id !== 'string' || !isRecord(item.values)) return item;
    const heldValues = before.get(item.id);
    if (!heldValues) return item;
    const values: Record<string, FieldValue> = { ...(item.values as Record<string, FieldValue>) };
    for (const [key, value] of Object.entries(heldValues)) {
      if (!sensitive.has(key) && !isBlank(value) && isBlank(values[key])) values[key] = clearedValue;
    }
    return { ...item, values };
  });
}

/**
 * The values a step sends: the visible fields the person changed since the
 * form last took the server's document (a field the person left alone is
 * never sent, so a value written elsewhere meanwhile is not written back).
 * `checked` is what the step's schema let through: visible, non-blank
 * values. A changed field the schema left out is one the person emptied:
 * when the server holds a value for it, `null` clears it there (a required
 * field never gets here: its schema refuses it blank).
 */
export function changedStepValues(
  fields: readonly FieldSpec[],
  checked: StepValues,
  formValues: FormValues,
  wire: Readonly<Record<string, unknown>>,
  held: HeldValues,
): StepValues {
  const changed: StepValues = {};
  for (const spec of fields) {
    if (!isFieldVisible(spec, wire)) continue;
    if (!isChangedHere(spec, formValues[fieldName(spec.key)], held)) continue;
    const value = checked[spec.key];
    if (value !== undefined) {
      changed[spec.key] =
        spec.type === 'person_list' ? withClearedPersonValues(spec, value, held.get(spec.key)) : value;
    } else if (!spec.sensitive && !isBlank(toWireValue(spec, held.get(spec.key)))) {
      changed[spec.key] = clearedValue;
    }
  }
  return changed;
}
