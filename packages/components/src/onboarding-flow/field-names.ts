import type { FieldSpec } from '@onboardkit/schema';

/**
 * react-hook-form reads dots in a name as nesting, but field keys are dotted
 * (`individual.first_name`) and flat. Each key becomes one name segment with
 * its dots swapped for a character keys cannot contain; nesting below it
 * (address parts, persons) stays real nesting.
 */
const keySeparator = '~';

/**
 * The form field name of a field key.
 *
 * @example fieldName('individual.first_name') // 'individual~first_name'
 */
export function fieldName(key: string): string {
  return key.replaceAll('.', keySeparator);
}

/** The form name of person `index`'s field `key` in the person list named `listName`. */
export function personFieldName(listName: string, index: number, key: string): string {
  return `${listName}.${index}.values.${fieldName(key)}`;
}

/** The field whose key is `param` or the longest key `param` continues (`key.part`, `key[0]…`). */
function owningField(param: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  let best: FieldSpec | undefined;
  for (const spec of fields) {
    const owns = param === spec.key || param.startsWith(`${spec.key}.`) || param.startsWith(`${spec.key}[`);
    if (owns && (!best || spec.key.length > best.key.length)) best = spec;
  }
  return best;
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
