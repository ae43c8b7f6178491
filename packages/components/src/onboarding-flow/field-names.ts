import type { FieldSpec } from '@onboardkit/schema';

/**
 * react-hook-form reads dots in a name as nesting, but field keys are dotted
 * (`individual.first_name`) and flat. Each key becomes one name segment with
 * its dots swapped for a character keys cannot contain; nesting below it
 * (address parts, persons) stays real nesting.
 */
const keySeparator = '~';

// Read for every field on every keystroke (wire values, errors): made once per key.
const names = new Map<string, string>();

/**
 * The form field name of a field key.
 *
 * @example fieldName('individual.first_name') // 'individual~first_name'
 */
export function fieldName(key: string): string {
  let name = names.get(key);
  if (name === undefined) {
    name = key.replaceAll('.', keySeparator);
    names.set(key, name);
  }
  return name;
}

/** The form name of person `index`'s field `key` in the person list named `listName`. */
export function personFieldName(listName: string, index: number, key: string): string {
  return `${listName}.${index}.values.${fieldName(key)}`;
}

// Fields by key, per fields array: a step's schema reports an error per field, and a
// scan of every key for each of them was quadratic (600 fields: 360,000 comparisons a keystroke).
const indexes = new WeakMap<readonly FieldSpec[], Map<string, FieldSpec>>();

function indexOf(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  let index = indexes.get(fields);
  if (index === undefined) {
    index = new Map();
    for (const spec of fields) if (!index.has(spec.key)) index.set(spec.key, spec);
    indexes.set(fields, index);
  }
  return index;
}

/** The field whose key is `param` or the longest key `param` continues (`key.part`, `key[0]…`). */
function owningField(param: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const index = indexOf(fields);
  // The owning key is `param` itself or `param` cut before one of its `.` or `[`, longest first.
  let end = param.length;
  while (end > 0) {
    const spec = index.get(param.slice(0, end));
    if (spec) return spec;
    end = Math.max(param.lastIndexOf('.', end - 1), param.lastIndexOf('[', end - 1));
  }
  return undefined;
}

/**
 * The form name an error `param` of the schema or the server lands on, given
 * the fields in the form: `individual.address.postal_code` →
 * `individual~address.postal_code`, `owners[0].email` → `owners.0.values.email`.
 * Undefined when no field of `fields` owns it.
 */
export function nameOfParam(param: string, fields: readonly FieldSpec[]): string | undefined {
  const spec = owningField(param, fields);
  if (!spec) return undefined;
  const name = fieldName(spec.key);
  const rest = param.slice(spec.key.length);
  if (rest === '') return name;
  if (spec.type === 'person_list') {
    const item = /^\[(\d+)\](?:\.(.+))?$/.exec(rest);
    if (!item) return name;
    const index = Number(item[1]);
    const inner = item[2];
    if (inner === undefined) return `${name}.${index}`;
    const innerName = nameOfParam(inner, spec.personList?.fields ?? []);
    return innerName === undefined ? `${name}.${index}` : `${name}.${index}.values.${innerName}`;
  }
  // Parts of composite values (`.postal_code`, `.routing_number`) are real nesting.
  return rest.startsWith('.') ? `${name}${rest}` : name;
}
