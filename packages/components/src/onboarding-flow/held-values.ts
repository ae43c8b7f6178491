import { type FieldSpec, isBlank } from '@onboardkit/schema';
import { fieldName } from './field-names.js';
import { type FormValues, toFormValue, toWireValue } from './form-values.js';

/**
 * What the server held for each field when the form last took the server's
 * document, as the form holds it, by field key. A field whose form value
 * differs from it is the person's own change: the only kind a submission
 * sends, and the only kind a newer document must not overwrite.
 */
export type HeldValues = Map<string, unknown>;

/**
 * Whether two form values mean the same on the wire. Blank values are all
 * one: an input the server gave nothing to holds `''` once mounted, which is
 * no change of the person's.
 */
function sameWireValue(spec: FieldSpec, left: unknown, right: unknown): boolean {
  const [one, other] = [toWireValue(spec, left), toWireValue(spec, right)];
  return (isBlank(one) && isBlank(other)) || JSON.stringify(one) === JSON.stringify(other);
}

/** Whether the person changed the field since the form took the server's value (or never took one). */
export function isChangedHere(spec: FieldSpec, formValue: unknown, held: HeldValues): boolean {
  return !sameWireValue(spec, formValue, held.get(spec.key));
}

/**
 * Takes a newer document's values: each field the person has not changed
 * shows the server's value now, each one they changed keeps what they typed.
 * Either way the server's value becomes the one a change is judged against.
 * A person list's new ids or masks count as something else to show.
 */
export function takeServerValues(
  fields: readonly FieldSpec[],
  held: HeldValues,
  formValues: FormValues,
  setValue: (name: string, value: unknown) => void,
): void {
  for (const spec of fields) {
    const name = fieldName(spec.key);
    const current = formValues[name];
    const fresh = toFormValue(spec, spec.value);
    const untouched = !held.has(spec.key) || !isChangedHere(spec, current, held);
    // Only where the form shows something else: an unchanged document re-renders nothing.
    const shows = JSON.stringify(current) === JSON.stringify(fresh) || (isBlank(current) && isBlank(fresh));
    if (untouched && !shows) setValue(name, fresh);
    held.set(spec.key, fresh);
  }
}

/**
 * After a save: each of the step's fields takes the value of the document
 * the save answered with (new persons carry their ids, sensitive values turn
 * into masks and leave the browser). A field that document lacks keeps what
 * the form shows, which is what the server now holds, except a sensitive one,
 * which the browser forgets all the same.
 */
export function takeSavedValues(
  fields: readonly FieldSpec[],
  saved: ReadonlyMap<string, FieldSpec>,
  held: HeldValues,
  formValues: FormValues,
  setValue: (name: string, value: unknown) => void,
): void {
  for (const spec of fields) {
    const fresh = saved.get(spec.key);
    const name = fieldName(spec.key);
    // A copy: react-hook-form changes nested values (a person's) in place.
    const value = fresh
      ? toFormValue(fresh, fresh.value)
      : spec.sensitive
        ? undefined
        : structuredClone(formValues[name]);
    setValue(name, value);
    held.set(spec.key, value);
  }
}
